import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { DEMO, OPEN_AWARD_ID } from '../api/demo';
import { signInThroughForm } from './helpers';
import { WIDTHS, horizontalOverflow, seriousViolations } from './widths';

/**
 * The award's staff receive the agencies' batches (docs/agencies.md): the organizer of the open Gia
 * Lai call finds the demo agency's batch through the award's tabs, with its covering letter's
 * number, opens it by keyboard to see its two submitted works with their receipt numbers, and
 * downloads its list.
 */
test("the open award's organizer sees the agency's batch and downloads its list", async ({
  page,
}) => {
  await signInThroughForm(page, DEMO.binhDinhOrganizer);
  await page.goto(`/manage/awards/${OPEN_AWARD_ID}/screening`);
  await page.getByTestId('tab-batches').click();
  await expect(page).toHaveURL(new RegExp(`/manage/awards/${OPEN_AWARD_ID}/batches$`));
  await expect(page.getByTestId('award-batches-title')).toHaveText('Hồ sơ gửi giải của cơ quan');

  const row = page
    .getByTestId('award-batch-row')
    .filter({ hasText: 'Báo và Phát thanh, Truyền hình Gia Lai' })
    .filter({ hasText: 'Đợt 1' });
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('award-batch-letter')).toContainText('Số 112/CV-BPTTH ngày');
  await expect(row.getByTestId('award-batch-progress')).toHaveText('Đã nộp 2/2');

  const letterDownload = page.waitForEvent('download');
  await row.getByTestId('award-batch-letter-download').click();
  expect((await letterDownload).suggestedFilename()).toMatch(/\.pdf$/i);

  // Opened by keyboard, the batch's entries take the focus.
  await row.getByTestId('award-batch-open').focus();
  await page.keyboard.press('Enter');
  const detail = page.getByTestId('award-batch-detail');
  await expect(detail.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(row.getByTestId('award-batch-open')).toHaveAttribute('aria-expanded', 'true');
  const entries = detail.getByTestId('batch-entry-row');
  await expect(entries).toHaveCount(2);
  for (const title of [
    'Chi bộ bản làng giữ rừng đầu nguồn',
    'Người bí thư chi bộ nơi vành đai biên giới',
  ])
    await expect(entries.filter({ hasText: title })).toHaveCount(1);
  for (const receipt of await detail.getByTestId('batch-entry-receipt').allTextContents())
    expect(receipt.trim()).not.toBe('Chưa nộp');
  await expect(entries.getByTestId('entry-status-chip')).toHaveCount(2);

  // The open batch fits a phone, a tablet and a laptop, and axe finds nothing serious.
  for (const size of WIDTHS) {
    await page.setViewportSize({ width: size.width, height: size.height });
    expect.soft({ size: size.name, overflow: await horizontalOverflow(page) }).toEqual({
      size: size.name,
      overflow: 0,
    });
    expect.soft({ size: size.name, violations: await seriousViolations(page) }).toEqual({
      size: size.name,
      violations: [],
    });
  }

  const listDownload = page.waitForEvent('download');
  await detail.getByTestId('award-batch-list-download').click();
  const list = await listDownload;
  expect(list.suggestedFilename()).toMatch(/\.pdf$/i);
  const bytes = await readFile((await list.path()) ?? '');
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');

  await detail.getByTestId('award-batch-close').click();
  await expect(detail).toHaveCount(0);
  await expect(row.getByTestId('award-batch-open')).toBeFocused();
});
