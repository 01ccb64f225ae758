import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { DECIDED_AWARD_ID, DEMO, NATIONAL_AWARD_ID } from '../api/demo';
import { signInThroughForm } from './helpers';

/**
 * The committee's documents on the demo, as an organizer works with them: Gia Lai 2025's papers are
 * listed with their numbers, a new decision is generated on a chosen date and numbered next in the
 * province's sequence, and its DOCX downloads under its number; the national council's decision is
 * there for the Central Organization Commission.
 */
test('an organizer lists, generates and downloads numbered documents', async ({ page }) => {
  await signInThroughForm(page, DEMO.binhDinhOrganizer);
  await page.goto(`/manage/awards/${DECIDED_AWARD_ID}/documents`);
  await expect(page.getByTestId('documents-title')).toBeVisible();
  await expect(page.getByTestId('documents-issuer')).toContainText('TỈNH ỦY GIA LAI');
  const references = page.getByTestId('document-reference');
  await expect(references.filter({ hasText: '2-BB/BTCTU' })).toHaveCount(1);
  await expect(references.filter({ hasText: '1-QĐ/BTCTU' })).toHaveCount(1);
  const before = await references.allTextContents();

  // A council decision needs its round: the form says so before sending anything.
  await page.getByTestId('documents-submit').click();
  await expect(page.getByText('Hãy chọn vòng chấm.')).toBeVisible();

  await page.getByTestId('documents-type').selectOption('prize_decision');
  await page.getByTestId('documents-issued-on').fill('27/10/2025');
  const created = page.waitForResponse(
    (response) => response.request().method() === 'POST' && response.url().endsWith('/documents'),
  );
  await page.getByTestId('documents-submit').click();
  const record = await (await created).json();
  expect(record.reference).toMatch(/^\d+-QĐ\/BTCTU$/);
  expect(before).not.toContain(record.reference);
  await expect(references.first()).toHaveText(record.reference);
  await expect(page.getByTestId('document-row').first()).toContainText('27/10/2025');

  const downloading = page.waitForEvent('download');
  await page.getByTestId('document-row').first().getByTestId('document-download-docx').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const bytes = await readFile((await download.path()) ?? '');
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
});

test('the Central Organization Commission finds its council decision', async ({ page }) => {
  await signInThroughForm(page, DEMO.organizer);
  await page.goto(`/manage/awards/${NATIONAL_AWARD_ID}/documents`);
  await expect(
    page.getByTestId('document-reference').filter({ hasText: '1-QĐ/BTCTW' }),
  ).toHaveCount(1);
});
