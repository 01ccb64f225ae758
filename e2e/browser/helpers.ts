import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../api/demo';

/** A suffix that makes emails and names unique per run (the database is fresh, but reruns must not collide). */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** A bearer token from the REST login, for checking what the browser did (or did not) create. */
export async function apiToken(
  request: APIRequestContext,
  email: string,
  password = DEMO_PASSWORD,
): Promise<string> {
  const response = await request.post('/api/v1/auth/login', { data: { email, password } });
  expect(response.status(), `API login of ${email}`).toBe(200);
  return (await response.json()).accessToken as string;
}

/** Signs in through the login form and waits until the shell shows the user menu. */
export async function signInThroughForm(
  page: Page,
  email: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.goto('/login');
  await expect(page.getByTestId('login-form')).toBeVisible();
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
  await expect(page).not.toHaveURL(/\/login/);
}

/** Signs out through the user menu and waits for the signed-out shell. */
export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('logout').click();
  await expect(page.getByTestId('nav-login')).toBeVisible();
  await expect(page.getByTestId('user-menu')).toHaveCount(0);
}

/**
 * A date as a person types it in the date fields, dd/MM/yyyy in both languages, from the ISO
 * calendar date (yyyy-MM-dd) the API speaks.
 */
export function typedDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

/** A moment `days` from now as typed in a deadline field: dd/MM/yyyy HH:mm in Vietnam time. */
export function typedVietnamDateTimeInDays(days: number): string {
  const local = new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000).toISOString();
  return `${typedDate(local)} ${local.slice(11, 16)}`;
}

/**
 * The token of a link mailed to `email` (`/register/confirm/<token>`, `/invite/<token>`), read from
 * the admin's outbox. Some mails are sent by a background worker, so this waits for them.
 */
export async function mailedToken(
  request: APIRequestContext,
  email: string,
  path: string,
): Promise<string> {
  return (await mailedLinkParts(request, email, path)).token;
}

/** The whole same-site link mailed to `email` — path, token and query (`?returnUrl=…`) — to open it. */
export async function mailedLink(
  request: APIRequestContext,
  email: string,
  path: string,
): Promise<string> {
  const { token, query } = await mailedLinkParts(request, email, path);
  return `${path}/${token}${query}`;
}

async function mailedLinkParts(
  request: APIRequestContext,
  email: string,
  path: string,
): Promise<{ token: string; query: string }> {
  const admin = { authorization: `Bearer ${await apiToken(request, 'admin@demo.vn')}` };
  const pattern = new RegExp(`${path.replace(/\//g, '\\/')}\\/([A-Za-z0-9_-]+)(\\?[^\\s]*)?`);
  let found: RegExpExecArray | null = null;
  await expect
    .poll(
      async () => {
        const outbox = await (
          await request.get('/api/v1/admin/outbox?page=1&pageSize=100', { headers: admin })
        ).json();
        const mail = (outbox.items as { to: string; text: string }[]).find(
          (message) => message.to === email && pattern.test(message.text),
        );
        found = mail ? pattern.exec(mail.text) : null;
        return found?.[1];
      },
      { message: `a ${path} link mailed to ${email}`, timeout: 15_000 },
    )
    .toBeTruthy();
  const match = found as RegExpExecArray | null;
  if (!match?.[1]) throw new Error(`no ${path} link mailed to ${email}`);
  return { token: match[1], query: match[2] ?? '' };
}

/** Registers a reporter through the API and opens the mailed confirmation link, as the reporter would. */
export async function registerThroughApi(
  request: APIRequestContext,
  data: { email: string; password: string; fullName: string; organizationName?: string },
): Promise<void> {
  const registered = await request.post('/api/v1/auth/register', { data });
  expect(registered.status(), `registration of ${data.email}`).toBe(202);
  const token = await mailedToken(request, data.email, '/register/confirm');
  const confirmed = await request.post('/api/v1/auth/register/confirm', { data: { token } });
  expect(confirmed.status(), `confirmation of ${data.email}`).toBe(200);
}
