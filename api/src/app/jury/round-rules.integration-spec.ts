import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  buildAward,
  buildEntry,
  buildRules,
  PRINT_AND_ONLINE_CATEGORIES,
} from '../../../test/factories';
import { pdfSample } from '../../../test/samples';
import {
  addMember,
  createAward,
  declareEligible,
  inviteJudges,
  setAwardStatus,
  submitEntry,
  TEN_POINT_RUBRIC,
} from '../../../test/scenario';
import { countRows, createUser, login, startTestApp, type TestApp } from '../../../test/test-app';

/** 10 points: content 5 + craft 5 in steps of 0.25. */
const rubric = TEN_POINT_RUBRIC;
/** 6.5 points: content 5 + craft 5 × 0.3. */
const weighted = {
  criteria: [
    { key: 'content', name: 'Nội dung', maxScore: 5, step: 0.25 },
    { key: 'craft', name: 'Hình thức', maxScore: 5, step: 0.25, weight: 0.3 },
  ],
};

/**
 * Two categories (IN: e0, e1; DT: e2, e3), two judges scoring every entry of the first round:
 * e0 8 / 6 (each judge 2 points from the other), e1 9 / 8.5, e2 6 / 6, e3 7.5 / 7.
 */
const SCORES: Record<string, number[]> = { a: [8, 9, 6, 7.5], b: [6, 8.5, 6, 7] };

describe('round rules: the disagreement distance and advancement by rule', () => {
  let app: TestApp;
  let organizer: string;
  let secretary: string;
  let awardId: string;
  let firstRoundId: string;
  let nextRoundId: string;
  const entries: string[] = [];
  const codes: string[] = [];

  const results = async () => {
    const response = await app.request('GET', `/rounds/${firstRoundId}/results?method=mean`, {
      token: organizer,
    });
    expect(response.status).toBe(200);
    return new Map(
      (response.body as { entryId: string; flags: string[]; disagreeingJudges: string[] }[]).map(
        (row) => [row.entryId, row],
      ),
    );
  };
  const stored = async (roundId: string) =>
    (await app.db.query('SELECT disagreement_points FROM rounds WHERE id = $1', [roundId])).rows[0]
      .disagreement_points as string | null;
  const preview = (body: object, roundId = nextRoundId) =>
    app.request('POST', `/rounds/${roundId}/entries/preview`, { token: organizer, body });
  const advance = (body: object, roundId = nextRoundId) =>
    app.request('POST', `/rounds/${roundId}/entries`, { token: organizer, body });

  beforeAll(async () => {
    app = await startTestApp();
    await createUser(app.db, { email: 'btc@example.vn', isAdmin: true });
    await createUser(app.db, { email: 'tk@example.vn' });
    await createUser(app.db, { email: 'pv@example.vn' });
    for (const judge of ['a', 'b']) await createUser(app.db, { email: `gk-${judge}@example.vn` });
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
    const categoryOf = (index: number) =>
      (award.categories as { id: string; code: string }[]).find(
        (category) => category.code === (index < 2 ? 'IN' : 'DT'),
      )?.id as string;
    await addMember(app, organizer, awardId, {
      email: 'tk@example.vn',
      fullName: 'Thư ký',
      role: 'secretary',
    });
    await inviteJudges(app, organizer, awardId, ['a', 'b']);
    secretary = await login(app, 'tk@example.vn');
    await setAwardStatus(app, organizer, awardId, 'open');
    const reporter = await login(app, 'pv@example.vn');
    for (const index of [0, 1, 2, 3])
      entries.push(
        await submitEntry(
          app,
          reporter,
          awardId,
          buildEntry(categoryOf(index), { title: `Tác phẩm ${index}` }),
          { content: await pdfSample(1, `d${index}`), name: 'a.pdf' },
        ),
      );
    const issued = await declareEligible(app, organizer, awardId, entries);
    for (const entryId of entries)
      codes.push(issued.codes.find((code) => code.entryId === entryId)?.code ?? '');
  });
  afterAll(async () => app.close());

  it('should validate the distance at creation (≥ 0, at most 2 decimals, never above the rubric maximum) and save nothing refused', async () => {
    const create = (body: object) =>
      app.request('POST', `/awards/${awardId}/rounds`, {
        token: organizer,
        body: { name: 'Thử', order: 9, judgesPerEntry: 2, rubric, ...body },
      });
    const negative = await create({ disagreementPoints: -0.5 });
    expect(negative.status).toBe(400);
    expect(negative.body.details).toEqual([
      expect.objectContaining({ field: 'disagreementPoints', code: 'min' }),
    ]);
    expect((await create({ disagreementPoints: 1.255 })).body.details).toEqual([
      expect.objectContaining({ field: 'disagreementPoints', code: 'isNumber' }),
    ]);
    expect((await create({ disagreementPoints: '2' })).body.details).toContainEqual(
      expect.objectContaining({ field: 'disagreementPoints', code: 'isNumber' }),
    );
    const aboveMax = await create({ disagreementPoints: 10.01 });
    expect(aboveMax.status).toBe(400);
    expect(aboveMax.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [
        expect.objectContaining({ field: 'disagreementPoints', code: 'max', params: { max: 10 } }),
      ],
    });
    // The maximum is the weighted one: 6.5 for content 5 + craft 5 × 0.3.
    const aboveWeighted = await create({ rubric: weighted, disagreementPoints: 6.6 });
    expect(aboveWeighted.body.details).toEqual([
      expect.objectContaining({ field: 'disagreementPoints', code: 'max', params: { max: 6.5 } }),
    ]);
    // A rubric problem and the distance are reported together.
    const both = await create({
      rubric: { criteria: [{ key: 'content', name: 'Nội dung', maxScore: 5, step: 0.3 }] },
      disagreementPoints: 6,
    });
    expect(both.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual([
      'disagreementPoints',
      'rubric.criteria.0.step',
    ]);
    expect(await countRows(app.db, 'rounds')).toBe(0);

    // Omitted: null, and the results will use 2 per 10 of the (weighted) maximum.
    const byDefault = await create({ rubric: weighted });
    expect(byDefault.status).toBe(201);
    expect(byDefault.body).toMatchObject({ disagreementPoints: null, disagreementDistance: 1.3 });
    const atMax = await app.request('POST', `/awards/${awardId}/rounds`, {
      token: organizer,
      body: { name: 'Thử 2', order: 10, judgesPerEntry: 2, rubric, disagreementPoints: 10 },
    });
    expect(atMax.body).toMatchObject({ disagreementPoints: 10, disagreementDistance: 10 });
    await app.db.query('DELETE FROM rounds WHERE award_id = $1', [awardId]);
  });

  it('should flag the same sheets at distance 1 and not at 3', async () => {
    const created = await app.request('POST', `/awards/${awardId}/rounds`, {
      token: organizer,
      body: { name: 'Sơ khảo', order: 1, judgesPerEntry: 2, rubric, disagreementPoints: 1 },
    });
    expect(created.body).toMatchObject({ disagreementPoints: 1, disagreementDistance: 1 });
    firstRoundId = created.body.id;
    expect(
      (await app.request('GET', `/rounds/${firstRoundId}`, { token: secretary })).body,
    ).toMatchObject({ disagreementPoints: 1, disagreementDistance: 1 });
    await app.request('POST', `/rounds/${firstRoundId}/entries`, {
      token: organizer,
      body: { entryIds: entries },
    });
    expect(
      (
        await app.request('POST', `/rounds/${firstRoundId}/assignments/auto`, {
          token: organizer,
          body: {},
        })
      ).body.saved,
    ).toBe(true);
    await app.request('POST', `/rounds/${firstRoundId}/status`, {
      token: organizer,
      body: { status: 'open' },
    });
    const judgeIds: Record<string, string> = {};
    for (const judge of ['a', 'b']) {
      const token = await login(app, `gk-${judge}@example.vn`);
      const mine = (await app.request('GET', '/judging/assignments', { token })).body as {
        id: string;
      }[];
      expect(mine).toHaveLength(4);
      for (const item of mine) {
        const row = (
          await app.db.query('SELECT entry_id, judge_id FROM assignments WHERE id = $1', [item.id])
        ).rows[0];
        judgeIds[judge] = row.judge_id;
        const total = SCORES[judge]![entries.indexOf(row.entry_id)]!;
        const sheet = await app.request('PUT', `/judging/assignments/${item.id}/sheet`, {
          token,
          body: { scores: { content: total / 2, craft: total / 2 }, submit: true },
        });
        expect(sheet.status).toBe(200);
      }
    }

    const strict = await results();
    expect(strict.get(entries[0]!)).toMatchObject({
      flags: ['DISAGREEMENT'],
      disagreeingJudges: [judgeIds['a'], judgeIds['b']].sort(),
    });
    // 0.5 apart: within 1.
    for (const index of [1, 2, 3]) expect(strict.get(entries[index]!)?.flags).toEqual([]);

    const lenient = await app.request('PATCH', `/rounds/${firstRoundId}`, {
      token: organizer,
      body: { disagreementPoints: 3 },
    });
    expect(lenient.status).toBe(200);
    expect(lenient.body).toMatchObject({ disagreementPoints: 3, disagreementDistance: 3 });
    const relaxed = await results();
    expect(relaxed.get(entries[0]!)).toMatchObject({ flags: [], disagreeingJudges: [] });

    // Back to the default: 2 per 10 on this rubric, and 2 points away is not "more than 2".
    const reset = await app.request('PATCH', `/rounds/${firstRoundId}`, {
      token: organizer,
      body: { disagreementPoints: null },
    });
    expect(reset.body).toMatchObject({ disagreementPoints: null, disagreementDistance: 2 });
    expect((await results()).get(entries[0]!)?.flags).toEqual([]);
    await app.request('PATCH', `/rounds/${firstRoundId}`, {
      token: organizer,
      body: { disagreementPoints: 1.99 },
    });
    expect((await results()).get(entries[0]!)?.flags).toEqual(['DISAGREEMENT']);

    const trail = (
      await app.request('GET', `/awards/${awardId}/audit?pageSize=100`, { token: organizer })
    ).body.items as { action: string; before: unknown; after: unknown }[];
    expect(
      trail
        .filter((item) => item.action === 'round.updated')
        .map((item) => [item.before, item.after]),
    ).toEqual(
      expect.arrayContaining([
        [{ disagreementPoints: 1 }, { disagreementPoints: 3 }],
        [{ disagreementPoints: 3 }, { disagreementPoints: null }],
        [{ disagreementPoints: null }, { disagreementPoints: 1.99 }],
      ]),
    );
  });

  it('should refuse a bad distance, the secretariat and an unknown round on PATCH, changing nothing', async () => {
    const above = await app.request('PATCH', `/rounds/${firstRoundId}`, {
      token: organizer,
      body: { disagreementPoints: 10.5 },
    });
    expect(above.status).toBe(400);
    expect(above.body.details).toEqual([
      expect.objectContaining({ field: 'disagreementPoints', code: 'max' }),
    ]);
    expect(
      (
        await app.request('PATCH', `/rounds/${firstRoundId}`, {
          token: organizer,
          body: { disagreementPoints: 0.001 },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await app.request('PATCH', `/rounds/${firstRoundId}`, {
          token: secretary,
          body: { disagreementPoints: 3 },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await app.request('PATCH', '/rounds/00000000-0000-4000-8000-000000000000', {
          token: organizer,
          body: { disagreementPoints: 3 },
        })
      ).status,
    ).toBe(404);
    expect(await stored(firstRoundId)).toBe('1.99');
    // Nothing to change: the round as it is.
    const unchanged = await app.request('PATCH', `/rounds/${firstRoundId}`, {
      token: organizer,
      body: {},
    });
    expect(unchanged.body).toMatchObject({ disagreementPoints: 1.99 });
  });

  it('should refuse advancement from a round that is not closed, leaving the new round empty', async () => {
    const next = await app.request('POST', `/awards/${awardId}/rounds`, {
      token: organizer,
      body: { name: 'Chung khảo', order: 2, judgesPerEntry: 1, rubric },
    });
    expect(next.body).toMatchObject({
      status: 'draft',
      disagreementPoints: null,
      disagreementDistance: 2,
    });
    nextRoundId = next.body.id;
    const early = await preview({ fromRoundId: firstRoundId, top: 1 });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('ROUND_NOT_CLOSED');
    const refused = await advance({ fromRoundId: firstRoundId, top: 1 });
    expect(refused.body.code).toBe('ROUND_NOT_CLOSED');
    expect(await countRows(app.db, 'round_entries', 'round_id = $1', [nextRoundId])).toBe(0);
    expect(await countRows(app.db, 'audit_log', "action = 'round.advanced'")).toBe(0);
  });

  it('should freeze the distance with the round: no change once it is closed', async () => {
    expect(
      (
        await app.request('POST', `/rounds/${firstRoundId}/status`, {
          token: organizer,
          body: { status: 'closed' },
        })
      ).body.status,
    ).toBe('closed');
    const late = await app.request('PATCH', `/rounds/${firstRoundId}`, {
      token: organizer,
      body: { disagreementPoints: 3 },
    });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('ROUND_NOT_EDITABLE');
    expect(await stored(firstRoundId)).toBe('1.99');
    expect((await results()).get(entries[0]!)?.flags).toEqual(['DISAGREEMENT']);
  });

  it('should preview advancement by rule without saving, then advance exactly the previewed entries', async () => {
    const best = await preview({ fromRoundId: firstRoundId, top: 1 });
    expect(best.status).toBe(200);
    expect(best.body).toEqual({
      fromRoundId: firstRoundId,
      entries: [
        {
          entryId: entries[1],
          entryCode: codes[1],
          categoryId: expect.any(String),
          mean: 8.75,
          place: 1,
          alreadyInRound: false,
        },
        {
          entryId: entries[3],
          entryCode: codes[3],
          categoryId: expect.any(String),
          mean: 7.25,
          place: 1,
          alreadyInRound: false,
        },
      ],
    });
    expect(
      (await preview({ fromRoundId: firstRoundId, minScore: 7 })).body.entries.map(
        (entry: { entryId: string }) => entry.entryId,
      ),
    ).toEqual([entries[1], entries[0], entries[3]]);
    expect(
      (await preview({ fromRoundId: firstRoundId, top: 2, minScore: 7.5 })).body.entries.map(
        (entry: { entryId: string }) => entry.entryId,
      ),
    ).toEqual([entries[1]]);
    expect((await preview({ fromRoundId: firstRoundId, minScore: 9 })).body.entries).toEqual([]);
    expect((await preview({ fromRoundId: firstRoundId })).body.code).toBe('ROUND_ENTRIES_INPUT');
    expect((await preview({ fromRoundId: firstRoundId, top: 0 })).status).toBe(400);
    expect(
      (await preview({ fromRoundId: '00000000-0000-4000-8000-000000000000', top: 1 })).body.code,
    ).toBe('ROUND_NOT_FOUND');
    expect(
      (
        await app.request('POST', `/rounds/${nextRoundId}/entries/preview`, {
          token: secretary,
          body: { fromRoundId: firstRoundId, top: 1 },
        })
      ).status,
    ).toBe(403);
    expect(await countRows(app.db, 'round_entries', 'round_id = $1', [nextRoundId])).toBe(0);

    const advanced = await advance({ fromRoundId: firstRoundId, top: 1 });
    expect(advanced.status).toBe(200);
    expect([...advanced.body.entryIds].sort()).toEqual([entries[1], entries[3]].sort());
    const again = await preview({ fromRoundId: firstRoundId, top: 1 });
    expect(
      again.body.entries.map((entry: { alreadyInRound: boolean }) => entry.alreadyInRound),
    ).toEqual([true, true]);
  });

  it('should refuse advancing into a closed round or from one of another award, adding nothing', async () => {
    // The first round is closed: nothing goes into it, not even from itself.
    const intoClosed = await advance({ fromRoundId: firstRoundId, top: 1 }, firstRoundId);
    expect(intoClosed.status).toBe(409);
    expect(intoClosed.body.code).toBe('ROUND_NOT_EDITABLE');
    expect((await preview({ fromRoundId: firstRoundId, top: 1 }, firstRoundId)).body.code).toBe(
      'ROUND_NOT_EDITABLE',
    );
    const other = await createAward(app, organizer, buildAward({ name: 'Giải khác' }));
    const otherRound = (
      await app.request('POST', `/awards/${other.id}/rounds`, {
        token: organizer,
        body: { name: 'Sơ khảo', order: 1, judgesPerEntry: 1, rubric },
      })
    ).body;
    await app.db.query(`UPDATE rounds SET status = 'closed' WHERE id = $1`, [otherRound.id]);
    const foreign = await advance({ fromRoundId: otherRound.id, top: 5 });
    expect(foreign.body.code).toBe('ROUND_NOT_FOUND');
    expect(await countRows(app.db, 'round_entries', 'round_id = $1', [firstRoundId])).toBe(4);
    expect(await countRows(app.db, 'round_entries', 'round_id = $1', [nextRoundId])).toBe(2);
    expect(await countRows(app.db, 'audit_log', "action = 'round.advanced'")).toBe(1);
  });
});
