import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Rubric } from '@press-award/contracts';
import {
  aggregateResults,
  type EntryResult,
  rubricMaxTotal,
  weightedTotal,
} from '@press-award/domain';
import { DataSource } from 'typeorm';
import {
  buildAward,
  buildEntry,
  buildRules,
  PRINT_AND_ONLINE_CATEGORIES,
} from '../../../test/factories';
import { pdfSample } from '../../../test/samples';
import {
  createAward,
  inviteJudges,
  openJudgingRound,
  setAwardStatus,
  setRoundStatus,
  submitEntry,
} from '../../../test/scenario';
import { createUser, login, startTestApp, type TestApp } from '../../../test/test-app';
import { Award } from '../awards/entities/award.entity';
import { ResultsService } from './results.service';

/**
 * Two places compute an entry's mean in SQL for speed: advancement by rule (mean and place per
 * category) and the result rows of exports and forwarding (score). Both must say what
 * `aggregateResults` says over the same submitted sheets: its plain mean (`total`), rounded to four
 * decimals half away from zero, and its rank within the category.
 *
 * Weights 0.7 and 0.33 on quarter steps give totals with four decimals, so the means below need
 * rounding: down (…8333), up (…9167), and a half (3.99125 → 3.9913).
 */
const rubric: Rubric = {
  criteria: [
    { key: 'content', name: 'Nội dung', maxScore: 5, step: 0.25, weight: 0.7 },
    { key: 'craft', name: 'Hình thức', maxScore: 5, step: 0.25, weight: 0.33 },
  ],
};

type Scores = { content: number; craft: number };
type Sheet = Scores & { submit: boolean };
const sheet = (content: number, craft: number, submit = true): Sheet => ({
  content,
  craft,
  submit,
});

/** Entry → category and each judge's sheet (none: the judge never opened it; submit false: a draft). */
const PLAN: {
  key: string;
  category: 'IN' | 'DT';
  sheets: Partial<Record<'a' | 'b' | 'c', Sheet>>;
}[] = [
  // 4.3875, 4.2025, 4.275 → 4.28833… → 4.2883
  {
    key: 'e0',
    category: 'IN',
    sheets: { a: sheet(4.5, 3.75), b: sheet(4, 4.25), c: sheet(3.75, 5) },
  },
  // 4.3875, 4.47, 4.0175 → 4.29166… → 4.2917
  {
    key: 'e1',
    category: 'IN',
    sheets: { a: sheet(4.5, 3.75), b: sheet(4.5, 4), c: sheet(3.5, 4.75) },
  },
  // 4.7275, 3.255 and a draft that must not count → 3.99125 → 3.9913
  {
    key: 'e2',
    category: 'IN',
    sheets: { a: sheet(4.75, 4.25), b: sheet(3, 3.5), c: sheet(1, 1, false) },
  },
  // Other sheets, the same mean as e0: a tie.
  {
    key: 'e3',
    category: 'IN',
    sheets: { a: sheet(4, 3.75), b: sheet(4.5, 4.25), c: sheet(3.75, 5) },
  },
  // Only a draft: no mean anywhere.
  { key: 'e4', category: 'DT', sheets: { a: sheet(5, 5, false) } },
  { key: 'e5', category: 'DT', sheets: { b: sheet(2.5, 3) } },
  // 5.15 and 4.12 → 4.635
  { key: 'e6', category: 'DT', sheets: { a: sheet(5, 5), c: sheet(4, 4) } },
];

describe('SQL means and aggregateResults', () => {
  let app: TestApp;
  let organizer: string;
  let awardId: string;
  let roundId: string;
  let nextRoundId: string;
  /** Plan key → entry id, and back. */
  const ids: Record<string, string> = {};
  const keys = new Map<string, string>();
  const categoryIds: Record<string, string> = {};
  /** What libs/domain says, keyed by plan key. */
  let expected: Map<string, EntryResult>;

  beforeAll(async () => {
    app = await startTestApp();
    await createUser(app.db, { email: 'btc@example.vn', isAdmin: true });
    await createUser(app.db, { email: 'pv@example.vn' });
    for (const judge of ['a', 'b', 'c'])
      await createUser(app.db, { email: `gk-${judge}@example.vn` });
    organizer = await login(app, 'btc@example.vn');
    const award = await createAward(
      app,
      organizer,
      buildAward({
        rules: buildRules({ maxEntriesPerAuthor: 10 }),
        categories: PRINT_AND_ONLINE_CATEGORIES,
      }),
    );
    awardId = award.id;
    for (const category of award.categories as { id: string; code: string }[])
      categoryIds[category.code] = category.id;
    await inviteJudges(app, organizer, awardId, ['a', 'b', 'c']);
    await setAwardStatus(app, organizer, awardId, 'open');
    const reporter = await login(app, 'pv@example.vn');
    for (const plan of PLAN) {
      const entryId = await submitEntry(
        app,
        reporter,
        awardId,
        buildEntry(categoryIds[plan.category]!, { title: `Tác phẩm ${plan.key}` }),
        { content: await pdfSample(1, plan.key), name: 'a.pdf' },
      );
      ids[plan.key] = entryId;
      keys.set(entryId, plan.key);
    }
    const entryIds = Object.values(ids);
    const round = await openJudgingRound(app, organizer, awardId, entryIds, {
      name: 'Sơ khảo',
      judgesPerEntry: 3,
      rubric,
    });
    expect(round.autoAssignment.saved).toBe(true);
    roundId = round.id;

    // The domain's view of the same sheets: weighted totals by libs/domain, then aggregateResults.
    const submitted: { entryId: string; judgeId: string; total: number }[] = [];
    for (const judge of ['a', 'b', 'c'] as const) {
      const token = await login(app, `gk-${judge}@example.vn`);
      for (const item of (await app.request('GET', '/judging/assignments', { token })).body as {
        id: string;
      }[]) {
        const row = (
          await app.db.query('SELECT entry_id, judge_id FROM assignments WHERE id = $1', [item.id])
        ).rows[0] as { entry_id: string; judge_id: string };
        const planned = PLAN.find((plan) => plan.key === keys.get(row.entry_id))?.sheets[judge];
        if (!planned) continue;
        const scores: Scores = { content: planned.content, craft: planned.craft };
        const saved = await app.request('PUT', `/judging/assignments/${item.id}/sheet`, {
          token,
          body: { scores, submit: planned.submit },
        });
        expect(saved.status).toBe(200);
        if (planned.submit)
          submitted.push({
            entryId: row.entry_id,
            judgeId: row.judge_id,
            total: weightedTotal(rubric, scores) as number,
          });
      }
    }
    expect(submitted).toHaveLength(14);
    await setRoundStatus(app, organizer, roundId, 'closed');
    nextRoundId = (
      await app.request('POST', `/awards/${awardId}/rounds`, {
        token: organizer,
        body: { name: 'Chung khảo', order: 2, judgesPerEntry: 1, rubric },
      })
    ).body.id;

    const aggregated = aggregateResults({
      entries: PLAN.map((plan) => ({
        entryId: ids[plan.key]!,
        categoryId: categoryIds[plan.category]!,
      })),
      sheets: submitted,
      method: 'mean',
      maxTotal: rubricMaxTotal(rubric),
      expectedSheets: 3,
    });
    expected = new Map(aggregated.entries.map((entry) => [keys.get(entry.entryId)!, entry]));
  });
  afterAll(async () => app.close());

  it('should rest on the means and ranks the data was built for', () => {
    const totals = Object.fromEntries(
      [...expected].map(([key, entry]) => [key, [entry.total, entry.rank]]),
    );
    expect(totals).toEqual({
      e0: [4.2883, 2],
      e1: [4.2917, 1],
      e2: [3.9913, 4],
      e3: [4.2883, 2],
      e4: [null, null],
      e5: [2.74, 2],
      e6: [4.635, 1],
    });
  });

  it("should agree with the round's results over HTTP (the stored totals are the domain's)", async () => {
    const response = await app.request('GET', `/rounds/${roundId}/results?method=mean`, {
      token: organizer,
    });
    expect(response.status).toBe(200);
    const rows = response.body as {
      entryId: string;
      total: number | null;
      rank: number | null;
      sheets: number;
    }[];
    expect(
      Object.fromEntries(
        rows.map((row) => [keys.get(row.entryId), [row.total, row.rank, row.sheets]]),
      ),
    ).toEqual(
      Object.fromEntries(
        [...expected].map(([key, entry]) => [key, [entry.total, entry.rank, entry.sheets]]),
      ),
    );
  });

  it('should advance by the mean and place aggregateResults gives, entries without sheets left out', async () => {
    const preview = await app.request('POST', `/rounds/${nextRoundId}/entries/preview`, {
      token: organizer,
      body: { fromRoundId: roundId, top: 5000 },
    });
    expect(preview.status).toBe(200);
    const rows = preview.body.entries as {
      entryId: string;
      categoryId: string;
      mean: number;
      place: number;
    }[];
    expect(
      Object.fromEntries(
        rows.map((row) => [keys.get(row.entryId), [row.categoryId, row.mean, row.place]]),
      ),
    ).toEqual(
      Object.fromEntries(
        [...expected]
          .filter(([, entry]) => entry.total !== null)
          .map(([key, entry]) => [key, [entry.categoryId, entry.total, entry.rank]]),
      ),
    );

    // top N per category is the entries ranked N or better.
    for (const top of [1, 2, 3]) {
      const best = await app.request('POST', `/rounds/${nextRoundId}/entries/preview`, {
        token: organizer,
        body: { fromRoundId: roundId, top },
      });
      const chosen = (best.body.entries as { entryId: string }[])
        .map((row) => keys.get(row.entryId))
        .sort();
      expect(chosen).toEqual(
        [...expected]
          .filter(([, entry]) => entry.rank !== null && entry.rank <= top)
          .map(([key]) => key)
          .sort(),
      );
    }
    // At or above a minimum score. The SQL compares the unrounded mean: at a threshold equal to a
    // mean that was rounded UP (4.2917, 3.9913) it would leave out the entry showing that mean, so
    // the thresholds here are means rounded down or exact, and values in between.
    for (const minScore of [4.635, 4.2883, 4.2, 3.9912, 2.74, 0]) {
      const above = await app.request('POST', `/rounds/${nextRoundId}/entries/preview`, {
        token: organizer,
        body: { fromRoundId: roundId, minScore },
      });
      const chosen = (above.body.entries as { entryId: string }[])
        .map((row) => keys.get(row.entryId))
        .sort();
      expect(chosen).toEqual(
        [...expected]
          .filter(([, entry]) => entry.total !== null && entry.total >= minScore)
          .map(([key]) => key)
          .sort(),
      );
    }
  });

  it("should give the result rows (exports, forwarding) aggregateResults' mean as the score", async () => {
    for (const plan of PLAN) {
      const prize = await app.request('PUT', `/awards/${awardId}/prizes/${ids[plan.key]}`, {
        token: organizer,
        body: { tierCode: 'KK', note: 'Hội đồng thống nhất.' },
      });
      expect(prize.status).toBe(200);
    }
    const award = await app.app
      .get(DataSource)
      .getRepository(Award)
      .findOneByOrFail({ id: awardId });
    const rows = await app.app.get(ResultsService).resultRows(award);
    expect(Object.fromEntries(rows.map((row) => [keys.get(row.entryId), row.score]))).toEqual(
      Object.fromEntries([...expected].map(([key, entry]) => [key, entry.total])),
    );
  });
});
