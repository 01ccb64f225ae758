import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DocumentType } from '@press-award/contracts';
import type { DataSource } from 'typeorm';
import { Clock } from '../infra/clock/clock';
import { DocumentsService } from '../app/documents/documents.service';
import { DEMO_IDS, DEMO_PEOPLE } from './demo-people';

interface PlannedDocument {
  awardId: string;
  type: DocumentType;
  /** The round's name, for a council decision or minutes. */
  round?: string;
  issuedOn: string;
  actorId: string;
}

/**
 * The papers the demo's committees issued, generated through the real service on the day each was
 * due (numbered per body and year like any other): the national council's founding decision when
 * the preliminary round opened (18/11/2020); Bình Định 2020's proposal, prize decision and payment
 * list around its publication (22–27/10/2020); Gia Lai 2025's council decision, the minutes of its
 * closed round and the proposal to the steering committee (10–24/10/2025). The signers' names are
 * left for each committee to enter: the demo does not put names on real offices.
 */
const PLAN: PlannedDocument[] = [
  {
    awardId: DEMO_IDS.nationalAward,
    type: 'council_decision',
    round: 'Vòng sơ khảo',
    issuedOn: '2020-11-18',
    actorId: DEMO_PEOPLE.organizer,
  },
  {
    awardId: DEMO_IDS.binhDinhAward,
    type: 'prize_proposal',
    issuedOn: '2020-10-22',
    actorId: DEMO_PEOPLE.provincialOrganizer,
  },
  {
    awardId: DEMO_IDS.binhDinhAward,
    type: 'prize_decision',
    issuedOn: '2020-10-26',
    actorId: DEMO_PEOPLE.provincialOrganizer,
  },
  {
    awardId: DEMO_IDS.binhDinhAward,
    type: 'payment_list',
    issuedOn: '2020-10-27',
    actorId: DEMO_PEOPLE.provincialOrganizer,
  },
  {
    awardId: DEMO_IDS.decidedAward,
    type: 'council_decision',
    round: 'Vòng chấm chung khảo',
    issuedOn: '2025-10-10',
    actorId: DEMO_PEOPLE.provincialOrganizer,
  },
  {
    awardId: DEMO_IDS.decidedAward,
    type: 'round_minutes',
    round: 'Vòng chấm chung khảo',
    issuedOn: '2025-10-24',
    actorId: DEMO_PEOPLE.provincialOrganizer,
  },
  {
    awardId: DEMO_IDS.decidedAward,
    type: 'prize_proposal',
    issuedOn: '2025-10-24',
    actorId: DEMO_PEOPLE.provincialOrganizer,
  },
];

@Injectable()
export class DemoDocumentsSeeder {
  private readonly logger = new Logger(DemoDocumentsSeeder.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly documents: DocumentsService,
  ) {}

  /** Runs after the demo's awards are judged; false when the documents are already there. */
  async seed(): Promise<boolean> {
    const existing: unknown[] = await this.db.query(
      'SELECT 1 FROM generated_documents WHERE award_id = ANY($1::uuid[]) LIMIT 1',
      [[DEMO_IDS.nationalAward, DEMO_IDS.binhDinhAward, DEMO_IDS.decidedAward]],
    );
    if (existing.length) return false;
    for (const planned of PLAN) {
      const roundId = planned.round
        ? (
            (await this.db.query('SELECT id FROM rounds WHERE award_id = $1 AND name = $2', [
              planned.awardId,
              planned.round,
            ])) as { id: string }[]
          )[0]?.id
        : undefined;
      await Clock.replayAt(`${planned.issuedOn}T16:00:00+07:00`, () =>
        this.documents.create(
          planned.awardId,
          { type: planned.type, roundId, issuedOn: planned.issuedOn },
          planned.actorId,
        ),
      );
    }
    this.logger.log(`Demo: ${PLAN.length} numbered documents issued`);
    return true;
  }
}
