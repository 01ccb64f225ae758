import { Module } from '@nestjs/common';
import { ResultsModule } from '../results/results.module';
import { BatchesController } from './batches.controller';
import { BatchesService } from './batches.service';

/** Agencies and committees submit too: batches of entries with their covering letters. */
@Module({
  imports: [ResultsModule],
  controllers: [BatchesController],
  providers: [BatchesService],
  exports: [BatchesService],
})
export class AgenciesModule {}
