import { Module, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AwardAccessService } from '../auth/award-access.service';
import { JudgingModule } from '../judging/judging.module';
import { JuryController } from './jury.controller';
import { JuryService } from './jury.service';

@Module({ imports: [JudgingModule], controllers: [JuryController], providers: [JuryService], exports: [JuryService] })
export class JuryModule implements OnModuleInit {
  constructor(
    private readonly access: AwardAccessService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** Routes under /rounds/:roundId are checked against the round's award. */
  onModuleInit(): void {
    this.access.registerResolver('roundId', async (roundId) => {
      const rows: { award_id: string }[] = await this.db.query('SELECT award_id FROM rounds WHERE id = $1', [roundId]);
      return rows[0]?.award_id ?? null;
    });
  }
}
