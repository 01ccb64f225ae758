import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AwardDashboardResponse } from '@press-award/contracts';
import { DEFAULT_FILE_RULES } from '@press-award/domain';
import { buildAward, buildRules } from '../../../test/factories';
import { addMember, createAward, TEN_POINT_RUBRIC } from '../../../test/scenario';
import { createUser, login, startTestApp, type TestApp } from '../../../test/test-app';

const tenPoints = TEN_POINT_RUBRIC;
// Σ maxScore × weight = 5 × 2 + 5 = 15: the histogram range follows the weights.
const fifteenPoints = {
  criteria: [
    { key: 'content', name: 'Nội dung', maxScore: 5, step: 0.5, weight: 2 },
    { key: 'craft', name: 'Hình thức', maxScore: 5, step: 0.5 },
  ],
};

/** Ten buckets of width `max / 10`, all empty but the given ones (index → count). */
function histogram(
  max: number,
  counts: Record<number, number>,
): { from: number; to: number; count: number }[] {
  return Array.from({ length: 10 }, (_, index) => ({
    from: (index * max) / 10,
    to: ((index + 1) * max) / 10,
    count: counts[index] ?? 0,
  }));
}

describe('DashboardController', () => {
  let app: TestApp;
  let organizer: string;
  let awardId: string;
  let emptyAwardId: string;
  const categories: Record<string, string> = {};
  const judges: Record<string, string> = {};
  const rounds: Record<string, string> = {};
  const panels: Record<string, string> = {};
  let reporterId: string;

  async function insertEntry(
    award: string,
    categoryId: string,
    status: string,
    title = status,
  ): Promise<string> {
    const { rows } = await app.db.query(
      `INSERT INTO entries (award_id, category_id, submitter_id, status, title, language) VALUES ($1, $2, $3, $4, $5, 'vi') RETURNING id`,
      [award, categoryId, reporterId, status, title],
    );
    return rows[0].id;
  }

  async function insertRound(
    award: string,
    name: string,
    order: number,
    rubric: unknown,
  ): Promise<string> {
    const { rows } = await app.db.query(
      `INSERT INTO rounds (award_id, name, "order", judges_per_entry, rubric, status) VALUES ($1, $2, $3, 2, $4, 'open') RETURNING id`,
      [award, name, order, JSON.stringify(rubric)],
    );
    return rows[0].id;
  }

  async function insertPanel(
    roundId: string,
    name: string,
    categoryIds: string[],
    judgeIds: string[],
  ): Promise<string> {
    const { rows } = await app.db.query(
      `INSERT INTO panels (round_id, name, category_ids, judge_ids) VALUES ($1, $2, $3, $4) RETURNING id`,
      [roundId, name, JSON.stringify(categoryIds), JSON.stringify(judgeIds)],
    );
    return rows[0].id;
  }

  /** An assignment, and its sheet when `sheet` is given (`total` null = incomplete draft). */
  async function assign(
    roundId: string,
    entryId: string,
    judgeId: string,
    sheet?: { status: 'draft' | 'submitted'; total: number | null },
    status: 'active' | 'recused' = 'active',
  ): Promise<void> {
    const { rows } = await app.db.query(
      `INSERT INTO assignments (round_id, entry_id, judge_id, status) VALUES ($1, $2, $3, $4) RETURNING id`,
      [roundId, entryId, judgeId, status],
    );
    if (sheet) {
      await app.db.query(
        `INSERT INTO sheets (assignment_id, round_id, judge_id, entry_id, total, status) VALUES ($1, $2, $3, $4, $5, $6)`,
        [rows[0].id, roundId, judgeId, entryId, sheet.total, sheet.status],
      );
    }
  }

  async function prize(
    award: string,
    entryId: string,
    tierCode: string | null,
    standing: 'awarded' | 'revoked' | 'withdrawn' = 'awarded',
  ): Promise<void> {
    await app.db.query(
      `INSERT INTO prize_decisions (award_id, entry_id, tier_code, decided_by, standing) VALUES ($1, $2, $3, $4, $5)`,
      [award, entryId, tierCode, reporterId, standing],
    );
  }

  beforeAll(async () => {
    app = await startTestApp();
    await createUser(app.db, { email: 'btc@example.vn', isAdmin: true });
    organizer = await login(app, 'btc@example.vn');
    reporterId = (await createUser(app.db, { email: 'pv@example.vn' })).id;
    const award = await createAward(
      app,
      organizer,
      buildAward({
        rules: buildRules({
          files: {
            print: DEFAULT_FILE_RULES.print,
            tv: DEFAULT_FILE_RULES.tv,
            photo: DEFAULT_FILE_RULES.photo,
          },
        }),
        prizeTiers: [
          { code: 'A', label: 'Giải A', targetCount: 1 },
          { code: 'B', label: 'Giải B', targetCount: 2 },
          { code: 'KK', label: 'Giải Khuyến khích', targetCount: 3 },
        ],
        categories: [
          { code: 'IN', name: 'Báo in', mediaType: 'print' },
          { code: 'TH', name: 'Truyền hình', mediaType: 'tv' },
          { code: 'ANH', name: 'Ảnh báo chí', mediaType: 'photo' },
        ],
      }),
    );
    expect(award).toHaveProperty('id');
    awardId = award.id;
    for (const category of award.categories) categories[category.code] = category.id;
    const names = { an: 'Giám khảo An', binh: 'Giám khảo Bình', cuong: 'Giám khảo Cường' };
    for (const [key, fullName] of Object.entries(names)) {
      await createUser(app.db, { email: `gk-${key}@example.vn`, fullName });
      const member = await addMember(app, organizer, awardId, {
        email: `gk-${key}@example.vn`,
        fullName,
        role: 'judge',
      });
      judges[key] = member.userId;
    }
    await createUser(app.db, { email: 'thuky@example.vn' });
    await addMember(app, organizer, awardId, {
      email: 'thuky@example.vn',
      fullName: 'Thư Ký',
      role: 'secretary',
    });
    await app.db.query(`UPDATE awards SET status = 'judging' WHERE id = $1`, [awardId]);

    // Entries: print 1 submitted, 2 eligible, 1 ineligible, 1 draft; TV 1 eligible, 1 withdrawn, 1 draft; photo only a draft.
    await insertEntry(awardId, categories['IN']!, 'submitted');
    const print1 = await insertEntry(awardId, categories['IN']!, 'eligible', 'print 1');
    const print2 = await insertEntry(awardId, categories['IN']!, 'eligible', 'print 2');
    await insertEntry(awardId, categories['IN']!, 'ineligible');
    await insertEntry(awardId, categories['IN']!, 'draft');
    const tv1 = await insertEntry(awardId, categories['TH']!, 'eligible', 'tv 1');
    await insertEntry(awardId, categories['TH']!, 'withdrawn');
    await insertEntry(awardId, categories['TH']!, 'draft');
    await insertEntry(awardId, categories['ANH']!, 'draft');

    // Round 1 (10 points) with three panels; the photo panel has nothing assigned.
    rounds['first'] = await insertRound(awardId, 'Sơ khảo', 1, tenPoints);
    panels['print'] = await insertPanel(
      rounds['first'],
      'Tiểu ban Báo in',
      [categories['IN']!],
      [judges['an']!, judges['binh']!],
    );
    panels['tv'] = await insertPanel(
      rounds['first'],
      'Tiểu ban Truyền hình',
      [categories['TH']!],
      [judges['cuong']!],
    );
    panels['photo'] = await insertPanel(
      rounds['first'],
      'Tiểu ban Nhiếp ảnh',
      [categories['ANH']!],
      [judges['cuong']!],
    );
    await assign(rounds['first'], print1, judges['an']!, { status: 'submitted', total: 9.5 });
    await assign(rounds['first'], print2, judges['an']!, { status: 'submitted', total: 10 });
    await assign(rounds['first'], print1, judges['binh']!, { status: 'submitted', total: 4 });
    // A draft is not a score yet: assigned, not submitted, not in the histogram.
    await assign(rounds['first'], print2, judges['binh']!, { status: 'draft', total: 6 });
    await assign(rounds['first'], tv1, judges['cuong']!, { status: 'submitted', total: 0 });
    // A recusal is not work owed: counted nowhere.
    await assign(rounds['first'], tv1, judges['binh']!, undefined, 'recused');

    // Round 2 (15 points, weighted) without panels: all judges are one panel.
    rounds['final'] = await insertRound(awardId, 'Chung khảo', 2, fifteenPoints);
    await assign(rounds['final'], print1, judges['an']!, { status: 'submitted', total: 15 });
    await assign(rounds['final'], print1, judges['cuong']!, { status: 'submitted', total: 7.5 });
    await assign(rounds['final'], tv1, judges['binh']!);

    // Prizes: only standing ones count; a topic-only prize has no tier.
    await prize(awardId, print1, 'A');
    await prize(awardId, print2, 'B', 'revoked');
    await prize(awardId, tv1, 'B');
    const topicOnly = await insertEntry(awardId, categories['IN']!, 'withdrawn', 'topic only');
    await prize(awardId, topicOnly, null);

    // Another award with data of every kind that must not leak into the first one's counts.
    const other = await createAward(app, organizer, buildAward({ name: 'Giải khác' }));
    const otherEntry = await insertEntry(other.id, other.categories[0].id, 'eligible');
    const otherRound = await insertRound(other.id, 'Vòng khác', 1, tenPoints);
    await assign(otherRound, otherEntry, judges['an']!, { status: 'submitted', total: 5 });
    await prize(other.id, otherEntry, 'A');
    // A draft award with nothing in it.
    emptyAwardId = (
      await createAward(
        app,
        organizer,
        buildAward({
          name: 'Giải trống',
          prizeTiers: [{ code: 'A', label: 'Giải A', targetCount: 1 }],
        }),
      )
    ).id;
  });
  afterAll(async () => app.close());

  it('should count submitted entries per media type and status, without drafts or other awards', async () => {
    const response = await app.request<AwardDashboardResponse>(
      'GET',
      `/awards/${awardId}/dashboard`,
      { token: organizer },
    );
    expect(response.status).toBe(200);
    expect(response.body.entriesByMediaType).toEqual([
      { mediaType: 'print', status: 'submitted', count: 1 },
      { mediaType: 'print', status: 'withdrawn', count: 1 },
      { mediaType: 'print', status: 'eligible', count: 2 },
      { mediaType: 'print', status: 'ineligible', count: 1 },
      { mediaType: 'tv', status: 'withdrawn', count: 1 },
      { mediaType: 'tv', status: 'eligible', count: 1 },
    ]);
    expect(
      response.body.entriesByMediaType.some(
        (row) => row.status === 'draft' || row.mediaType === 'photo',
      ),
    ).toBe(false);
  });

  it('should report sheets submitted against active assignments per round and panel', async () => {
    const { body } = await app.request<AwardDashboardResponse>(
      'GET',
      `/awards/${awardId}/dashboard`,
      { token: organizer },
    );
    expect(body.judgingProgress).toEqual([
      {
        roundId: rounds['first'],
        roundName: 'Sơ khảo',
        panelId: panels['print'],
        panelName: 'Tiểu ban Báo in',
        assigned: 4,
        submitted: 3,
      },
      {
        roundId: rounds['first'],
        roundName: 'Sơ khảo',
        panelId: panels['photo'],
        panelName: 'Tiểu ban Nhiếp ảnh',
        assigned: 0,
        submitted: 0,
      },
      {
        roundId: rounds['first'],
        roundName: 'Sơ khảo',
        panelId: panels['tv'],
        panelName: 'Tiểu ban Truyền hình',
        assigned: 1,
        submitted: 1,
      },
      {
        roundId: rounds['final'],
        roundName: 'Chung khảo',
        panelId: '',
        panelName: '',
        assigned: 3,
        submitted: 2,
      },
    ]);
  });

  it("should give each judge of each round a ten-bucket histogram of submitted totals over the rubric's range", async () => {
    const { body } = await app.request<AwardDashboardResponse>(
      'GET',
      `/awards/${awardId}/dashboard`,
      { token: organizer },
    );
    expect(body.scoreDistributions).toEqual([
      // 9.5 and the maximum 10 both land in the last bucket; 4 opens [4, 5); 0 the first.
      {
        roundId: rounds['first'],
        judgeId: judges['an'],
        judgeName: 'Giám khảo An',
        buckets: histogram(10, { 9: 2 }),
      },
      {
        roundId: rounds['first'],
        judgeId: judges['binh'],
        judgeName: 'Giám khảo Bình',
        buckets: histogram(10, { 4: 1 }),
      },
      {
        roundId: rounds['first'],
        judgeId: judges['cuong'],
        judgeName: 'Giám khảo Cường',
        buckets: histogram(10, { 0: 1 }),
      },
      // Weighted range 0–15: 15 is the last bucket, 7.5 opens [7.5, 9). Bình has no submitted sheet here.
      {
        roundId: rounds['final'],
        judgeId: judges['an'],
        judgeName: 'Giám khảo An',
        buckets: histogram(15, { 9: 1 }),
      },
      {
        roundId: rounds['final'],
        judgeId: judges['cuong'],
        judgeName: 'Giám khảo Cường',
        buckets: histogram(15, { 5: 1 }),
      },
    ]);
    const counted = body.scoreDistributions.reduce(
      (sum, judge) => sum + judge.buckets.reduce((inner, bucket) => inner + bucket.count, 0),
      0,
    );
    expect(counted).toBe(6);
  });

  it('should count only standing prizes per tier, in the order of the prize structure', async () => {
    const { body } = await app.request<AwardDashboardResponse>(
      'GET',
      `/awards/${awardId}/dashboard`,
      { token: organizer },
    );
    expect(body.tiers).toEqual([
      { code: 'A', label: 'Giải A', targetCount: 1, current: 1 },
      { code: 'B', label: 'Giải B', targetCount: 2, current: 1 },
      { code: 'KK', label: 'Giải Khuyến khích', targetCount: 3, current: 0 },
    ]);
  });

  it('should answer an award without data with empty lists and zero tiers', async () => {
    const response = await app.request<AwardDashboardResponse>(
      'GET',
      `/awards/${emptyAwardId}/dashboard`,
      { token: organizer },
    );
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      entriesByMediaType: [],
      judgingProgress: [],
      scoreDistributions: [],
      tiers: [{ code: 'A', label: 'Giải A', targetCount: 1, current: 0 }],
    });
  });

  it('should show the secretariat the same dashboard and never a judge, a reporter or a stranger', async () => {
    const secretary = await login(app, 'thuky@example.vn');
    const seen = await app.request<AwardDashboardResponse>('GET', `/awards/${awardId}/dashboard`, {
      token: secretary,
    });
    expect(seen.status).toBe(200);
    expect(seen.body.scoreDistributions).toHaveLength(5);

    // A judge of this very award: the histograms would tell them how their colleagues score.
    const judge = await login(app, 'gk-an@example.vn');
    const asJudge = await app.request('GET', `/awards/${awardId}/dashboard`, { token: judge });
    expect(asJudge.status).toBe(403);
    expect(asJudge.body.code).toBe('FORBIDDEN');
    expect(JSON.stringify(asJudge.body)).not.toMatch(
      /scoreDistributions|Giám khảo|judgingProgress/,
    );

    const reporter = await login(app, 'pv@example.vn');
    const asReporter = await app.request('GET', `/awards/${awardId}/dashboard`, {
      token: reporter,
    });
    expect(asReporter.status).toBe(403);
    expect(asReporter.body).not.toHaveProperty('entriesByMediaType');

    // The empty award is still a draft: to anyone outside it, it does not exist.
    const hidden = await app.request('GET', `/awards/${emptyAwardId}/dashboard`, { token: judge });
    expect(hidden.status).toBe(404);
    expect(hidden.body).not.toHaveProperty('tiers');
    expect((await app.request('GET', `/awards/${awardId}/dashboard`)).status).toBe(401);
    expect(
      (
        await app.request('GET', '/awards/00000000-0000-4000-8000-000000000000/dashboard', {
          token: organizer,
        })
      ).status,
    ).toBe(404);
  });
});
