import { expect, test } from '@playwright/test';
import { BINH_DINH_AWARD_ID, NATIONAL_AWARD_ID, OPEN_AWARD_ID } from '../api/demo';

/** What a visitor who is not signed in sees. */
test.describe('public pages', () => {
  test('the home page lists the demo awards in Vietnamese, one card each, and no drafts', async ({
    page,
    request,
  }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Các giải báo chí');

    const cards = page.getByTestId('award-card');
    const national = page.locator(
      `[data-testid="award-card"][data-award-id="${NATIONAL_AWARD_ID}"]`,
    );
    const binhDinh = page.locator(
      `[data-testid="award-card"][data-award-id="${BINH_DINH_AWARD_ID}"]`,
    );
    await expect(national).toHaveCount(1);
    await expect(binhDinh).toHaveCount(1);
    await expect(national.getByTestId('award-card-link')).toContainText('Búa liềm vàng');
    await expect(national.getByTestId('award-card-edition')).toContainText('2020');
    // The name and the edition are each said once: "… (Giải Búa liềm vàng)" then "lần thứ V – năm 2020".
    const title = async (card: typeof national) =>
      `${await card.getByTestId('award-card-link').innerText()} ${await card.getByTestId('award-card-edition').innerText()}`.replace(
        /\s+/g,
        ' ',
      );
    const nationalText = await title(national);
    expect(nationalText.match(/lần thứ V\b/g)).toHaveLength(1);
    expect(nationalText.match(/2020/g)).toHaveLength(1);
    const binhDinhText = await title(binhDinh);
    expect(binhDinhText).not.toContain('Búa liềm vàng');
    expect(binhDinhText.match(/2020/g)).toHaveLength(1);
    // The national award is being judged, Bình Định's is published: both sit under "others", not "open".
    await expect(
      page.getByTestId('awards-others').locator(`[data-award-id="${NATIONAL_AWARD_ID}"]`),
    ).toHaveCount(1);
    await expect(
      page.getByTestId('awards-open').locator(`[data-award-id="${NATIONAL_AWARD_ID}"]`),
    ).toHaveCount(0);

    // Exactly the awards the public API lists (other spec files may have opened more), none twice, no draft.
    const publicList = await (await request.get('/api/v1/public/awards?pageSize=100')).json();
    await expect(cards).toHaveCount(publicList.total);
    const ids = await cards.evaluateAll((elements) =>
      elements.map((element) => element.getAttribute('data-award-id')),
    );
    expect(new Set(ids).size).toBe(ids.length);
    await expect(
      page.locator('[data-testid="award-card"] [data-testid="status-chip"][data-status="draft"]'),
    ).toHaveCount(0);
    await expect(page.getByTestId('home-empty')).toHaveCount(0);
    await expect(page.getByTestId('error-message')).toHaveCount(0);

    // An open call's card offers "Nộp tác phẩm" directly (the rest do not); a visitor is asked to
    // sign in on the way, and comes back to the entry form.
    await expect(national.getByTestId('award-card-submit')).toHaveCount(0);
    const open = page.locator(`[data-testid="award-card"][data-award-id="${OPEN_AWARD_ID}"]`);
    await expect(open.getByTestId('award-card-submit')).toHaveText('Nộp tác phẩm');
    await open.getByTestId('award-card-submit').click();
    await expect(page.getByTestId('login-form')).toBeVisible();
    expect(new URL(page.url()).searchParams.get('returnUrl')).toBe(
      `/awards/${OPEN_AWARD_ID}/entries/new`,
    );
  });

  test('the language switch changes the visible text and <html lang>, and back', async ({
    page,
  }) => {
    await page.goto('/');
    const title = page.getByRole('heading', { level: 1 });
    await expect(title).toHaveText('Các giải báo chí');
    await expect(page.getByTestId('nav-login')).toHaveText('Đăng nhập');
    await expect(page.getByTestId('lang-vi')).toHaveAttribute('aria-pressed', 'true');

    await page.getByTestId('lang-en').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(title).toHaveText('Press awards');
    await expect(page.getByTestId('nav-login')).toHaveText('Sign in');
    await expect(page.getByTestId('nav-home')).toHaveText('Home');
    await expect(page.getByTestId('lang-en')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText('Các giải báo chí')).toHaveCount(0);
    // Award names are data, not interface text: they stay Vietnamese.
    await expect(page.locator(`[data-award-id="${NATIONAL_AWARD_ID}"]`)).toContainText(
      'Búa liềm vàng',
    );

    // The choice survives a reload.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(title).toHaveText('Press awards');

    await page.getByTestId('lang-vi').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(title).toHaveText('Các giải báo chí');
    await expect(page.getByTestId('nav-login')).toHaveText('Đăng nhập');
    await expect(page.getByText('Press awards')).toHaveCount(0);
  });

  test('the public award page shows rules, the six categories and the prize tiers', async ({
    page,
  }) => {
    await page.goto('/');
    await page
      .locator(`[data-award-id="${NATIONAL_AWARD_ID}"]`)
      .getByTestId('award-card-link')
      .click();
    await expect(page).toHaveURL(new RegExp(`/awards/${NATIONAL_AWARD_ID}$`));

    const detail = page.getByTestId('award-detail');
    await expect(detail).toBeVisible();
    await expect(page.getByTestId('award-name')).toContainText('Búa liềm vàng');
    // The edition is shown beside the name, not inside it.
    await expect(page.getByTestId('award-name')).not.toContainText('lần thứ');
    await expect(page.getByTestId('award-edition')).toHaveText('lần thứ V – năm 2020');
    // A visitor cannot manage the award.
    await expect(page.getByTestId('manage-award')).toHaveCount(0);

    const window = page.getByTestId('rules-publication-window');
    await expect(window).toContainText('01/11/2019');
    await expect(window).toContainText('31/10/2020');
    await expect(window).not.toContainText('2019-11-01');
    await expect(page.getByTestId('rules-deadline')).toContainText('10/11/2020 17:00');
    await expect(page.getByTestId('rules-max-entries')).toHaveText('2');
    await expect(page.getByTestId('rules-max-coauthors')).toHaveText('10');
    await expect(page.getByTestId('rules-max-parts')).toHaveText('100');
    await expect(page.getByTestId('rules-languages').locator('li')).toHaveCount(4);
    await expect(page.getByTestId('rules-files').locator('tbody tr')).toHaveCount(5);
    await expect(
      page.getByTestId('rules-files').locator('tr[data-media-type="print"]'),
    ).toContainText('PDF');

    const categories = page.getByTestId('award-categories').getByTestId('category-row');
    await expect(categories).toHaveCount(6);
    await expect(categories.locator('code')).toHaveText(['IN1', 'IN2', 'DT', 'TH', 'PT', 'AN']);

    const tiers = page.getByTestId('prize-tier-row');
    await expect(tiers).toHaveCount(5);
    await expect(tiers.locator('td:nth-child(1)')).toHaveText([
      'Giải Đặc biệt',
      'Giải A',
      'Giải B',
      'Giải C',
      'Giải Khuyến khích',
    ]);
    await expect(tiers.locator('td:nth-child(2)')).toHaveText(['1', '5', '10', '15', '25']);
    await expect(page.getByTestId('topic-prize-row')).toHaveCount(8);
    await expect(page.getByTestId('award-not-found')).toHaveCount(0);
  });

  test('an unknown award id shows "not found" instead of a page', async ({ page }) => {
    await page.goto('/awards/00000000-0000-4000-8000-000000000000');
    await expect(page.getByTestId('award-not-found')).toBeVisible();
    await expect(page.getByTestId('award-detail')).toHaveCount(0);
  });

  test('a deep link to an unknown route shows the 404 page', async ({ page }) => {
    const response = await page.goto('/khong-co-trang-nay/con-nua');
    // The server hands every deep link to the web app, which decides.
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId('not-found')).toBeVisible();
    await expect(page.getByTestId('not-found')).toContainText('404');
    await expect(page.getByTestId('not-found')).toContainText('Không tìm thấy trang');
    await expect(page).toHaveURL(/\/khong-co-trang-nay\/con-nua$/);
    await expect(page.getByTestId('award-card')).toHaveCount(0);
  });

  test('protected routes redirect a signed-out visitor to /login with a returnUrl', async ({
    page,
  }) => {
    await page.goto('/manage');
    await expect(page.getByTestId('login-form')).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(new URL(page.url()).searchParams.get('returnUrl')).toBe('/manage');
    await expect(page.getByTestId('create-award')).toHaveCount(0);
    await expect(page.getByTestId('my-award-card')).toHaveCount(0);

    await page.goto('/admin/outbox');
    await expect(page.getByTestId('login-form')).toBeVisible();
    expect(new URL(page.url()).searchParams.get('returnUrl')).toBe('/admin/outbox');
    await expect(page.getByTestId('outbox-item')).toHaveCount(0);
  });
});
