import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../api/demo';

/** A suffix that makes emails and names unique per run (the database is fresh, but reruns must not collide). */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** A bearer token from the REST login, for checking what the browser did (or did not) create. */
export async function apiToken(request: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await request.post('/api/v1/auth/login', { data: { email, password } });
  expect(response.status(), `API login of ${email}`).toBe(200);
  return (await response.json()).accessToken as string;
}

/** Signs in through the login form and waits until the shell shows the user menu. */
export async function signInThroughForm(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
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

/** `yyyy-MM-ddTHH:mm` in Vietnam time (what a `datetime-local` input of the editor holds), `days` from now. */
export function vietnamLocalInDays(days: number): string {
  const shifted = new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000);
  return shifted.toISOString().slice(0, 16);
}
