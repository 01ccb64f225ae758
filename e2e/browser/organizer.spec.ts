import { expect, test, type APIRequestContext, type Page, type Request } from '@playwright/test';
import { DEMO, DEMO_PASSWORD } from '../api/demo';
import { apiToken, signInThroughForm, typedVietnamDateTimeInDays, uniqueSuffix } from './helpers';

interface AwardSummary {
  id: string;
  name: string;
  status: string;
}

const suffix = uniqueSuffix();
const awardName = `Giải báo chí thử nghiệm E2E ${suffix}`;
const judgeEmail = `giamkhao.${suffix}@example.vn`;
const judgeName = `Giám Khảo Mời ${suffix}`;
const judgePassword = 'GiamKhao2026!vn';
const OTHER_MEDIA = ['online', 'radio', 'tv', 'photo'] as const;

/** Set by the first test, used by the next ones (the file runs in order, serially). */
let awardId = '';

async function organizerAwards(request: APIRequestContext): Promise<AwardSummary[]> {
  const token = await apiToken(request, DEMO.organizer);
  const response = await request.get('/api/v1/awards?pageSize=100', {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status()).toBe(200);
  return (await response.json()).items as AwardSummary[];
}

/** Signs in by the REST login from the page's own request context: the session cookie lands in the browser. */
async function signInQuickly(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  const response = await page.request.post('/api/v1/auth/login', { data: { email, password } });
  expect(response.status()).toBe(200);
}

test.describe.configure({ mode: 'serial' });

test.describe('an organizer sets up a new award in the browser', () => {
  test('creates an award through the editor, after an inverted publication window is refused', async ({
    page,
    request,
  }) => {
    const awardPosts: Request[] = [];
    page.on('request', (sent) => {
      if (sent.method() === 'POST' && new URL(sent.url()).pathname === '/api/v1/awards')
        awardPosts.push(sent);
    });

    await signInThroughForm(page, DEMO.organizer);
    await expect(page.getByTestId('user-menu')).toContainText('Nguyễn Thị Thanh Hương');
    // An organizer is no admin: no outbox.
    await expect(page.getByTestId('nav-outbox')).toHaveCount(0);
    await page.getByTestId('nav-my-awards').click();
    await expect(page).toHaveURL(/\/manage$/);
    await expect(page.getByTestId('my-award-card')).not.toHaveCount(0);
    await page.getByTestId('create-award').click();
    await expect(page).toHaveURL(/\/manage\/awards\/new$/);
    await expect(page.getByTestId('editor-title')).toBeVisible();
    // Nothing saved yet: no status, no members.
    await expect(page.getByTestId('status-section')).toHaveCount(0);
    await expect(page.getByTestId('members-section')).toHaveCount(0);

    await page.getByTestId('award-name').fill(awardName);
    await page.getByTestId('award-edition').fill('6');
    await page.getByTestId('award-year').fill('2026');
    await page.getByTestId('award-level').selectOption('national');
    await page.getByTestId('award-organizer').fill('Ban Tổ chức thử nghiệm');
    await page.getByTestId('award-description').fill('Giải tạo bởi kiểm thử đầu cuối.');

    // The window ends (01/01/2026) before it starts (31/10/2026).
    // Dates are typed day first, as the hint says, whatever the browser's locale.
    await expect(page.getByTestId('rules-publication-from')).toHaveAttribute('type', 'text');
    await page.getByTestId('rules-publication-from').fill('31/10/2026');
    // The calendar opens on the typed day, in Vietnamese; Escape gives the field back unchanged.
    await page.getByRole('button', { name: 'Mở lịch' }).first().click();
    await expect(page.locator('.mat-calendar-body-active')).toHaveText('31');
    await expect(page.locator('.mat-calendar-period-button')).toContainText('2026');
    await page.screenshot({ path: test.info().outputPath('editor-calendar.png') });
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('rules-publication-from')).toHaveValue('31/10/2026');
    await page.getByTestId('rules-publication-to').fill('01/01/2026');
    await page.getByTestId('rules-deadline').fill(typedVietnamDateTimeInDays(30));
    await page.getByTestId('rules-max-entries').fill('2');
    await page.getByTestId('rules-max-coauthors').fill('5');
    await page.getByTestId('rules-max-parts').fill('5');
    await expect(page.getByTestId('rules-language-vi')).toBeChecked();

    // Only printed works: the print rule on (PDF only, 20 MB), every other media type off.
    for (const media of OTHER_MEDIA)
      await page.getByTestId(`rules-file-${media}-enabled`).uncheck();
    await page.getByTestId('rules-file-print-enabled').check();
    await expect(page.getByTestId('rules-file-print-max')).toBeVisible();
    await page.getByTestId('rules-file-print-max').fill('20');
    await page.getByTestId('rules-file-print-type-image/jpeg').uncheck();
    await page.getByTestId('rules-file-print-type-image/png').uncheck();
    await expect(page.getByTestId('rules-file-print-type-application/pdf')).toBeChecked();
    await expect(page.getByTestId('rules-file-tv-max')).toHaveCount(0);

    // Two prize tiers.
    await expect(page.getByTestId('tier-row')).toHaveCount(0);
    await page.getByTestId('tier-add').click();
    await page.getByTestId('tier-add').click();
    await expect(page.getByTestId('tier-row')).toHaveCount(2);
    await page.getByTestId('tier-code-0').fill('A');
    await page.getByTestId('tier-label-0').fill('Giải A');
    await page.getByTestId('tier-count-0').fill('1');
    await page.getByTestId('tier-money-0').fill('20000000');
    await page.getByTestId('tier-code-1').fill('B');
    await page.getByTestId('tier-label-1').fill('Giải B');
    await page.getByTestId('tier-count-1').fill('3');
    await page.getByTestId('tier-money-1').fill('10000000');

    await page.getByTestId('award-submit').click();
    const windowError = page.getByTestId('field-error-rules.publicationTo');
    await expect(windowError).toBeVisible();
    await expect(windowError).not.toBeEmpty();
    await expect(page.getByTestId('field-error-rules.publicationFrom')).toHaveCount(0);
    await expect(page.getByTestId('field-error-name')).toHaveCount(0);
    await expect(page).toHaveURL(/\/manage\/awards\/new$/);
    await expect(page.getByTestId('status-section')).toHaveCount(0);
    expect(awardPosts).toHaveLength(0);
    expect(
      (await organizerAwards(request)).filter((award) => award.name === awardName),
    ).toHaveLength(0);

    // Fixed: 01/11/2025 – 31/10/2026, the deadline a month from now.
    await page.getByTestId('rules-publication-from').fill('1/11/2025');
    await page.getByTestId('rules-publication-to').fill('31/10/2026');
    await page.getByTestId('rules-publication-to').blur();
    await expect(page.getByTestId('rules-publication-from')).toHaveValue('01/11/2025');
    await page.getByTestId('award-submit').click();

    await expect(page).toHaveURL(/\/manage\/awards\/[0-9a-f-]{36}$/);
    awardId = page.url().split('/').pop() ?? '';
    await expect(page.getByTestId('status-section').getByTestId('status-chip')).toHaveAttribute(
      'data-status',
      'draft',
    );
    await expect(page.getByTestId('field-error-rules.publicationTo')).toHaveCount(0);
    await expect(page.getByTestId('award-form-error')).toHaveCount(0);
    await expect(page.getByTestId('award-name')).toHaveValue(awardName);
    await expect(page.getByTestId('tier-row')).toHaveCount(2);
    await expect(page.getByTestId('rules-file-print-enabled')).toBeChecked();
    await expect(page.getByTestId('rules-file-tv-enabled')).not.toBeChecked();
    expect(awardPosts).toHaveLength(1);

    const mine = (await organizerAwards(request)).filter((award) => award.name === awardName);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ id: awardId, status: 'draft' });
    const token = await apiToken(request, DEMO.organizer);
    const saved = await (
      await request.get(`/api/v1/awards/${awardId}`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).json();
    expect(saved.rules).toMatchObject({
      publicationFrom: '2025-11-01',
      publicationTo: '2026-10-31',
      maxEntriesPerAuthor: 2,
    });
    expect(Object.keys(saved.rules.files)).toEqual(['print']);
    expect(saved.rules.files.print).toEqual({
      maxBytes: 20 * 1024 * 1024,
      types: ['application/pdf'],
    });
    expect(Date.parse(saved.rules.submissionDeadline)).toBeGreaterThan(Date.now());
    expect(saved.prizeTiers).toEqual([
      { code: 'A', label: 'Giải A', targetCount: 1, prizeMoney: 20_000_000 },
      { code: 'B', label: 'Giải B', targetCount: 3, prizeMoney: 10_000_000 },
    ]);
  });

  test('adds a print category and opens the award, which then appears on the public home page', async ({
    page,
    request,
  }) => {
    expect(awardId, 'the award of the previous test').not.toBe('');
    await signInQuickly(page, DEMO.organizer);
    await page.goto(`/manage/awards/${awardId}`);
    await expect(page.getByTestId('editor-title')).toBeVisible();

    // Only media types with a file rule may be chosen.
    const mediaSelect = page.getByTestId('category-media-type');
    await expect(mediaSelect.locator('option')).toHaveCount(2);
    expect(
      await mediaSelect
        .locator('option')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value)),
    ).toEqual(['', 'print']);
    await expect(page.getByTestId('categories-section').getByTestId('category-row')).toHaveCount(0);

    await page.getByTestId('category-code').fill('IN');
    await page.getByTestId('category-name').fill('Báo in');
    await mediaSelect.selectOption('print');
    await page.getByTestId('category-genres').fill('Chính luận, Phóng sự');
    await page.getByTestId('category-submit').click();
    const row = page.locator(
      '[data-testid="categories-section"] [data-testid="category-row"][data-code="IN"]',
    );
    await expect(row).toBeVisible();
    await expect(row).toContainText('Báo in');
    await expect(page.getByTestId('category-error')).toHaveCount(0);
    // The form is cleared for the next category.
    await expect(page.getByTestId('category-code')).toHaveValue('');

    // A draft is not public.
    const before = await (await request.get('/api/v1/public/awards?pageSize=100')).json();
    expect(before.items.map((award: AwardSummary) => award.id)).not.toContain(awardId);

    // Cancelling the confirmation changes nothing.
    const chip = page.getByTestId('status-section').getByTestId('status-chip');
    await page.getByTestId('status-action-open').click();
    await page.getByTestId('confirm-cancel').click();
    await expect(page.getByTestId('confirm-cancel')).toHaveCount(0);
    await expect(chip).toHaveAttribute('data-status', 'draft');

    await page.getByTestId('status-action-open').click();
    await expect(page.getByRole('dialog')).toContainText(awardName);
    await page.getByTestId('confirm-ok').click();
    await expect(chip).toHaveAttribute('data-status', 'open');
    await expect(chip).toHaveText('Đang nhận tác phẩm');
    await expect(page.getByTestId('status-action-open')).toHaveCount(0);
    await expect(page.getByTestId('status-error')).toHaveCount(0);

    await page.getByTestId('nav-home').click();
    const card = page
      .getByTestId('awards-open')
      .locator(`[data-testid="award-card"][data-award-id="${awardId}"]`);
    await expect(card).toHaveCount(1);
    await expect(card.getByTestId('award-card-link')).toHaveText(awardName);
    await expect(card.getByTestId('status-chip')).toHaveAttribute('data-status', 'open');
    await expect(
      page.getByTestId('awards-others').locator(`[data-award-id="${awardId}"]`),
    ).toHaveCount(0);

    await card.getByTestId('award-card-link').click();
    await expect(page.getByTestId('award-detail')).toBeVisible();
    await expect(page.getByTestId('rules-publication-window')).toContainText('01/11/2025');
    await expect(page.getByTestId('rules-publication-window')).toContainText('31/10/2026');
    await expect(page.getByTestId('award-categories').getByTestId('category-row')).toHaveCount(1);
    await expect(page.getByTestId('award-categories').getByTestId('category-row')).toContainText(
      'Báo in',
    );
    await expect(page.getByTestId('prize-tier-row')).toHaveCount(2);
    await expect(page.getByTestId('manage-award')).toBeVisible();
  });

  test('invites a judge, whose emailed link lets them set a password and sign in', async ({
    page,
    request,
  }) => {
    expect(awardId, 'the award of the previous test').not.toBe('');
    await signInQuickly(page, DEMO.organizer);
    await page.goto(`/manage/awards/${awardId}`);
    const members = page.getByTestId('members-section');
    await expect(members).toBeVisible();
    const judgeRow = members.locator(`[data-testid="member-row"][data-email="${judgeEmail}"]`);
    await expect(judgeRow).toHaveCount(0);

    await page.getByTestId('invite-email').fill(judgeEmail);
    await page.getByTestId('invite-full-name').fill(judgeName);
    await page.getByTestId('invite-role').selectOption('judge');
    await page.getByTestId('invite-organization').fill('Báo Thử Nghiệm');
    await page.getByTestId('invite-submit').click();
    await expect(judgeRow).toHaveCount(1);
    await expect(judgeRow).toHaveAttribute('data-role', 'judge');
    await expect(judgeRow).toContainText(judgeName);
    await expect(page.getByTestId('invite-error')).toHaveCount(0);
    await expect(page.getByTestId('invite-email')).toHaveValue('');

    // The judge has no password yet.
    const early = await request.post('/api/v1/auth/login', {
      data: { email: judgeEmail, password: judgePassword },
    });
    expect(early.status()).toBe(401);

    // The admin reads the invitation in the outbox.
    await page.context().clearCookies();
    await signInQuickly(page, DEMO.admin);
    await page.goto('/');
    await page.getByTestId('nav-outbox').click();
    await expect(page).toHaveURL(/\/admin\/outbox$/);
    const item = page.getByTestId('outbox-item').filter({ hasText: judgeEmail });
    await expect(item).toHaveCount(1);
    await expect(item).toContainText(awardName);
    await item.click();
    const message = page.getByTestId('outbox-message');
    await expect(message).toContainText(judgeEmail);
    const text = page.getByTestId('outbox-message-text');
    await expect(text).toContainText(`Kính gửi ${judgeName}`);
    await expect(text).toContainText('/invite/');
    const token = /\/invite\/([A-Za-z0-9_-]+)/.exec((await text.textContent()) ?? '')?.[1];
    expect(token, 'the invitation token in the email').toBeTruthy();

    // The judge follows the link, signed out.
    await page.context().clearCookies();
    await page.goto(`/invite/${token}`);
    await expect(page.getByTestId('invite-accept-form')).toBeVisible();
    await expect(page.getByTestId('user-menu')).toHaveCount(0);
    // Mismatched confirmation: refused in the form, still signed out.
    await page.getByTestId('invite-password').fill(judgePassword);
    await page.getByTestId('invite-password-confirm').fill(`${judgePassword}x`);
    await page.getByTestId('invite-accept-submit').click();
    await expect(page.getByTestId('field-error-confirm')).toBeVisible();
    await expect(page.getByTestId('user-menu')).toHaveCount(0);

    await page.getByTestId('invite-password-confirm').fill(judgePassword);
    await page.getByTestId('invite-accept-submit').click();
    await expect(page.getByTestId('user-menu')).toContainText(judgeName);
    // A new judge lands on the score sheets, where their work will be.
    await expect(page).toHaveURL(/\/judging$/);
    await expect(page.getByTestId('invite-accept-error')).toHaveCount(0);
    // A judge is a member (sees "my awards") but no admin.
    await expect(page.getByTestId('nav-my-awards')).toBeVisible();
    await expect(page.getByTestId('nav-outbox')).toHaveCount(0);

    const later = await request.post('/api/v1/auth/login', {
      data: { email: judgeEmail, password: judgePassword },
    });
    expect(later.status()).toBe(200);

    // The link works once only.
    await page.context().clearCookies();
    await page.goto(`/invite/${token}`);
    await page.getByTestId('invite-password').fill('KhacHoanToan2026!');
    await page.getByTestId('invite-password-confirm').fill('KhacHoanToan2026!');
    await page.getByTestId('invite-accept-submit').click();
    await expect(page.getByTestId('invite-accept-error')).toBeVisible();
    await expect(page.getByTestId('user-menu')).toHaveCount(0);
  });
});
