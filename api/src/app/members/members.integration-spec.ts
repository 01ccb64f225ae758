import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildAward } from '../../../test/factories';
import { decodeBody, startSmtpSink, type ReceivedMail } from '../../../test/smtp-sink';
import { countRows, createUser, login, startTestApp, type TestApp } from '../../../test/test-app';

describe('MembersController', () => {
  let app: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let organizerToken: string;
  let awardId: string;

  const inviteLink = (mail: ReceivedMail) => {
    const match = /http:\/\/press-award\.test\/invite\/([A-Za-z0-9_-]+)/.exec(decodeBody(mail.raw));
    if (!match) throw new Error(`no invitation link in ${mail.raw}`);
    return match[1]!;
  };

  beforeAll(async () => {
    smtp = await startSmtpSink();
    app = await startTestApp({ SMTP_URL: smtp.url });
    await createUser(app.db, { email: 'admin@example.vn', isAdmin: true });
    const adminToken = await login(app, 'admin@example.vn');
    awardId = (await app.request('POST', '/awards', { token: adminToken, body: buildAward() })).body
      .id;
    await createUser(app.db, { email: 'organizer@example.vn' });
    await app.request('POST', `/awards/${awardId}/members`, {
      token: adminToken,
      body: { email: 'organizer@example.vn', fullName: 'Ban Tổ chức', role: 'organizer' },
    });
    organizerToken = await login(app, 'organizer@example.vn');
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
  });

  it('should invite a new judge by email over SMTP, and the link sets a password that signs them in', async () => {
    const before = smtp.received.length;
    const response = await app.request('POST', `/awards/${awardId}/members`, {
      token: organizerToken,
      body: {
        email: 'Giam.Khao@Example.VN',
        fullName: 'Phạm Quang Giám',
        role: 'judge',
        organizationName: 'Tạp chí Cộng sản',
      },
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      email: 'giam.khao@example.vn',
      role: 'judge',
      activated: false,
      organizationName: 'Tạp chí Cộng sản',
    });

    expect(smtp.received).toHaveLength(before + 1);
    const mail = smtp.received.at(-1)!;
    expect(mail.to).toEqual(['giam.khao@example.vn']);
    expect(decodeBody(mail.raw)).toContain('Kính gửi Phạm Quang Giám');
    const token = inviteLink(mail);
    const outbox = await app.db.query(`SELECT status, sent_at FROM mail_messages WHERE "to" = $1`, [
      'giam.khao@example.vn',
    ]);
    expect(outbox.rows).toEqual([{ status: 'sent', sent_at: expect.any(Date) }]);

    // No password yet: signing in is refused.
    expect(
      (
        await app.request('POST', '/auth/login', {
          body: { email: 'giam.khao@example.vn', password: 'bất-kỳ-mật-khẩu' },
        })
      ).status,
    ).toBe(401);

    const weak = await app.request('POST', '/auth/invitations/accept', {
      body: { token, password: 'short' },
    });
    expect(weak.status).toBe(400);
    const accepted = await app.request('POST', '/auth/invitations/accept', {
      body: { token, password: 'mật-khẩu-giám-khảo' },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.user.memberships).toEqual([{ awardId, role: 'judge' }]);
    expect(
      (
        await app.request('POST', '/auth/login', {
          body: { email: 'giam.khao@example.vn', password: 'mật-khẩu-giám-khảo' },
        })
      ).status,
    ).toBe(200);

    const reused = await app.request('POST', '/auth/invitations/accept', {
      body: { token, password: 'mật-khẩu-khác-nữa' },
    });
    expect(reused.status).toBe(400);
    expect(reused.body.code).toBe('INVITATION_INVALID');
    const members = await app.request('GET', `/awards/${awardId}/members`, {
      token: organizerToken,
    });
    expect(
      members.body.items.find(
        (member: { email: string }) => member.email === 'giam.khao@example.vn',
      ).activated,
    ).toBe(true);
  });

  it('should refuse an expired invitation', async () => {
    await app.request('POST', `/awards/${awardId}/members`, {
      token: organizerToken,
      body: { email: 'tre.han@example.vn', fullName: 'Trễ Hạn', role: 'secretary' },
    });
    const token = inviteLink(smtp.received.at(-1)!);
    app.clock.advance(15 * 24 * 3600 * 1000);
    const response = await app.request('POST', '/auth/invitations/accept', {
      body: { token, password: 'mật-khẩu-quá-hạn' },
    });
    app.clock.advance(-15 * 24 * 3600 * 1000);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('INVITATION_INVALID');
    const { rows } = await app.db.query('SELECT password_hash FROM users WHERE email = $1', [
      'tre.han@example.vn',
    ]);
    expect(rows[0].password_hash).toBeNull();
  });

  it('should tell an existing user of their new role instead of sending a password link', async () => {
    await createUser(app.db, { email: 'co.san@example.vn', fullName: 'Người Có Sẵn' });
    const response = await app.request('POST', `/awards/${awardId}/members`, {
      token: organizerToken,
      body: { email: 'co.san@example.vn', fullName: 'Tên khác', role: 'secretary' },
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ activated: true, fullName: 'Người Có Sẵn' });
    const body = decodeBody(smtp.received.at(-1)!.raw);
    expect(body).toContain('Ban Thư ký');
    expect(body).not.toContain('/invite/');
    expect(await countRows(app.db, 'invitations', 'user_id = $1', [response.body.userId])).toBe(0);
  });

  it('should refuse a duplicate role with 409, sending and writing nothing', async () => {
    const mails = smtp.received.length;
    const members = await countRows(app.db, 'award_members');
    const outbox = await countRows(app.db, 'mail_messages');
    const response = await app.request('POST', `/awards/${awardId}/members`, {
      token: organizerToken,
      body: { email: 'co.san@example.vn', fullName: 'X', role: 'secretary' },
    });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('MEMBER_ALREADY_EXISTS');
    expect(smtp.received.length).toBe(mails);
    expect(await countRows(app.db, 'award_members')).toBe(members);
    expect(await countRows(app.db, 'mail_messages')).toBe(outbox);
  });

  it('should validate the invitation and keep it to organizers', async () => {
    const bad = await app.request('POST', `/awards/${awardId}/members`, {
      token: organizerToken,
      body: { email: 'x', fullName: '', role: 'president' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'email',
      'fullName',
      'role',
    ]);
    const secretaryToken = await login(app, 'co.san@example.vn');
    const asSecretary = await app.request('POST', `/awards/${awardId}/members`, {
      token: secretaryToken,
      body: { email: 'y@example.vn', fullName: 'Y', role: 'judge' },
    });
    expect(asSecretary.status).toBe(403);
    expect(
      (await app.request('GET', `/awards/${awardId}/members`, { token: secretaryToken })).status,
    ).toBe(200);
    expect(await countRows(app.db, 'users', 'email = $1', ['y@example.vn'])).toBe(0);
  });

  it('should never remove the last organizer', async () => {
    const members = (
      await app.request('GET', `/awards/${awardId}/members?pageSize=50`, { token: organizerToken })
    ).body.items;
    const organizers = members.filter((member: { role: string }) => member.role === 'organizer');
    expect(organizers).toHaveLength(2);
    expect(
      (
        await app.request('DELETE', `/awards/${awardId}/members/${organizers[0].id}`, {
          token: organizerToken,
        })
      ).status,
    ).toBe(204);
    const last = await app.request('DELETE', `/awards/${awardId}/members/${organizers[1].id}`, {
      token: organizerToken,
    });
    expect(last.status).toBe(409);
    expect(last.body.code).toBe('MEMBER_LAST_ORGANIZER');
  });
});

describe('Mail outbox without SMTP', () => {
  let app: TestApp;
  afterAll(async () => app.close());

  it('should keep invitations in the outbox, readable by the admin only', async () => {
    app = await startTestApp();
    await createUser(app.db, { email: 'admin@example.vn', isAdmin: true });
    await createUser(app.db, { email: 'reporter@example.vn' });
    const adminToken = await login(app, 'admin@example.vn');
    const awardId = (
      await app.request('POST', '/awards', { token: adminToken, body: buildAward() })
    ).body.id;
    await app.request('POST', `/awards/${awardId}/members`, {
      token: adminToken,
      body: { email: 'moi@example.vn', fullName: 'Người Mới', role: 'judge' },
    });

    const outbox = await app.request('GET', '/admin/outbox', { token: adminToken });
    expect(outbox.status).toBe(200);
    expect(outbox.body.items).toEqual([
      expect.objectContaining({ to: 'moi@example.vn', status: 'stored', sentAt: null }),
    ]);
    expect(outbox.body.items[0].text).toContain('http://press-award.test/invite/');
    const asReporter = await app.request('GET', '/admin/outbox', {
      token: await login(app, 'reporter@example.vn'),
    });
    expect(asReporter.status).toBe(403);
  });
});
