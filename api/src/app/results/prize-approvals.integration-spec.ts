import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type {
  GeneratedDocumentResponse,
  PrizeApprovalResponse,
  PrizeApprovalsResponse,
} from '@press-award/contracts';
import { vietnamDateParts } from '@press-award/domain';
import { pdfPages } from '../../../test/pdf-inspection';
import {
  buildJudgedAward,
  download,
  type PlannedEntry,
  type ResultsFixture,
} from '../../../test/results-fixture';
import { addMember, setAwardStatus } from '../../../test/scenario';
import { createUser, login, startTestApp, type TestApp } from '../../../test/test-app';

const plan: PlannedEntry[] = [
  {
    key: 'winner',
    reporter: 'tuyet',
    category: 0,
    title: 'Những người giữ lửa ở bản Ếch',
    score: 9,
    tierCode: 'A',
    authors: [{ fullName: 'Nguyễn Thị Ánh Tuyết', penName: 'Hồng Lĩnh' }],
  },
  {
    key: 'runner',
    reporter: 'lan',
    category: 0,
    title: 'Ỷ Lan và những mùa lũ',
    score: 7.5,
    tierCode: 'B',
    authors: [{ fullName: 'Trần Thị Ỷ Lan', penName: 'Ỷ Lan' }],
  },
];

/**
 * The steering committee approves the prize list: only its members, only while the award is
 * decided, once per list, each approval a link of the audit chain; a change to the list leaves the
 * approvals behind; the prize decision cites the current ones.
 */
describe('PrizeApprovalsController', () => {
  let app: TestApp;
  let fixture: ResultsFixture;
  let steering: string;
  let steering2: string;
  let auditor: string;
  const path = () => `/awards/${fixture.awardId}/prize-approvals`;
  const approve = (token: string, body: Record<string, unknown> = {}) =>
    app.request<PrizeApprovalResponse>('POST', path(), { token, body });
  const read = (token = fixture.tokens.organizer) =>
    app.request<PrizeApprovalsResponse>('GET', path(), { token });
  const approvalRows = async () =>
    (await app.db.query('SELECT count(*)::int AS n FROM prize_approvals')).rows[0].n as number;
  const approvedLinks = async () =>
    (
      await app.db.query(
        `SELECT actor_id, after FROM audit_log WHERE award_id = $1 AND action = 'prizes.approved' ORDER BY seq`,
        [fixture.awardId],
      )
    ).rows as { actor_id: string; after: { listHash: string } }[];
  const decisionText = async () => {
    const created = await app.request<GeneratedDocumentResponse>(
      'POST',
      `/awards/${fixture.awardId}/documents`,
      { token: fixture.tokens.organizer, body: { type: 'prize_decision' } },
    );
    expect(created.status).toBe(201);
    const file = await download(app, `/documents/${created.body.id}`, fixture.tokens.organizer);
    expect(file.status).toBe(200);
    return (await pdfPages(file.bytes)).join(' ').replace(/\s+/g, ' ');
  };

  beforeAll(async () => {
    app = await startTestApp();
    fixture = await buildJudgedAward(app, plan);
    for (const [email, fullName, role] of [
      ['bcd1@example.vn', 'Thành viên Ban Chỉ đạo Một', 'steering'],
      ['bcd2@example.vn', 'Thành viên Ban Chỉ đạo Hai', 'steering'],
      ['ktv@example.vn', 'Kiểm tra viên', 'auditor'],
    ] as const) {
      await createUser(app.db, { email, fullName });
      await addMember(app, fixture.tokens.organizer, fixture.awardId, { email, fullName, role });
    }
    steering = await login(app, 'bcd1@example.vn');
    steering2 = await login(app, 'bcd2@example.vn');
    auditor = await login(app, 'ktv@example.vn');
  }, 120_000);
  afterAll(async () => app.close());

  it('should refuse approval before the results are decided, writing nothing', async () => {
    const early = await approve(steering);
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'PRIZE_APPROVAL_CLOSED' });
    expect(await approvalRows()).toBe(0);
    expect(await approvedLinks()).toEqual([]);
  });

  it('should let only steering committee members approve', async () => {
    await setAwardStatus(app, fixture.tokens.organizer, fixture.awardId, 'decided');
    const admin = fixture.tokens.organizer; // the fixture's organizer is also the system admin
    for (const token of [
      admin,
      fixture.tokens.secretary,
      fixture.tokens.judge,
      fixture.tokens.tuyet,
      auditor,
    ]) {
      const refused = await approve(token);
      expect([403, 404]).toContain(refused.status);
    }
    const unknownAward = await app.request(
      'POST',
      '/awards/00000000-0000-4000-8000-000000000000/prize-approvals',
      { token: steering, body: {} },
    );
    expect([403, 404]).toContain(unknownAward.status);
    expect(await approvalRows()).toBe(0);
    // Reading: the staff and the steering committee; not judges, entrants or auditors.
    for (const token of [fixture.tokens.organizer, fixture.tokens.secretary, steering])
      expect((await read(token)).status).toBe(200);
    for (const token of [fixture.tokens.judge, fixture.tokens.tuyet, auditor])
      expect([403, 404]).toContain((await read(token)).status);
  });

  it('should validate the note', async () => {
    const tooLong = await approve(steering, { note: 'x'.repeat(1001) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    const unknown = await approve(steering, { listHash: 'mine' });
    expect(unknown.status).toBe(400);
    expect(await approvalRows()).toBe(0);
  });

  it('should record an approval of the list as it is, once, in the audit chain', async () => {
    const before = await read();
    expect(before.body).toMatchObject({ approvals: [], steeringMembers: 2 });
    expect(before.body.listHash).toMatch(/^[0-9a-f]{64}$/);

    const first = await approve(steering, { note: '  Đồng ý với danh sách đề nghị.  ' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      fullName: 'Thành viên Ban Chỉ đạo Một',
      note: 'Đồng ý với danh sách đề nghị.',
      current: true,
    });
    const again = await approve(steering, { note: 'Lần hai' });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(await approvalRows()).toBe(1);
    const links = await approvedLinks();
    expect(links).toHaveLength(1);
    expect(links[0]?.after).toEqual({ listHash: before.body.listHash });

    const after = await read(steering);
    expect(after.body.listHash).toBe(before.body.listHash);
    expect(after.body.approvals).toEqual([first.body]);
    const chain = await app.request('GET', `/awards/${fixture.awardId}/audit/verify`, {
      token: fixture.tokens.organizer,
    });
    expect(chain.body).toMatchObject({ ok: true });
  });

  it('should name the current approvals in the prize decision', async () => {
    const approvedAt = (await read()).body.approvals[0]?.approvedAt as string;
    const { day, month, year } = vietnamDateParts(new Date(approvedAt));
    const text = await decisionText();
    expect(text).toContain(
      `Căn cứ ý kiến phê duyệt của Ban Chỉ đạo Giải (1 thành viên, ngày ${day}/${month}/${year});`,
    );
    expect(text).not.toContain('Hội đồng chung khảo và ý kiến phê duyệt');
  });

  it('should leave approvals behind when the list changes', async () => {
    const approved = (await read()).body;
    await setAwardStatus(app, fixture.tokens.organizer, fixture.awardId, 'judging');
    const changed = await app.request(
      'PUT',
      `/awards/${fixture.awardId}/prizes/${fixture.entries['runner']}`,
      { token: fixture.tokens.organizer, body: { tierCode: 'KK', topicPrizes: [] } },
    );
    expect(changed.status).toBe(200);
    // Approving is closed again while the award is being judged.
    expect((await approve(steering2)).status).toBe(409);
    await setAwardStatus(app, fixture.tokens.organizer, fixture.awardId, 'decided');

    const now = (await read()).body;
    expect(now.listHash).not.toBe(approved.listHash);
    expect(now.approvals).toHaveLength(1);
    expect(now.approvals[0]?.current).toBe(false);
    // Without a current approval the decision keeps the general wording.
    const text = await decisionText();
    expect(text).toContain(
      'Căn cứ kết quả chấm của Hội đồng chung khảo và ý kiến phê duyệt của Ban Chỉ đạo Giải;',
    );
    expect(text).not.toContain('thành viên, ngày');

    // A collective prize is on the list too.
    const added = await app.request('POST', `/awards/${fixture.awardId}/collective-prizes`, {
      token: fixture.tokens.organizer,
      body: { organizationName: 'Báo Gia Lai', tierCode: 'merit', citation: 'Tuyên truyền tốt.' },
    });
    expect(added.status).toBe(201);
    const withCollective = (await read(steering)).body;
    expect(withCollective.listHash).not.toBe(now.listHash);
    expect(withCollective.collectivePrizes).toEqual([
      {
        organizationName: 'Báo Gia Lai',
        tierCode: 'merit',
        tierLabel: 'Bằng khen',
        citation: 'Tuyên truyền tốt.',
      },
    ]);

    // Both members approve the new list: two current approvals, the old one outdated.
    expect((await approve(steering)).status).toBe(201);
    expect((await approve(steering2)).status).toBe(201);
    const both = (await read()).body;
    expect(both.approvals.map((approval) => approval.current)).toEqual([true, true, false]);
    expect(await approvedLinks()).toHaveLength(3);
    expect(await decisionText()).toContain(
      'Căn cứ ý kiến phê duyệt của Ban Chỉ đạo Giải (2 thành viên, ngày',
    );
  });

  it('should let the steering committee read the prize list without authors', async () => {
    const prizes = await app.request('GET', `/awards/${fixture.awardId}/prizes`, {
      token: steering,
    });
    expect(prizes.status).toBe(200);
    expect(JSON.stringify(prizes.body)).toContain('Những người giữ lửa ở bản Ếch');
    expect(JSON.stringify(prizes.body)).not.toContain('Nguyễn Thị Ánh Tuyết');
    expect(JSON.stringify(prizes.body)).not.toContain('Hồng Lĩnh');
  });

  it('should close approvals once the results are published', async () => {
    const published = await app.request('POST', `/awards/${fixture.awardId}/publish`, {
      token: fixture.tokens.organizer,
    });
    expect(published.status).toBe(200);
    const late = await approve(steering, { note: 'Muộn' });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'PRIZE_APPROVAL_CLOSED' });
    expect(await approvalRows()).toBe(3);
  });
});
