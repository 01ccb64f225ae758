import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DEMO, NATIONAL_AWARD_ID, OPEN_AWARD_ID } from '../api/demo';
import { apiToken, signInThroughForm } from './helpers';

/**
 * The user guides' screenshots (docs/guide-vi.md, docs/guide-en.md), taken from the demo so they
 * stay current: `npm run docs:screenshots` writes them into docs/guide/; in `npm test` they go to
 * the test output, and the test checks that both guides show exactly these pictures and that the
 * app's help page renders the guide with them.
 */
const GUIDE_DIR = join(__dirname, '..', '..', 'docs', 'guide');
const WRITE_GUIDE = process.env['GUIDE_SCREENSHOTS'] === '1';

interface Shot {
  file: string;
  /** Who is signed in (none: a visitor). */
  as?: string;
  path: (ids: { assignmentId: string }) => string;
  width?: number;
  height?: number;
}

const award = `/manage/awards/${NATIONAL_AWARD_ID}`;
const SHOTS: Shot[] = [
  { file: 'home.jpg', path: () => '/' },
  { file: 'home-phone.jpg', path: () => '/', width: 390, height: 844 },
  {
    file: 'reporter-entry.jpg',
    as: DEMO.reporter,
    path: () => `/awards/${OPEN_AWARD_ID}/entries/new`,
  },
  { file: 'reporter-entries.jpg', as: DEMO.reporter, path: () => '/entries' },
  { file: 'secretariat-screening.jpg', as: DEMO.secretary, path: () => `${award}/screening` },
  { file: 'judge-list.jpg', as: DEMO.judge, path: () => '/judging' },
  {
    file: 'judge-sheet-tablet.jpg',
    as: DEMO.judge,
    path: ({ assignmentId }) => `/judging/${assignmentId}`,
    width: 768,
    height: 1024,
  },
  { file: 'organizer-rounds.jpg', as: DEMO.organizer, path: () => `${award}/rounds` },
  { file: 'organizer-results.jpg', as: DEMO.organizer, path: () => `${award}/results` },
  { file: 'admin-outbox.jpg', as: DEMO.admin, path: () => '/admin/outbox' },
];

async function settled(page: Page): Promise<void> {
  await expect(page.locator('main h1').first()).toBeVisible();
  await expect(page.getByTestId('loading')).toHaveCount(0);
}

test('the guides show the screenshots taken from the demo, and the help page renders them', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const token = await apiToken(request, DEMO.judge);
  const assignments = await (
    await request.get('/api/v1/judging/assignments', {
      headers: { authorization: `Bearer ${token}` },
    })
  ).json();
  const ids = { assignmentId: (assignments.items ?? assignments)[0].id as string };
  if (WRITE_GUIDE) mkdirSync(GUIDE_DIR, { recursive: true });

  let signedIn: string | undefined;
  for (const shot of SHOTS) {
    if (shot.as !== signedIn) {
      await page.context().clearCookies();
      if (shot.as) await signInThroughForm(page, shot.as);
      signedIn = shot.as;
    }
    await page.setViewportSize({ width: shot.width ?? 1280, height: shot.height ?? 800 });
    await page.goto(shot.path(ids));
    await settled(page);
    await page.screenshot({
      path: WRITE_GUIDE ? join(GUIDE_DIR, shot.file) : test.info().outputPath(shot.file),
      type: 'jpeg',
      quality: 70,
    });
  }

  // Both guides show exactly these pictures, and each is in docs/guide/.
  for (const lang of ['vi', 'en']) {
    const guide = readFileSync(join(__dirname, '..', '..', 'docs', `guide-${lang}.md`), 'utf8');
    const shown = [...guide.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((match) => match[1]).sort();
    expect({ lang, shown }).toEqual({ lang, shown: SHOTS.map((shot) => shot.file).sort() });
  }
  for (const shot of SHOTS) expect(existsSync(join(GUIDE_DIR, shot.file)), shot.file).toBe(true);

  // The app's help link opens the guide in the interface language, pictures loaded.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await page.getByTestId('help-link').click();
  await expect(page).toHaveURL(/\/help$/);
  const guide = page.getByTestId('help-guide');
  await expect(guide.locator('h1')).toHaveText('Hướng dẫn sử dụng');
  await expect(guide.locator('img')).toHaveCount(SHOTS.length);
  const first = guide.locator('img').first();
  await first.scrollIntoViewIfNeeded();
  await expect
    .poll(() => first.evaluate((image: HTMLImageElement) => image.naturalWidth))
    .toBeGreaterThan(0);
  await page.getByTestId('lang-en').click();
  await expect(guide.locator('h1')).toHaveText('User guide');
  await page.getByTestId('lang-vi').click();
});
