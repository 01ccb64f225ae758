import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildAward, buildEntry, buildRules } from '../../../test/factories';
import { pdfSample } from '../../../test/samples';
import {
  addMember,
  createAward,
  declareEligible,
  openRound,
  setAwardStatus,
  submitEntry,
} from '../../../test/scenario';
import { createUser, login, startTestApp, type TestApp } from '../../../test/test-app';

const rubric = {
  criteria: [
    { key: 'content', name: 'Nội dung', maxScore: 5, step: 0.25 },
    { key: 'craft', name: 'Hình thức', maxScore: 5, step: 0.25, weight: 0.3 },
  ],
};

describe('score sheets', () => {
  let app: TestApp;
  let organizer: string;
  let judge: string;
  let other: string;
  let awardId: string;
  let roundId: string;
  let assignments: { id: string }[];

  beforeAll(async () => {
    app = await startTestApp();
    await createUser(app.db, { email: 'btc@example.vn', isAdmin: true });
    await createUser(app.db, { email: 'pv@example.vn' });
    await createUser(app.db, { email: 'gk@example.vn' });
    await createUser(app.db, { email: 'khac@example.vn' });
    organizer = await login(app, 'btc@example.vn');
    const award = await createAward(
      app,
      organizer,
      buildAward({ rules: buildRules({ maxEntriesPerAuthor: 5 }) }),
    );
    awardId = award.id;
    await addMember(app, organizer, awardId, {
      email: 'gk@example.vn',
      fullName: 'GK',
      role: 'judge',
      organizationName: 'Tạp chí Cộng sản',
    });
    await setAwardStatus(app, organizer, awardId, 'open');
    const reporter = await login(app, 'pv@example.vn');
    const entryIds: string[] = [];
    for (const n of [1, 2])
      entryIds.push(
        await submitEntry(
          app,
          reporter,
          awardId,
          buildEntry(award.categories[0].id, { title: `Bài ${n}` }),
          { content: await pdfSample(1, `s${n}`), name: 'a.pdf' },
        ),
      );
    await declareEligible(app, organizer, awardId, entryIds);
    roundId = (
      await openRound(app, organizer, awardId, entryIds, {
        name: 'Sơ khảo',
        judgesPerEntry: 1,
        rubric,
      })
    ).id;
    judge = await login(app, 'gk@example.vn');
    other = await login(app, 'khac@example.vn');
    assignments = (await app.request('GET', '/judging/assignments', { token: judge })).body;
  });
  afterAll(async () => app.close());

  const save = (
    assignmentId: string,
    body: object,
    token = judge,
    headers: Record<string, string> = {},
  ) => app.request('PUT', `/judging/assignments/${assignmentId}/sheet`, { token, body, headers });

  it('should give the judge the rubric and no sheet yet', () => {
    expect(assignments).toHaveLength(2);
    expect(assignments[0]).toMatchObject({ roundName: 'Sơ khảo', rubric, sheet: null });
  });

  it('should keep drafts, refuse a stale version and never lose an update silently', async () => {
    const id = assignments[0]!.id;
    const first = await save(id, { scores: { content: 4.5 } });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      status: 'draft',
      version: 1,
      total: null,
      scores: { content: 4.5 },
    });

    // A second tab still holding version 0 (or none) is refused, and nothing changes.
    const stale = await save(id, { scores: { content: 1 } });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      code: 'SHEET_VERSION_CONFLICT',
      details: [expect.objectContaining({ params: { currentVersion: 1 } })],
    });
    const viaHeader = await save(
      id,
      { scores: { content: 4.75, craft: 3 }, comment: 'Đề tài mới.' },
      judge,
      { 'if-match': '"1"' },
    );
    expect(viaHeader.body).toMatchObject({ version: 2, total: 5.65, comment: 'Đề tài mới.' });
    const reloaded = (await app.request('GET', `/judging/assignments/${id}`, { token: judge }))
      .body;
    expect(reloaded.sheet).toMatchObject({ version: 2, scores: { content: 4.75, craft: 3 } });
  });

  it('should refuse scores off the range or step, naming the criterion', async () => {
    const id = assignments[0]!.id;
    const response = await save(id, { scores: { content: 5.25, craft: 2.3 }, version: 2 });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('SCORE_INVALID');
    expect(
      response.body.details.map((d: { field: string; code: string }) => `${d.field}:${d.code}`),
    ).toEqual(['scores.content:SCORE_OUT_OF_RANGE', 'scores.craft:SCORE_OFF_STEP']);
    expect(response.body.details[0].message).toContain('Nội dung');
    const incomplete = await save(id, { scores: { content: 4 }, submit: true, version: 2 });
    expect(incomplete.body.details).toEqual([
      expect.objectContaining({ field: 'scores.craft', code: 'SCORE_MISSING' }),
    ]);
  });

  it('should make a submitted sheet read-only, and keep others out', async () => {
    const id = assignments[0]!.id;
    const submitted = await save(id, {
      scores: { content: 4.75, craft: 3 },
      submit: true,
      version: 2,
    });
    expect(submitted.body).toMatchObject({
      status: 'submitted',
      version: 3,
      submittedAt: expect.any(String),
    });
    const after = await save(id, { scores: { content: 1, craft: 1 }, version: 3 });
    expect(after.status).toBe(409);
    expect(after.body.code).toBe('SHEET_ALREADY_SUBMITTED');
    expect((await save(id, { scores: {} }, other)).status).toBe(404);
    expect((await app.request('GET', `/judging/assignments/${id}`, { token: other })).status).toBe(
      404,
    );
  });

  it('should show who is behind and remind them, at most once an hour', async () => {
    await save(assignments[1]!.id, { scores: { content: 2 } });
    const progress = (await app.request('GET', `/rounds/${roundId}/progress`, { token: organizer }))
      .body;
    expect(progress.totals).toEqual({ assigned: 2, submitted: 1 });
    expect(progress.judges).toEqual([
      expect.objectContaining({ assigned: 2, submitted: 1, drafts: 1, behind: true }),
    ]);
    expect(progress.entriesMissingScores).toHaveLength(1);
    const reminded = await app.request('POST', `/rounds/${roundId}/reminders`, {
      token: organizer,
    });
    expect(reminded.body).toEqual({ reminded: 1 });
    expect(
      (await app.db.query(`SELECT "to" FROM mail_messages WHERE template = 'judge-reminder'`)).rows,
    ).toEqual([{ to: 'gk@example.vn' }]);
    const again = await app.request('POST', `/rounds/${roundId}/reminders`, { token: organizer });
    expect(again.status).toBe(429);
    expect(Number(again.headers.get('retry-after'))).toBeGreaterThan(3000);
  });

  it('should freeze the sheets into the audit chain when the round closes, then refuse saves', async () => {
    const closed = await app.request('POST', `/rounds/${roundId}/status`, {
      token: organizer,
      body: { status: 'closed' },
    });
    expect(closed.body.status).toBe('closed');
    const late = await save(assignments[1]!.id, { scores: { content: 3 }, version: 1 });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('ROUND_NOT_OPEN');
    const trail = (
      await app.request('GET', `/awards/${awardId}/audit?pageSize=100`, { token: organizer })
    ).body.items;
    const closing = trail.find((item: { action: string }) => item.action === 'round.closed');
    expect(closing.after).toMatchObject({
      status: 'closed',
      sheets: 2,
      snapshotHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(
      trail.filter((item: { action: string }) => item.action.startsWith('sheet.')).length,
    ).toBe(4);
    expect(
      (await app.request('GET', `/awards/${awardId}/audit/verify`, { token: organizer })).body.ok,
    ).toBe(true);
  });

  it('should advance the best entry of each category to the next round by rule', async () => {
    const next = (
      await app.request('POST', `/awards/${awardId}/rounds`, {
        token: organizer,
        body: { name: 'Chung khảo', order: 2, judgesPerEntry: 1, rubric },
      })
    ).body;
    const bad = await app.request('POST', `/rounds/${next.id}/entries`, {
      token: organizer,
      body: { fromRoundId: roundId },
    });
    expect(bad.body.code).toBe('ROUND_ENTRIES_INPUT');
    const advanced = await app.request('POST', `/rounds/${next.id}/entries`, {
      token: organizer,
      body: { fromRoundId: roundId, top: 1 },
    });
    expect(advanced.status).toBe(200);
    // Only the entry with a submitted sheet has a mean; it is the best of its category.
    expect(advanced.body.entryIds).toHaveLength(1);
    const { rows } = await app.db.query(
      `SELECT entry_id FROM sheets WHERE round_id = $1 AND status = 'submitted'`,
      [roundId],
    );
    expect(advanced.body.entryIds).toEqual([rows[0].entry_id]);
    const none = await app.request('POST', `/rounds/${next.id}/entries`, {
      token: organizer,
      body: { fromRoundId: roundId, minScore: 9 },
    });
    expect(none.body.entryIds).toHaveLength(1);
  });
});
