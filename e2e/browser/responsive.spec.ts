import { expect, test } from '@playwright/test';
import { BINH_DINH_AWARD_ID, NATIONAL_AWARD_ID, OPEN_AWARD_ID } from '../api/demo';
import { WIDTHS, horizontalOverflow as overflow, seriousViolations } from './widths';

/**
 * The pages anyone can open, at every width (widths.ts): no horizontal page scroll, and axe finds
 * nothing serious or critical. The signed-in pages are in every-page.spec.ts.
 */
const PUBLIC_PAGES = [
  { path: '/', ready: 'awards-open' },
  { path: `/awards/${OPEN_AWARD_ID}`, ready: 'award-name' },
  { path: `/awards/${NATIONAL_AWARD_ID}/results`, ready: 'results-award-name' },
  { path: '/login', ready: 'login-form' },
  { path: '/register', ready: 'register-form' },
  { path: '/help', ready: 'help-guide' },
  { path: `/awards/${BINH_DINH_AWARD_ID}/verify`, ready: 'verify-outcome' },
];

for (const size of WIDTHS) {
  test.describe(`${size.name} (${size.width} px)`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('the public pages fit the width and pass axe', async ({ page }) => {
      for (const { path, ready } of PUBLIC_PAGES) {
        await page.goto(path);
        await expect(page.getByTestId(ready), path).toBeVisible();
        expect({ path, overflow: await overflow(page) }).toEqual({ path, overflow: 0 });
        expect({ path, violations: await seriousViolations(page) }).toEqual({
          path,
          violations: [],
        });
      }
    });
  });
}

test.describe('the header on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('shows the whole title and keeps every action in the ☰ menu', async ({ page }) => {
    await page.goto(`/awards/${OPEN_AWARD_ID}`);
    await expect(page.getByTestId('award-name')).toBeVisible();

    // The title wraps rather than being cut.
    const name = page.getByTestId('brand').locator('.pa-brand__name');
    await expect(name).toHaveText('Giải báo chí về xây dựng Đảng');
    expect(await name.evaluate((node) => node.scrollWidth <= node.clientWidth)).toBe(true);

    await page.getByTestId('nav-menu-button').click();
    for (const id of ['nav-home-mobile', 'nav-login-mobile', 'nav-register-mobile'])
      await expect(page.getByTestId(id)).toBeVisible();
    await expect(page.getByTestId('lang-en-mobile')).toBeVisible();

    // Registering from the menu keeps the page the visitor was on.
    await page.getByTestId('nav-register-mobile').click();
    await expect(page.getByTestId('register-form')).toBeVisible();
    expect(new URL(page.url()).searchParams.get('returnUrl')).toBe(`/awards/${OPEN_AWARD_ID}`);
    expect(await overflow(page)).toBe(0);

    // The language is switched from the menu too.
    await page.getByTestId('nav-menu-button').click();
    await page.getByTestId('lang-en-mobile').click();
    await expect(page.getByTestId('register-submit')).toHaveText('Register');
  });
});
