import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { awardWithWinners } from '../../../test/published-award';
import { addMember } from '../../../test/scenario';
import { countRows, createUser, login, startTestApp, type TestApp } from '../../../test/test-app';
import { ComplaintsController } from './complaints.controller';

const complaint = (entryId: string) => ({
  entryId,
  complainant: 'Độc giả Nguyễn Văn An',
  reason: 'Tác phẩm trùng lặp nội dung với một bài đã đăng trên báo khác.',
});

describe(ComplaintsController.name, () => {
  let app: TestApp;
  let organizer: string;
  let secretary: string;
  let otherOrganizer: string;
  let awardId: string;
  let otherAwardId: string;
  let otherEntryId: string;
  /** [A winner, KK winner, KK winner, no prize] */
  let entries: string[];

  const auditCount = (action: string) =>
    countRows(app.db, 'audit_log', 'award_id = $1 AND action = $2', [awardId, action]);
  const publicTitles = async () =>
    (
      (await app.request('GET', `/public/awards/${awardId}/results`)).body as {
        entryTitle: string;
      }[]
    ).map((row) => row.entryTitle);
  const standing = async (entryId: string) =>
    (await app.db.query('SELECT standing FROM prize_decisions WHERE entry_id = $1', [entryId]))
      .rows[0].standing as string;

  /** Files a complaint against this entry as the organizer; the complaint as answered. */
  const fileComplaint = async (entryId: string) =>
    (
      await app.request('POST', `/awards/${awardId}/complaints`, {
        token: organizer,
        body: complaint(entryId),
      })
    ).body;
  /** Resolves a complaint of the award as its organizer. */
  const resolve = (complaintId: string, body: { outcome: string; note: string }) =>
    app.request('POST', `/awards/${awardId}/complaints/${complaintId}/resolve`, {
      token: organizer,
      body,
    });

  beforeAll(async () => {
    app = await startTestApp();
    await createUser(app.db, { email: 'btc@example.vn', isAdmin: true });
    await createUser(app.db, { email: 'pv@example.vn', fullName: 'Đặng Thị Hồng Nhung' });
    await createUser(app.db, { email: 'pv2@example.vn', fullName: 'Trần Minh Khoa' });
    await createUser(app.db, { email: 'btc-khac@example.vn', fullName: 'Lê Văn Bình' });
    await createUser(app.db, { email: 'thu-ky@example.vn', fullName: 'Phạm Thu Hà' });
    organizer = await login(app, 'btc@example.vn');
    const reporter = await login(app, 'pv@example.vn');
    const reporter2 = await login(app, 'pv2@example.vn');
    const khoa = {
      authors: [
        {
          fullName: 'Trần Minh Khoa',
          penName: 'Minh Khoa',
          organizationName: 'Đài PT-TH Bình Định',
          dateOfBirth: '1984-05-19',
        },
      ],
    };
    const built = await awardWithWinners(
      app,
      organizer,
      [
        { token: reporter, tierCode: 'A' },
        { token: reporter2, tierCode: 'KK', entry: khoa },
        { token: reporter, tierCode: 'KK' },
        { token: reporter2, tierCode: null, entry: khoa },
      ],
      { publish: false },
    );
    awardId = built.award.id;
    entries = built.entryIds;
    await addMember(app, organizer, awardId, {
      email: 'thu-ky@example.vn',
      fullName: 'Phạm Thu Hà',
      role: 'secretary',
    });
    secretary = await login(app, 'thu-ky@example.vn');

    const other = await awardWithWinners(
      app,
      organizer,
      [{ token: reporter2, tierCode: 'A', entry: khoa }],
      { award: { name: 'Giải báo chí tỉnh Phú Yên 2026' } },
    );
    otherAwardId = other.award.id;
    otherEntryId = other.entryIds[0]!;
    await addMember(app, organizer, otherAwardId, {
      email: 'btc-khac@example.vn',
      fullName: 'Lê Văn Bình',
      role: 'organizer',
    });
    otherOrganizer = await login(app, 'btc-khac@example.vn');
  });
  afterAll(async () => app.close());

  it('should refuse a complaint before publication and record nothing', async () => {
    const early = await app.request('POST', `/awards/${awardId}/complaints`, {
      token: organizer,
      body: complaint(entries[0]!),
    });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('COMPLAINT_BEFORE_PUBLICATION');
    expect(await countRows(app.db, 'complaints')).toBe(0);
    expect(await auditCount('complaint.filed')).toBe(0);
    expect(
      (await app.request('POST', `/awards/${awardId}/publish`, { token: organizer })).status,
    ).toBe(200);
  });

  it('should let the secretariat file a complaint against a winner, with its audit entry', async () => {
    const filed = await app.request('POST', `/awards/${awardId}/complaints`, {
      token: secretary,
      body: complaint(entries[0]!),
    });
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({
      awardId,
      entryId: entries[0],
      entryTitle: 'Tác phẩm 1',
      tierCode: 'A',
      complainant: 'Độc giả Nguyễn Văn An',
      status: 'open',
      resolutionNote: null,
      resolvedAt: null,
    });
    expect(Date.parse(filed.body.filedAt)).not.toBeNaN();
    const trail = await app.db.query(
      `SELECT target_id, after FROM audit_log WHERE award_id = $1 AND action = 'complaint.filed'`,
      [awardId],
    );
    expect(trail.rows).toEqual([
      {
        target_id: filed.body.id,
        after: expect.objectContaining({
          entryId: entries[0],
          complainant: 'Độc giả Nguyễn Văn An',
        }),
      },
    ]);
  });

  it('should answer 404 for an entry without a prize or from another award, and write nothing', async () => {
    const before = await countRows(app.db, 'complaints');
    for (const entryId of [entries[3]!, otherEntryId, randomUUID()]) {
      const response = await app.request('POST', `/awards/${awardId}/complaints`, {
        token: organizer,
        body: complaint(entryId),
      });
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('ENTRY_NOT_FOUND');
    }
    expect(await countRows(app.db, 'complaints')).toBe(before);
    const invalid = await app.request('POST', `/awards/${awardId}/complaints`, {
      token: organizer,
      body: { entryId: entries[0], complainant: '', reason: 'x' },
    });
    expect(invalid.status).toBe(400);
  });

  it('should keep the secretariat and other awards out of resolving', async () => {
    const [open] = (await app.request('GET', `/awards/${awardId}/complaints`, { token: secretary }))
      .body;
    const bySecretary = await app.request(
      'POST',
      `/awards/${awardId}/complaints/${open.id}/resolve`,
      { token: secretary, body: { outcome: 'revoked', note: 'Thu hồi' } },
    );
    expect(bySecretary.status).toBe(403);
    // Another award's organizer: this award is public, so 403 — and through their own award the complaint does not exist.
    expect(
      (await app.request('GET', `/awards/${awardId}/complaints`, { token: otherOrganizer })).status,
    ).toBe(403);
    expect(
      (
        await app.request('POST', `/awards/${awardId}/complaints/${open.id}/resolve`, {
          token: otherOrganizer,
          body: { outcome: 'revoked', note: 'Thu hồi' },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await app.request('POST', `/awards/${awardId}/complaints`, {
          token: otherOrganizer,
          body: complaint(entries[0]!),
        })
      ).status,
    ).toBe(403);
    const sideways = await app.request(
      'POST',
      `/awards/${otherAwardId}/complaints/${open.id}/resolve`,
      { token: otherOrganizer, body: { outcome: 'revoked', note: 'Thu hồi' } },
    );
    expect(sideways.status).toBe(404);
    expect(sideways.body.code).toBe('COMPLAINT_NOT_FOUND');
    const unknown = await app.request(
      'POST',
      `/awards/${awardId}/complaints/${randomUUID()}/resolve`,
      { token: organizer, body: { outcome: 'dismissed', note: 'Không có' } },
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('COMPLAINT_NOT_FOUND');
    expect(
      (await app.request('GET', `/awards/${otherAwardId}/complaints`, { token: otherOrganizer }))
        .body,
    ).toEqual([]);
    expect(await standing(entries[0]!)).toBe('awarded');
    expect(await auditCount('complaint.resolved')).toBe(0);
    expect(await countRows(app.db, 'complaints', `status = 'open'`)).toBe(1);
  });

  it('should dismiss a complaint: the prize stands, the public results keep the entry, the author hears of it', async () => {
    const [open] = (await app.request('GET', `/awards/${awardId}/complaints`, { token: organizer }))
      .body;
    const dismissed = await resolve(open.id, {
      outcome: 'dismissed',
      note: 'Hội đồng xác minh: không trùng lặp.',
    });
    expect(dismissed.status).toBe(200);
    expect(dismissed.body).toMatchObject({
      id: open.id,
      status: 'dismissed',
      resolutionNote: 'Hội đồng xác minh: không trùng lặp.',
      resolvedAt: expect.any(String),
    });
    expect(await standing(entries[0]!)).toBe('awarded');
    expect(await publicTitles()).toContain('Tác phẩm 1');
    const trail = await app.db.query(
      `SELECT before, after FROM audit_log WHERE award_id = $1 AND action = 'complaint.resolved'`,
      [awardId],
    );
    expect(trail.rows).toEqual([
      {
        before: expect.objectContaining({ status: 'open', standing: 'awarded' }),
        after: expect.objectContaining({
          status: 'dismissed',
          standing: 'awarded',
          note: 'Hội đồng xác minh: không trùng lặp.',
        }),
      },
    ]);
    const mail = await app.db.query(
      `SELECT "to", text FROM mail_messages WHERE template = 'complaint-dismissed'`,
    );
    expect(mail.rows).toHaveLength(1);
    expect(mail.rows[0].to).toBe('pv@example.vn');
    expect(mail.rows[0].text).toContain('Tác phẩm 1');
    // The complainant's name and the organizers' note stay with the organizers.
    expect(mail.rows[0].text).not.toContain('Nguyễn Văn An');
    expect(mail.rows[0].text).not.toContain('không trùng lặp');
  });

  it('should refuse to resolve a complaint twice and change nothing', async () => {
    const [resolved] = (
      await app.request('GET', `/awards/${awardId}/complaints`, { token: organizer })
    ).body;
    const again = await resolve(resolved.id, { outcome: 'revoked', note: 'Đổi ý' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('COMPLAINT_ALREADY_RESOLVED');
    expect(await standing(entries[0]!)).toBe('awarded');
    expect(await auditCount('complaint.resolved')).toBe(1);
  });

  it('should revoke a prize: the public results drop the entry; a second revocation finds no prize', async () => {
    const filed = await fileComplaint(entries[1]!);
    const revoked = await resolve(filed.id, {
      outcome: 'revoked',
      note: 'Vi phạm bản quyền ảnh minh hoạ.',
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body.status).toBe('revoked');
    expect(await standing(entries[1]!)).toBe('revoked');
    expect(
      (await app.db.query('SELECT status FROM entries WHERE id = $1', [entries[1]])).rows[0].status,
    ).toBe('eligible');
    expect(await publicTitles()).not.toContain('Tác phẩm 2');
    expect(await publicTitles()).toContain('Tác phẩm 1');
    const trail = await app.db.query(
      `SELECT before, after FROM audit_log WHERE award_id = $1 AND action = 'complaint.resolved' AND target_id = $2`,
      [awardId, filed.id],
    );
    expect(trail.rows[0]).toEqual({
      before: expect.objectContaining({ standing: 'awarded' }),
      after: expect.objectContaining({
        status: 'revoked',
        standing: 'revoked',
        note: 'Vi phạm bản quyền ảnh minh hoạ.',
      }),
    });
    expect(
      await countRows(
        app.db,
        'mail_messages',
        `template = 'complaint-revoked' AND "to" = 'pv2@example.vn'`,
      ),
    ).toBe(1);

    const second = await fileComplaint(entries[1]!);
    const noPrize = await resolve(second.id, { outcome: 'revoked', note: 'Thu hồi lần nữa' });
    expect(noPrize.status).toBe(409);
    expect(noPrize.body.code).toBe('COMPLAINT_NO_PRIZE');
    expect(
      (await app.db.query('SELECT status FROM complaints WHERE id = $1', [second.id])).rows[0]
        .status,
    ).toBe('open');
    expect(
      await countRows(app.db, 'audit_log', `action = 'complaint.resolved' AND target_id = $1`, [
        second.id,
      ]),
    ).toBe(0);
  });

  it('should withdraw a work: entry withdrawn, prize withdrawn, gone from the public results', async () => {
    const filed = await fileComplaint(entries[2]!);
    const withdrawn = await resolve(filed.id, {
      outcome: 'withdrawn',
      note: 'Tác giả xin rút tác phẩm.',
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    const entry = (
      await app.db.query('SELECT status, withdrawn_at FROM entries WHERE id = $1', [entries[2]])
    ).rows[0];
    expect(entry.status).toBe('withdrawn');
    expect(entry.withdrawn_at).not.toBeNull();
    expect(await standing(entries[2]!)).toBe('withdrawn');
    expect(await publicTitles()).toEqual(['Tác phẩm 1']);
    const trail = await app.db.query(
      `SELECT after FROM audit_log WHERE action = 'complaint.resolved' AND target_id = $1`,
      [filed.id],
    );
    expect(trail.rows[0].after).toMatchObject({
      status: 'withdrawn',
      standing: 'withdrawn',
      entryStatus: 'withdrawn',
      note: 'Tác giả xin rút tác phẩm.',
    });
    expect(
      await countRows(
        app.db,
        'mail_messages',
        `template = 'complaint-withdrawn' AND "to" = 'pv@example.vn'`,
      ),
    ).toBe(1);
  });

  it('should list open complaints first, then the newest, in the caller language for errors', async () => {
    const list = (await app.request('GET', `/awards/${awardId}/complaints`, { token: secretary }))
      .body as { status: string; filedAt: string }[];
    expect(list.map((item) => item.status)).toEqual(['open', 'withdrawn', 'revoked', 'dismissed']);
    const resolved = list.slice(1).map((item) => Date.parse(item.filedAt));
    expect([...resolved].sort((a, b) => b - a)).toEqual(resolved);
    const english = await app.request(
      'POST',
      `/awards/${awardId}/complaints/${randomUUID()}/resolve`,
      {
        token: organizer,
        body: { outcome: 'dismissed', note: 'x' },
        headers: { 'accept-language': 'en' },
      },
    );
    expect(english.body.message).toBe('The complaint was not found.');
    expect(
      (
        await app.request('GET', `/awards/${awardId}/complaints`, {
          token: await login(app, 'pv@example.vn'),
        })
      ).status,
    ).toBe(403);
  });

  it('should keep the audit chain of the award intact', async () => {
    const verdict = await app.request('GET', `/awards/${awardId}/audit/verify`, {
      token: organizer,
    });
    expect(verdict.status).toBe(200);
    expect(verdict.body.ok).toBe(true);
  });
});
