import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildAward, buildEntry, buildRules } from '../../../test/factories';
import { pdfSample } from '../../../test/samples';
import {
  addMember,
  openJudgingRound,
  setAwardStatus,
  setRoundStatus,
  submitEntry,
} from '../../../test/scenario';
import { createUser, login, startTestApp, type TestApp } from '../../../test/test-app';

/** A 15-point sheet: thresholds on 10 are scaled by 1.5 (9 of 10 is 13.5 of 15). */
const rubric = {
  criteria: [
    { key: 'content', name: 'Nội dung', maxScore: 10, step: 0.25 },
    { key: 'craft', name: 'Hình thức', maxScore: 5, step: 0.25 },
  ],
};
/** Scores out of 15 and the same on 10: 13.5 (9), 12 (8), 10.5 (7), 9 (6). */
const SHEETS = [
  { content: 9, craft: 4.5 },
  { content: 8, craft: 4 },
  { content: 7, craft: 3.5 },
  { content: 6, craft: 3 },
];
const ORDINAL_TIERS = [
  { code: 'NHAT', label: 'Giải Nhất', targetCount: 1, minScore: 8.5 },
  { code: 'NHI', label: 'Giải Nhì', targetCount: 2, minScore: 7.5 },
  { code: 'BA', label: 'Giải Ba', targetCount: 3, minScore: 7 },
  // A conventional code without a threshold: not suggested once the others have one.
  { code: 'KK', label: 'Giải Khuyến khích', targetCount: 5 },
];

describe('suggestion thresholds of prize tiers', () => {
  let app: TestApp;
  let organizer: string;
  let awardId: string;
  let roundId: string;
  const entries: string[] = [];

  const suggestions = async (): Promise<(string | null)[]> => {
    const response = await app.request('GET', `/rounds/${roundId}/results?method=mean`, {
      token: organizer,
    });
    expect(response.status).toBe(200);
    const byEntry = new Map(
      (response.body as { entryId: string; total: number; suggestedTier: string | null }[]).map(
        (row) => [row.entryId, row],
      ),
    );
    expect(entries.map((entryId) => byEntry.get(entryId)?.total)).toEqual([13.5, 12, 10.5, 9]);
    return entries.map((entryId) => byEntry.get(entryId)?.suggestedTier ?? null);
  };

  const setTiers = async (prizeTiers: unknown[]) => {
    const response = await app.request('PATCH', `/awards/${awardId}`, {
      token: organizer,
      body: { prizeTiers },
    });
    expect(response.status).toBe(200);
    return response.body.prizeTiers;
  };

  beforeAll(async () => {
    app = await startTestApp();
    await createUser(app.db, { email: 'btc@example.vn', isAdmin: true });
    await createUser(app.db, { email: 'pv@example.vn', fullName: 'Đặng Thị Hồng Nhung' });
    await createUser(app.db, { email: 'gk@example.vn' });
    organizer = await login(app, 'btc@example.vn');
    const award = await app.request('POST', '/awards', {
      token: organizer,
      body: buildAward({
        rules: buildRules({ maxEntriesPerAuthor: 5 }),
        prizeTiers: ORDINAL_TIERS,
      }),
    });
    expect(award.status).toBe(201);
    awardId = award.body.id;
    await addMember(app, organizer, awardId, {
      email: 'gk@example.vn',
      fullName: 'Giám khảo',
      role: 'judge',
      organizationName: 'Đài Phát thanh',
    });
    await setAwardStatus(app, organizer, awardId, 'open');
    const reporter = await login(app, 'pv@example.vn');
    for (const n of [1, 2, 3, 4])
      entries.push(
        await submitEntry(
          app,
          reporter,
          awardId,
          buildEntry(award.body.categories[0].id, { title: `Tác phẩm ${n}` }),
          { content: await pdfSample(1, `t${n}`), name: 'a.pdf' },
        ),
      );
    roundId = (
      await openJudgingRound(app, organizer, awardId, entries, {
        name: 'Chung khảo',
        judgesPerEntry: 1,
        rubric,
      })
    ).id;
    const judge = await login(app, 'gk@example.vn');
    const mine = (await app.request('GET', '/judging/assignments', { token: judge })).body as {
      id: string;
    }[];
    expect(mine).toHaveLength(4);
    for (const item of mine) {
      const entryId = (
        await app.db.query('SELECT entry_id FROM assignments WHERE id = $1', [item.id])
      ).rows[0].entry_id as string;
      const sheet = await app.request('PUT', `/judging/assignments/${item.id}/sheet`, {
        token: judge,
        body: { scores: SHEETS[entries.indexOf(entryId)], submit: true },
      });
      expect(sheet.status).toBe(200);
    }
    await setRoundStatus(app, organizer, roundId, 'closed');
  });
  afterAll(async () => app.close());

  it('should store thresholds with the tiers and suggest Nhất/Nhì/Ba from them, scaled to a 15-point sheet', async () => {
    const award = (await app.request('GET', `/awards/${awardId}`, { token: organizer })).body;
    expect(
      award.prizeTiers.map((tier: { code: string; minScore?: number | null }) => [
        tier.code,
        tier.minScore ?? null,
      ]),
    ).toEqual([
      ['NHAT', 8.5],
      ['NHI', 7.5],
      ['BA', 7],
      ['KK', null],
    ]);
    // 13.5 ≥ 12.75 (8.5 on 10); 12 ≥ 11.25; 10.5 = 10.5, the boundary counts; KK has no threshold.
    expect(await suggestions()).toEqual(['NHAT', 'NHI', 'BA', null]);
  });

  it('should keep the conventional A/B/C/KK thresholds while no tier has one, and drop A once the others have one', async () => {
    await setTiers([
      { code: 'A', label: 'Giải A', targetCount: 1 },
      { code: 'B', label: 'Giải B', targetCount: 2 },
      { code: 'C', label: 'Giải C', targetCount: 3 },
      { code: 'KK', label: 'Giải Khuyến khích', targetCount: 5 },
    ]);
    expect(await suggestions()).toEqual(['A', 'B', 'C', 'KK']);

    const stored = await setTiers([
      { code: 'A', label: 'Giải A', targetCount: 1, minScore: null },
      { code: 'B', label: 'Giải B', targetCount: 2, minScore: 8 },
      { code: 'C', label: 'Giải C', targetCount: 3, minScore: 7 },
      { code: 'KK', label: 'Giải Khuyến khích', targetCount: 5, minScore: 6 },
    ]);
    expect(stored[0].minScore ?? null).toBeNull();
    // 9 on 10 would have been A; without a threshold A is never suggested.
    expect(await suggestions()).toEqual(['B', 'B', 'C', 'KK']);
  });

  it('should refuse thresholds off the 10-point scale, too precise or rising down the list, on the offending tier', async () => {
    const tiers = [
      { code: 'NHAT', label: 'Giải Nhất', targetCount: 1, minScore: 8 },
      { code: 'NHI', label: 'Giải Nhì', targetCount: 2, minScore: 8.5 },
      { code: 'BA', label: 'Giải Ba', targetCount: 3, minScore: 13.5 },
      { code: 'KK', label: 'Giải Khuyến khích', targetCount: 5, minScore: 6.125 },
    ];
    const patch = await app.request('PATCH', `/awards/${awardId}`, {
      token: organizer,
      body: { prizeTiers: tiers },
    });
    expect(patch.status).toBe(400);
    expect(patch.body.code).toBe('VALIDATION_FAILED');
    expect(
      patch.body.details.map(
        (detail: { field: string; code: string }) => `${detail.field}:${detail.code}`,
      ),
    ).toEqual([
      'prizeTiers.1.minScore:TIER_MIN_SCORE_ABOVE_EARLIER_TIER',
      'prizeTiers.2.minScore:TIER_MIN_SCORE_OUT_OF_RANGE',
      'prizeTiers.3.minScore:TIER_MIN_SCORE_TOO_PRECISE',
    ]);
    expect(patch.body.details[0].message).toBe(
      'Điểm gợi ý không được cao hơn điểm gợi ý của giải xếp trên.',
    );
    const english = await app.request('PATCH', `/awards/${awardId}`, {
      token: organizer,
      body: { prizeTiers: tiers },
      headers: { 'accept-language': 'en' },
    });
    expect(english.body.details[1].message).toBe(
      'The suggestion threshold must be a number from 0 to 10 (10-point scale).',
    );
    // Nothing was stored: the award still has its earlier tiers.
    expect(
      (await app.request('GET', `/awards/${awardId}`, { token: organizer })).body.prizeTiers[1],
    ).toMatchObject({ code: 'B', minScore: 8 });

    // A new award hears about a bad name and a bad threshold at once; a threshold that is not a number is the DTO's.
    const created = await app.request('POST', '/awards', {
      token: organizer,
      body: buildAward({
        name: '',
        prizeTiers: [
          { code: 'A', label: 'Giải A', targetCount: 1, minScore: 7 },
          { code: 'B', label: 'Giải B', targetCount: 1, minScore: 7.5 },
          { code: 'C', label: 'Giải C', targetCount: 1, minScore: '6' },
        ],
      }),
    });
    expect(created.status).toBe(400);
    const fields = created.body.details.map(
      (detail: { field: string; code: string }) => `${detail.field}:${detail.code}`,
    );
    expect(fields).toEqual(
      expect.arrayContaining([
        'name:isNotEmpty',
        'prizeTiers.1.minScore:TIER_MIN_SCORE_ABOVE_EARLIER_TIER',
        'prizeTiers.2.minScore:isNumber',
      ]),
    );
    expect(fields).not.toContain('prizeTiers.2.minScore:TIER_MIN_SCORE_OUT_OF_RANGE');

    // Without DTO errors the service refuses the same way.
    const refused = await app.request('POST', '/awards', {
      token: organizer,
      body: buildAward({
        prizeTiers: [{ code: 'A', label: 'Giải A', targetCount: 1, minScore: -1 }],
      }),
    });
    expect(refused.status).toBe(400);
    expect(refused.body.details).toEqual([
      expect.objectContaining({
        field: 'prizeTiers.0.minScore',
        code: 'TIER_MIN_SCORE_OUT_OF_RANGE',
      }),
    ]);
  });
});
