import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AggregationMethodName,
  JudgeSeverityResponse,
  PrizeStanding,
  PrizesResponse,
  PublicResultResponse,
  PublicResultsRow,
  ResultRow,
  RoundResultResponse,
  VerificationPackage,
} from '@press-award/contracts';
import type { SetPrizeDto } from '@press-award/contracts/dto';
import {
  aggregateResults,
  awardTitle,
  disagreementDistance,
  rubricMaxTotal,
  suggestTier,
  tierThresholds,
} from '@press-award/domain';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../../infra/config/app-config';
import { Clock } from '../../infra/clock/clock';
import { AppException } from '../../infra/http/app-exception';
import { MailService } from '../../infra/mail/mail.service';
import { outcomeMail } from '../../infra/mail/templates';
import { canonicalJson } from '../audit/audit-chain';
import { AuditService } from '../audit/audit.service';
import { Award } from '../awards/entities/award.entity';
import { Round } from '../jury/entities/round.entity';
import { publicCollectivePrizes } from './collective-prizes.service';
import { CollectivePrize } from './entities/collective-prize.entity';
import { PrizeDecision } from './entities/prize-decision.entity';
import { topicPrizeLabels } from './export-format';
import { resultRows } from './result-rows';
import { buildVerificationPackage } from './verification-package';
import { assertTopicPrizeConditions } from './topic-prize-conditions';

@Injectable()
export class ResultsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly mail: MailService,
    private readonly config: AppConfig,
  ) {}

  private async aggregate(roundId: string, method: AggregationMethodName) {
    const round = await this.db.getRepository(Round).findOneBy({ id: roundId });
    if (!round) throw new AppException('ROUND_NOT_FOUND');
    const entries: { entry_id: string; category_id: string; code: string | null }[] =
      await this.db.query(
        `SELECT re.entry_id, e.category_id, e.code FROM round_entries re JOIN entries e ON e.id = re.entry_id WHERE re.round_id = $1 ORDER BY e.code`,
        [roundId],
      );
    const sheets: { entry_id: string; judge_id: string; total: string }[] = await this.db.query(
      `SELECT entry_id, judge_id, total FROM sheets WHERE round_id = $1 AND status = 'submitted' AND total IS NOT NULL`,
      [roundId],
    );
    const max = rubricMaxTotal(round.rubric);
    const result = aggregateResults({
      entries: entries.map((entry) => ({ entryId: entry.entry_id, categoryId: entry.category_id })),
      sheets: sheets.map((sheet) => ({
        entryId: sheet.entry_id,
        judgeId: sheet.judge_id,
        total: Number(sheet.total),
      })),
      method,
      maxTotal: max,
      expectedSheets: round.judgesPerEntry,
      // The round's own distance, or its default (2 points per 10 of the maximum): what the round shows.
      disagreementPoints: disagreementDistance(round.rubric, round.disagreementPoints),
    });
    return { round, entries, result, max };
  }

  /** Each entry's score by the chosen method, ranked within its category, with the flags to look at. */
  async results(roundId: string, method: AggregationMethodName): Promise<RoundResultResponse[]> {
    const { round, entries, result, max } = await this.aggregate(roundId, method);
    const award = await this.db.getRepository(Award).findOneByOrFail({ id: round.awardId });
    // Each tier's threshold on 10 (or the conventional DB/A/B/C/KK ones while no tier has one), scaled to the rubric.
    const thresholds = tierThresholds(award.prizeTiers, max);
    const codes = new Map(entries.map((entry) => [entry.entry_id, entry.code ?? '']));
    return result.entries.map((entry) => ({
      entryId: entry.entryId,
      entryCode: codes.get(entry.entryId) ?? '',
      categoryId: entry.categoryId,
      sheets: entry.sheets,
      total: entry.total,
      normalized: entry.normalized,
      rank: entry.rank,
      flags: entry.flags,
      disagreeingJudges: entry.disagreeingJudges,
      suggestedTier: entry.normalized === null ? null : suggestTier(entry.normalized, thresholds),
    }));
  }

  /** How each judge scores against the panel: mean, spread and offset from the entries' means. */
  async severity(roundId: string): Promise<JudgeSeverityResponse[]> {
    const { result } = await this.aggregate(roundId, 'mean');
    const names: { id: string; full_name: string }[] = result.judges.length
      ? await this.db.query('SELECT id, full_name FROM users WHERE id = ANY($1::uuid[])', [
          result.judges.map((judge) => judge.judgeId),
        ])
      : [];
    return result.judges.map((judge) => ({
      ...judge,
      judgeName: names.find((name) => name.id === judge.judgeId)?.full_name ?? '',
    }));
  }

  async prizes(awardId: string): Promise<PrizesResponse> {
    const award = await this.db.getRepository(Award).findOneByOrFail({ id: awardId });
    const rows: {
      entry_id: string;
      code: string | null;
      title: string;
      category_id: string;
      tier_code: string | null;
      topic_prizes: string[];
      note: string | null;
      standing: PrizeStanding;
    }[] = await this.db.query(
      `SELECT p.entry_id, e.code, e.title, e.category_id, p.tier_code, p.topic_prizes, p.note, p.standing
         FROM prize_decisions p JOIN entries e ON e.id = p.entry_id
        WHERE p.award_id = $1 ORDER BY e.code`,
      [awardId],
    );
    return {
      prizes: rows.map((row) => ({
        entryId: row.entry_id,
        entryCode: row.code,
        title: row.title,
        categoryId: row.category_id,
        tierCode: row.tier_code,
        topicPrizes: row.topic_prizes,
        note: row.note,
        standing: row.standing,
      })),
      // A revoked or withdrawn prize no longer counts against the tier's planned number.
      tiers: award.prizeTiers.map((tier) => ({
        code: tier.code,
        label: tier.label,
        targetCount: tier.targetCount,
        current: rows.filter((row) => row.tier_code === tier.code && row.standing === 'awarded')
          .length,
      })),
    };
  }

  /** Sets an entry's tier and topic prizes; going over a tier's planned count needs a note. */
  async setPrize(
    awardId: string,
    entryId: string,
    input: SetPrizeDto,
    actorId: string,
  ): Promise<PrizesResponse> {
    await this.db.transaction(async (manager) => {
      const award = await manager
        .getRepository(Award)
        .findOne({ where: { id: awardId }, lock: { mode: 'pessimistic_write' } });
      if (!award) throw new AppException('AWARD_NOT_FOUND');
      if (award.status !== 'judging' && award.status !== 'decided')
        throw new AppException('PRIZES_LOCKED');
      const entry: { status: string }[] = await manager.query(
        'SELECT status FROM entries WHERE id = $1 AND award_id = $2',
        [entryId, awardId],
      );
      if (entry[0]?.status !== 'eligible') throw new AppException('ENTRY_NOT_FOUND');
      const tierCode = input.tierCode ?? null;
      const tier = tierCode
        ? award.prizeTiers.find((candidate) => candidate.code === tierCode)
        : null;
      if (tierCode && !tier)
        throw new AppException('PRIZE_TIER_UNKNOWN', [
          { field: 'tierCode', code: 'PRIZE_TIER_UNKNOWN', message: 'Unknown tier' },
        ]);
      const topicPrizes = input.topicPrizes ?? [];
      const unknownTopic = topicPrizes.find(
        (code) => !award.topicPrizes.some((topic) => topic.code === code),
      );
      if (unknownTopic)
        throw new AppException('UNKNOWN_TOPIC_PRIZE', [
          { field: 'topicPrizes', code: 'UNKNOWN_TOPIC_PRIZE', message: unknownTopic },
        ]);
      await assertTopicPrizeConditions(manager, award, entryId, topicPrizes);
      const repository = manager.getRepository(PrizeDecision);
      const existing = await repository.findOneBy({ awardId, entryId });
      if (tier) {
        const others = await repository.count({ where: { awardId, tierCode: tier.code } });
        const after = others - (existing?.tierCode === tier.code ? 1 : 0) + 1;
        if (after > tier.targetCount && !input.note) {
          throw new AppException('PRIZE_NOTE_REQUIRED', [
            {
              field: 'note',
              code: 'PRIZE_NOTE_REQUIRED',
              message: 'Over target',
              params: { tier: tier.label, target: tier.targetCount, after },
            },
          ]);
        }
      }
      const values = {
        awardId,
        entryId,
        tierCode,
        topicPrizes,
        note: input.note ?? null,
        decidedBy: actorId,
      };
      if (existing) await repository.save({ ...existing, ...values });
      else await repository.save(values);
      await this.audit.append(manager, {
        awardId,
        actorId,
        action: 'prize.set',
        targetType: 'entry',
        targetId: entryId,
        before: existing
          ? { tierCode: existing.tierCode, topicPrizes: existing.topicPrizes }
          : null,
        after: { tierCode, topicPrizes, note: input.note ?? null },
      });
    });
    return this.prizes(awardId);
  }

  /**
   * Publishes the decided results: freezes them (snapshot hash in the audit chain), makes them public
   * and tells every entrant the outcome of each entry.
   */
  async publish(
    awardId: string,
    actorId: string,
  ): Promise<{ publishedAt: string; snapshotHash: string; notified: number }> {
    const outcome = await this.db.transaction(async (manager) => {
      const award = await manager
        .getRepository(Award)
        .findOne({ where: { id: awardId }, lock: { mode: 'pessimistic_write' } });
      if (!award) throw new AppException('AWARD_NOT_FOUND');
      if (award.status !== 'decided') throw new AppException('AWARD_STATUS_TRANSITION_INVALID');
      const snapshot: unknown[] = await manager.query(
        `SELECT entry_id AS "entryId", tier_code AS "tierCode", topic_prizes AS "topicPrizes" FROM prize_decisions WHERE award_id = $1 ORDER BY entry_id`,
        [awardId],
      );
      const snapshotHash = createHash('sha256').update(canonicalJson(snapshot)).digest('hex');
      // What anyone may recompute, frozen now; its hash goes into the same audit link.
      const verification = await buildVerificationPackage(manager, awardId);
      await manager.query(
        `INSERT INTO verification_packages (award_id, snapshot_hash, package) VALUES ($1, $2, $3)
         ON CONFLICT (award_id) DO UPDATE SET snapshot_hash = EXCLUDED.snapshot_hash, package = EXCLUDED.package, created_at = now()`,
        [awardId, verification.snapshotHash, JSON.stringify(verification)],
      );
      const publishedAt = this.clock.now();
      await manager
        .getRepository(Award)
        .update(
          { id: awardId },
          { status: 'published', publishedAt, resultsSnapshotHash: snapshotHash },
        );
      await this.audit.append(manager, {
        awardId,
        actorId,
        action: 'results.published',
        targetType: 'award',
        targetId: awardId,
        before: { status: 'decided' },
        after: {
          status: 'published',
          snapshotHash,
          prizes: snapshot.length,
          collectivePrizes: await manager.getRepository(CollectivePrize).countBy({ awardId }),
          verificationHash: verification.snapshotHash,
        },
      });
      return { award, publishedAt, snapshotHash };
    });
    // A prize is a tier, a topic prize or both: a work with only a topic prize has won too.
    const entrants: {
      email: string;
      full_name: string;
      title: string;
      tier_label: string | null;
      topic_prizes: string[] | null;
    }[] = await this.db.query(
      `SELECT u.email, u.full_name, e.title, p.topic_prizes,
              (SELECT t->>'label' FROM jsonb_array_elements(a.prize_tiers) t WHERE t->>'code' = p.tier_code) AS tier_label
         FROM entries e JOIN users u ON u.id = e.submitter_id JOIN awards a ON a.id = e.award_id
         LEFT JOIN prize_decisions p ON p.entry_id = e.id
        WHERE e.award_id = $1 AND e.status IN ('submitted', 'eligible', 'ineligible', 'needs_revision')
        ORDER BY u.email, e.title`,
      [awardId],
    );
    for (const entrant of entrants) {
      await this.mail.send(
        outcomeMail({
          to: entrant.email,
          fullName: entrant.full_name,
          awardName: awardTitle(outcome.award),
          entryTitle: entrant.title,
          tierLabel: entrant.tier_label,
          topicPrizeLabels: topicPrizeLabels(entrant.topic_prizes ?? [], outcome.award.topicPrizes),
          link: `${this.config.publicUrl}/awards/${awardId}/results`,
        }),
      );
    }
    return {
      publishedAt: outcome.publishedAt.toISOString(),
      snapshotHash: outcome.snapshotHash,
      notified: entrants.length,
    };
  }

  /**
   * The verification package frozen at publication: 404 until published. A `public` reader is
   * refused (403) when the award restricts the package to its organizers, steering committee and
   * auditors; a `member` reader is one of those (the route's permission said so).
   */
  async verification(
    awardId: string,
    reader: 'public' | 'member' = 'public',
  ): Promise<VerificationPackage> {
    const award = await this.db.getRepository(Award).findOneBy({ id: awardId });
    if (!award || award.status !== 'published') throw new AppException('RESULTS_NOT_PUBLISHED');
    if (reader === 'public' && award.verificationAccess === 'restricted')
      throw new AppException('VERIFICATION_PACKAGE_RESTRICTED');
    const [row]: { package: VerificationPackage }[] = await this.db.query(
      'SELECT package FROM verification_packages WHERE award_id = $1',
      [awardId],
    );
    if (!row) throw new AppException('RESULTS_NOT_PUBLISHED');
    return row.package;
  }

  /**
   * The public results: 404 until published; then every standing prize with its authors, pen names
   * and agency, followed by the collective prizes (rows marked `collective: true`).
   */
  async publicResults(awardId: string): Promise<PublicResultsRow[]> {
    const award = await this.db.getRepository(Award).findOneBy({ id: awardId });
    if (!award || award.status !== 'published') throw new AppException('RESULTS_NOT_PUBLISHED');
    const rows = await this.resultRows(award);
    const works = rows
      .filter((row) => row.standing === 'awarded')
      .map(
        (row): PublicResultResponse => ({
          collective: false,
          tierCode: row.tierCode,
          tierLabel: row.tierLabel,
          topicPrizes: row.topicPrizes,
          entryTitle: row.entryTitle,
          categoryName: row.categoryName,
          mediaType: row.mediaType,
          authors: row.authors.map((author) => ({
            fullName: author.fullName,
            penName: author.penName,
          })),
          organizationName: row.organizationName,
        }),
      );
    return [...works, ...(await publicCollectivePrizes(this.db, awardId))];
  }

  /**
   * Every decided prize of the award (tier or topic prize), in the order results are announced: by
   * tier as the award lists them, then category, then title. Revoked and withdrawn prizes stay in the
   * list with their standing, so exports can show what a complaint changed. One statement.
   */
  async resultRows(award: Award): Promise<ResultRow[]> {
    return resultRows(this.db, award);
  }
}
