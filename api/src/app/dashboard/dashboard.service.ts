import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ENTRY_STATUSES,
  MEDIA_TYPES,
  type AwardDashboardResponse,
  type EntryStatus,
  type MediaType,
} from '@press-award/contracts';
import type { DataSource } from 'typeorm';

/** Histograms split each round's score range [0, max total] into this many equal buckets. */
export const HISTOGRAM_BUCKETS = 10;

/**
 * `panelId` of the progress row that gathers assignments outside every panel: the whole round when
 * it has no panels (all the award's judges act as one panel), or categories no panel covers.
 */
export const NO_PANEL_ID = '';

const round4 = (value: number): number => Math.round(value * 10_000) / 10_000;

type ScoreDistribution = AwardDashboardResponse['scoreDistributions'][number];

/**
 * The organizer dashboard. Every count comes from one grouped statement per chart (four in all),
 * whatever the size of the award; TypeScript only fills the empty histogram buckets and names them.
 */
@Injectable()
export class DashboardService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async forAward(awardId: string): Promise<AwardDashboardResponse> {
    const [entriesByMediaType, judgingProgress, scoreDistributions, tiers] = await Promise.all([
      this.entriesByMediaType(awardId),
      this.judgingProgress(awardId),
      this.scoreDistributions(awardId),
      this.tiers(awardId),
    ]);
    return { entriesByMediaType, judgingProgress, scoreDistributions, tiers };
  }

  /**
   * Entries per media type and status. Drafts are left out: they are the reporters' unfinished,
   * private work, not yet received by the award; withdrawn entries stay, since they were received.
   * Ordered as the media types and statuses are declared, so charts keep a stable order.
   */
  private async entriesByMediaType(
    awardId: string,
  ): Promise<AwardDashboardResponse['entriesByMediaType']> {
    const rows: { media_type: MediaType; status: EntryStatus; count: number }[] =
      await this.db.query(
        `SELECT c.media_type, e.status, count(*)::int AS count
         FROM entries e JOIN categories c ON c.id = e.category_id
        WHERE e.award_id = $1 AND e.status <> 'draft'
        GROUP BY c.media_type, e.status
        ORDER BY array_position($2::text[], c.media_type::text), array_position($3::text[], e.status::text)`,
        [awardId, MEDIA_TYPES, ENTRY_STATUSES],
      );
    return rows.map((row) => ({ mediaType: row.media_type, status: row.status, count: row.count }));
  }

  /**
   * Active assignments and submitted sheets per round and panel. Recused assignments are not work
   * owed, so they count nowhere (as on the round's progress page). Every panel gets a row, even at
   * 0/0; assignments outside every panel get one `NO_PANEL_ID` row per round, and so does a round
   * with no panels at all.
   */
  private async judgingProgress(
    awardId: string,
  ): Promise<AwardDashboardResponse['judgingProgress']> {
    const rows: {
      round_id: string;
      round_name: string;
      panel_id: string | null;
      panel_name: string | null;
      assigned: number;
      submitted: number;
    }[] = await this.db.query(
      `WITH counted AS (
         SELECT a.round_id, p.id AS panel_id, count(*)::int AS assigned,
                count(s.id) FILTER (WHERE s.status = 'submitted')::int AS submitted
           FROM assignments a
           JOIN rounds r ON r.id = a.round_id
           JOIN entries e ON e.id = a.entry_id
           LEFT JOIN panels p ON p.round_id = a.round_id AND p.category_ids ? e.category_id::text
           LEFT JOIN sheets s ON s.assignment_id = a.id
          WHERE r.award_id = $1 AND a.status = 'active'
          GROUP BY a.round_id, p.id
       )
       SELECT r.id AS round_id, r.name AS round_name, p.id AS panel_id, p.name AS panel_name,
              coalesce(c.assigned, 0) AS assigned, coalesce(c.submitted, 0) AS submitted
         FROM rounds r
        CROSS JOIN LATERAL (SELECT id, name FROM panels WHERE round_id = r.id UNION ALL SELECT NULL, NULL) p
         LEFT JOIN counted c ON c.round_id = r.id AND c.panel_id IS NOT DISTINCT FROM p.id
        WHERE r.award_id = $1
          AND (p.id IS NOT NULL OR c.assigned > 0 OR NOT EXISTS (SELECT 1 FROM panels x WHERE x.round_id = r.id))
        ORDER BY r."order", p.name NULLS LAST, p.id`,
      [awardId],
    );
    return rows.map((row) => ({
      roundId: row.round_id,
      roundName: row.round_name,
      panelId: row.panel_id ?? NO_PANEL_ID,
      panelName: row.panel_name ?? '',
      assigned: row.assigned,
      submitted: row.submitted,
    }));
  }

  /**
   * For every round, each judge with submitted sheets: how many of their totals fall in each tenth
   * of the rubric's range [0, Σ maxScore × weight]. Buckets are half-open [from, to) except the
   * last, which also holds the maximum. Draft sheets are not scores yet and are left out.
   */
  private async scoreDistributions(awardId: string): Promise<ScoreDistribution[]> {
    const rows: {
      round_id: string;
      judge_id: string;
      judge_name: string;
      max_total: string;
      bucket: number;
      count: number;
    }[] = await this.db.query(
      `WITH ranges AS (
         SELECT r.id, r."order",
                (SELECT sum((c->>'maxScore')::numeric * coalesce((c->>'weight')::numeric, 1))
                   FROM jsonb_array_elements(r.rubric->'criteria') c) AS max_total
           FROM rounds r WHERE r.award_id = $1
       )
       SELECT s.round_id, s.judge_id, u.full_name AS judge_name, g.max_total,
              least(greatest(width_bucket(s.total, 0, g.max_total, $2::int), 1), $2::int)::int AS bucket,
              count(*)::int AS count
         FROM sheets s
         JOIN ranges g ON g.id = s.round_id
         JOIN users u ON u.id = s.judge_id
        WHERE s.status = 'submitted' AND s.total IS NOT NULL AND g.max_total > 0
        GROUP BY s.round_id, g."order", g.max_total, s.judge_id, u.full_name, 5
        ORDER BY g."order", u.full_name, s.judge_id, 5`,
      [awardId, HISTOGRAM_BUCKETS],
    );
    const distributions: ScoreDistribution[] = [];
    for (const row of rows) {
      let current = distributions.at(-1);
      if (!current || current.roundId !== row.round_id || current.judgeId !== row.judge_id) {
        const width = Number(row.max_total) / HISTOGRAM_BUCKETS;
        current = {
          roundId: row.round_id,
          judgeId: row.judge_id,
          judgeName: row.judge_name,
          buckets: Array.from({ length: HISTOGRAM_BUCKETS }, (_, index) => ({
            from: round4(index * width),
            to: round4((index + 1) * width),
            count: 0,
          })),
        };
        distributions.push(current);
      }
      const bucket = current.buckets[row.bucket - 1];
      if (bucket) bucket.count = row.count;
    }
    return distributions;
  }

  /**
   * The award's tiers in their declared order, each with its target and the prizes that stand now:
   * a prize revoked or a work withdrawn after a complaint no longer counts.
   */
  private async tiers(awardId: string): Promise<AwardDashboardResponse['tiers']> {
    const rows: { code: string; label: string; target_count: number; current: number }[] =
      await this.db.query(
        `SELECT t.tier->>'code' AS code, t.tier->>'label' AS label, (t.tier->>'targetCount')::int AS target_count,
              count(p.id)::int AS current
         FROM awards a
        CROSS JOIN LATERAL jsonb_array_elements(a.prize_tiers) WITH ORDINALITY AS t(tier, position)
         LEFT JOIN prize_decisions p ON p.award_id = a.id AND p.tier_code = t.tier->>'code' AND p.standing = 'awarded'
        WHERE a.id = $1
        GROUP BY t.position, t.tier
        ORDER BY t.position`,
        [awardId],
      );
    return rows.map((row) => ({
      code: row.code,
      label: row.label,
      targetCount: row.target_count,
      current: row.current,
    }));
  }
}
