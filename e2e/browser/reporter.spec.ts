import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEMO } from '../api/demo';
import { apiToken, mailedLink, typedDate, uniqueSuffix } from './helpers';

const suffix = uniqueSuffix();
const awardName = `Giải báo chí truyền hình E2E ${suffix}`;
const reporter = {
  fullName: `Phóng Viên Truyền Hình ${suffix}`,
  penName: 'Minh Tâm',
  email: `phongvien.tv.${suffix}@example.vn`,
  password: 'PhongVien2026!vn',
  organizationName: 'Báo và Phát thanh, Truyền hình Gia Lai',
};
const coAuthors = [
  {
    fullName: 'Lê Văn Quay',
    penName: 'Lê Quay',
    email: `quay.${suffix}@example.vn`,
    dateOfBirth: '1988-04-12',
  },
  {
    fullName: 'Phạm Thị Biên',
    penName: 'Thu Biên',
    email: `bien.${suffix}@example.vn`,
    dateOfBirth: '1992-09-30',
  },
];
const entryTitle = `Giữ lửa nghề dệt thổ cẩm ${suffix}`;
const WORK_FILE_REQUIRED_VI =
  'Thiếu tệp tác phẩm (bản báo in, bản chụp, âm thanh, video hoặc ảnh).';

/** A Vietnam calendar date `days` from today (negative: in the past). */
function vietnamDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);
}

let awardId = '';
let workDir = '';
let videoPath = '';
let videoSha256 = '';

async function createOpenTvAward(request: APIRequestContext): Promise<string> {
  const token = await apiToken(request, DEMO.organizer);
  const headers = { authorization: `Bearer ${token}` };
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
        languages: ['vi', 'hmn'],
        files: { tv: { maxBytes: 4294967296, types: ['video/mp4', 'video/quicktime'] } },
      },
      categories: [
        { code: 'TH', name: 'Truyền hình', mediaType: 'tv', genres: ['Phóng sự', 'Phim tài liệu'] },
      ],
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

test.describe.configure({ mode: 'serial' });

test.describe('a reporter submits a TV entry in the browser', () => {
  test.beforeAll(async ({ request }) => {
    awardId = await createOpenTvAward(request);
    workDir = mkdtempSync(join(tmpdir(), 'pa-reporter-'));
    videoPath = join(workDir, 'giu-lua-tho-cam.mp4');
    execFileSync('ffmpeg', [
      '-hide_banner',
      '-loglevel',
      'error',
      '-y',
      '-f',
      'lavfi',
      '-i',
      'testsrc=size=64x48:rate=10',
      '-t',
      '1',
      '-c:v',
      'libx264',
      '-pix_fmt',
      'yuv420p',
      videoPath,
    ]);
    videoSha256 = createHash('sha256').update(readFileSync(videoPath)).digest('hex');
  });

  test.afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  test('registers, drafts the entry, is refused without a work file, uploads the video and gets a receipt', async ({
    page,
    request,
  }) => {
    test.setTimeout(90_000);

    // The award is open: its public page offers "Nộp tác phẩm", which asks a visitor to sign in.
    await page.goto(`/awards/${awardId}`);
    await expect(page.getByTestId('award-name')).toHaveText(awardName);
    await page.getByTestId('submit-entry').click();
    await expect(page.getByTestId('login-form')).toBeVisible();
    expect(new URL(page.url()).searchParams.get('returnUrl')).toBe(
      `/awards/${awardId}/entries/new`,
    );

    // A new reporter registers from there, opens the mailed link, is signed in and lands on the
    // call's entry form: the intent survives registration.
    await page.getByTestId('login-register-link').click();
    await expect(page).toHaveURL(/\/register\?returnUrl=/);
    await page.getByTestId('register-fullName').fill(reporter.fullName);
    await page.getByTestId('register-penName').fill(reporter.penName);
    await page.getByTestId('register-email').fill(reporter.email);
    await page.getByTestId('register-password').fill(reporter.password);
    await page.getByTestId('register-organizationName').fill(reporter.organizationName);
    await page.getByTestId('register-submit').click();
    await expect(page.getByTestId('register-sent')).toBeVisible();
    const link = await mailedLink(request, reporter.email, '/register/confirm');
    expect(link).toContain(`?returnUrl=${encodeURIComponent(`/awards/${awardId}/entries/new`)}`);
    await page.goto(link);
    await page.getByTestId('register-confirm-submit').click();
    await expect(page.getByTestId('user-menu')).toBeVisible();
    await expect(page.getByTestId('nav-my-entries')).toBeVisible();

    // The entry form: the reporter is the first author already; the only category is TV.
    await expect(page).toHaveURL(new RegExp(`/awards/${awardId}/entries/new$`));
    await expect(page.getByTestId('entry-editor-title')).toHaveText('Nộp tác phẩm dự giải');
    await expect(page.getByTestId('entry-media-type')).toHaveAttribute('data-media-type', 'tv');
    await expect(page.getByTestId('author-name-0')).toHaveValue(reporter.fullName);
    await expect(page.getByTestId('entry-authors-max')).toContainText('5');
    await expect(page.getByTestId('files-after-save')).toBeVisible();

    // Saving empty parts is refused in the browser, on the fields.
    await page.getByTestId('entry-save').click();
    await expect(page.getByTestId('field-error-title')).toBeVisible();
    await expect(page.getByTestId('field-error-parts.0.outlet')).toBeVisible();

    // A minority language asks for a translation; back to Vietnamese.
    await page.getByTestId('entry-language').selectOption('hmn');
    await expect(page.getByTestId('entry-translation-hint')).toBeVisible();
    await page.getByTestId('entry-language').selectOption('vi');
    await expect(page.getByTestId('entry-translation-hint')).toHaveCount(0);

    await page.getByTestId('entry-genre').selectOption('Phóng sự');
    await page.getByTestId('entry-title').fill(entryTitle);
    await page
      .getByTestId('entry-summary')
      .fill('Phóng sự về những nghệ nhân giữ nghề dệt thổ cẩm ở vùng cao.');
    await page.getByTestId('part-title-0').fill(entryTitle);
    await page.getByTestId('part-outlet-0').fill('Báo và Phát thanh, Truyền hình Gia Lai');
    await page.getByTestId('part-published-0').fill(typedDate(vietnamDate(-30)));
    // Every author's birth date: the award caps works per author, so submission asks for it.
    await page.getByTestId('author-birth-0').fill('15/06/1985');

    // Two co-authors: three authors in all.
    for (const [offset, coAuthor] of coAuthors.entries()) {
      const index = offset + 1;
      await page.getByTestId('author-add').click();
      await page.getByTestId(`author-name-${index}`).fill(coAuthor.fullName);
      await page.getByTestId(`author-pen-name-${index}`).fill(coAuthor.penName);
      await page
        .getByTestId(`author-role-${index}`)
        .selectOption(index === 1 ? 'camera' : 'editor');
      await page.getByTestId(`author-email-${index}`).fill(coAuthor.email);
      await page.getByTestId(`author-birth-${index}`).fill(typedDate(coAuthor.dateOfBirth));
    }
    await expect(page.getByTestId('author-row')).toHaveCount(3);
    await expect(page.getByTestId('entry-authors-count')).toHaveText('3/5');

    await page.getByTestId('entry-save').click();
    await expect(page).toHaveURL(/\/entries\/[0-9a-f-]{36}$/);
    const entryId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await expect(page.getByTestId('entry-status-chip')).toHaveAttribute('data-status', 'draft');
    await expect(page.getByTestId('author-row')).toHaveCount(3);
    await expect(page.getByTestId('upload-allowed-entry')).toContainText('MP4, MOV');
    await expect(page.getByTestId('upload-allowed-entry')).toContainText('4 GB');

    // Submitting before any file: refused with WORK_FILE_REQUIRED, still a draft.
    await page.getByTestId('entry-submit').click();
    await page.getByTestId('confirm-ok').click();
    await expect(page.getByTestId('entry-form-error').getByTestId('error-message')).toHaveText(
      WORK_FILE_REQUIRED_VI,
    );
    await expect(page.getByTestId('field-error-files')).toContainText(WORK_FILE_REQUIRED_VI);
    await expect(page).toHaveURL(new RegExp(`/entries/${entryId}$`));
    const refused = await page.request.get(`/api/v1/entries/${entryId}`);
    expect(await refused.json()).toMatchObject({ status: 'draft', receiptNumber: null, files: [] });

    // Upload the video: a row with a progress bar, then the stored file with its sha256 prefix.
    await expect(page.getByTestId('upload-kind-entry')).toHaveValue('work');
    await page.getByTestId('upload-input-entry').setInputFiles(videoPath);
    const row = page.getByTestId('upload-row');
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId('upload-name')).toHaveText('giu-lua-tho-cam.mp4');
    await expect(row.getByTestId('upload-progress')).toBeVisible();
    await expect(row).toHaveAttribute('data-phase', 'done');
    await expect(row.getByTestId('upload-progress')).toHaveAttribute('aria-valuenow', '100');
    await expect(row.getByTestId('upload-progress-text')).toContainText('100%');
    const stored = page.getByTestId('stored-file-row');
    await expect(stored).toHaveCount(1);
    await expect(stored.getByTestId('stored-file-name')).toHaveText('giu-lua-tho-cam.mp4');
    await expect(stored.getByTestId('stored-file-sha')).toHaveText(videoSha256.slice(0, 12));
    await expect(stored).toContainText('MP4');

    // Submit with confirmation: the receipt shows its number and the full sha256.
    await page.getByTestId('entry-submit').click();
    await expect(page.getByRole('dialog')).toContainText(entryTitle);
    await page.getByTestId('confirm-ok').click();
    await expect(page).toHaveURL(new RegExp(`/entries/${entryId}/receipt$`));
    const submitted = await (await page.request.get(`/api/v1/entries/${entryId}`)).json();
    expect(submitted.status).toBe('submitted');
    expect(submitted.receiptNumber).toBeTruthy();
    expect(submitted.authors).toHaveLength(3);
    await expect(page.getByTestId('receipt-number')).toHaveText(submitted.receiptNumber);
    await expect(page.getByTestId('receipt-submitted-at')).toContainText(
      /\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/,
    );
    await expect(page.getByTestId('receipt-file-row')).toHaveCount(1);
    await expect(page.getByTestId('receipt-file-sha')).toHaveText(videoSha256);
    await expect(page.getByTestId('receipt-emailed')).toContainText(reporter.email);

    // The filled registration form, for the agency to sign and seal: a PDF named by the receipt.
    const [form] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('receipt-registration-form').click(),
    ]);
    expect(form.suggestedFilename()).toMatch(/^(Phiếu đăng ký |phieu-dang-ky-).*\.pdf$/);
    expect(
      readFileSync((await form.path()) ?? '')
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    await expect(page.getByTestId('receipt-registration-form-error')).toHaveCount(0);

    // "Tác phẩm của tôi" lists it as submitted, with its receipt number.
    await page.getByTestId('nav-my-entries').click();
    const listed = page.locator(`[data-testid="my-entry-row"][data-entry-id="${entryId}"]`);
    await expect(listed.getByTestId('entry-status-chip')).toHaveAttribute(
      'data-status',
      'submitted',
    );
    await expect(listed.getByTestId('entry-status-chip')).toHaveText('Đã nộp');
    await expect(listed.getByTestId('my-entry-receipt')).toHaveText(submitted.receiptNumber);
    await expect(listed.getByTestId('my-entry-award')).toHaveText(awardName);
  });
});
