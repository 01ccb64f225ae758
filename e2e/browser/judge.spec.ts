import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  expect,
  test,
  type APIRequestContext,
  type APIResponse,
  type Page,
} from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { DEMO } from '../api/demo';
import { apiToken, registerThroughApi, signInThroughForm, uniqueSuffix } from './helpers';

const suffix = uniqueSuffix();
const judge = {
  fullName: `Giám Khảo Chấm Điểm ${suffix}`,
  email: `gk.cham.${suffix}@example.vn`,
  password: 'GiamKhao2026!vn',
};
const reporter = {
  fullName: `Phóng Viên Hai Loại Hình ${suffix}`,
  email: `pv.hailoai.${suffix}@example.vn`,
  password: 'PhongVien2026!vn',
  organizationName: 'Báo và Phát thanh, Truyền hình Gia Lai',
};
const printTitle = `Chi bộ giữa lòng phố cổ ${suffix}`;
const tvTitle = `Người đảng viên giữ rừng ${suffix}`;
const rubric = {
  criteria: [
    { key: 'content', name: 'Nội dung', maxScore: 5, step: 0.25 },
    { key: 'craft', name: 'Hình thức', maxScore: 5, step: 0.25 },
  ],
};

/** A Vietnam calendar date `days` from today (negative: in the past). */
function vietnamDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);
}

async function pdfBytes(text: string): Promise<Buffer> {
  const document = await PDFDocument.create();
  const page = document.addPage([420, 595]);
  const font = await document.embedFont(StandardFonts.Helvetica);
  page.drawText(text, { x: 40, y: 540, size: 14, font });
  return Buffer.from(await document.save());
}

/** One second of a test pattern, H.264 in MP4: a real video the browser can play and seek. */
function mp4Bytes(): Buffer {
  const folder = mkdtempSync(join(tmpdir(), 'pa-judge-video-'));
  try {
    const file = join(folder, 'out.mp4');
    execFileSync('ffmpeg', [
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
      file,
    ]);
    return readFileSync(file);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** `status`: the one expected, or any of a list (actions answer 200 or 201). */
async function ok(
  response: APIResponse,
  status: number | number[] = [200, 201],
): Promise<Record<string, unknown>> {
  const body = await response.text();
  expect(Array.isArray(status) ? status : [status], `${response.url()}: ${body}`).toContain(
    response.status(),
  );
  return body ? (JSON.parse(body) as Record<string, unknown>) : {};
}

interface JudgeAssignment {
  id: string;
  entryCode: string;
  title: string;
  mediaType: string;
  files: { id: string; mimeType: string }[];
  sheet: { version: number; status: string } | null;
}

let awardId = '';
let judgeToken = '';
const assignmentByTitle = new Map<string, JudgeAssignment>();

/**
 * The organizer opens an award with a print (PDF) and a TV (MP4) category and invites a judge, who
 * accepts through the emailed link; a reporter submits one entry of each; the secretariat screens
 * them eligible, codes them, and opens a round that assigns both to the judge.
 */
async function setUp(request: APIRequestContext): Promise<void> {
  const organizer = { authorization: `Bearer ${await apiToken(request, DEMO.organizer)}` };
  const award = await ok(
    await request.post('/api/v1/awards', {
      headers: organizer,
      data: {
        name: `Giải chấm điểm E2E ${suffix}`,
        edition: 1,
        year: new Date().getFullYear(),
        level: 'provincial',
        organizerName: 'Ban Tổ chức thử nghiệm',
        rules: {
          publicationFrom: vietnamDate(-365),
          publicationTo: vietnamDate(0),
          submissionDeadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
          maxEntriesPerAuthor: 5,
          maxCoAuthors: 5,
          maxSeriesParts: 5,
          languages: ['vi'],
          files: {
            print: { maxBytes: 50 * 1024 * 1024, types: ['application/pdf'] },
            tv: { maxBytes: 200 * 1024 * 1024, types: ['video/mp4'] },
          },
        },
        categories: [
          { code: 'IN1', name: 'Báo in', mediaType: 'print', genres: ['Bình luận'] },
          { code: 'TH1', name: 'Truyền hình', mediaType: 'tv', genres: ['Phóng sự'] },
        ],
      },
    }),
    201,
  );
  awardId = award['id'] as string;
  const categories = award['categories'] as { id: string; code: string }[];
  const categoryId = (code: string) =>
    categories.find((category) => category.code === code)?.id ?? '';
  await ok(
    await request.post(`/api/v1/awards/${awardId}/status`, {
      headers: organizer,
      data: { status: 'open' },
    }),
    200,
  );

  // The judge is invited by email and sets a password through the link.
  await ok(
    await request.post(`/api/v1/awards/${awardId}/members`, {
      headers: organizer,
      data: {
        email: judge.email,
        fullName: judge.fullName,
        role: 'judge',
        organizationName: 'Tạp chí Cộng sản',
      },
    }),
    201,
  );
  const admin = { authorization: `Bearer ${await apiToken(request, DEMO.admin)}` };
  const outbox = await ok(
    await request.get('/api/v1/admin/outbox?page=1&pageSize=100', { headers: admin }),
    200,
  );
  const invitation = (outbox['items'] as { to: string; text: string }[]).find(
    (message) => message.to === judge.email,
  );
  const token = /\/invite\/([A-Za-z0-9_-]+)/.exec(invitation?.text ?? '')?.[1];
  expect(token, 'the invitation token in the email').toBeTruthy();
  await ok(
    await request.post('/api/v1/auth/invitations/accept', {
      data: { token, password: judge.password },
    }),
    200,
  );

  // A reporter submits a print entry (PDF) and a TV entry (MP4).
  await registerThroughApi(request, {
    email: reporter.email,
    password: reporter.password,
    fullName: reporter.fullName,
    organizationName: reporter.organizationName,
  });
  const author = {
    authorization: `Bearer ${await apiToken(request, reporter.email, reporter.password)}`,
  };
  const works = [
    {
      code: 'IN1',
      title: printTitle,
      genre: 'Bình luận',
      file: {
        name: 'trang-bao.pdf',
        mimeType: 'application/pdf',
        buffer: await pdfBytes(`Trang bao ${suffix}`),
      },
    },
    {
      code: 'TH1',
      title: tvTitle,
      genre: 'Phóng sự',
      file: { name: 'phong-su.mp4', mimeType: 'video/mp4', buffer: mp4Bytes() },
    },
  ];
  const entryIds: string[] = [];
  for (const work of works) {
    const entry = await ok(
      await request.post(`/api/v1/awards/${awardId}/entries`, {
        headers: author,
        data: {
          categoryId: categoryId(work.code),
          title: work.title,
          genre: work.genre,
          language: 'vi',
          parts: [
            {
              title: `Kỳ 1: ${work.title}`,
              outlet: reporter.organizationName,
              publishedAt: vietnamDate(-20),
            },
          ],
          authors: [
            {
              fullName: reporter.fullName,
              penName: `Bút danh ${suffix}`,
              organizationName: reporter.organizationName,
              dateOfBirth: '1985-06-15',
            },
          ],
        },
      }),
      201,
    );
    const entryId = entry['id'] as string;
    await ok(
      await request.post(`/api/v1/entries/${entryId}/files`, {
        headers: author,
        multipart: { kind: 'work', partIndex: '0', file: work.file },
      }),
      201,
    );
    await ok(await request.post(`/api/v1/entries/${entryId}/submit`, { headers: author }), 200);
    entryIds.push(entryId);
  }

  // Screening, codes, a round with the rubric, automatic assignment, and the round opens.
  await ok(
    await request.post(`/api/v1/awards/${awardId}/screening/bulk`, {
      headers: organizer,
      data: { entryIds, decision: 'eligible', confirmCount: 2 },
    }),
  );
  await ok(await request.post(`/api/v1/awards/${awardId}/codes`, { headers: organizer }));
  const round = await ok(
    await request.post(`/api/v1/awards/${awardId}/rounds`, {
      headers: organizer,
      data: { name: 'Vòng sơ khảo', order: 1, judgesPerEntry: 1, rubric },
    }),
    201,
  );
  const roundId = round['id'] as string;
  await ok(
    await request.post(`/api/v1/rounds/${roundId}/entries`, {
      headers: organizer,
      data: { entryIds },
    }),
  );
  const assigned = await ok(
    await request.post(`/api/v1/rounds/${roundId}/assignments/auto`, {
      headers: organizer,
      data: {},
    }),
  );
  expect(assigned['saved'], JSON.stringify(assigned)).toBe(true);
  await ok(
    await request.post(`/api/v1/rounds/${roundId}/status`, {
      headers: organizer,
      data: { status: 'open' },
    }),
  );

  // The anonymised copies are made by a background job: wait until both entries carry their file.
  judgeToken = await apiToken(request, judge.email, judge.password);
  await expect
    .poll(
      async () => {
        const response = await request.get('/api/v1/judging/assignments', {
          headers: { authorization: `Bearer ${judgeToken}` },
        });
        const assignments = (await response.json()) as JudgeAssignment[];
        return assignments.filter((item) => item.files.length === 1).length;
      },
      { timeout: 60_000, intervals: [500, 1000, 2000] },
    )
    .toBe(2);
  const response = await request.get('/api/v1/judging/assignments', {
    headers: { authorization: `Bearer ${judgeToken}` },
  });
  for (const assignment of (await response.json()) as JudgeAssignment[])
    assignmentByTitle.set(assignment.title, assignment);
}

function assignment(title: string): JudgeAssignment {
  const found = assignmentByTitle.get(title);
  if (!found) throw new Error(`no assignment for ${title}`);
  return found;
}

async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-phase', 'saved', {
    timeout: 10_000,
  });
  await expect(page.getByTestId('save-status')).toHaveText(/Đã lưu lúc \d{2}:\d{2}/);
}

test.describe.configure({ mode: 'serial' });

test.describe('a judge scores a print entry and a TV entry blind, with autosave and submission', () => {
  test.beforeAll(async ({ request }) => {
    test.setTimeout(120_000);
    await setUp(request);
  });

  test('scores both, survives a reload, refuses bad scores, submits and cannot edit afterwards', async ({
    page,
  }) => {
    test.setTimeout(150_000);
    const print = assignment(printTitle);
    const tv = assignment(tvTitle);
    const fileUrl = (item: JudgeAssignment) =>
      `/api/v1/judging/assignments/${item.id}/files/${item.files[0]?.id ?? ''}`;

    // A judge who signs in lands on the score sheets, where the work is.
    await signInThroughForm(page, judge.email, judge.password);
    await expect(page).toHaveURL(/\/judging$/);
    await page.goto('/');
    await page.getByTestId('nav-judging').click();
    await expect(page).toHaveURL(/\/judging$/);
    await expect(page.getByTestId('judging-title')).toHaveText('Phiếu chấm của tôi');
    await expect(page.getByTestId('judging-round-name')).toHaveText('Vòng sơ khảo');
    await expect(page.getByTestId('judging-progress')).toHaveText('0/2 đã nộp');
    const row = (item: JudgeAssignment) =>
      page.locator(`[data-testid="judging-row"][data-assignment-id="${item.id}"]`);
    await expect(row(print).getByTestId('judging-code')).toHaveText(/^IN1-\d{4}$/);
    await expect(row(print).getByTestId('judging-status')).toHaveText('Chưa chấm');
    await expect(row(tv).getByTestId('judging-category')).toHaveText('Truyền hình');
    // Blind: nothing of the author reaches the judge's screen.
    await expect(page.locator('main')).not.toContainText(reporter.fullName);
    await expect(page.locator('main')).not.toContainText(reporter.organizationName);
    await page.screenshot({ path: test.info().outputPath('judge-list.png'), fullPage: true });
    // On a phone the list is one card per work, its "Chấm" button on the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBe(0);
    const openButton = await row(print).getByTestId('judging-open').boundingBox();
    expect(openButton!.x >= 0 && openButton!.x + openButton!.width <= 390).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });

    // The print entry: the PDF in the browser's viewer, beside the rubric.
    await row(print).getByTestId('judging-entry-title').click();
    await expect(page).toHaveURL(new RegExp(`/judging/${print.id}$`));
    await expect(page.getByTestId('sheet-code')).toHaveText(print.entryCode);
    await expect(page.getByTestId('sheet-part')).toContainText(`Kỳ 1: ${printTitle}`);
    await expect(page.getByTestId('sheet-part')).toContainText(/\d{2}\/\d{2}\/\d{4}/);
    const pdf = page.getByTestId('pdf-viewer');
    await expect(pdf).toBeVisible();
    // The viewer shows the bytes of the file URL (through a blob: URL: the API forbids framing).
    await expect(pdf).toHaveAttribute('data-src', fileUrl(print));
    await expect(pdf).toHaveAttribute('src', /^blob:/);
    await expect(page.getByTestId('viewer-open-tab')).toHaveAttribute('href', fileUrl(print));
    const pdfResponse = await page.request.get(fileUrl(print));
    expect(pdfResponse.status()).toBe(200);
    expect(pdfResponse.headers()['content-type']).toContain('application/pdf');
    await expect(page.getByTestId('criterion-name')).toHaveText(['Nội dung', 'Hình thức']);
    await expect(page.getByTestId('save-status')).toHaveText('Chưa có thay đổi');

    // A portrait tablet and a phone: the first score field is on the first screen, nothing is wider
    // than the screen, and the work stays in view above the rubric while the judge scores.
    for (const size of [
      { width: 768, height: 1024 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(size);
      await page.evaluate(() => window.scrollTo(0, 0));
      const first = await page.getByTestId('score-content').boundingBox();
      expect({ size, firstScoreTop: first!.y < size.height }).toEqual({
        size,
        firstScoreTop: true,
      });
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBe(0);
      await page.getByTestId('sheet-comment').scrollIntoViewIfNeeded();
      const work = await page.getByTestId('sheet-work').boundingBox();
      expect({ size, workInView: work!.y >= 0 && work!.y < size.height / 2 }).toEqual({
        size,
        workInView: true,
      });
      await page.screenshot({ path: test.info().outputPath(`judge-sheet-${size.width}.png`) });
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    // Invalid scores are refused on the field, naming the criterion, and nothing is saved.
    await page.getByTestId('score-content').fill('5.1');
    await expect(page.getByTestId('field-error-scores.content')).toHaveText(
      'Nội dung: điểm phải từ 0 đến 5.',
    );
    await page.getByTestId('score-content').fill('2,3');
    await expect(page.getByTestId('field-error-scores.content')).toHaveText(
      'Nội dung: điểm phải theo bước 0,25 (ví dụ 2,25).',
    );
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-phase', 'invalid', {
      timeout: 5000,
    });
    await page.screenshot({ path: test.info().outputPath('judge-invalid.png'), fullPage: true });
    const unsaved = await page.request.get(`/api/v1/judging/assignments/${print.id}`, {
      headers: { authorization: `Bearer ${judgeToken}` },
    });
    expect((await unsaved.json()).sheet).toBeNull();
    // The server refuses the same scores, naming the criterion too.
    const refused = await page.request.put(`/api/v1/judging/assignments/${print.id}/sheet`, {
      headers: { authorization: `Bearer ${judgeToken}` },
      data: { scores: { content: 5.1, craft: 2.3 } },
    });
    expect(refused.status()).toBe(400);
    const refusal = await refused.json();
    expect(refusal.code).toBe('SCORE_INVALID');
    expect(
      refusal.details.map(
        (detail: { field: string; code: string }) => `${detail.field}:${detail.code}`,
      ),
    ).toEqual(['scores.content:SCORE_OUT_OF_RANGE', 'scores.craft:SCORE_OFF_STEP']);

    // A valid draft autosaves; the live total appears once both criteria are scored. Scores are
    // written with a decimal comma on a Vietnamese page; a point typed out of habit is read too.
    await page.getByTestId('score-content').fill('4,25');
    await expect(page.getByTestId('field-error-scores.content')).toHaveCount(0);
    await expect(page.getByTestId('sheet-total-pending')).toBeVisible();
    await page.getByTestId('score-craft').fill('3.5');
    await expect(page.getByTestId('sheet-total')).toHaveText('7,75 / 10');
    await page.getByTestId('score-up-craft').click();
    await expect(page.getByTestId('score-craft')).toHaveValue('3,75');
    await expect(page.getByTestId('sheet-total')).toHaveText('8 / 10');
    await page.getByTestId('sheet-comment').fill('Đề tài mới, lập luận chặt chẽ.');
    await expectSaved(page);

    // Mid-way through: the comment is changed and the page reloaded before the debounce fires.
    await page
      .getByTestId('sheet-comment')
      .fill('Đề tài mới, lập luận chặt chẽ, dẫn chứng thuyết phục.');
    await page.reload();
    await expect(page.getByTestId('score-content')).toHaveValue('4,25');
    await expect(page.getByTestId('score-craft')).toHaveValue('3,75');
    await expect(page.getByTestId('sheet-comment')).toHaveValue(
      'Đề tài mới, lập luận chặt chẽ, dẫn chứng thuyết phục.',
    );
    await expect(page.getByTestId('sheet-total')).toHaveText('8 / 10');
    await expectSaved(page);
    const draft = await page.request.get(`/api/v1/judging/assignments/${print.id}`, {
      headers: { authorization: `Bearer ${judgeToken}` },
    });
    expect((await draft.json()).sheet).toMatchObject({
      status: 'draft',
      scores: { content: 4.25, craft: 3.75 },
      comment: 'Đề tài mới, lập luận chặt chẽ, dẫn chứng thuyết phục.',
      total: 8,
    });
    await page.screenshot({
      path: test.info().outputPath('judge-print-draft.png'),
      fullPage: true,
    });

    // The TV entry: a video player on the file URL, seekable (the server answers Range requests).
    await page.getByTestId('sheet-back').click();
    await expect(row(print).getByTestId('judging-status')).toHaveText('Bản nháp');
    await row(tv).getByTestId('judging-open').click();
    const video = page.getByTestId('video-player');
    await expect(video).toBeVisible();
    await expect(video).toHaveAttribute('src', fileUrl(tv));
    await expect
      .poll(() => video.evaluate((element: HTMLVideoElement) => element.readyState), {
        timeout: 15_000,
      })
      .toBeGreaterThanOrEqual(1);
    expect(await video.evaluate((element: HTMLVideoElement) => element.duration)).toBeGreaterThan(
      0.5,
    );
    const ranged = await page.request.get(fileUrl(tv), { headers: { range: 'bytes=0-99' } });
    expect(ranged.status()).toBe(206);
    expect(ranged.headers()['content-range']).toMatch(/^bytes 0-99\/\d+$/);
    // Scoring does not stop the work: on a portrait tablet, a playing video keeps playing — the
    // same element — while the judge types the scores and the sheet saves itself.
    await page.setViewportSize({ width: 768, height: 1024 });
    await video.evaluate(async (element: HTMLVideoElement) => {
      element.muted = true;
      element.loop = true;
      element.dataset['playingSince'] = 'before-scoring';
      await element.play();
    });
    await page.getByTestId('score-content').fill('3');
    await page.getByTestId('score-craft').fill('4.5');
    await expect(page.getByTestId('sheet-total')).toHaveText('7,5 / 10');
    await expectSaved(page);
    expect(
      await video.evaluate((element: HTMLVideoElement) => ({
        same: element.dataset['playingSince'] === 'before-scoring',
        playing: !element.paused,
      })),
    ).toEqual({ same: true, playing: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: test.info().outputPath('judge-tv-draft.png'), fullPage: true });

    // Submitting asks first; afterwards the sheet is read-only.
    await page.getByTestId('sheet-submit').click();
    await expect(page.getByRole('dialog')).toContainText('Tổng điểm: 7,5 / 10');
    await page.getByTestId('confirm-ok').click();
    await expect(page.getByTestId('sheet-submitted-banner')).toBeVisible();
    await expect(page.getByTestId('score-content')).toBeDisabled();
    await expect(page.getByTestId('score-craft')).toBeDisabled();
    await expect(page.getByTestId('sheet-comment')).toBeDisabled();
    await expect(page.getByTestId('sheet-submit')).toHaveCount(0);

    // Back to the print entry: submit it too, from the list.
    await page.getByTestId('sheet-back').click();
    await expect(page.getByTestId('judging-progress')).toHaveText('1/2 đã nộp');
    await row(print).getByTestId('judging-open').click();
    await expect(page.getByTestId('score-content')).toHaveValue('4,25');
    await page.getByTestId('sheet-submit').click();
    await page.getByTestId('confirm-ok').click();
    await expect(page.getByTestId('sheet-submitted-banner')).toBeVisible();

    // After a reload, still read-only; the server refuses any further change with 409.
    await page.reload();
    await expect(page.getByTestId('sheet-submitted-banner')).toBeVisible();
    await expect(page.getByTestId('score-content')).toBeDisabled();
    await expect(page.getByTestId('score-content')).toHaveValue('4,25');
    await page.screenshot({ path: test.info().outputPath('judge-submitted.png'), fullPage: true });
    const submitted = await (
      await page.request.get(`/api/v1/judging/assignments/${print.id}`, {
        headers: { authorization: `Bearer ${judgeToken}` },
      })
    ).json();
    const late = await page.request.put(`/api/v1/judging/assignments/${print.id}/sheet`, {
      headers: { authorization: `Bearer ${judgeToken}` },
      data: { scores: { content: 1, craft: 1 }, version: submitted.sheet.version },
    });
    expect(late.status()).toBe(409);
    expect((await late.json()).code).toBe('SHEET_ALREADY_SUBMITTED');

    await page.getByTestId('sheet-back').click();
    await expect(page.getByTestId('judging-progress')).toHaveText('2/2 đã nộp');
    await expect(page.locator('[data-testid="judging-row"][data-status="submitted"]')).toHaveCount(
      2,
    );
  });
});
