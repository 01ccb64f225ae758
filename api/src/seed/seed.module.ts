import { Module } from '@nestjs/common';
import { AwardsModule } from '../app/awards/awards.module';
import { EntriesModule } from '../app/entries/entries.module';
import { ForwardingModule } from '../app/forwarding/forwarding.module';
import { JudgingModule } from '../app/judging/judging.module';
import { JuryModule } from '../app/jury/jury.module';
import { ResultsModule } from '../app/results/results.module';
import { ScreeningModule } from '../app/screening/screening.module';
import { DemoEntriesSeeder } from './demo-entries.seeder';
import { DemoFiling } from './demo-filing';
import { DemoResultsSeeder } from './demo-results.seeder';

@Module({
  imports: [
    AwardsModule,
    EntriesModule,
    ScreeningModule,
    ForwardingModule,
    JuryModule,
    JudgingModule,
    ResultsModule,
  ],
  providers: [DemoFiling, DemoEntriesSeeder, DemoResultsSeeder],
  exports: [DemoEntriesSeeder, DemoResultsSeeder],
})
export class SeedModule {}
