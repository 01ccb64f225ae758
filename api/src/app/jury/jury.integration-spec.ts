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
  setAwardStatus,
  submitEntry,
  TEN_POINT_RUBRIC,
} from '../../../test/scenario';
import { countRows, createUser, login, startTestApp, type TestApp } from '../../../test/test-app';

const rubric = TEN_POINT_RUBRIC;

describe('JuryController', () => {
  let app: TestApp;
  let organizer: string;
  let secretary: string;
  let awardId: string;
  const categories: Record<string, string> = {};
  const judges: Record<string, string> = {};
  const entries: string[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    await createUser(app.db, { email: 'btc@example.vn', isAdmin: true });
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
    for (const category of award.categories) categories[category.code] = category.id;
    await createUser(app.db, { email: 'thuky@example.vn' });
    await addMember(app, organizer, awardId, {
      email: 'thuky@example.vn',
      fullName: 'Thư Ký',
      role: 'secretary',
    });
    const agencies = {
      a: 'Báo Nhân Dân',
      b: 'Báo Quân đội Nhân dân',
      c: 'Tạp chí Cộng sản',
      d: 'Đài Tiếng nói Việt Nam',
    };
    for (const [key, organizationName] of Object.entries(agencies)) {
      const member = await addMember(app, organizer, awardId, {
        email: `judge-${key}@example.vn`,
        fullName: `Giám khảo ${key.toUpperCase()}`,
        role: 'judge',
        organizationName,
      });
      judges[key] = member.userId;
    }
    // Judge D declares a relationship with the Bình Định newspaper.
    const members = (
      await app.request('GET', `/awards/${awardId}/members?pageSize=50`, { token: organizer })
    ).body.items;
    const judgeD = members.find(
      (member: { email: string }) => member.email === 'judge-d@example.vn',
    );
    const declared = await app.request('PATCH', `/awards/${awardId}/members/${judgeD.id}`, {
      token: organizer,
      body: { declaredOrganizations: ['Báo Bình Định'] },
    });
    expect(declared.body.declaredOrganizations).toEqual(['Báo Bình Định']);
    secretary = await login(app, 'thuky@example.vn');

    await setAwardStatus(app, organizer, awardId, 'open');
    await createUser(app.db, { email: 'pv@example.vn' });
    const reporter = await login(app, 'pv@example.vn');
    const authorsOf = [
      'BAO NHAN DAN',
      'Báo Bình Định',
      'Báo Thanh Niên',
      'Báo Tuổi Trẻ',
      'Báo Lao Động',
      'Báo Bình Định',
    ];
    for (const [index, organizationName] of authorsOf.entries()) {
      const entry = buildEntry(categories[index % 2 ? 'DT' : 'IN']!, {
        title: `Tác phẩm ${index}`,
        authors: [{ fullName: `Tác giả ${index}`, organizationName, dateOfBirth: '1980-01-01' }],
      });
      entries.push(
        await submitEntry(app, reporter, awardId, entry, {
          content: await pdfSample(1, `e${index}`),
          name: 'a.pdf',
        }),
      );
    }
    // All but the last are eligible.
    await app.request('POST', `/awards/${awardId}/screening/bulk`, {
      token: secretary,
      body: { entryIds: entries.slice(0, 5), decision: 'eligible', confirmCount: 5 },
    });
  });
  afterAll(async () => app.close());

  it('should give eligible entries random, stable blind codes', async () => {
    const first = await app.request('POST', `/awards/${awardId}/codes`, { token: secretary });
    expect(first.status).toBe(200);
    expect(first.body.issued).toBe(5);
    for (const { code } of first.body.codes) expect(code).toMatch(/^(IN|DT)-\d{4}$/);
    const again = await app.request('POST', `/awards/${awardId}/codes`, { token: secretary });
    expect(again.body.issued).toBe(0);
    expect(again.body.codes).toEqual(first.body.codes);
    expect(
      await countRows(app.db, 'entries', 'code IS NOT NULL AND status <> $1', ['eligible']),
    ).toBe(0);
  });

  it('should validate rounds and keep their set-up to organizers', async () => {
    const badStep = await app.request('POST', `/awards/${awardId}/rounds`, {
      token: organizer,
      body: {
        name: 'Sơ khảo',
        order: 1,
        judgesPerEntry: 2,
        rubric: { criteria: [{ key: 'content', name: 'Nội dung', maxScore: 5, step: 0.3 }] },
      },
    });
    expect(badStep.status).toBe(400);
    expect(badStep.body.details).toEqual([
      expect.objectContaining({
        field: 'rubric.criteria.0.step',
        code: 'STEP_DOES_NOT_DIVIDE_MAX',
      }),
    ]);
    expect(
      (
        await app.request('POST', `/awards/${awardId}/rounds`, {
          token: secretary,
          body: { name: 'X', order: 1, judgesPerEntry: 2, rubric },
        })
      ).status,
    ).toBe(403);
    expect(await countRows(app.db, 'rounds')).toBe(0);
  });

  it('should assign by hand, refusing conflicts of interest, and auto-assign the rest balanced', async () => {
    const round = (
      await app.request('POST', `/awards/${awardId}/rounds`, {
        token: organizer,
        body: { name: 'Sơ khảo', order: 1, judgesPerEntry: 2, rubric },
      })
    ).body;
    expect(
      (
        await app.request('POST', `/awards/${awardId}/rounds`, {
          token: organizer,
          body: { name: 'Trùng', order: 1, judgesPerEntry: 2, rubric },
        })
      ).body.code,
    ).toBe('ROUND_ORDER_TAKEN');

    const notCoded = await app.request('POST', `/rounds/${round.id}/entries`, {
      token: organizer,
      body: { entryIds: [entries[5]] },
    });
    expect(notCoded.body.code).toBe('ENTRY_NOT_CODED');
    const withEntries = await app.request('POST', `/rounds/${round.id}/entries`, {
      token: organizer,
      body: { entryIds: entries.slice(0, 5) },
    });
    expect(withEntries.body.entryIds).toHaveLength(5);

    const conflicts = (
      await app.request('GET', `/rounds/${round.id}/conflicts`, { token: secretary })
    ).body;
    // Judge A works at Báo Nhân Dân (entry 0, written in capitals); judge D declared Báo Bình Định (entry 1).
    expect(conflicts).toEqual(
      expect.arrayContaining([
        { judgeId: judges['a'], entryId: entries[0], reasons: ['OWN_AGENCY'] },
        { judgeId: judges['d'], entryId: entries[1], reasons: ['DECLARED_AGENCY'] },
      ]),
    );

    // A judge declares a tie themselves: it counts from then on.
    await app.db.query(
      `UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE email = 'btc@example.vn') WHERE email = 'judge-c@example.vn'`,
    );
    const judgeC = await login(app, 'judge-c@example.vn');
    const declared = await app.request('PUT', `/judging/awards/${awardId}/relationships`, {
      token: judgeC,
      body: { declaredOrganizations: ['Báo Thanh Niên'] },
    });
    expect(declared.body).toEqual({ declaredOrganizations: ['Báo Thanh Niên'] });
    expect(
      (await app.request('GET', `/rounds/${round.id}/conflicts`, { token: secretary })).body,
    ).toContainEqual({ judgeId: judges['c'], entryId: entries[2], reasons: ['DECLARED_AGENCY'] });
    expect(
      (
        await app.request('PUT', `/judging/awards/${awardId}/relationships`, {
          token: secretary,
          body: { declaredOrganizations: [] },
        })
      ).status,
    ).toBe(403);

    const refused = await app.request('POST', `/rounds/${round.id}/assignments`, {
      token: organizer,
      body: { judgeId: judges['a'], entryId: entries[0] },
    });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'CONFLICT_OF_INTEREST',
      details: [expect.objectContaining({ code: 'OWN_AGENCY' })],
    });
    expect(await countRows(app.db, 'assignments')).toBe(0);

    const manual = await app.request('POST', `/rounds/${round.id}/assignments`, {
      token: organizer,
      body: { judgeId: judges['b'], entryId: entries[0] },
    });
    expect(manual.status).toBe(201);
    expect(manual.body).toMatchObject({
      judgeName: 'Giám khảo B',
      entryCode: expect.stringMatching(/^IN-/),
    });
    expect(
      (
        await app.request('POST', `/rounds/${round.id}/assignments`, {
          token: organizer,
          body: { judgeId: judges['b'], entryId: entries[0] },
        })
      ).body.code,
    ).toBe('ASSIGNMENT_EXISTS');
    expect(
      (
        await app.request('POST', `/rounds/${round.id}/assignments`, {
          token: organizer,
          body: { judgeId: entries[0], entryId: entries[0] },
        })
      ).body.code,
    ).toBe('JUDGE_NOT_MEMBER');

    const preview = await app.request('POST', `/rounds/${round.id}/assignments/auto`, {
      token: organizer,
      body: { dryRun: true },
    });
    expect(preview.body).toMatchObject({ saved: false, feasible: true });
    expect(preview.body.added).toHaveLength(9);
    expect(await countRows(app.db, 'assignments')).toBe(1);

    const saved = await app.request('POST', `/rounds/${round.id}/assignments/auto`, {
      token: organizer,
      body: {},
    });
    expect(saved.body).toMatchObject({
      saved: true,
      feasible: true,
      balance: [expect.objectContaining({ balanced: true })],
    });
    const board = (
      await app.request('GET', `/rounds/${round.id}/assignments`, { token: secretary })
    ).body as { judgeId: string; entryId: string }[];
    expect(board).toHaveLength(10);
    for (const entryId of entries.slice(0, 5))
      expect(
        new Set(board.filter((row) => row.entryId === entryId).map((row) => row.judgeId)).size,
      ).toBe(2);
    for (const conflict of [...conflicts, { judgeId: judges['c'], entryId: entries[2] }])
      expect(board).not.toContainEqual(
        expect.objectContaining({ judgeId: conflict.judgeId, entryId: conflict.entryId }),
      );
    const loads = Object.values(saved.body.loads) as number[];
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
  });

  it('should say which entries cannot be covered, and save nothing', async () => {
    const round = (
      await app.request('POST', `/awards/${awardId}/rounds`, {
        token: organizer,
        body: { name: 'Chung khảo', order: 2, judgesPerEntry: 4, rubric },
      })
    ).body;
    await app.request('POST', `/rounds/${round.id}/entries`, {
      token: organizer,
      body: { entryIds: [entries[0], entries[1], entries[3]] },
    });
    const result = await app.request('POST', `/rounds/${round.id}/assignments/auto`, {
      token: organizer,
      body: {},
    });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ saved: false, feasible: false });
    expect(result.body.uncovered).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          entryId: entries[0],
          reason: 'TOO_FEW_ELIGIBLE_JUDGES',
          eligibleJudges: 3,
          needed: 4,
        }),
        expect.objectContaining({
          entryId: entries[1],
          reason: 'TOO_FEW_ELIGIBLE_JUDGES',
          eligibleJudges: 3,
          needed: 4,
        }),
      ]),
    );
    expect(result.body.uncovered.map((item: { entryId: string }) => item.entryId)).not.toContain(
      entries[3],
    );
    expect(await countRows(app.db, 'assignments', 'round_id = $1', [round.id])).toBe(0);
  });

  it('should organise panels per category, refusing a category twice', async () => {
    const round = (
      await app.request('POST', `/awards/${awardId}/rounds`, {
        token: organizer,
        body: { name: 'Vòng 3', order: 3, judgesPerEntry: 1, rubric },
      })
    ).body;
    const panel = await app.request('POST', `/rounds/${round.id}/panels`, {
      token: organizer,
      body: {
        name: 'Tiểu ban Báo in',
        categoryIds: [categories['IN']],
        judgeIds: [judges['b'], judges['c']],
      },
    });
    expect(panel.status).toBe(201);
    const twice = await app.request('POST', `/rounds/${round.id}/panels`, {
      token: organizer,
      body: { name: 'Trùng', categoryIds: [categories['IN']], judgeIds: [judges['d']] },
    });
    expect(twice.body.code).toBe('PANEL_CATEGORY_TAKEN');
    expect(
      (await app.request('GET', `/rounds/${round.id}`, { token: secretary })).body.panels,
    ).toHaveLength(1);
    // The judges themselves cannot see the round's set-up.
    await app.db.query(
      `UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE email = 'btc@example.vn') WHERE email = 'judge-b@example.vn'`,
    );
    const judgeToken = await login(app, 'judge-b@example.vn');
    expect((await app.request('GET', `/rounds/${round.id}`, { token: judgeToken })).status).toBe(
      403,
    );
    expect(
      (await app.request('GET', `/rounds/${round.id}/conflicts`, { token: judgeToken })).status,
    ).toBe(403);
  });
});
