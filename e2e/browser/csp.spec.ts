import { expect, test, type Page } from '@playwright/test';
import { BINH_DINH_AWARD_ID, DEMO, NATIONAL_AWARD_ID, OPEN_AWARD_ID } from '../api/demo';
import { apiToken, signInThroughForm } from './helpers';

/**
 * The Content-Security-Policy is strict (no inline script, frames and media of our own origin): every
 * main page, for every role, must work under it without a single violation reported by the browser.
 */

const VIOLATION = '[csp-violation]';

/** Collects what the browser reports: its console errors and `securitypolicyviolation` events. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  // Injected by the browser's DevTools protocol, which the page's CSP does not govern.
  await page.addInitScript((marker) => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(
        `${marker} ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} in ${event.sourceFile}:${event.lineNumber}`,
      ),
    );
  }, VIOLATION);
  page.on('console', (message) => {
    const text = message.text();
    if (text.includes(VIOLATION) || text.includes('Content Security Policy'))
      violations.push(`${page.url()}: ${text}`);
  });
  return violations;
}

async function visit(page: Page, paths: string[]): Promise<void> {
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy'], path).toContain("script-src 'self'");
    await page.waitForLoadState('networkidle');
  }
}

test.describe('Content-Security-Policy in the browser', () => {
  test('should report a violation when one happens (the watcher works)', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto('/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.head.append(script);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(
      await page.evaluate(() => (window as unknown as { injected?: boolean }).injected),
    ).toBeUndefined();
  });

  test('should show the public pages and the API documentation without a violation', async ({
    page,
  }) => {
    const violations = await watchViolations(page);
    await visit(page, [
      '/',
      `/awards/${BINH_DINH_AWARD_ID}`,
      `/awards/${BINH_DINH_AWARD_ID}/results`,
      '/login',
      '/register',
      '/no-such-page',
    ]);
    await page.goto('/api/docs');
    await expect(page.locator('.swagger-ui .info')).toBeVisible();
    expect(violations).toEqual([]);
  });

  test('should show the reporter pages without a violation', async ({ page }) => {
    const violations = await watchViolations(page);
    await signInThroughForm(page, DEMO.reporter);
    await visit(page, [
      '/entries',
      `/awards/${OPEN_AWARD_ID}`,
      `/awards/${OPEN_AWARD_ID}/entries/new`,
    ]);
    expect(violations).toEqual([]);
  });

  test('should show the organizer pages without a violation', async ({ page }) => {
    test.setTimeout(60_000);
    const violations = await watchViolations(page);
    await signInThroughForm(page, DEMO.organizer);
    const award = `/manage/awards/${NATIONAL_AWARD_ID}`;
    await visit(page, [
      '/manage',
      award,
      `${award}/screening`,
      `${award}/rounds`,
      `${award}/dashboard`,
      `${award}/aftercare`,
      `${award}/results`,
    ]);
    expect(violations).toEqual([]);
  });

  test('should show the judge the works (PDF in a frame, video) without a violation', async ({
    page,
    request,
  }) => {
    test.setTimeout(180_000);
    const violations = await watchViolations(page);
    const token = await apiToken(request, DEMO.judge);
    type Assignment = { id: string; files: { mimeType: string }[]; filesPreparing: number };
    const load = async () =>
      (await (
        await request.get('/api/v1/judging/assignments', {
          headers: { authorization: `Bearer ${token}` },
        })
      ).json()) as Assignment[];
    // The judges' copies are rebuilt in the background after the demo is seeded: wait until none is
    // pending. Re-encoding the demo's videos on 2 cores, beside the other suites, can take minutes.
    let assignments: Assignment[] = [];
    await expect
      .poll(
        async () => {
          assignments = await load();
          return (
            assignments.length > 0 &&
            assignments.every((assignment) => assignment.filesPreparing === 0)
          );
        },
        { timeout: 120_000 },
      )
      .toBe(true);
    const byType = (prefix: string) =>
      assignments.find((assignment) =>
        assignment.files.some((file) => file.mimeType.startsWith(prefix)),
      );
    const pdf = byType('application/pdf');
    expect(pdf, 'a demo assignment with a PDF').toBeTruthy();
    await signInThroughForm(page, DEMO.judge);
    await visit(page, ['/judging', `/judging/${pdf!.id}`]);
    await expect(page.getByTestId('pdf-viewer')).toBeVisible();
    // The frame shows the PDF from a blob: URL of our origin, allowed by frame-src.
    await expect
      .poll(async () => page.getByTestId('pdf-viewer').getAttribute('src'))
      .toMatch(/^blob:/);
    const video = byType('video/');
    if (video) {
      await visit(page, [`/judging/${video.id}`]);
      await expect(page.getByTestId('video-player')).toBeVisible();
    }
    expect(violations).toEqual([]);
  });
});
