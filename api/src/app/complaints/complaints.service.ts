import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  ComplaintOutcome,
  ComplaintResponse,
  ComplaintStatus,
  PrizeStanding,
} from '@press-award/contracts';
import type { FileComplaintDto, ResolveComplaintDto } from '@press-award/contracts/dto';
import { awardTitle } from '@press-award/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../../infra/config/app-config';
import { Clock } from '../../infra/clock/clock';
import { AppException } from '../../infra/http/app-exception';
import { MailService } from '../../infra/mail/mail.service';
import { complaintOutcomeMail } from '../../infra/mail/templates';
import { AuditService } from '../audit/audit.service';
import { Award } from '../awards/entities/award.entity';
import { Entry } from '../entries/entities/entry.entity';
import { PrizeDecision } from '../results/entities/prize-decision.entity';
import { topicPrizeLabels } from '../results/export-format';
import { User } from '../users/entities/user.entity';
import { Complaint } from './entities/complaint.entity';

interface ComplaintRow {
  id: string;
  award_id: string;
  entry_id: string;
  title: string;
  code: string | null;
  tier_code: string | null;
  complainant: string;
  reason: string;
  status: ComplaintStatus;
  resolution_note: string | null;
  filed_at: Date;
  resolved_at: Date | null;
}

/** What each outcome does to the prize; `dismissed` leaves it as it is. */
const STANDING_AFTER: Record<Exclude<ComplaintOutcome, 'dismissed'>, PrizeStanding> = {
  withdrawn: 'withdrawn',
  revoked: 'revoked',
};

/**
 * Complaints (khiếu nại) against published results: recorded by the organizers or the secretariat,
 * resolved once by an organizer. Resolving may withdraw the work or revoke its prize; the public
 * results and the exports read the prize's standing, so they follow without further work here.
 */
@Injectable()
export class ComplaintsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly mail: MailService,
    private readonly config: AppConfig,
  ) {}

  async file(
    awardId: string,
    input: FileComplaintDto,
    actorId: string,
  ): Promise<ComplaintResponse> {
    const complaintId = await this.db.transaction(async (manager) => {
      const award = await manager
        .getRepository(Award)
        .findOne({ where: { id: awardId }, lock: { mode: 'pessimistic_read' } });
      if (!award) throw new AppException('AWARD_NOT_FOUND');
      // Before publication the results are not final: a disagreement is the council's business then.
      if (award.status !== 'published') throw new AppException('COMPLAINT_BEFORE_PUBLICATION');
      const prize: unknown[] = await manager.query(
        `SELECT 1 FROM prize_decisions p JOIN entries e ON e.id = p.entry_id AND e.award_id = p.award_id
          WHERE p.award_id = $1 AND p.entry_id = $2 AND (p.tier_code IS NOT NULL OR jsonb_array_length(p.topic_prizes) > 0)`,
        [awardId, input.entryId],
      );
      if (prize.length === 0) throw new AppException('ENTRY_NOT_FOUND');
      const complaint = await manager.getRepository(Complaint).save({
        awardId,
        entryId: input.entryId,
        complainant: input.complainant,
        reason: input.reason,
        status: 'open' as const,
        resolutionNote: null,
        filedBy: actorId,
        resolvedBy: null,
        resolvedAt: null,
      });
      await this.audit.append(manager, {
        awardId,
        actorId,
        action: 'complaint.filed',
        targetType: 'complaint',
        targetId: complaint.id,
        after: { entryId: input.entryId, complainant: input.complainant, reason: input.reason },
      });
      return complaint.id;
    });
    return this.get(awardId, complaintId);
  }

  /** Open complaints first, then the newest. */
  async list(awardId: string): Promise<ComplaintResponse[]> {
    return (await this.rows(this.db.manager, awardId, null)).map(toComplaintResponse);
  }

  async get(awardId: string, complaintId: string): Promise<ComplaintResponse> {
    const [row] = await this.rows(this.db.manager, awardId, complaintId);
    if (!row) throw new AppException('COMPLAINT_NOT_FOUND');
    return toComplaintResponse(row);
  }

  /**
   * Resolves an open complaint once. The complaint, the prize and the entry are locked in that order
   * (every resolution takes them the same way), changed together and recorded in one audit entry
   * whose before/after carry the prize's standing and the organizer's note.
   */
  async resolve(
    awardId: string,
    complaintId: string,
    input: ResolveComplaintDto,
    actorId: string,
  ): Promise<ComplaintResponse> {
    const outcome = await this.db.transaction(async (manager) => {
      const complaint = await manager
        .getRepository(Complaint)
        .findOne({ where: { id: complaintId, awardId }, lock: { mode: 'pessimistic_write' } });
      if (!complaint) throw new AppException('COMPLAINT_NOT_FOUND');
      if (complaint.status !== 'open') throw new AppException('COMPLAINT_ALREADY_RESOLVED');
      const prize = await manager.getRepository(PrizeDecision).findOne({
        where: { awardId, entryId: complaint.entryId },
        lock: { mode: 'pessimistic_write' },
      });
      const entry = await manager.getRepository(Entry).findOne({
        where: { id: complaint.entryId, awardId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!entry) throw new AppException('ENTRY_NOT_FOUND');
      if (input.outcome === 'revoked' && prize?.standing !== 'awarded')
        throw new AppException('COMPLAINT_NO_PRIZE');

      const now = this.clock.now();
      const standingBefore = prize?.standing ?? null;
      const standingAfter =
        input.outcome === 'dismissed' ? standingBefore : STANDING_AFTER[input.outcome];
      if (prize && standingAfter && standingAfter !== standingBefore) {
        await manager
          .getRepository(PrizeDecision)
          .update({ id: prize.id }, { standing: standingAfter });
      }
      const entryStatusAfter = input.outcome === 'withdrawn' ? 'withdrawn' : entry.status;
      if (input.outcome === 'withdrawn' && entry.status !== 'withdrawn') {
        await manager
          .getRepository(Entry)
          .update(
            { id: entry.id },
            { status: 'withdrawn', withdrawnAt: now, version: entry.version + 1 },
          );
      }
      await manager.getRepository(Complaint).update(
        { id: complaint.id },
        {
          status: input.outcome,
          resolutionNote: input.note,
          resolvedBy: actorId,
          resolvedAt: now,
        },
      );
      await this.audit.append(manager, {
        awardId,
        actorId,
        action: 'complaint.resolved',
        targetType: 'complaint',
        targetId: complaint.id,
        before: {
          status: complaint.status,
          entryId: entry.id,
          standing: standingBefore,
          entryStatus: entry.status,
        },
        after: {
          status: input.outcome,
          entryId: entry.id,
          standing: standingAfter,
          entryStatus: entryStatusAfter,
          note: input.note,
        },
      });
      const award = await manager.getRepository(Award).findOneByOrFail({ id: awardId });
      const submitter = await manager
        .getRepository(User)
        .findOneByOrFail({ id: entry.submitterId });
      return {
        award,
        entry,
        submitter,
        tierLabel: award.prizeTiers.find((tier) => tier.code === prize?.tierCode)?.label ?? null,
        topicPrizeLabels: topicPrizeLabels(prize?.topicPrizes ?? [], award.topicPrizes),
      };
    });
    // After the commit: the outbox records the message even when SMTP is down.
    await this.mail.send(
      complaintOutcomeMail({
        to: outcome.submitter.email,
        fullName: outcome.submitter.fullName,
        awardName: awardTitle(outcome.award),
        entryTitle: outcome.entry.title,
        tierLabel: outcome.tierLabel,
        topicPrizeLabels: outcome.topicPrizeLabels,
        outcome: input.outcome,
        link: `${this.config.publicUrl}/awards/${awardId}/results`,
      }),
    );
    return this.get(awardId, complaintId);
  }

  private rows(
    manager: EntityManager,
    awardId: string,
    complaintId: string | null,
  ): Promise<ComplaintRow[]> {
    return manager.query(
      `SELECT c.id, c.award_id, c.entry_id, e.title, e.code, p.tier_code, c.complainant, c.reason, c.status,
              c.resolution_note, c.filed_at, c.resolved_at
         FROM complaints c
         JOIN entries e ON e.id = c.entry_id
         LEFT JOIN prize_decisions p ON p.award_id = c.award_id AND p.entry_id = c.entry_id
        WHERE c.award_id = $1 AND ($2::uuid IS NULL OR c.id = $2::uuid)
        ORDER BY (c.status = 'open') DESC, c.filed_at DESC, c.id`,
      [awardId, complaintId],
    );
  }
}

function toComplaintResponse(row: ComplaintRow): ComplaintResponse {
  return {
    id: row.id,
    awardId: row.award_id,
    entryId: row.entry_id,
    entryTitle: row.title,
    entryCode: row.code,
    tierCode: row.tier_code,
    complainant: row.complainant,
    reason: row.reason,
    status: row.status,
    resolutionNote: row.resolution_note,
    filedAt: new Date(row.filed_at).toISOString(),
    resolvedAt: row.resolved_at ? new Date(row.resolved_at).toISOString() : null,
  };
}
