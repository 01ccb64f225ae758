import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { BINH_DINH_AWARD_ID, DECIDED_AWARD_ID, DEMO, NATIONAL_AWARD_ID } from '../api/demo';
import { apiToken, signInThroughForm, signOut } from './helpers';

/** phongvien1's Bình Định 2020 A winner, forwarded to the national award (api/src/seed/demo-entries.seeder.ts). */
const WINNER_TITLE = 'Ngăn chặn suy thoái tư tưởng chính trị từ chi bộ';
// The provenance names the edition: the award's name, then "lần thứ V – năm 2020" (awardTitle).
const BINH_DINH_2020_NAME = 'Giải báo chí về xây dựng Đảng tỉnh Bình Định lần thứ V – năm 2020';
const PROVENANCE_TEXT = `Được chuyển từ ${BINH_DINH_2020_NAME} – Giải A`;
/** phongvien1's Gia Lai 2025 entries: decided A, decided KK, and no prize. Not published: no prize may show. */
const ENTRIES_2025 = [
  'Đổi mới phương thức lãnh đạo của Đảng ở cơ sở',
  'Đảng viên trên tuyến đầu chống hạn',
  'Nêu gương từ những việc nhỏ',
];
const TIER_LABELS_2025 = ['Giải A', 'Giải B', 'Giải C', 'Giải Khuyến khích'];

function entryRow(page: Page, awardId: string, title: string): Locator {
  return page.locator(`[data-testid="my-entry-row"][data-award-id="${awardId}"]`, {
    has: page.getByTestId('my-entry-title').getByText(title, { exact: true }),
  });
}

/** Clicks the certificate button and returns the saved file's name and bytes. */
async function downloadCertificate(
  page: Page,
  scope: Locator,
): Promise<{ name: string; bytes: Buffer }> {
  const downloading = page.waitForEvent('download');
  await scope.getByTestId('certificate-download').click();
  const download = await downloading;
  const path = await download.path();
  expect(path).toBeTruthy();
  return { name: download.suggestedFilename(), bytes: readFileSync(path!) };
}

test.describe('a reporter sees the results of their entries', () => {
  test('phongvien1 sees the A prize of Bình Định 2020, downloads its certificate, sees where the national copy came from, and nothing of Gia Lai 2025', async ({
    page,
    request,
  }) => {
    // Gia Lai 2025 is decided but not published: the API itself must carry nothing of it yet.
    const token = await apiToken(request, DEMO.reporter);
    const mine = await request.get('/api/v1/entries?mine=true', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(mine.status()).toBe(200);
    const entries = (await mine.json()) as { awardId: string; title: string; outcome: unknown }[];
    const decided = entries.filter((entry) => entry.awardId === DECIDED_AWARD_ID);
    expect(decided.map((entry) => entry.title).sort()).toEqual([...ENTRIES_2025].sort());
    expect(decided.map((entry) => entry.outcome)).toEqual([null, null, null]);
    for (const label of TIER_LABELS_2025) expect(JSON.stringify(decided)).not.toContain(label);

    await signInThroughForm(page, DEMO.reporter);
    await page.goto('/entries');
    await expect(page.getByTestId('my-entries-title')).toHaveText('Tác phẩm của tôi');

    // The published Bình Định 2020 winner: the A chip and the certificate.
    const winner = entryRow(page, BINH_DINH_AWARD_ID, WINNER_TITLE);
    await expect(winner).toHaveCount(1);
    await expect(winner.getByTestId('entry-outcome')).toHaveAttribute('data-standing', 'awarded');
    await expect(winner.getByTestId('entry-prize')).toHaveText('Giải A');
    await expect(winner.getByTestId('entry-provenance')).toHaveCount(0);
    const receipt = (await winner.getByTestId('my-entry-receipt').textContent())?.trim() ?? '';
    expect(receipt).toMatch(/^2020-5B00-\d{5}$/);
    const certificate = await downloadCertificate(page, winner);
    // The server's (Vietnamese) file name, and a real PDF.
    expect(certificate.name).toBe(`Giấy chứng nhận ${receipt}.pdf`);
    expect(certificate.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expect(winner.getByTestId('certificate-download-error')).toHaveCount(0);

    // The national award's copy of the same work says where it came from; that award is not published.
    const forwarded = entryRow(page, NATIONAL_AWARD_ID, WINNER_TITLE);
    await expect(forwarded).toHaveCount(1);
    await expect(forwarded.getByTestId('entry-provenance')).toHaveText(PROVENANCE_TEXT);
    await expect(forwarded.getByTestId('entry-outcome')).toHaveCount(0);

    // Gia Lai 2025: decided, not published. No chip, no button, no tier label anywhere in the row.
    for (const title of ENTRIES_2025) {
      const row = entryRow(page, DECIDED_AWARD_ID, title);
      await expect(row).toHaveCount(1);
      await expect(row.getByTestId('entry-outcome')).toHaveCount(0);
      await expect(row.getByTestId('certificate-download')).toHaveCount(0);
      for (const label of TIER_LABELS_2025) await expect(row).not.toContainText(label);
    }

    // The entry itself and its receipt show the same prize and certificate.
    await winner.getByTestId('my-entry-title').click();
    await expect(page).toHaveURL(/\/entries\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('entry-prize')).toHaveText('Giải A');
    await expect(page.getByTestId('certificate-download')).toBeVisible();
    await page.goto(`${new URL(page.url()).pathname}/receipt`);
    await expect(page.getByTestId('receipt-number')).toHaveText(receipt);
    await expect(page.getByTestId('entry-prize')).toHaveText('Giải A');
    expect((await downloadCertificate(page, page.getByTestId('receipt'))).name).toBe(
      `Giấy chứng nhận ${receipt}.pdf`,
    );

    // The 2025 A entry's own page shows no prize either.
    await page.goto('/entries');
    await entryRow(page, DECIDED_AWARD_ID, ENTRIES_2025[0]!).getByTestId('my-entry-title').click();
    await expect(page.getByTestId('entry-editor-title')).toBeVisible();
    await expect(page.getByTestId('entry-receipt-number')).toBeVisible();
    await expect(page.getByTestId('entry-outcome')).toHaveCount(0);
    await expect(page.getByTestId('certificate-download')).toHaveCount(0);

    // The forwarded copy's page gives the source receipt and the forwarding date (dd/MM/yyyy).
    await page.goto('/entries');
    await entryRow(page, NATIONAL_AWARD_ID, WINNER_TITLE).getByTestId('my-entry-title').click();
    // Wait for the entry page: the list behind it may hold other forwarded entries (other specs forward too).
    await expect(page).toHaveURL(/\/entries\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('entry-provenance')).toHaveText(PROVENANCE_TEXT);
    await expect(page.getByTestId('entry-provenance-detail')).toHaveText(
      `Số biên nhận tại giải gốc: ${receipt}; chuyển ngày 02/11/2020`,
    );

    await signOut(page);
  });

  test("the national secretariat sees the forwarded work's provenance on the screening row and in its detail", async ({
    page,
  }) => {
    await signInThroughForm(page, DEMO.secretary);
    await page.goto(`/manage/awards/${NATIONAL_AWARD_ID}/screening`);
    await expect(page.getByTestId('screening-title')).toHaveText('Thẩm định tác phẩm');
    const row = page.locator('[data-testid="screening-row"]', { hasText: WINNER_TITLE });
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId('entry-provenance')).toHaveText(PROVENANCE_TEXT);
    // A work submitted directly to the national award has none.
    const direct = page.locator('[data-testid="screening-row"]', {
      hasText: 'Bí thư chi bộ giữa mùa lũ',
    });
    await expect(direct).toHaveCount(1);
    await expect(direct.getByTestId('entry-provenance')).toHaveCount(0);
    await row.getByTestId('entry-open').click();
    const drawer = page.getByTestId('entry-drawer');
    await expect(drawer.getByTestId('entry-provenance')).toHaveText(PROVENANCE_TEXT);
    await expect(drawer.getByTestId('entry-provenance-detail')).toContainText('02/11/2020');
  });
});
