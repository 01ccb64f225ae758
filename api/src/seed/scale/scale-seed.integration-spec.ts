import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Rubric } from '@press-award/contracts';
import {
  aggregateResults,
  findConflicts,
  normalizePersonName,
  rubricMaxTotal,
  scoreIssues,
  weightedTotal,
} from '@press-award/domain';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { AuditService } from '../../app/audit/audit.service';
import { ResultsService } from '../../app/results/results.service';
import { FileStorage } from '../../infra/storage/file-storage';
import { NATIONAL_TIERS } from '../demo-awards';
import { attachScaleFiles } from './scale-files';
import { type ScaleOptions } from './scale-plan';
import { seedScale, type ScaleSeedResult } from './scale-seed';

/**
 * The SQL-built edition keeps what the services keep when they build one entry at a time: receipt
 * numbers and blind codes, authors' normalised names, assignments without a conflict of interest
 * (libs/domain's findConflicts), sheets whose total is the domain's weighted total, a verifying
 * audit chain, and results from ResultsService equal to aggregateResults over the same scores.
 */
const OPTIONS: ScaleOptions = {
  entries: 90,
  judges: 36,
  judgesPerEntry: 3,
  criteria: 7,
  finalists: 20,
  finalJudgesPerEntry: 5,
};

describe('seed:scale, a national edition by set-based SQL', () => {
  let app: TestApp;
  let seeded: ScaleSeedResult;
  let files = 0;
  const query = async <T = any>(sql: string, params: unknown[] = []): Promise<T[]> =>
    (await app.db.query(sql, params)).rows as T[];

  beforeAll(async () => {
    app = await startTestApp();
    const client = await app.db.connect();
    try {
      seeded = await seedScale(client, OPTIONS);
      files = await attachScaleFiles(client, app.app.get(FileStorage), seeded.awardId);
    } finally {
      client.release();
    }
  }, 120_000);
  afterAll(() => app?.close());

  it('gives every entry a receipt number and a blind code of its category, each once', async () => {
    const rows = await query<{ receipt_number: string; code: string; category: string }>(
      `SELECT e.receipt_number, e.code, c.code AS category FROM entries e JOIN categories c ON c.id = e.category_id WHERE e.award_id = $1`,
      [seeded.awardId],
    );
    expect(rows).toHaveLength(OPTIONS.entries);
    const prefix = `2025-${seeded.awardId.slice(0, 4).toUpperCase()}-`;
    for (const row of rows) {
      expect(row.receipt_number.startsWith(prefix)).toBe(true);
      expect(row.receipt_number).toMatch(/-\d{5}$/);
      expect(row.code).toMatch(new RegExp(`^${row.category}-\\d{4}$`));
    }
    expect(new Set(rows.map((row) => row.code)).size).toBe(rows.length);
    expect(new Set(rows.map((row) => row.category)).size).toBe(6);
  });

  it('stores each author’s name normalised as the domain does, with a birth date', async () => {
    const authors = await query<{
      full_name: string;
      normalized_name: string;
      date_of_birth: string;
    }>(
      `SELECT a.full_name, a.normalized_name, a.date_of_birth FROM entry_authors a JOIN entries e ON e.id = a.entry_id WHERE e.award_id = $1`,
      [seeded.awardId],
    );
    expect(authors.length).toBeGreaterThan(OPTIONS.entries);
    for (const author of authors) {
      expect(author.normalized_name).toBe(normalizePersonName(author.full_name));
      expect(author.date_of_birth).toBeTruthy();
    }
  });

  it('assigns no judge an entry they conflict with, and in the preliminary only their subcommittee’s', async () => {
    const judges = await query(
      `SELECT m.user_id AS id, u.full_name, m.organization_name, m.declared_organizations FROM award_members m JOIN users u ON u.id = m.user_id WHERE m.award_id = $1 AND m.role = 'judge'`,
      [seeded.awardId],
    );
    const authors = await query(
      `SELECT e.id, e.category_id, a.user_id, a.full_name, a.date_of_birth::text AS dob, a.organization_name
         FROM entries e JOIN entry_authors a ON a.entry_id = e.id WHERE e.award_id = $1 ORDER BY e.id, a.index`,
      [seeded.awardId],
    );
    const entries = new Map<string, { id: string; categoryId: string; authors: any[] }>();
    for (const row of authors) {
      const entry = entries.get(row.id) ?? { id: row.id, categoryId: row.category_id, authors: [] };
      entry.authors.push({
        userId: row.user_id,
        fullName: row.full_name,
        dateOfBirth: row.dob,
        organizationName: row.organization_name,
      });
      entries.set(row.id, entry);
    }
    const conflicts = findConflicts({
      judges: judges.map((judge) => ({
        id: judge.id,
        userId: judge.id,
        fullName: judge.full_name,
        organizationName: judge.organization_name,
        declaredOrganizations: judge.declared_organizations,
      })),
      entries: [...entries.values()],
      recusals: [],
    });
    expect(conflicts.length).toBeGreaterThan(0);
    const assigned = new Set(
      (
        await query(
          `SELECT a.judge_id, a.entry_id FROM assignments a JOIN rounds r ON r.id = a.round_id WHERE r.award_id = $1`,
          [seeded.awardId],
        )
      ).map((row) => `${row.judge_id}|${row.entry_id}`),
    );
    expect(conflicts.filter((pair) => assigned.has(`${pair.judgeId}|${pair.entryId}`))).toEqual([]);
    const perEntry = await query<{ round_id: string; n: number }>(
      `SELECT round_id, count(*)::int AS n FROM assignments a JOIN rounds r ON r.id = a.round_id WHERE r.award_id = $1 GROUP BY round_id, entry_id`,
      [seeded.awardId],
    );
    expect(
      perEntry
        .filter((row) => row.round_id === seeded.preliminaryRoundId)
        .every((row) => row.n === 3),
    ).toBe(true);
    expect(
      perEntry.filter((row) => row.round_id === seeded.finalRoundId).every((row) => row.n === 5),
    ).toBe(true);
    const outside = await query(
      `SELECT a.id FROM assignments a JOIN entries e ON e.id = a.entry_id JOIN panels p ON p.round_id = a.round_id
        WHERE a.round_id = $1 AND p.judge_ids ? a.judge_id::text AND NOT p.category_ids ? e.category_id::text`,
      [seeded.preliminaryRoundId],
    );
    expect(outside).toEqual([]);
  });

  it('keeps every sheet on the rubric, its total the domain’s weighted total', async () => {
    const sheets = await query<{ scores: Record<string, number>; total: string; rubric: Rubric }>(
      `SELECT s.scores, s.total, r.rubric FROM sheets s JOIN rounds r ON r.id = s.round_id WHERE r.award_id = $1`,
      [seeded.awardId],
    );
    expect(sheets).toHaveLength(OPTIONS.entries * 3 + (await finalists()) * 5);
    for (const sheet of sheets) {
      expect(scoreIssues(sheet.rubric, sheet.scores, true)).toEqual([]);
      expect(Number(sheet.total)).toBe(weightedTotal(sheet.rubric, sheet.scores));
    }
  });

  it('writes an audit chain that verifies', async () => {
    const verdict = await app.app.get(AuditService).verify(seeded.awardId);
    expect(verdict).toEqual({ ok: true, checked: expect.any(Number) });
    expect((verdict as { checked: number }).checked).toBeGreaterThan(OPTIONS.entries);
  });

  it('has ResultsService agree with aggregateResults over the stored scores, in both rounds', async () => {
    const results = app.app.get(ResultsService);
    for (const roundId of [seeded.preliminaryRoundId, seeded.finalRoundId]) {
      const [round] = await query(`SELECT rubric, judges_per_entry FROM rounds WHERE id = $1`, [
        roundId,
      ]);
      const entries = await query(
        `SELECT re.entry_id, e.category_id, e.code FROM round_entries re JOIN entries e ON e.id = re.entry_id WHERE re.round_id = $1 ORDER BY e.code`,
        [roundId],
      );
      const sheets = await query(
        `SELECT entry_id, judge_id, scores FROM sheets WHERE round_id = $1`,
        [roundId],
      );
      for (const method of ['mean', 'trimmed', 'zscore'] as const) {
        const expected = aggregateResults({
          entries: entries.map((entry) => ({
            entryId: entry.entry_id,
            categoryId: entry.category_id,
          })),
          sheets: sheets.map((sheet) => ({
            entryId: sheet.entry_id,
            judgeId: sheet.judge_id,
            total: weightedTotal(round.rubric, sheet.scores) as number,
          })),
          method,
          maxTotal: rubricMaxTotal(round.rubric),
          expectedSheets: round.judges_per_entry,
        });
        const actual = await results.results(roundId, method);
        expect(actual.map(({ entryCode: _code, suggestedTier: _tier, ...row }) => row)).toEqual(
          expected.entries,
        );
      }
    }
  });

  it('decides the planned prizes, and stores a real, distinct file for every part', async () => {
    const prizes = await query<{ tier_code: string; n: number }>(
      `SELECT tier_code, count(*)::int AS n FROM prize_decisions WHERE award_id = $1 GROUP BY tier_code`,
      [seeded.awardId],
    );
    // The tiers' planned counts, best first, as far as the finalists go.
    const planned = NATIONAL_TIERS.flatMap((tier) =>
      Array<string>(tier.targetCount).fill(tier.code),
    );
    const expected = new Map<string, number>();
    for (const code of planned.slice(0, await finalists()))
      expected.set(code, (expected.get(code) ?? 0) + 1);
    expect(Object.fromEntries(prizes.map((row) => [row.tier_code, row.n]))).toEqual(
      Object.fromEntries(expected),
    );
    const stored = await query(
      `SELECT f.storage_key, f.sha256, f.size FROM entry_files f JOIN entries e ON e.id = f.entry_id WHERE e.award_id = $1`,
      [seeded.awardId],
    );
    expect(stored).toHaveLength(files);
    expect(new Set(stored.map((file) => file.sha256)).size).toBe(stored.length);
    const storage = app.app.get(FileStorage);
    for (const file of stored.slice(0, 10)) {
      const chunks: Buffer[] = [];
      for await (const chunk of await storage.read(file.storage_key)) chunks.push(chunk as Buffer);
      const bytes = Buffer.concat(chunks);
      expect(bytes.length).toBe(Number(file.size));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
    }
  });

  async function finalists(): Promise<number> {
    return (
      await query(`SELECT count(*)::int AS n FROM round_entries WHERE round_id = $1`, [
        seeded.finalRoundId,
      ])
    )[0].n;
  }
});
