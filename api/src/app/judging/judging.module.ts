import { Module } from '@nestjs/common';
import { JudgingController } from './judging.controller';
import { JudgingService } from './judging.service';
import { JudgingProjection } from './projection/judging-projection.service';

@Module({
  controllers: [JudgingController],
  providers: [JudgingService, JudgingProjection],
  exports: [JudgingService, JudgingProjection],
})
export class JudgingModule {}
