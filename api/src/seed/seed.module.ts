import { Module } from '@nestjs/common';
import { AwardsModule } from '../app/awards/awards.module';
import { EntriesModule } from '../app/entries/entries.module';
import { ForwardingModule } from '../app/forwarding/forwarding.module';
import { JudgingModule } from '../app/judging/judging.module';
import { JuryModule } from '../app/jury/jury.module';
import { ResultsModule } from '../app/results/results.module';
import { ScreeningModule } from '../app/screening/screening.module';
import { DocumentsModule } from '../app/documents/documents.module';
import { DemoDocumentsSeeder } from './demo-documents.seeder';
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
    DocumentsModule,
  ],
  providers: [DemoFiling, DemoEntriesSeeder, DemoResultsSeeder, DemoDocumentsSeeder],
  exports: [DemoDocumentsSeeder, DemoEntriesSeeder, DemoResultsSeeder],
})
export class SeedModule {}
