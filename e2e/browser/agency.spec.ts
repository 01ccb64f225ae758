import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { DEMO } from '../api/demo';
import { apiToken, mailedLink, typedDate, uniqueSuffix } from './helpers';

const suffix = uniqueSuffix();
const awardName = `Giải báo chí về xây dựng Đảng – thử hồ sơ cơ quan ${suffix}`;
const agency = {
  organizationName: `Ban Tổ chức Tỉnh ủy thử nghiệm ${suffix}`,
  fullName: 'Trần Thị Thu Hà',
  email: `btctu.${suffix}@example.vn`,
  password: 'CoQuanGui2026!vn',
};
const entries = [
  {
    title: `Chi bộ bản làng giữ rừng ${suffix}`,
    author: { fullName: 'Rơ Châm H’Luyn', penName: 'H’Luyn', birth: '12/04/1988' },
  },
  {
    title: `Đảng viên trẻ nơi biên giới ${suffix}`,
    author: { fullName: 'Nguyễn Văn Tâm', penName: 'Văn Tâm', birth: '01/09/1979' },
  },
];
const AGENCY_CONFIRMATION_REQUIRED_VI =
  'Giải này chỉ nhận tác phẩm do cơ quan báo chí hoặc cơ quan, đơn vị gửi: tác phẩm phải nằm trong một hồ sơ gửi giải đã có công văn.';

/** A Vietnam calendar date `days` from today (negative: in the past). */
function vietnamDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);
}

async function pdfFile(dir: string, name: string, text: string): Promise<string> {
  const document = await PDFDocument.create();
  const page = document.addPage([595, 842]);
  page.drawText(text, {
    x: 60,
    y: 760,
    size: 14,
    font: await document.embedFont(StandardFonts.Helvetica),
  });
  const path = join(dir, name);
  writeFileSync(path, await document.save());
  return path;
}

/** An open print award that takes entries only through an organization with its covering letter. */
async function createConfirmingAward(request: APIRequestContext): Promise<string> {
  const headers = { authorization: `Bearer ${await apiToken(request, DEMO.organizer)}` };
  const created = await request.post('/api/v1/awards', {
    headers,
    data: {
      name: awardName,
      edition: 1,
      year: new Date().getFullYear(),
      level: 'provincial',
      organizerName: 'Ban Tổ chức thử nghiệm',
      rules: {
        publicationFrom: vietnamDate(-365),
        publicationTo: vietnamDate(0),
        submissionDeadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        maxEntriesPerAuthor: 2,
        maxCoAuthors: 5,
        maxSeriesParts: 5,
        languages: ['vi'],
        files: { print: { maxBytes: 50 * 1024 * 1024, types: ['application/pdf'] } },
        agencyConfirmationRequired: true,
      },
      categories: [{ code: 'IN', name: 'Báo in', mediaType: 'print' }],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const id = (await created.json()).id as string;
  const opened = await request.post(`/api/v1/awards/${id}/status`, {
    headers,
    data: { status: 'open' },
  });
  expect(opened.status(), await opened.text()).toBe(200);
  return id;
}

/** From the batch page: the entry form with the batch, filled, saved, its work uploaded. */
async function fileEntry(
  page: Page,
  entry: (typeof entries)[number],
  workPath: string,
): Promise<string> {
  await page.getByTestId('batch-add-entry').click();
  await expect(page.getByTestId('entry-in-batch')).toBeVisible();
  // The organization names its reporter: nothing of the account's own person is prefilled.
  await expect(page.getByTestId('author-name-0')).toHaveValue('');
  await page.getByTestId('entry-title').fill(entry.title);
  await page.getByTestId('part-title-0').fill(entry.title);
  await page.getByTestId('part-outlet-0').fill('Báo Gia Lai');
  await page.getByTestId('part-published-0').fill(typedDate(vietnamDate(-20)));
  await page.getByTestId('author-name-0').fill(entry.author.fullName);
  await page.getByTestId('author-pen-name-0').fill(entry.author.penName);
  await page.getByTestId('author-birth-0').fill(entry.author.birth);
  await page.getByTestId('entry-save').click();
  await expect(page).toHaveURL(/\/entries\/[0-9a-f-]{36}$/);
  const entryId = new URL(page.url()).pathname.split('/').pop() ?? '';
  await page.getByTestId('upload-input-entry').setInputFiles(workPath);
  await expect(page.getByTestId('stored-file-row')).toHaveCount(1);
  return entryId;
}

async function submitEntry(page: Page, entryId: string): Promise<void> {
  await page.goto(`/entries/${entryId}`);
  await page.getByTestId('entry-submit').click();
  await page.getByTestId('confirm-ok').click();
  await expect(page).toHaveURL(new RegExp(`/entries/${entryId}/receipt$`));
}

test.describe('an organization files its reporters’ entries with a covering letter', () => {
  let awardId = '';
  let workDir = '';

  test.beforeAll(async ({ request }) => {
    awardId = await createConfirmingAward(request);
    workDir = mkdtempSync(join(tmpdir(), 'pa-agency-'));
  });

  test.afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  test('registers as an organization, opens a batch, files two entries, attaches the letter and sees them submitted', async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    const work = await pdfFile(workDir, 'trang-bao.pdf', 'Bao Gia Lai - trang 3');
    const letter = await pdfFile(workDir, 'cong-van-45.pdf', 'Cong van so 45-CV/BTCTU');

    // Registration as an organization: its name is asked first and required.
    await page.goto('/register');
    await page.getByTestId('register-kind-organization').click();
    await expect(page.getByTestId('register-penName')).toHaveCount(0);
    await page.getByTestId('register-submit').click();
    await expect(page.getByTestId('field-error-organizationName')).toBeVisible();
    await page.getByTestId('register-organizationName').fill(agency.organizationName);
    await page.getByTestId('register-fullName').fill(agency.fullName);
    await page.getByTestId('register-email').fill(agency.email);
    await page.getByTestId('register-password').fill(agency.password);
    await page.getByTestId('register-submit').click();
    await expect(page.getByTestId('register-sent')).toBeVisible();
    await page.goto(await mailedLink(request, agency.email, '/register/confirm'));
    await page.getByTestId('register-confirm-submit').click();
    await expect(page.getByTestId('user-menu')).toBeVisible();
    const me = await (await page.request.get('/api/v1/me')).json();
    expect(me).toMatchObject({
      accountKind: 'organization',
      organizationName: agency.organizationName,
    });

    // "Hồ sơ gửi giải" from the header: open a batch for the award.
    await page.getByTestId('nav-batches').click();
    await expect(page.getByTestId('batches-title')).toHaveText('Hồ sơ gửi giải');
    await expect(page.getByTestId('batches-empty')).toBeVisible();
    await page.getByTestId('batch-award').selectOption(awardId);
    await page.getByTestId('batch-title').fill('Đợt 1');
    await page.getByTestId('batch-create').click();
    await expect(page).toHaveURL(/\/batches\/[0-9a-f-]{36}$/);
    const batchId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await expect(page.getByTestId('batch-heading')).toHaveText('Đợt 1');
    await expect(page.getByTestId('batch-letter-missing')).toBeVisible();

    // The first entry, through the usual entry form; without the letter it cannot be submitted.
    const first = await fileEntry(page, entries[0]!, work);
    await page.getByTestId('entry-submit').click();
    await page.getByTestId('confirm-ok').click();
    await expect(page.getByTestId('entry-form-error').getByTestId('error-message')).toHaveText(
      AGENCY_CONFIRMATION_REQUIRED_VI,
    );
    const refused = await (await page.request.get(`/api/v1/entries/${first}`)).json();
    expect(refused).toMatchObject({ status: 'draft', receiptNumber: null, batchId });

    // The second entry, back through the batch.
    await page.getByTestId('entry-back-to-batch').click();
    const second = await fileEntry(page, entries[1]!, work);
    await page.getByTestId('entry-back-to-batch').click();
    await expect(page.getByTestId('batch-entry-row')).toHaveCount(2);

    // The covering letter: a renamed non-PDF is refused on the page, then the real one is kept.
    const fake = join(workDir, 'cong-van-gia.pdf');
    writeFileSync(fake, Buffer.from('MZ'.padEnd(8192, '\0'), 'latin1'));
    await page.getByTestId('batch-letter-number').fill('45-CV/BTCTU');
    await page.getByTestId('batch-letter-date').fill(typedDate(vietnamDate(-1)));
    await page.getByTestId('batch-letter-file').setInputFiles(fake);
    await page.getByTestId('batch-letter-upload').click();
    await expect(page.getByTestId('batch-letter-error')).toBeVisible();
    await expect(page.getByTestId('batch-letter-missing')).toBeVisible();
    await page.getByTestId('batch-letter-file').setInputFiles(letter);
    await page.getByTestId('batch-letter-upload').click();
    await expect(page.getByTestId('batch-letter-on-file')).toContainText('45-CV/BTCTU');
    await expect(page.getByTestId('batch-letter-on-file')).toContainText(
      typedDate(vietnamDate(-1)),
    );

    // Both entries go in now, each with its receipt.
    await submitEntry(page, first);
    await submitEntry(page, second);

    // The batch shows both submitted, with their receipt numbers.
    await page.goto('/batches');
    const row = page.locator(`[data-testid="batch-row"][data-batch-id="${batchId}"]`);
    await expect(row.getByTestId('batch-progress')).toHaveText('Đã nộp 2/2 tác phẩm');
    await expect(row.getByTestId('batch-letter')).toContainText('45-CV/BTCTU');
    await row.getByTestId('batch-link').click();
    const rows = page.getByTestId('batch-entry-row');
    await expect(rows).toHaveCount(2);
    for (const [index, entryId] of [first, second].entries()) {
      const listed = page.locator(`[data-testid="batch-entry-row"][data-entry-id="${entryId}"]`);
      await expect(listed).toHaveAttribute('data-status', 'submitted');
      await expect(listed.getByTestId('entry-status-chip')).toHaveAttribute(
        'data-status',
        'submitted',
      );
      await expect(listed).toContainText(entries[index]!.author.fullName);
      const saved = await (await page.request.get(`/api/v1/entries/${entryId}`)).json();
      await expect(listed.getByTestId('batch-entry-receipt')).toHaveText(saved.receiptNumber);
    }

    // The list to send with the letter: a PDF.
    const [list] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('batch-list-download').click(),
    ]);
    expect(list.suggestedFilename()).toMatch(/\.pdf$/);
    expect(
      readFileSync((await list.path()) ?? '')
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
  });
});
