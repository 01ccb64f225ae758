import { Module } from '@nestjs/common';
import { JudgingModule } from '../app/judging/judging.module';
import { JuryModule } from '../app/jury/jury.module';
import { ResultsModule } from '../app/results/results.module';
import { DemoEntriesSeeder } from './demo-entries.seeder';
import { DemoResultsSeeder } from './demo-results.seeder';

@Module({ imports: [JuryModule, JudgingModule, ResultsModule], providers: [DemoEntriesSeeder, DemoResultsSeeder], exports: [DemoEntriesSeeder, DemoResultsSeeder] })
export class SeedModule {}
