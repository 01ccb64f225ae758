import { Module } from '@nestjs/common';
import { JudgingModule } from '../app/judging/judging.module';
import { JuryModule } from '../app/jury/jury.module';
import { DemoEntriesSeeder } from './demo-entries.seeder';

@Module({ imports: [JuryModule, JudgingModule], providers: [DemoEntriesSeeder], exports: [DemoEntriesSeeder] })
export class SeedModule {}
