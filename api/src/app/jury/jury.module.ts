import { Module, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AwardAccessService } from '../auth/award-access.service';
import { JudgingModule } from '../judging/judging.module';
import { JuryController } from './jury.controller';
import { AdvancementService } from './advancement.service';
import { AssignmentsService } from './assignments.service';
import { BlindCodesService } from './blind-codes.service';
import { CouncilsController } from './councils.controller';
import { CouncilsService } from './councils.service';
import { DelegationsController } from './delegations.controller';
import { DelegationsService } from './delegations.service';
import { PanelsService } from './panels.service';
import { ProgressService } from './progress.service';
import { RoundsService } from './rounds.service';

/** The jury's work, one service per sub-feature; the demo seeders drive codes, rounds, advancement and assignments. */
@Module({
  imports: [JudgingModule],
  controllers: [JuryController, CouncilsController, DelegationsController],
  providers: [
    BlindCodesService,
    RoundsService,
    AdvancementService,
    ProgressService,
    PanelsService,
    AssignmentsService,
    CouncilsService,
    DelegationsService,
  ],
  exports: [
    BlindCodesService,
    RoundsService,
    AdvancementService,
    AssignmentsService,
    CouncilsService,
  ],
})
export class JuryModule implements OnModuleInit {
  constructor(
    private readonly access: AwardAccessService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** Routes under /rounds/:roundId are checked against the round's award. */
  onModuleInit(): void {
    this.access.registerResolver('roundId', async (roundId) => {
      const rows: { award_id: string }[] = await this.db.query(
        'SELECT award_id FROM rounds WHERE id = $1',
        [roundId],
      );
      return rows[0]?.award_id ?? null;
    });
  }
}
