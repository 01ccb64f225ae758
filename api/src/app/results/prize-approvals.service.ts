import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  COLLECTIVE_PRIZE_TIER_LABELS,
  COLLECTIVE_PRIZE_TIERS,
  type ApprovedCollectivePrize,
  type PrizeApprovalResponse,
  type PrizeApprovalsResponse,
} from '@press-award/contracts';
import { canonicalJson } from '@press-award/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../infra/clock/clock';
import { AppException } from '../../infra/http/app-exception';
import { AuditService } from '../audit/audit.service';
import { Award } from '../awards/entities/award.entity';
import { CollectivePrize } from './entities/collective-prize.entity';
import { sha256Hex } from './verification-package';

/** The prize list a steering committee approves, in the form its hash is taken of. */
interface ApprovedList {
  /** Awarded works (a tier, a topic prize or both), by entry code; topic prizes sorted. */
  works: { code: string; tierCode: string | null; topicPrizes: string[] }[];
  /** Collective prizes in the order they are announced (tier, then name, then citation). */
  collective: ApprovedCollectivePrize[];
}

interface ApprovalRow {
  id: string;
  user_id: string;
  full_name: string;
  title: string | null;
  list_hash: string;
  note: string | null;
  approved_at: Date;
}

/** Plain code-point order: the same on every machine and locale, as a hash needs. */
const byText = (left: string, right: string) => (left < right ? -1 : left > right ? 1 : 0);

/**
 * The steering committee's approvals of the prize list (docs/councils.md). An approval names the list
 * by the sha256 of its canonical JSON, so it stays with the list it approved: after any change to a
 * prize it is no longer current. Approving is open only while the award is `decided`.
 */
@Injectable()
export class PrizeApprovalsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(awardId: string): Promise<PrizeApprovalsResponse> {
    const list = await this.currentList(this.db, awardId);
    const listHash = sha256Hex(canonicalJson(list));
    const rows = await this.approvalRows(this.db, awardId);
    const members: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM award_members WHERE award_id = $1 AND role = 'steering'`,
      [awardId],
    );
    return {
      listHash,
      approvals: rows.map((row) => toResponse(row, listHash)),
      steeringMembers: members[0]?.n ?? 0,
      collectivePrizes: list.collective,
    };
  }

  /**
   * Records that the member approves the list as it is now. Approving the same list again changes
   * nothing and returns the first approval (`created: false`, no second audit link).
   */
  async approve(
    awardId: string,
    userId: string,
    note: string | undefined,
  ): Promise<{ approval: PrizeApprovalResponse; created: boolean }> {
    return this.db.transaction(async (manager) => {
      // The award's row lock is the one prize changes take: the list cannot move while it is hashed.
      const award = await manager
        .getRepository(Award)
        .findOne({ where: { id: awardId }, lock: { mode: 'pessimistic_write' } });
      if (!award) throw new AppException('AWARD_NOT_FOUND');
      // The guard lets the system admin through every award route; only members approve.
      const member: unknown[] = await manager.query(
        `SELECT 1 FROM award_members WHERE award_id = $1 AND user_id = $2 AND role = 'steering'`,
        [awardId, userId],
      );
      if (!member.length) throw new AppException('FORBIDDEN');
      if (award.status !== 'decided') throw new AppException('PRIZE_APPROVAL_CLOSED');
      const listHash = sha256Hex(canonicalJson(await this.currentList(manager, awardId)));
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO prize_approvals (award_id, user_id, list_hash, note, approved_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT ON CONSTRAINT uq_prize_approvals_award_user_hash DO NOTHING RETURNING id`,
        [awardId, userId, listHash, note || null, this.clock.now()],
      );
      const created = inserted.length > 0;
      if (created)
        await this.audit.append(manager, {
          awardId,
          actorId: userId,
          action: 'prizes.approved',
          targetType: 'award',
          targetId: awardId,
          after: { listHash },
        });
      const row = (await this.approvalRows(manager, awardId)).find(
        (candidate) => candidate.user_id === userId && candidate.list_hash === listHash,
      ) as ApprovalRow;
      return { approval: toResponse(row, listHash), created };
    });
  }

  /**
   * The approvals of the list as it is now (empty when there are none), newest first: what the
   * prize decision cites.
   */
  async currentApprovals(awardId: string): Promise<PrizeApprovalResponse[]> {
    return (await this.list(awardId)).approvals.filter((approval) => approval.current);
  }

  private async currentList(
    db: DataSource | EntityManager,
    awardId: string,
  ): Promise<ApprovedList> {
    const works: { code: string | null; tier_code: string | null; topic_prizes: string[] }[] =
      await db.query(
        `SELECT e.code, p.tier_code, p.topic_prizes
           FROM prize_decisions p JOIN entries e ON e.id = p.entry_id
          WHERE p.award_id = $1 AND p.standing = 'awarded'
            AND (p.tier_code IS NOT NULL OR jsonb_array_length(p.topic_prizes) > 0)`,
        [awardId],
      );
    const collective = await db.getRepository(CollectivePrize).findBy({ awardId });
    const rank = (tierCode: ApprovedCollectivePrize['tierCode']) =>
      COLLECTIVE_PRIZE_TIERS.indexOf(tierCode);
    return {
      works: works
        .map((work) => ({
          code: work.code ?? '',
          tierCode: work.tier_code,
          topicPrizes: [...work.topic_prizes].sort(byText),
        }))
        .sort(
          (left, right) =>
            byText(left.code, right.code) ||
            byText(left.tierCode ?? '', right.tierCode ?? '') ||
            byText(left.topicPrizes.join(','), right.topicPrizes.join(',')),
        ),
      collective: collective
        .map((prize) => ({
          organizationName: prize.organizationName,
          tierCode: prize.tierCode,
          tierLabel: COLLECTIVE_PRIZE_TIER_LABELS[prize.tierCode],
          citation: prize.citation,
        }))
        .sort(
          (left, right) =>
            rank(left.tierCode) - rank(right.tierCode) ||
            byText(left.organizationName, right.organizationName) ||
            byText(left.citation, right.citation),
        ),
    };
  }

  private approvalRows(db: DataSource | EntityManager, awardId: string): Promise<ApprovalRow[]> {
    // A member's title in this award, from their steering membership.
    return db.query(
      `SELECT a.id, a.user_id, u.full_name,
              (SELECT m.title FROM award_members m
                WHERE m.award_id = a.award_id AND m.user_id = a.user_id AND m.role = 'steering') AS title,
              a.list_hash, a.note, a.approved_at
         FROM prize_approvals a JOIN users u ON u.id = a.user_id
        WHERE a.award_id = $1 ORDER BY a.approved_at DESC, a.id`,
      [awardId],
    );
  }
}

function toResponse(row: ApprovalRow, listHash: string): PrizeApprovalResponse {
  return {
    id: row.id,
    userId: row.user_id,
    fullName: row.full_name,
    title: row.title,
    approvedAt: row.approved_at.toISOString(),
    note: row.note,
    current: row.list_hash === listHash,
  };
}
