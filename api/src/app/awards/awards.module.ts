import { Module } from '@nestjs/common';
import { CreateAwardDto } from '@press-award/contracts/dto';
import { validateAwardRules } from '@press-award/domain';
import { registerWholeObjectCheck, ruleIssuesToFieldErrors } from '../../infra/http/validation';
import { ResultsModule } from '../results/results.module';
import { AwardsController } from './awards.controller';
import { AwardsService } from './awards.service';

// A request with a bad name and bad rules hears about both at once.
registerWholeObjectCheck(CreateAwardDto, (dto) => {
  if (typeof dto.rules !== 'object' || dto.rules === null) return [];
  const result = validateAwardRules(dto.rules);
  return result.ok ? [] : ruleIssuesToFieldErrors(result.issues, 'rules');
});

@Module({ imports: [ResultsModule], controllers: [AwardsController], providers: [AwardsService], exports: [AwardsService] })
export class AwardsModule {}
