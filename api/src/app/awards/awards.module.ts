import { Module } from '@nestjs/common';
import { CreateAwardDto, UpdateAwardDto } from '@press-award/contracts/dto';
import { prizeTierIssues, topicPrizeIssues, validateAwardRules } from '@press-award/domain';
import { registerWholeObjectCheck, ruleIssuesToFieldErrors } from '../../infra/http/validation';
import { ResultsModule } from '../results/results.module';
import { AwardsController } from './awards.controller';
import { AwardsService } from './awards.service';

// A request with a bad name and bad rules or tier thresholds hears about all of them at once.
registerWholeObjectCheck(CreateAwardDto, (dto) => {
  const tierErrors = [
    ...ruleIssuesToFieldErrors(prizeTierIssues(dto.prizeTiers), 'prizeTiers'),
    ...ruleIssuesToFieldErrors(topicPrizeIssues(dto.topicPrizes), 'topicPrizes'),
  ];
  if (typeof dto.rules !== 'object' || dto.rules === null) return tierErrors;
  const result = validateAwardRules(dto.rules);
  return [...(result.ok ? [] : ruleIssuesToFieldErrors(result.issues, 'rules')), ...tierErrors];
});
// A PATCH's rules may be partial (merged with the stored ones first); its tiers are a whole list.
registerWholeObjectCheck(UpdateAwardDto, (dto) => [
  ...ruleIssuesToFieldErrors(prizeTierIssues(dto.prizeTiers), 'prizeTiers'),
  ...ruleIssuesToFieldErrors(topicPrizeIssues(dto.topicPrizes), 'topicPrizes'),
]);

@Module({
  imports: [ResultsModule],
  controllers: [AwardsController],
  providers: [AwardsService],
  exports: [AwardsService],
})
export class AwardsModule {}
