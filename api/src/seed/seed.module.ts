import { Module } from '@nestjs/common';
import { AgenciesModule } from '../app/agencies/agencies.module';
import { AwardsModule } from '../app/awards/awards.module';
import { EntriesModule } from '../app/entries/entries.module';
import { ForwardingModule } from '../app/forwarding/forwarding.module';
import { JudgingModule } from '../app/judging/judging.module';
import { JuryModule } from '../app/jury/jury.module';
import { ResultsModule } from '../app/results/results.module';
import { ScreeningModule } from '../app/screening/screening.module';
import { DocumentsModule } from '../app/documents/documents.module';
import { DemoDocumentsSeeder } from './demo-documents.seeder';
import { DemoAgencySeeder } from './demo-agency.seeder';
import { DemoEntriesSeeder } from './demo-entries.seeder';
import { DemoFiling } from './demo-filing';
import { DemoResultsSeeder } from './demo-results.seeder';

@Module({
  imports: [
    AgenciesModule,
    AwardsModule,
    EntriesModule,
    ScreeningModule,
    ForwardingModule,
    JuryModule,
    JudgingModule,
    ResultsModule,
    DocumentsModule,
  ],
  providers: [
    DemoAgencySeeder,
    DemoFiling,
    DemoEntriesSeeder,
    DemoResultsSeeder,
    DemoDocumentsSeeder,
  ],
  exports: [DemoAgencySeeder, DemoDocumentsSeeder, DemoEntriesSeeder, DemoResultsSeeder],
})
export class SeedModule {}
