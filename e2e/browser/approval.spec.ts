import { expect, test } from '@playwright/test';
import { DECIDED_AWARD_ID, DEMO } from '../api/demo';
import { apiToken, signInThroughForm, signOut } from './helpers';

/**
 * The steering committee approves Gia Lai 2025's prize list (docs/councils.md), and its organizer
 * sees the approval on the results page.
 *
 * Relies on: the demo's Gia Lai 2025 still `decided` and not yet approved by its steering member
 * (bcd.gialai@demo.vn). Specs share one demo database in file order: results.spec.ts publishes Gia
 * Lai 2025 and collective-prizes.spec.ts changes its collective prizes, both after this file. The
 * test checks the status first and skips, saying why, when an earlier run left it otherwise.
 */
test.describe('the steering committee approves the prize list', () => {
  test('a steering member lands on the list, approves it with a note; the organizer sees the approval', async ({
    page,
    request,
  }) => {
    const token = await apiToken(request, DEMO.steering);
    const headers = { authorization: `Bearer ${token}` };
    const award = await (
      await request.get(`/api/v1/awards/${DECIDED_AWARD_ID}`, { headers })
    ).json();
    const before = await (
      await request.get(`/api/v1/awards/${DECIDED_AWARD_ID}/prize-approvals`, { headers })
    ).json();
    test.skip(
      award.status !== 'decided' ||
        before.approvals.some((approval: { current: boolean }) => approval.current),
      `Gia Lai 2025 is ${award.status} with ${before.approvals.length} approvals: this spec needs it decided and unapproved`,
    );

    // Sign-in lands a steering-only member on the approval page; the menu links there too.
    await signInThroughForm(page, DEMO.steering);
    await expect(page).toHaveURL(new RegExp(`/awards/${DECIDED_AWARD_ID}/approval$`));
    await expect(page.getByTestId('approval-title')).toHaveText('Phê duyệt danh sách giải');
    await expect(page.getByTestId('nav-approval').first()).toBeAttached();
    await expect(page.getByTestId('approval-work').first()).toBeVisible();
    // The list carries codes, titles and tiers; never authors.
    await expect(page.getByTestId('approval-works')).not.toContainText('Nguyễn');
    await expect(page.getByTestId('approval-collective-row').first()).toBeVisible();
    await expect(page.getByTestId('approval-summary')).toContainText('0/1');
    await expect(page.getByTestId('approval-none')).toBeVisible();

    await page.getByTestId('approval-note').fill('Đồng ý với danh sách đề nghị của Hội đồng.');
    await page.getByTestId('approval-submit').press('Enter');
    await expect(page.getByTestId('approval-mine')).toBeVisible();
    const row = page.getByTestId('approval-row');
    await expect(row).toHaveCount(1);
    await expect(row).toHaveAttribute('data-current', 'true');
    await expect(row).toContainText('Đặng Văn Thịnh');
    await expect(row).toContainText('Đồng ý với danh sách đề nghị của Hội đồng.');
    await expect(page.getByTestId('approval-summary')).toContainText('1/1');
    await signOut(page);

    // The organizer's results page counts the approval of the list as it is now.
    await signInThroughForm(page, DEMO.binhDinhOrganizer);
    await page.goto(`/manage/awards/${DECIDED_AWARD_ID}/results`);
    await expect(page.getByTestId('approval-status-line')).toHaveText(
      '1/1 thành viên đã phê duyệt danh sách hiện tại',
    );
    await page.getByTestId('approval-status-link').click();
    await expect(page.getByTestId('approval-row')).toHaveCount(1);
    await expect(page.getByTestId('approval-not-steering')).toBeVisible();
  });
});
