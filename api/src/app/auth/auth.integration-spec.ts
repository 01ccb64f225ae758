import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { countRows, createUser, login, startTestApp, TEST_PASSWORD, type TestApp } from '../../../test/test-app';

describe('AuthController', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_SECONDS: '120' });
  });
  afterAll(async () => app.close());

  describe('POST /auth/register', () => {
    it('should create a reporter and never return the password hash', async () => {
      const response = await app.request('POST', '/auth/register', {
        body: { email: '  Phong.Vien@Example.VN ', password: 'một-mật-khẩu-dài', fullName: 'Nguyễn Văn Phóng', penName: 'Hải Phong' },
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ email: 'phong.vien@example.vn', fullName: 'Nguyễn Văn Phóng', penName: 'Hải Phong' });
      expect(JSON.stringify(response.body)).not.toMatch(/password|argon2/i);
      const { rows } = await app.db.query('SELECT password_hash FROM users WHERE email = $1', ['phong.vien@example.vn']);
      expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
    });

    it('should refuse a taken email with 409 and write nothing', async () => {
      const before = await countRows(app.db, 'users');
      const response = await app.request('POST', '/auth/register', {
        body: { email: 'phong.vien@example.vn', password: 'một-mật-khẩu-dài', fullName: 'Người khác' },
      });
      expect(response.status).toBe(409);
      expect(response.body).toEqual({ statusCode: 409, code: 'AUTH_EMAIL_TAKEN', message: 'Email này đã được đăng ký.' });
      expect(await countRows(app.db, 'users')).toBe(before);
    });

    it('should list every bad field, in Vietnamese by default and in English on request', async () => {
      const body = { email: 'not-an-email', password: 'short', fullName: '', isAdmin: true };
      const vi = await app.request('POST', '/auth/register', { body });
      expect(vi.status).toBe(400);
      expect(vi.body.code).toBe('VALIDATION_FAILED');
      const fields = vi.body.details.map((detail: { field: string }) => detail.field);
      expect(fields).toEqual(expect.arrayContaining(['email', 'password', 'fullName', 'isAdmin']));
      expect(vi.body.details.find((d: { field: string }) => d.field === 'email').message).toBe('Email không hợp lệ.');
      const en = await app.request('POST', '/auth/register', { body, headers: { 'accept-language': 'en-US,en;q=0.9' } });
      expect(en.body.message).toBe('The request is not valid. Check the fields listed in details.');
      expect(await countRows(app.db, 'users', 'email = $1', ['not-an-email'])).toBe(0);
    });

    it('should answer malformed JSON with the error shape', async () => {
      const response = await app.request('POST', '/auth/register', { raw: '{"email":', headers: { 'content-type': 'application/json' } });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('MALFORMED_JSON');
    });
  });

  describe('POST /auth/login and the session', () => {
    it('should sign in with a bearer token that GET /me accepts', async () => {
      const token = await login(app, 'phong.vien@example.vn', 'một-mật-khẩu-dài');
      const me = await app.request('GET', '/me', { token });
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ email: 'phong.vien@example.vn', roles: ['reporter'], memberships: [] });
    });

    it('should refuse GET /me without a session', async () => {
      const response = await app.request('GET', '/me');
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('AUTH_REQUIRED');
      const forged = await app.request('GET', '/me', { token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bad' });
      expect(forged.status).toBe(401);
    });

    it('should set an httpOnly SameSite cookie and demand the CSRF header on cookie writes', async () => {
      const response = await app.request('POST', '/auth/login', { body: { email: 'phong.vien@example.vn', password: 'một-mật-khẩu-dài' } });
      const cookies = response.headers.getSetCookie();
      const session = cookies.find((cookie) => cookie.startsWith('pa_session='))!;
      const csrf = cookies.find((cookie) => cookie.startsWith('XSRF-TOKEN='))!;
      expect(session).toMatch(/HttpOnly/i);
      expect(session).toMatch(/SameSite=Strict/i);
      expect(csrf).not.toMatch(/HttpOnly/i);
      const cookieHeader = [session, csrf].map((cookie) => cookie.split(';')[0]).join('; ');
      const csrfToken = csrf.split(';')[0]!.split('=')[1]!;

      expect((await app.request('GET', '/me', { headers: { cookie: cookieHeader } })).status).toBe(200);
      const withoutHeader = await app.request('POST', '/auth/logout', { headers: { cookie: cookieHeader } });
      expect(withoutHeader.status).toBe(403);
      expect(withoutHeader.body.code).toBe('AUTH_CSRF_MISMATCH');
      const wrongHeader = await app.request('POST', '/auth/logout', { headers: { cookie: cookieHeader, 'x-xsrf-token': 'x'.repeat(43) } });
      expect(wrongHeader.status).toBe(403);
      const withHeader = await app.request('POST', '/auth/logout', { headers: { cookie: cookieHeader, 'x-xsrf-token': csrfToken } });
      expect(withHeader.status).toBe(204);
      expect((await app.request('GET', '/me', { headers: { cookie: cookieHeader } })).status).toBe(401);
    });

    it('should end the session on logout so the same token stops working', async () => {
      const token = await login(app, 'phong.vien@example.vn', 'một-mật-khẩu-dài');
      expect((await app.request('POST', '/auth/logout', { token })).status).toBe(204);
      const after = await app.request('GET', '/me', { token });
      expect(after.status).toBe(401);
    });

    it('should lock an email after repeated failures, even for the right password, then let it in later', async () => {
      await createUser(app.db, { email: 'bi.khoa@example.vn' });
      for (let attempt = 1; attempt <= 2; attempt++) {
        const wrong = await app.request('POST', '/auth/login', { body: { email: 'bi.khoa@example.vn', password: 'sai-mat-khau' } });
        expect(wrong.status).toBe(401);
        expect(wrong.body.code).toBe('AUTH_INVALID_CREDENTIALS');
      }
      const third = await app.request('POST', '/auth/login', { body: { email: 'bi.khoa@example.vn', password: 'sai-mat-khau' } });
      expect(third.status).toBe(429);
      expect(third.headers.get('retry-after')).toBe('120');
      const right = await app.request('POST', '/auth/login', { body: { email: 'bi.khoa@example.vn', password: TEST_PASSWORD } });
      expect(right.status).toBe(429);
      expect(right.body.code).toBe('AUTH_TOO_MANY_ATTEMPTS');
      expect(await countRows(app.db, 'sessions', 'user_id = (SELECT id FROM users WHERE email = $1)', ['bi.khoa@example.vn'])).toBe(0);

      app.clock.advance(121_000);
      const later = await app.request('POST', '/auth/login', { body: { email: 'bi.khoa@example.vn', password: TEST_PASSWORD } });
      expect(later.status).toBe(200);
      expect(await countRows(app.db, 'login_attempts', 'email = $1', ['bi.khoa@example.vn'])).toBe(0);
    });

    it('should answer an unknown email exactly like a wrong password', async () => {
      const response = await app.request('POST', '/auth/login', { body: { email: 'khong.ton.tai@example.vn', password: 'bất-kỳ' } });
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('AUTH_INVALID_CREDENTIALS');
    });
  });
});
