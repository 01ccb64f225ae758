import { expect, test, type Request } from '@playwright/test';
import { DEMO } from '../api/demo';
import { mailedToken, signOut, uniqueSuffix } from './helpers';

const WRONG_CREDENTIALS_VI = 'Email hoặc mật khẩu không đúng.';

test.describe('accounts in the browser', () => {
  test('a reporter registers, confirms the mailed link, signs out, fails with a wrong password, signs in again and sees no organizer menus', async ({
    page,
    request,
  }) => {
    const suffix = uniqueSuffix();
    const fullName = `Phóng Viên Thử ${suffix}`;
    const badEmail = `phongvien.${suffix}@khongtenmien`;
    const email = `phongvien.${suffix}@example.vn`;
    const password = 'MatKhau2026!vn';

    const registerCalls: Request[] = [];
    page.on('request', (sent) => {
      if (sent.method() === 'POST' && new URL(sent.url()).pathname === '/api/v1/auth/register')
        registerCalls.push(sent);
    });

    await page.goto('/');
    await page.getByTestId('nav-register').click();
    await expect(page).toHaveURL(/\/register$/);
    await expect(page.getByTestId('register-form')).toBeVisible();

    // 1. A malformed email: the field says so and nothing is sent or created.
    await page.getByTestId('register-fullName').fill(fullName);
    await page.getByTestId('register-penName').fill('Bút danh thử');
    await page.getByTestId('register-email').fill(badEmail);
    await page.getByTestId('register-password').fill(password);
    await page.getByTestId('register-organizationName').fill('Báo Thử Nghiệm');
    await page.getByTestId('register-submit').click();
    await expect(page.getByTestId('field-error-email')).toBeVisible();
    await expect(page.getByTestId('field-error-email')).not.toBeEmpty();
    await expect(page.getByTestId('field-error-fullName')).toHaveCount(0);
    await expect(page.getByTestId('field-error-password')).toHaveCount(0);
    await expect(page).toHaveURL(/\/register$/);
    await expect(page.getByTestId('user-menu')).toHaveCount(0);
    expect(registerCalls).toHaveLength(0);
    const badLogin = await request.post('/api/v1/auth/login', {
      data: { email: badEmail, password },
    });
    expect(badLogin.ok()).toBe(false);
    expect([400, 401]).toContain(badLogin.status());

    // 2. A valid email: "check your email", and no account until the mailed link is opened.
    await page.getByTestId('register-email').fill(email);
    await expect(page.getByTestId('field-error-email')).toHaveCount(0);
    await page.getByTestId('register-submit').click();
    await expect(page.getByTestId('register-sent')).toContainText(email);
    await expect(page.getByTestId('register-form')).toHaveCount(0);
    await expect(page.getByTestId('user-menu')).toHaveCount(0);
    expect(registerCalls).toHaveLength(1);
    expect((await request.post('/api/v1/auth/login', { data: { email, password } })).status()).toBe(
      401,
    );

    // Registering the same email again answers exactly the same (it tells nobody the email is taken).
    const first = await request.post('/api/v1/auth/register', {
      data: { email: DEMO.reporter, password, fullName },
    });
    const second = await request.post('/api/v1/auth/register', {
      data: { email: `khac.${email}`, password, fullName },
    });
    expect(first.status()).toBe(202);
    expect(second.status()).toBe(202);
    expect(Object.keys(await first.json()).sort()).toEqual(Object.keys(await second.json()).sort());

    // The mailed link creates the account and signs the reporter in.
    await page.goto(`/register/confirm/${await mailedToken(request, email, '/register/confirm')}`);
    await page.getByTestId('register-confirm-submit').click();
    await expect(page.getByTestId('user-menu')).toBeVisible();
    await expect(page.getByTestId('user-menu')).toContainText(fullName);
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId('nav-login')).toHaveCount(0);
    await expect(page.getByTestId('nav-register')).toHaveCount(0);
    const login = await request.post('/api/v1/auth/login', { data: { email, password } });
    expect(login.status()).toBe(200);

    // 3. Sign out: back to the signed-out shell, and /manage asks to sign in again.
    await signOut(page);
    await page.goto('/manage');
    await expect(page.getByTestId('login-form')).toBeVisible();
    expect(new URL(page.url()).searchParams.get('returnUrl')).toBe('/manage');

    // 4. A wrong password: the server's Vietnamese message, still signed out.
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill('KhongPhaiMatKhau1!');
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('login-error')).toBeVisible();
    await expect(page.getByTestId('login-error').getByTestId('error-message')).toHaveText(
      WRONG_CREDENTIALS_VI,
    );
    await expect(page.getByTestId('user-menu')).toHaveCount(0);
    await expect(page).toHaveURL(/\/login/);

    // 5. The right password: signed in, the name in the user menu, the error gone.
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('user-menu')).toContainText(fullName);
    await expect(page.getByTestId('login-error')).toHaveCount(0);
    // A reporter manages nothing, so /manage (the returnUrl) shows an empty list without a create button.
    await expect(page).toHaveURL(/\/manage$/);
    await expect(page.getByTestId('my-awards-empty')).toBeVisible();
    await expect(page.getByTestId('create-award')).toHaveCount(0);
    await page.getByTestId('user-menu').click();
    await expect(page.getByRole('menu')).toContainText(email);
    await page.keyboard.press('Escape');

    // 6. No "my awards" or outbox navigation for a reporter, neither in the toolbar nor the mobile menu.
    await expect(page.getByTestId('nav-home')).toBeVisible();
    await expect(page.getByTestId('nav-my-awards')).toHaveCount(0);
    await expect(page.getByTestId('nav-outbox')).toHaveCount(0);
    // The menu button replaces the toolbar links on narrow screens.
    await page.setViewportSize({ width: 600, height: 900 });
    await expect(page.getByTestId('nav-home')).toBeHidden();
    await page.getByTestId('nav-menu-button').click();
    await expect(page.getByTestId('nav-home-mobile')).toBeVisible();
    await expect(page.getByTestId('nav-my-awards-mobile')).toHaveCount(0);
    await expect(page.getByTestId('nav-outbox-mobile')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1280, height: 900 });

    // And typing the admin address leads to the 403 page, not the outbox.
    await page.goto('/admin/outbox');
    await expect(page.getByTestId('forbidden')).toBeVisible();
    await expect(page.getByTestId('outbox-item')).toHaveCount(0);
  });
});
