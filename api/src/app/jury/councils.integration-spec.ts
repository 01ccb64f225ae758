import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { CouncilView } from '@press-award/contracts';
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
  expectStatus,
  setAwardStatus,
  setRoundStatus,
  submitEntry,
  TEN_POINT_RUBRIC,
} from '../../../test/scenario';
import { countRows, createUser, login, startTestApp, type TestApp } from '../../../test/test-app';
import { CouncilsService } from './councils.service';

/** The award's people: who they are, and the title the organizer gives them. */
const PEOPLE = {
  chair: { fullName: 'Trần Văn Chủ', title: 'Phó Trưởng Ban Tổ chức Trung ương', role: 'judge' },
  vice: { fullName: 'Lê Thị Phó', title: 'Phó Tổng Biên tập Báo Nhân Dân', role: 'judge' },
  judgeC: { fullName: 'Vũ Minh Cường', title: 'Trưởng ban Báo điện tử', role: 'judge' },
  judgeD: { fullName: 'Đỗ Thu Dung', title: null, role: 'judge' },
  secretary: {
    fullName: 'Phạm Thư Ký',
    title: 'Trưởng ban Thư ký Tạp chí Xây dựng Đảng',
    role: 'secretary',
  },
} as const;
type Person = keyof typeof PEOPLE;

describe(CouncilsService.name, () => {
  let app: TestApp;
  let organizer: string;
  let awardId: string;
  let roundId: string;
  const ids = {} as Record<Person, string>;
  const tokens = {} as Record<Person, string>;
  const panels: Record<string, string> = {};
  const entryTitles: string[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    await createUser(app.db, { email: 'admin@example.vn', isAdmin: true });
    const admin = await login(app, 'admin@example.vn');
    const award = await createAward(
      app,
      admin,
      buildAward({ rules: buildRules(), categories: PRINT_AND_ONLINE_CATEGORIES }),
    );
    awardId = award.id;
    // A plain organizer (not the admin, who passes every check).
    await createUser(app.db, { email: 'btc@example.vn' });
    await addMember(app, admin, awardId, {
      email: 'btc@example.vn',
      fullName: 'Ban Tổ chức',
      role: 'organizer',
    });
    organizer = await login(app, 'btc@example.vn');
    for (const [key, person] of Object.entries(PEOPLE) as [Person, (typeof PEOPLE)[Person]][]) {
      const email = `${key.toLowerCase()}@example.vn`;
      await createUser(app.db, { email, fullName: person.fullName });
      const member = await addMember(app, organizer, awardId, {
        email,
        fullName: person.fullName,
        role: person.role,
        organizationName: `Cơ quan ${key}`,
        ...(person.title ? { title: person.title } : {}),
      });
      expect(member.title).toBe(person.title);
      ids[key] = member.userId;
      tokens[key] = await login(app, email);
    }

    await setAwardStatus(app, organizer, awardId, 'open');
    await createUser(app.db, { email: 'pv@example.vn' });
    const reporter = await login(app, 'pv@example.vn');
    const entryIds: string[] = [];
    for (const category of award.categories as { id: string }[]) {
      const title = `Tác phẩm riêng ${entryIds.length}`;
      entryTitles.push(title);
      entryIds.push(
        await submitEntry(
          app,
          reporter,
          awardId,
          buildEntry(category.id, {
            title,
            authors: [{ fullName: 'Tác Giả Bí Mật', dateOfBirth: '1980-01-01' }],
          }),
          { content: await pdfSample(1, title), name: 'a.pdf' },
        ),
      );
    }
    await setAwardStatus(app, organizer, awardId, 'closed');
    await declareEligible(app, organizer, awardId, entryIds);
    await setAwardStatus(app, organizer, awardId, 'judging');
    const round = await app.request('POST', `/awards/${awardId}/rounds`, {
      token: organizer,
      body: { name: 'Vòng sơ khảo', order: 1, judgesPerEntry: 2, rubric: TEN_POINT_RUBRIC },
    });
    expectStatus('round', round, 201);
    roundId = round.body.id;
    const [print, online] = award.categories as { id: string }[];
    for (const [name, categoryId, judges] of [
      ['Tiểu ban Báo in', print!.id, [ids.chair, ids.judgeC]],
      ['Tiểu ban Báo điện tử', online!.id, [ids.vice, ids.judgeD]],
    ] as const) {
      const panel = await app.request('POST', `/rounds/${roundId}/panels`, {
        token: organizer,
        body: { name, categoryIds: [categoryId], judgeIds: judges },
      });
      expectStatus('panel', panel, 201);
      expect(panel.body.leaderUserId).toBeNull();
      panels[name] = panel.body.id;
    }
    expectStatus(
      'entries',
      await app.request('POST', `/rounds/${roundId}/entries`, {
        token: organizer,
        body: { entryIds },
      }),
      200,
    );
    expectStatus(
      'auto',
      await app.request('POST', `/rounds/${roundId}/assignments/auto`, {
        token: organizer,
        body: {},
      }),
      200,
    );
    await setRoundStatus(app, organizer, roundId, 'open');
  });
  afterAll(async () => app.close());

  const councilBody = (overrides: Record<string, unknown> = {}) => ({
    name: 'Hội đồng sơ khảo',
    chairUserId: ids.chair,
    viceChairUserId: ids.vice,
    secretaryUserId: ids.secretary,
    subcommittees: [
      { panelId: panels['Tiểu ban Báo in'], leaderUserId: ids.judgeC },
      { panelId: panels['Tiểu ban Báo điện tử'], leaderUserId: ids.vice },
    ],
    ...overrides,
  });

  const councilAudit = () => countRows(app.db, 'audit_log', `action LIKE 'council.%'`);

  it('should have no council before the organizer sets one', async () => {
    expect(await app.app.get(CouncilsService).councilView(roundId)).toBeNull();
    const response = await app.request('GET', `/rounds/${roundId}/council`, { token: organizer });
    expect([response.status, response.body.code]).toEqual([404, 'COUNCIL_NOT_FOUND']);
  });

  // The ids exist only once beforeAll has run, so each case names its change as a function.
  it.each([
    [
      'a chair who is not a judge',
      () => ({ chairUserId: ids.secretary, secretaryUserId: null }),
      'chairUserId',
      'COUNCIL_MEMBER_INVALID',
    ],
    [
      'a vice chair who is not a judge',
      () => ({ viceChairUserId: ids.secretary, secretaryUserId: null }),
      'viceChairUserId',
      'COUNCIL_MEMBER_INVALID',
    ],
    [
      'one person in two offices',
      () => ({ secretaryUserId: ids.chair }),
      'secretaryUserId',
      'COUNCIL_OFFICES_OVERLAP',
    ],
  ])('should refuse %s, writing nothing', async (_case, overrides, field, code) => {
    const response = await app.request('PUT', `/rounds/${roundId}/council`, {
      token: organizer,
      body: councilBody(overrides()),
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe(code);
    expect(response.body.details).toEqual([expect.objectContaining({ field, code })]);
    expect(await countRows(app.db, 'councils')).toBe(0);
    expect(await countRows(app.db, 'panels', 'leader_user_id IS NOT NULL')).toBe(0);
    expect(await councilAudit()).toBe(0);
  });

  it('should refuse a subcommittee leader from outside the panel, writing nothing', async () => {
    const response = await app.request('PUT', `/rounds/${roundId}/council`, {
      token: organizer,
      body: councilBody({
        subcommittees: [{ panelId: panels['Tiểu ban Báo in'], leaderUserId: ids.judgeD }],
      }),
    });
    expect([response.status, response.body.code]).toEqual([400, 'COUNCIL_LEADER_INVALID']);
    expect(response.body.details[0].field).toBe('subcommittees.0.leaderUserId');
    expect(await countRows(app.db, 'councils')).toBe(0);
    expect(await councilAudit()).toBe(0);
  });

  it('should refuse a malformed council with field details', async () => {
    const response = await app.request('PUT', `/rounds/${roundId}/council`, {
      token: organizer,
      body: { name: '', chairUserId: 'x', subcommittees: [{ panelId: panels['Tiểu ban Báo in'] }] },
    });
    expect([response.status, response.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(await countRows(app.db, 'councils')).toBe(0);
  });

  it('should set the council and give the view documents use: officers first, then judges by name', async () => {
    const response = await app.request<CouncilView>('PUT', `/rounds/${roundId}/council`, {
      token: organizer,
      body: councilBody(),
    });
    expect(response.status).toBe(200);
    const person = (key: Person) => ({
      userId: ids[key],
      fullName: PEOPLE[key].fullName,
      title: PEOPLE[key].title,
      organizationName: `Cơ quan ${key}`,
    });
    const expected: CouncilView = {
      roundId,
      roundName: 'Vòng sơ khảo',
      name: 'Hội đồng sơ khảo',
      chair: person('chair'),
      viceChair: person('vice'),
      secretary: person('secretary'),
      // Tiểu ban in Vietnamese order: "Báo điện tử" before "Báo in".
      subcommittees: [
        {
          panelId: panels['Tiểu ban Báo điện tử']!,
          name: 'Tiểu ban Báo điện tử',
          leader: person('vice'),
          members: [person('judgeD'), person('vice')],
        },
        {
          panelId: panels['Tiểu ban Báo in']!,
          name: 'Tiểu ban Báo in',
          leader: person('judgeC'),
          members: [person('chair'), person('judgeC')],
        },
      ],
      members: [
        person('chair'),
        person('vice'),
        person('secretary'),
        person('judgeD'),
        person('judgeC'),
      ],
    };
    expect(response.body).toEqual(expected);
    expect(await app.app.get(CouncilsService).councilView(roundId)).toEqual(expected);
    const again = await app.request('GET', `/rounds/${roundId}/council`, {
      token: tokens.secretary,
    });
    expect([again.status, again.body]).toEqual([200, expected]);

    const audit = await app.db.query(
      `SELECT action, actor_id, target_id, after FROM audit_log WHERE action LIKE 'council.%'`,
    );
    expect(audit.rows).toEqual([
      expect.objectContaining({
        action: 'council.created',
        target_id: roundId,
        after: expect.objectContaining({ chairUserId: ids.chair, secretaryUserId: ids.secretary }),
      }),
    ]);
    const verdict = await app.request('GET', `/awards/${awardId}/audit/verify`, {
      token: organizer,
    });
    expect(verdict.body.ok).toBe(true);
  });

  it('should replace the council whole and record what it was', async () => {
    const response = await app.request<CouncilView>('PUT', `/rounds/${roundId}/council`, {
      token: organizer,
      body: {
        name: 'Hội đồng sơ khảo Giải',
        chairUserId: ids.chair,
        subcommittees: [{ panelId: panels['Tiểu ban Báo điện tử'], leaderUserId: null }],
      },
    });
    expect(response.status).toBe(200);
    expect(response.body.viceChair).toBeNull();
    expect(response.body.secretary).toBeNull();
    expect(response.body.subcommittees.map((panel) => panel.leader?.userId ?? null)).toEqual([
      null,
      ids.judgeC,
    ]);
    const updated = await app.db.query(
      `SELECT before, after FROM audit_log WHERE action = 'council.updated'`,
    );
    expect(updated.rows).toEqual([
      {
        before: expect.objectContaining({ name: 'Hội đồng sơ khảo', viceChairUserId: ids.vice }),
        after: expect.objectContaining({ name: 'Hội đồng sơ khảo Giải', viceChairUserId: null }),
      },
    ]);
    expectStatus(
      'restore',
      await app.request('PUT', `/rounds/${roundId}/council`, {
        token: organizer,
        body: councilBody(),
      }),
      200,
    );
  });

  it("should show the chair the council and its round's progress, blind", async () => {
    const council = await app.request('GET', `/rounds/${roundId}/council`, { token: tokens.chair });
    expect([council.status, council.body.name]).toEqual([200, 'Hội đồng sơ khảo']);
    const progress = await app.request('GET', `/rounds/${roundId}/council/progress`, {
      token: tokens.chair,
    });
    expect(progress.status).toBe(200);
    expect(progress.body.totals).toEqual({ assigned: 4, submitted: 0 });
    expect(
      progress.body.judges.map((judge: { judgeName: string }) => judge.judgeName).sort(),
    ).toEqual(
      [
        PEOPLE.chair.fullName,
        PEOPLE.judgeC.fullName,
        PEOPLE.judgeD.fullName,
        PEOPLE.vice.fullName,
      ].sort(),
    );
    for (const entry of progress.body.entriesMissingScores) {
      expect(Object.keys(entry).sort()).toEqual(['assigned', 'entryCode', 'submitted']);
      expect(entry.entryCode).toMatch(/^[A-Z]+-\d{4}$/);
    }
    const text = JSON.stringify(progress.body);
    for (const secret of ['Tác Giả Bí Mật', ...entryTitles]) expect(text).not.toContain(secret);

    const chaired = await app.request('GET', '/judging/councils', { token: tokens.chair });
    expect(chaired.body).toEqual([
      expect.objectContaining({
        awardId,
        roundId,
        councilName: 'Hội đồng sơ khảo',
        roundStatus: 'open',
      }),
    ]);
  });

  it('should answer 404 to a judge who does not chair the council', async () => {
    for (const path of [`/rounds/${roundId}/council`, `/rounds/${roundId}/council/progress`]) {
      for (const key of ['vice', 'judgeC'] as const) {
        const response = await app.request('GET', path, { token: tokens[key] });
        expect([path, key, response.status, response.body.code]).toEqual([
          path,
          key,
          404,
          'COUNCIL_NOT_FOUND',
        ]);
      }
    }
    expect((await app.request('GET', '/judging/councils', { token: tokens.judgeC })).body).toEqual(
      [],
    );
  });

  it('should keep the council to the organizer while nothing is delegated', async () => {
    const response = await app.request('PUT', `/rounds/${roundId}/council`, {
      token: tokens.secretary,
      body: councilBody({ name: 'Thư ký tự đặt' }),
    });
    expect([response.status, response.body.code]).toEqual([403, 'FORBIDDEN']);
    const judge = await app.request('PUT', `/rounds/${roundId}/council`, {
      token: tokens.chair,
      body: councilBody({ name: 'Chủ tịch tự đặt' }),
    });
    expect(judge.status).toBe(403);
  });

  it('should let the organizer change a member title, shown in the council', async () => {
    const members = (
      await app.request('GET', `/awards/${awardId}/members?pageSize=50`, { token: organizer })
    ).body.items as { id: string; userId: string; role: string }[];
    const judgeD = members.find(
      (member) => member.userId === ids.judgeD && member.role === 'judge',
    );
    const patched = await app.request('PATCH', `/awards/${awardId}/members/${judgeD!.id}`, {
      token: organizer,
      body: { title: 'Phóng viên cao cấp Đài Truyền hình Việt Nam' },
    });
    expect([patched.status, patched.body.title]).toEqual([
      200,
      'Phóng viên cao cấp Đài Truyền hình Việt Nam',
    ]);
    const view = await app.app.get(CouncilsService).councilView(roundId);
    expect(view?.members.find((member) => member.userId === ids.judgeD)?.title).toBe(
      'Phóng viên cao cấp Đài Truyền hình Việt Nam',
    );
    const cleared = await app.request('PATCH', `/awards/${awardId}/members/${judgeD!.id}`, {
      token: organizer,
      body: { title: '' },
    });
    expect(cleared.body.title).toBeNull();
  });

  describe('delegation to the secretariat', () => {
    const delegate = (secretariat: string[], token = organizer) =>
      app.request('PUT', `/awards/${awardId}/delegations`, { token, body: { secretariat } });
    const createRound = (order: number) =>
      app.request('POST', `/awards/${awardId}/rounds`, {
        token: tokens.secretary,
        body: { name: `Vòng ${order}`, order, judgesPerEntry: 1, rubric: TEN_POINT_RUBRIC },
      });
    let secondRoundId: string;

    it('should keep jury work from the secretary until the organizer delegates it', async () => {
      expect((await createRound(2)).status).toBe(403);
      const auto = await app.request('POST', `/rounds/${roundId}/assignments/auto`, {
        token: tokens.secretary,
        body: { dryRun: true },
      });
      expect([auto.status, auto.body.code]).toEqual([403, 'FORBIDDEN']);
      for (const token of [tokens.secretary, tokens.chair])
        expect((await delegate(['rounds'], token)).status).toBe(403);
      const read = await app.request('GET', `/awards/${awardId}/delegations`, {
        token: tokens.secretary,
      });
      expect(read.body).toEqual({ awardId, secretariat: [] });
    });

    it('should refuse an unknown kind of work', async () => {
      const response = await delegate(['prizes']);
      expect([response.status, response.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    });

    it("should let the secretary run rounds and councils once 'rounds' is delegated, through the same routes", async () => {
      const response = await delegate(['rounds']);
      expect([response.status, response.body]).toEqual([200, { awardId, secretariat: ['rounds'] }]);
      const created = await createRound(2);
      expect(created.status).toBe(201);
      secondRoundId = created.body.id;
      const council = await app.request('PUT', `/rounds/${secondRoundId}/council`, {
        token: tokens.secretary,
        body: { name: 'Hội đồng chung khảo', chairUserId: ids.vice },
      });
      expect([council.status, council.body.chair.userId]).toEqual([200, ids.vice]);
      // Assignments are another delegation.
      const auto = await app.request('POST', `/rounds/${secondRoundId}/assignments/auto`, {
        token: tokens.secretary,
        body: { dryRun: true },
      });
      expect(auto.status).toBe(403);
      const audit = await app.db.query(
        `SELECT actor_id, before, after FROM audit_log WHERE action = 'delegations.updated'`,
      );
      expect(audit.rows).toEqual([
        {
          actor_id: expect.any(String),
          before: { secretariat: [] },
          after: { secretariat: ['rounds'] },
        },
      ]);
    });

    it("should let the secretary assign once 'assignments' is delegated", async () => {
      expect((await delegate(['assignments', 'rounds'])).body.secretariat).toEqual([
        'rounds',
        'assignments',
      ]);
      const auto = await app.request('POST', `/rounds/${secondRoundId}/assignments/auto`, {
        token: tokens.secretary,
        body: { dryRun: true },
      });
      expect(auto.status).toBe(200);
    });

    it('should take the work back when the organizer revokes it', async () => {
      expect((await delegate([])).status).toBe(200);
      expect((await createRound(3)).status).toBe(403);
      const council = await app.request('PUT', `/rounds/${secondRoundId}/council`, {
        token: tokens.secretary,
        body: { name: 'Hội đồng chung khảo', chairUserId: ids.chair },
      });
      expect(council.status).toBe(403);
      expect(await countRows(app.db, 'audit_log', `action = 'delegations.updated'`)).toBe(3);
    });
  });

  it('should refuse changes once the round is closed', async () => {
    await setRoundStatus(app, organizer, roundId, 'closed');
    const response = await app.request('PUT', `/rounds/${roundId}/council`, {
      token: organizer,
      body: councilBody({ name: 'Sau khi đóng' }),
    });
    expect([response.status, response.body.code]).toEqual([409, 'ROUND_NOT_EDITABLE']);
    expect((await app.app.get(CouncilsService).councilView(roundId))?.name).toBe(
      'Hội đồng sơ khảo',
    );
  });
});
