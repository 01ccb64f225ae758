import { Module } from '@nestjs/common';
import { EntriesModule } from '../entries/entries.module';
import { ResultsModule } from '../results/results.module';
import { ForwardingController } from './forwarding.controller';
import { ForwardingService } from './forwarding.service';

@Module({
  imports: [EntriesModule, ResultsModule],
  controllers: [ForwardingController],
  providers: [ForwardingService],
  exports: [ForwardingService],
})
export class ForwardingModule {}
