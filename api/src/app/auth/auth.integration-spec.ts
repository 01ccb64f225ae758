import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { decodeBody, startSmtpSink, type ReceivedMail } from '../../../test/smtp-sink';
import {
  countRows,
  createUser,
  login,
  startTestApp,
  TEST_PASSWORD,
  type TestApp,
} from '../../../test/test-app';
import { REGISTRATION_QUEUE } from './registration.service';
import { SIGN_IN_LOCKED_QUEUE } from './sign-in-alerts.service';

const LOCK_SECONDS = 120;
const ADDRESS_MAX_FAILURES = 12;

describe('AuthController', () => {
  let app: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;

  /** Requests from the loopback proxy on behalf of a client address (the app trusts loopback). */
  const from = (address: string) => ({ 'x-forwarded-for': address });
  const signIn = (
    email: string,
    password: string,
    address: string,
    headers: Record<string, string> = {},
  ) =>
    app.request('POST', '/auth/login', {
      body: { email, password },
      headers: { ...from(address), ...headers },
    });
  const mailsTo = (email: string) => smtp.received.filter((mail) => mail.to.includes(email));

  /** Waits until the background jobs of a queue have all run (mails are sent by workers). */
  async function drain(queue: string): Promise<void> {
    for (let waited = 0; waited < 15_000; waited += 100) {
      const { rows } = await app.db.query(
        `SELECT count(*)::int AS pending FROM pgboss.job WHERE name = $1 AND state NOT IN ('completed', 'failed', 'cancelled')`,
        [queue],
      );
      if (rows[0].pending === 0) return;
      await new Promise((done) => setTimeout(done, 100));
    }
    throw new Error(`queue ${queue} did not drain`);
  }

  const confirmationToken = (mail: ReceivedMail) => {
    const match = /http:\/\/press-award\.test\/register\/confirm\/([A-Za-z0-9_-]+)/.exec(
      decodeBody(mail.raw),
    );
    if (!match) throw new Error(`no confirmation link in ${mail.raw}`);
    return match[1]!;
  };

  beforeAll(async () => {
    smtp = await startSmtpSink();
    app = await startTestApp({
      SMTP_URL: smtp.url,
      LOGIN_MAX_FAILURES: '5',
      LOGIN_LOCK_SECONDS: String(LOCK_SECONDS),
      LOGIN_ADDRESS_MAX_FAILURES: String(ADDRESS_MAX_FAILURES),
    });
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
  });

  describe('POST /auth/register', () => {
    it('should answer "check your email" and create the account only from the mailed link', async () => {
      const response = await app.request('POST', '/auth/register', {
        body: {
          email: '  Phong.Vien@Example.VN ',
          password: 'một-mật-khẩu-dài',
          fullName: 'Nguyễn Văn Phóng',
          penName: 'Hải Phong',
        },
      });
      expect(response.status).toBe(202);
      expect(response.body).toEqual({
        status: 'confirmation_sent',
        email: 'phong.vien@example.vn',
      });
      expect(await countRows(app.db, 'users', 'email = $1', ['phong.vien@example.vn'])).toBe(0);

      await drain(REGISTRATION_QUEUE);
      const mail = mailsTo('phong.vien@example.vn').at(-1)!;
      expect(decodeBody(mail.raw)).toContain('Để hoàn tất đăng ký tài khoản');
      const confirmed = await app.request('POST', '/auth/register/confirm', {
        body: { token: confirmationToken(mail) },
      });
      expect(confirmed.status).toBe(200);
      expect(confirmed.body.user).toMatchObject({
        email: 'phong.vien@example.vn',
        fullName: 'Nguyễn Văn Phóng',
        penName: 'Hải Phong',
      });
      expect(JSON.stringify(confirmed.body)).not.toMatch(/password|argon2/i);
      const { rows } = await app.db.query('SELECT password_hash FROM users WHERE email = $1', [
        'phong.vien@example.vn',
      ]);
      expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
      expect(
        await countRows(app.db, 'pending_registrations', 'email = $1', ['phong.vien@example.vn']),
      ).toBe(0);

      const again = await app.request('POST', '/auth/register/confirm', {
        body: { token: confirmationToken(mail) },
      });
      expect(again.status).toBe(400);
      expect(again.body.code).toBe('REGISTRATION_LINK_INVALID');
    });

    it('should answer a taken email exactly like a new one, write no user and mail the owner instead', async () => {
      const usersBefore = await countRows(app.db, 'users');
      const mailsBefore = mailsTo('phong.vien@example.vn').length;
      const taken = await app.request('POST', '/auth/register', {
        body: {
          email: 'phong.vien@example.vn',
          password: 'mật-khẩu-của-kẻ-khác',
          fullName: 'Người khác',
        },
      });
      const fresh = await app.request('POST', '/auth/register', {
        body: {
          email: 'nguoi.moi@example.vn',
          password: 'mật-khẩu-của-kẻ-khác',
          fullName: 'Người mới',
        },
      });
      expect(taken.status).toBe(fresh.status);
      expect(Object.keys(taken.body).sort()).toEqual(Object.keys(fresh.body).sort());
      expect(taken.body).toEqual({ ...fresh.body, email: 'phong.vien@example.vn' });
      expect(taken.headers.get('content-length')).toBe(
        String(
          Number(fresh.headers.get('content-length')) - 'nguoi.moi'.length + 'phong.vien'.length,
        ),
      );

      await drain(REGISTRATION_QUEUE);
      expect(await countRows(app.db, 'users')).toBe(usersBefore);
      expect(
        await countRows(app.db, 'pending_registrations', 'email = $1', ['phong.vien@example.vn']),
      ).toBe(0);
      const notices = mailsTo('phong.vien@example.vn').slice(mailsBefore);
      expect(notices).toHaveLength(1);
      const notice = decodeBody(notices[0]!.raw);
      expect(notice).toContain('Kính gửi Nguyễn Văn Phóng');
      expect(notice).toContain('đã có tài khoản nên không có tài khoản nào được tạo');
      expect(notice).not.toMatch(/register\/confirm/);
      // The owner's password is untouched: the attempt's password does not open the account.
      expect(
        (await signIn('phong.vien@example.vn', 'mật-khẩu-của-kẻ-khác', '198.51.100.90')).status,
      ).toBe(401);
      expect(
        (await signIn('phong.vien@example.vn', 'một-mật-khẩu-dài', '198.51.100.90')).status,
      ).toBe(200);
    });

    it('should list every bad field, in Vietnamese by default and in English on request', async () => {
      const body = { email: 'not-an-email', password: 'short', fullName: '', isAdmin: true };
      const vi = await app.request('POST', '/auth/register', { body });
      expect(vi.status).toBe(400);
      expect(vi.body.code).toBe('VALIDATION_FAILED');
      const fields = vi.body.details.map((detail: { field: string }) => detail.field);
      expect(fields).toEqual(expect.arrayContaining(['email', 'password', 'fullName', 'isAdmin']));
      expect(vi.body.details.find((d: { field: string }) => d.field === 'email').message).toBe(
        'Email không hợp lệ.',
      );
      const en = await app.request('POST', '/auth/register', {
        body,
        headers: { 'accept-language': 'en-US,en;q=0.9' },
      });
      expect(en.body.message).toBe(
        'Some of the information is not valid. Check the highlighted fields.',
      );
      expect(await countRows(app.db, 'users', 'email = $1', ['not-an-email'])).toBe(0);
    });

    it('should carry the page the reporter was going to into the mailed link, and nothing foreign', async () => {
      const email = 'y.dinh@example.vn';
      const returnUrl = '/awards/5c000000-0000-4000-8000-000000002026/entries/new';
      const body = { email, password: 'một-mật-khẩu-dài', fullName: 'Ý Định' };
      for (const foreign of [
        'https://evil.example/x',
        '//evil.example',
        '/\\evil.example',
        'awards',
      ]) {
        const refused = await app.request('POST', '/auth/register', {
          body: { ...body, returnUrl: foreign },
        });
        expect({ foreign, status: refused.status, code: refused.body.code }).toEqual({
          foreign,
          status: 400,
          code: 'VALIDATION_FAILED',
        });
      }
      expect(await countRows(app.db, 'pending_registrations', 'email = $1', [email])).toBe(0);

      const response = await app.request('POST', '/auth/register', {
        body: { ...body, returnUrl },
      });
      expect(response.status).toBe(202);
      await drain(REGISTRATION_QUEUE);
      const text = decodeBody(mailsTo(email).at(-1)!.raw);
      expect(text).toContain(
        `/register/confirm/${confirmationToken(mailsTo(email).at(-1)!)}?returnUrl=${encodeURIComponent(returnUrl)}`,
      );
    });

    it('should answer malformed JSON with the error shape', async () => {
      const response = await app.request('POST', '/auth/register', {
        raw: '{"email":',
        headers: { 'content-type': 'application/json' },
      });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('MALFORMED_JSON');
    });
  });

  describe('POST /auth/login and the session', () => {
    it('should sign in with a bearer token that GET /me accepts', async () => {
      const token = await login(app, 'phong.vien@example.vn', 'một-mật-khẩu-dài');
      const me = await app.request('GET', '/me', { token });
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({
        email: 'phong.vien@example.vn',
        roles: ['reporter'],
        memberships: [],
      });
    });

    it('should refuse GET /me without a session', async () => {
      const response = await app.request('GET', '/me');
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('AUTH_REQUIRED');
      const forged = await app.request('GET', '/me', {
        token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bad',
      });
      expect(forged.status).toBe(401);
    });

    it('should set an httpOnly SameSite cookie and demand the CSRF header on cookie writes', async () => {
      const response = await app.request('POST', '/auth/login', {
        body: { email: 'phong.vien@example.vn', password: 'một-mật-khẩu-dài' },
      });
      const cookies = response.headers.getSetCookie();
      const session = cookies.find((cookie) => cookie.startsWith('pa_session='))!;
      const csrf = cookies.find((cookie) => cookie.startsWith('XSRF-TOKEN='))!;
      expect(session).toMatch(/HttpOnly/i);
      expect(session).toMatch(/SameSite=Strict/i);
      expect(csrf).not.toMatch(/HttpOnly/i);
      const cookieHeader = [session, csrf].map((cookie) => cookie.split(';')[0]).join('; ');
      const csrfToken = csrf.split(';')[0]!.split('=')[1]!;

      expect((await app.request('GET', '/me', { headers: { cookie: cookieHeader } })).status).toBe(
        200,
      );
      const withoutHeader = await app.request('POST', '/auth/logout', {
        headers: { cookie: cookieHeader },
      });
      expect(withoutHeader.status).toBe(403);
      expect(withoutHeader.body.code).toBe('AUTH_CSRF_MISMATCH');
      const wrongHeader = await app.request('POST', '/auth/logout', {
        headers: { cookie: cookieHeader, 'x-xsrf-token': 'x'.repeat(43) },
      });
      expect(wrongHeader.status).toBe(403);
      const withHeader = await app.request('POST', '/auth/logout', {
        headers: { cookie: cookieHeader, 'x-xsrf-token': csrfToken },
      });
      expect(withHeader.status).toBe(204);
      expect((await app.request('GET', '/me', { headers: { cookie: cookieHeader } })).status).toBe(
        401,
      );
    });

    it('should end the session on logout so the same token stops working', async () => {
      const token = await login(app, 'phong.vien@example.vn', 'một-mật-khẩu-dài');
      expect((await app.request('POST', '/auth/logout', { token })).status).toBe(204);
      const after = await app.request('GET', '/me', { token });
      expect(after.status).toBe(401);
    });

    it('should answer an unknown email exactly like a wrong password', async () => {
      const response = await app.request('POST', '/auth/login', {
        body: { email: 'khong.ton.tai@example.vn', password: 'bất-kỳ' },
      });
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('AUTH_INVALID_CREDENTIALS');
    });
  });

  describe('sign-in throttling per client address', () => {
    const ATTACKER = '203.0.113.10';
    const OWNER_ELSEWHERE = '198.51.100.20';

    it('should hold back only the address that failed, never the owner elsewhere or a live session, and tell the owner once', async () => {
      const owner = await createUser(app.db, {
        email: 'to.chuc@example.vn',
        fullName: 'Trần Tổ Chức',
      });
      const ownerToken = await login(app, owner.email);
      const mailsBefore = mailsTo(owner.email).length;

      for (let attempt = 1; attempt <= 4; attempt++) {
        const wrong = await signIn(owner.email, 'sai-mat-khau', ATTACKER);
        expect(wrong.status).toBe(401);
        expect(wrong.body.code).toBe('AUTH_INVALID_CREDENTIALS');
      }
      const fifth = await signIn(owner.email, 'sai-mat-khau', ATTACKER);
      expect(fifth.status).toBe(429);
      expect(fifth.headers.get('retry-after')).toBe(String(LOCK_SECONDS));

      // The attacker's address waits, even with the right password.
      const rightFromAttacker = await signIn(owner.email, TEST_PASSWORD, ATTACKER);
      expect(rightFromAttacker.status).toBe(429);
      expect(rightFromAttacker.body.code).toBe('AUTH_TOO_MANY_ATTEMPTS');
      expect(Number(rightFromAttacker.headers.get('retry-after'))).toBeGreaterThan(0);

      // The owner from another address signs in, and the session they already had keeps working.
      const ownerSignIn = await signIn(owner.email, TEST_PASSWORD, OWNER_ELSEWHERE);
      expect(ownerSignIn.status).toBe(200);
      expect(
        (await app.request('GET', '/me', { token: ownerSignIn.body.accessToken })).status,
      ).toBe(200);
      expect((await app.request('GET', '/me', { token: ownerToken })).status).toBe(200);
      // Even from the locked address, a request carrying the owner's live session is not held back.
      expect(
        (
          await signIn(owner.email, TEST_PASSWORD, ATTACKER, {
            authorization: `Bearer ${ownerToken}`,
          })
        ).status,
      ).toBe(200);
      // ...but someone else's session does not unlock it.
      const other = await createUser(app.db, { email: 'nguoi.khac@example.vn' });
      const otherToken = await login(app, other.email);
      expect(
        (
          await signIn(owner.email, TEST_PASSWORD, ATTACKER, {
            authorization: `Bearer ${otherToken}`,
          })
        ).status,
      ).toBe(429);

      // Exactly one mail, in Vietnamese first, naming the address and the time in Vietnam.
      await drain(SIGN_IN_LOCKED_QUEUE);
      const alerts = mailsTo(owner.email).slice(mailsBefore);
      expect(alerts).toHaveLength(1);
      const text = decodeBody(alerts[0]!.raw);
      expect(text.indexOf('Kính gửi Trần Tổ Chức')).toBe(0);
      expect(text).toContain(`từ địa chỉ ${ATTACKER}`);
      expect(text).toContain('đăng nhập từ máy hoặc mạng khác vẫn hoạt động bình thường');
      expect(text).toMatch(/Lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \(giờ Việt Nam\)/);
      expect(text.indexOf('Dear Trần Tổ Chức')).toBeGreaterThan(text.indexOf('hãy đổi mật khẩu'));

      // A second address reaching the limit within the lock period sends no second mail.
      for (let attempt = 1; attempt <= 5; attempt++)
        await signIn(owner.email, 'sai-mat-khau', '203.0.113.11');
      expect((await signIn(owner.email, TEST_PASSWORD, '203.0.113.11')).status).toBe(429);
      await drain(SIGN_IN_LOCKED_QUEUE);
      expect(mailsTo(owner.email).slice(mailsBefore)).toHaveLength(1);

      // After the lock period the attacker's address may try again; success clears its counter.
      app.clock.advance((LOCK_SECONDS + 1) * 1000);
      expect((await signIn(owner.email, TEST_PASSWORD, ATTACKER)).status).toBe(200);
      expect(
        await countRows(app.db, 'login_attempts', 'email = $1 AND client_address = $2', [
          owner.email,
          ATTACKER,
        ]),
      ).toBe(0);
    });

    it('should send no mail when the locked email has no account', async () => {
      const mailsBefore = smtp.received.length;
      for (let attempt = 1; attempt <= 5; attempt++)
        await signIn('khong.co.ai@example.vn', 'bất-kỳ', '203.0.113.30');
      const locked = await signIn('khong.co.ai@example.vn', 'bất-kỳ', '203.0.113.30');
      expect(locked.status).toBe(429);
      await drain(SIGN_IN_LOCKED_QUEUE);
      expect(smtp.received.length).toBe(mailsBefore);
      expect(
        await countRows(app.db, 'login_lock_notices', 'email = $1', ['khong.co.ai@example.vn']),
      ).toBe(0);
    });

    it('should stop one address spraying wrong passwords over many emails', async () => {
      const SPRAYER = '203.0.113.40';
      const statuses: number[] = [];
      for (let index = 1; index <= ADDRESS_MAX_FAILURES; index++) {
        statuses.push((await signIn(`nan.nhan${index}@example.vn`, 'Matkhau123!', SPRAYER)).status);
      }
      expect(statuses.slice(0, -1).every((status) => status === 401)).toBe(true);
      expect(statuses.at(-1)).toBe(429);
      const next = await signIn('nan.nhan.moi@example.vn', 'Matkhau123!', SPRAYER);
      expect(next.status).toBe(429);
      expect(Number(next.headers.get('retry-after'))).toBeGreaterThan(0);
      // Nobody else is affected.
      const bystander = await createUser(app.db, { email: 'nguoi.ngoai@example.vn' });
      expect((await signIn(bystander.email, TEST_PASSWORD, '203.0.113.41')).status).toBe(200);
    });

    it('should not let many parallel guesses slip past the limit', async () => {
      const target = await createUser(app.db, { email: 'song.song@example.vn' });
      const answers = await Promise.all(
        Array.from({ length: 12 }, () => signIn(target.email, 'sai-mat-khau', '203.0.113.50')),
      );
      expect(answers.filter((answer) => answer.status === 401)).toHaveLength(4);
      expect(answers.filter((answer) => answer.status === 429)).toHaveLength(8);
    });
  });
});
