import { expect, test, type APIRequestContext } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { DEMO } from '../api/demo';
import { apiToken, registerThroughApi, signInThroughForm, uniqueSuffix } from './helpers';

const suffix = uniqueSuffix();
const awardName = `Giải báo in thẩm định E2E ${suffix}`;
const judgeAgency = 'Báo Nhân Dân';
const judges = [
  {
    fullName: `Giám Khảo Nhân Dân ${suffix}`,
    email: `gk.nhandan.${suffix}@example.vn`,
    organizationName: judgeAgency,
  },
  {
    fullName: `Giám Khảo Quân Đội ${suffix}`,
    email: `gk.quandoi.${suffix}@example.vn`,
    organizationName: 'Báo Quân đội nhân dân',
  },
];
const JUDGE_PASSWORD = 'GiamKhao2026!vn';
const reporter = {
  fullName: `Phóng Viên Báo In ${suffix}`,
  email: `phongvien.in.${suffix}@example.vn`,
  password: 'PhongVien2026!vn',
  organizationName: 'Báo và Phát thanh, Truyền hình Gia Lai',
};
const entryTitles = [
  `Đảng viên trẻ nơi biên giới ${suffix}`,
  `Chuyển đổi số trong sinh hoạt chi bộ ${suffix}`,
  `Người giữ lửa phong trào ở khu phố ${suffix}`,
];
const REVISION_REASON =
  'Bản chụp trang báo bị mờ, cần gửi lại bản rõ nét có măng-sét và ngày đăng.';

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

async function ok(
  response: Awaited<ReturnType<APIRequestContext['post']>>,
  status: number,
): Promise<Record<string, unknown>> {
  const body = await response.text();
  expect(response.status(), body).toBe(status);
  return body ? (JSON.parse(body) as Record<string, unknown>) : {};
}

let awardId = '';
const entryIds: string[] = [];
const judgeUserIds: string[] = [];

/**
 * The organizer opens a print award, invites two judges of different agencies; a reporter submits
 * three entries with a PDF each: the first by a co-author from the first judge's agency (a conflict
 * of interest), the last two with the same PDF (a DUPLICATE_FILE finding on both).
 */
async function setUp(request: APIRequestContext): Promise<void> {
  const organizer = { authorization: `Bearer ${await apiToken(request, DEMO.organizer)}` };
  const award = await ok(
    await request.post('/api/v1/awards', {
      headers: organizer,
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
          maxEntriesPerAuthor: 5,
          maxCoAuthors: 5,
          maxSeriesParts: 5,
          languages: ['vi'],
          files: { print: { maxBytes: 50 * 1024 * 1024, types: ['application/pdf'] } },
        },
        categories: [
          { code: 'IN1', name: 'Báo in: chính luận', mediaType: 'print', genres: ['Bình luận'] },
        ],
      },
    }),
    201,
  );
  awardId = award['id'] as string;
  const categoryId = (award['categories'] as { id: string }[])[0]?.id ?? '';
  await ok(
    await request.post(`/api/v1/awards/${awardId}/status`, {
      headers: organizer,
      data: { status: 'open' },
    }),
    200,
  );
  for (const judge of judges) {
    const member = await ok(
      await request.post(`/api/v1/awards/${awardId}/members`, {
        headers: organizer,
        data: { ...judge, role: 'judge' },
      }),
      201,
    );
    judgeUserIds.push(member['userId'] as string);
  }
  // The judges accept their emailed invitations (they score later in the journey).
  const admin = { authorization: `Bearer ${await apiToken(request, DEMO.admin)}` };
  const outbox = await ok(
    await request.get('/api/v1/admin/outbox?page=1&pageSize=100', { headers: admin }),
    200,
  );
  for (const judge of judges) {
    const invitation = (outbox['items'] as { to: string; text: string }[]).find(
      (message) => message.to === judge.email,
    );
    const token = /\/invite\/([A-Za-z0-9_-]+)/.exec(invitation?.text ?? '')?.[1];
    expect(token, `the invitation token in the email to ${judge.email}`).toBeTruthy();
    await ok(
      await request.post('/api/v1/auth/invitations/accept', {
        data: { token, password: JUDGE_PASSWORD },
      }),
      200,
    );
  }

  await registerThroughApi(request, {
    email: reporter.email,
    password: reporter.password,
    fullName: reporter.fullName,
    organizationName: reporter.organizationName,
  });
  const author = {
    authorization: `Bearer ${await apiToken(request, reporter.email, reporter.password)}`,
  };
  const sharedPdf = await pdfBytes(`Trang bao ${suffix}`);
  for (const [index, title] of entryTitles.entries()) {
    const authors = [
      {
        fullName: reporter.fullName,
        penName: `Bút danh ${index + 1}`,
        organizationName: reporter.organizationName,
        dateOfBirth: '1985-06-15',
      },
    ];
    if (index === 0)
      authors.push({
        fullName: `Cộng Tác Viên ${suffix}`,
        penName: 'Hồng Hà',
        organizationName: judgeAgency,
        dateOfBirth: '1990-01-20',
      });
    const entry = await ok(
      await request.post(`/api/v1/awards/${awardId}/entries`, {
        headers: author,
        data: {
          categoryId,
          title,
          genre: 'Bình luận',
          language: 'vi',
          parts: [
            { title, outlet: reporter.organizationName, publishedAt: vietnamDate(-30 - index) },
          ],
          authors,
        },
      }),
      201,
    );
    const entryId = entry['id'] as string;
    const pdf = index === 0 ? await pdfBytes(`Rieng ${suffix}`) : sharedPdf;
    const upload = await request.post(`/api/v1/entries/${entryId}/files`, {
      headers: author,
      multipart: {
        kind: 'work',
        partIndex: '0',
        file: { name: `tac-pham-${index + 1}.pdf`, mimeType: 'application/pdf', buffer: pdf },
      },
    });
    expect(upload.status(), await upload.text()).toBe(201);
    await ok(await request.post(`/api/v1/entries/${entryId}/submit`, { headers: author }), 200);
    entryIds.push(entryId);
  }
}

test.describe.configure({ mode: 'serial' });

test.describe('the secretariat screens, codes, sets up a round and assigns judges in the browser', () => {
  test.beforeAll(async ({ request }) => {
    test.setTimeout(60_000);
    await setUp(request);
  });

  test('screens in bulk and one by one, issues codes, creates a round, auto-assigns without conflicts, then advances the best entry to a second round', async ({
    page,
    request,
  }) => {
    test.setTimeout(180_000);
    await signInThroughForm(page, DEMO.organizer);

    // The award editor leads to the screening queue.
    await page.goto(`/manage/awards/${awardId}`);
    await page.getByTestId('tab-screening').click();
    await expect(page).toHaveURL(new RegExp(`/manage/awards/${awardId}/screening$`));
    await expect(page.getByTestId('screening-title')).toHaveText('Thẩm định tác phẩm');

    // The three entries, with authors (pen names, agencies), category, dd/MM/yyyy and findings.
    const rows = page.getByTestId('screening-row');
    await expect(rows).toHaveCount(3);
    const row = (index: number) =>
      page.locator(`[data-testid="screening-row"][data-entry-id="${entryIds[index]}"]`);
    await expect(row(0).getByTestId('entry-authors')).toContainText(
      `Cộng Tác Viên ${suffix} (Hồng Hà) — ${judgeAgency}`,
    );
    await expect(row(0).getByTestId('entry-category')).toHaveText('IN1');
    await expect(row(0).getByTestId('entry-submitted')).toHaveText(/^\d{2}\/\d{2}\/\d{4}$/);
    await expect(row(0).getByTestId('entry-status-chip')).toHaveText('Đã nộp');
    for (const index of [1, 2]) {
      const chip = row(index).locator('[data-testid="finding-chip"][data-code="DUPLICATE_FILE"]');
      await expect(chip).toHaveText('Trùng tệp');
      // The chip's name is its label; the explanation is its description (the tooltip's text).
      await expect(chip).toHaveAccessibleDescription(/Tệp giống hệt tệp của tác phẩm khác/);
    }
    await page.screenshot({ path: test.info().outputPath('screening-queue.png'), fullPage: true });

    // Two entries eligible in bulk; the dialog asks for the count before it can confirm.
    await row(0).getByTestId('select-entry').check();
    await row(1).getByTestId('select-entry').check();
    await expect(page.getByTestId('bulk-count-label')).toHaveText('Đã chọn 2 tác phẩm');
    await page.getByTestId('bulk-eligible').click();
    await expect(page.getByTestId('bulk-dialog-text')).toContainText('2 tác phẩm');
    await expect(page.getByTestId('bulk-confirm')).toBeDisabled();
    await page.getByTestId('bulk-count').fill('3');
    await expect(page.getByTestId('bulk-confirm')).toBeDisabled();
    await page.getByTestId('bulk-count').fill('2');
    await page.screenshot({ path: test.info().outputPath('bulk-dialog.png') });
    await page.getByTestId('bulk-confirm').click();
    await expect(row(0)).toHaveAttribute('data-status', 'eligible');
    await expect(row(1)).toHaveAttribute('data-status', 'eligible');
    await expect(row(2)).toHaveAttribute('data-status', 'submitted');

    // The third needs revision: the reason is required (on the field), then saved with a deadline.
    await row(2).getByTestId('entry-view').click();
    const drawer = page.getByTestId('entry-drawer');
    await expect(drawer.getByTestId('drawer-title')).toHaveText(entryTitles[2] ?? '');
    await expect(drawer.getByTestId('file-download')).toHaveText('tac-pham-3.pdf');
    // With the entry open beside it at 1280 px the list stays readable: titles are not one word a
    // line, and every row's date, status and action stay inside the table's card.
    const card = (await page.getByTestId('screening-table').locator('xpath=..').boundingBox())!;
    for (const id of ['entry-submitted', 'entry-status-chip', 'entry-view']) {
      const box = (await row(0).getByTestId(id).boundingBox())!;
      expect({ id, inside: box.x + box.width <= card.x + card.width }).toEqual({
        id,
        inside: true,
      });
    }
    expect((await row(0).getByTestId('entry-open').boundingBox())!.width).toBeGreaterThan(150);
    // A portrait tablet: the table scrolls inside its card, the page does not.
    await page.setViewportSize({ width: 768, height: 1024 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBe(0);
    await page.setViewportSize({ width: 1280, height: 900 });
    const download = await page.request.get(
      (await drawer.getByTestId('file-download').getAttribute('href')) ?? '',
    );
    expect(download.status()).toBe(200);
    await drawer.getByTestId('decision-needs_revision').check();
    await drawer.getByTestId('decision-submit').click();
    await expect(drawer.getByTestId('field-error-reason')).toContainText('Cần ghi lý do');
    await drawer.getByTestId('decision-reason').fill(REVISION_REASON);
    await expect(drawer.getByTestId('decision-deadline-preview')).toContainText('giờ Việt Nam');
    await drawer.getByTestId('decision-submit').click();
    await expect(row(2)).toHaveAttribute('data-status', 'needs_revision');
    const record = drawer.locator(
      '[data-testid="decision-record"][data-decision="needs_revision"]',
    );
    await expect(record).toContainText(REVISION_REASON);
    await page.screenshot({ path: test.info().outputPath('drawer.png'), fullPage: true });
    // An entry declared eligible in the bulk decision shows that decision in its history.
    await row(0).getByTestId('entry-view').click();
    await expect(drawer.getByTestId('drawer-title')).toHaveText(entryTitles[0] ?? '');
    await expect(drawer.getByTestId('decision-record')).toHaveCount(1);
    await expect(drawer.getByTestId('decision-record')).toHaveAttribute(
      'data-decision',
      'eligible',
    );
    await drawer.getByTestId('drawer-close').click();

    // Codes: the two eligible entries get one each, shown in the queue.
    await page.getByTestId('issue-codes').click();
    await page.getByTestId('confirm-ok').click();
    await expect(page.getByTestId('codes-result')).toHaveAttribute('data-issued', '2');
    await expect(row(0).getByTestId('entry-code')).toHaveText(/^IN1-\d{4}$/);
    await expect(row(1).getByTestId('entry-code')).toHaveText(/^IN1-\d{4}$/);
    await expect(row(2).getByTestId('entry-code')).toHaveCount(0);

    // A round with a two-criteria rubric (live total), then its entries and a panel.
    await page.getByTestId('tab-rounds').click();
    await expect(page.getByTestId('rounds-empty')).toBeVisible();
    await page.getByTestId('round-name-input').fill('Vòng sơ khảo');
    await page.getByTestId('round-judges').fill('1');
    await page.getByTestId('rubric-add').click();
    await page.getByTestId('rubric-add').click();
    await page.getByTestId('criterion-name-0').fill('Nội dung');
    await expect(page.getByTestId('criterion-key-0')).toHaveValue('noi_dung');
    await page.getByTestId('criterion-name-1').fill('Hình thức thể hiện');
    await page.getByTestId('criterion-maxScore-1').fill('3');
    await page.getByTestId('criterion-step-1').fill('0,4');
    await page.getByTestId('round-create').click();
    await expect(page.getByTestId('field-error-rubric.criteria.1.step')).toBeVisible();
    await page.getByTestId('criterion-step-1').fill('0,5');
    await expect(page.getByTestId('rubric-total')).toHaveAttribute('data-total', '8');
    await page.getByTestId('round-create').click();
    const roundCard = page.getByTestId('round-card');
    await expect(roundCard).toHaveCount(1);
    await expect(roundCard.getByTestId('round-name')).toHaveText('Vòng sơ khảo');

    await expect(page.getByTestId('add-entries')).toHaveText(/2 tác phẩm/);
    await page.getByTestId('add-entries').click();
    await expect(roundCard.getByTestId('round-entry-count')).toHaveText('2');

    await page.getByTestId('panel-name').fill('Tiểu ban Báo in 1');
    await page.getByTestId('panel-category-IN1').check();
    for (const judge of judges)
      await page.getByTestId('panel-form').getByText(judge.fullName).click();
    await page.getByTestId('panel-create').click();
    await expect(page.getByTestId('panel-item')).toContainText('Tiểu ban Báo in 1');
    await page.screenshot({ path: test.info().outputPath('rounds.png'), fullPage: true });

    // The board: the first judge conflicts with the first entry (same agency).
    await roundCard.getByTestId('round-board').click();
    await expect(page.getByTestId('board-title')).toContainText('Vòng sơ khảo');
    await expect(page.getByTestId('board-row')).toHaveCount(2);
    const conflictedRow = page.locator(`[data-testid="board-row"][data-entry-id="${entryIds[0]}"]`);
    const conflictCell = conflictedRow.locator(
      `[data-testid="board-cell"][data-judge-id="${judgeUserIds[0]}"]`,
    );
    await expect(conflictCell).toHaveAttribute('data-state', 'conflict');
    await expect(conflictCell).toHaveAttribute('aria-label', /cùng cơ quan/);

    // Auto-assignment: preview first (nothing saved), then save.
    await page.getByTestId('auto-assign').click();
    await expect(page.getByTestId('auto-preview')).toHaveAttribute('data-feasible', 'true');
    await expect(page.getByTestId('preview-pair')).toHaveCount(2);
    await expect(page.locator('[data-testid="board-cell"][data-state="assigned"]')).toHaveCount(0);
    await page.screenshot({ path: test.info().outputPath('board-preview.png'), fullPage: true });
    await page.getByTestId('auto-save').click();
    await expect(page.getByTestId('auto-preview')).toHaveCount(0);
    await expect(page.locator('[data-testid="board-cell"][data-state="assigned"]')).toHaveCount(2);
    for (const boardRow of await page.getByTestId('board-row').all()) {
      await expect(boardRow).toHaveAttribute('data-assigned', '1');
      // The formatted template wraps the code in its cell: whitespace around it is not shown.
      await expect(boardRow.getByTestId('board-code')).toHaveText(/^\s*IN1-\d{4}\s*$/);
    }
    await expect(conflictCell).toHaveAttribute('data-state', 'conflict');
    await expect(page.getByTestId('assignment-board')).toHaveAttribute(
      'data-conflicted-assignments',
      '0',
    );
    await expect(page.locator(`[data-testid="judge-load"]`).first()).toHaveAttribute(
      'data-load',
      '1',
    );
    await page.screenshot({ path: test.info().outputPath('board-saved.png'), fullPage: true });

    // A conflict cell offers no assignment; the server would refuse it anyway.
    const token = await apiToken(page.request, DEMO.organizer);
    const roundId = new URL(page.url()).pathname.split('/').pop() ?? '';
    const refused = await page.request.post(`/api/v1/rounds/${roundId}/assignments`, {
      headers: { authorization: `Bearer ${token}` },
      data: { judgeId: judgeUserIds[0], entryId: entryIds[0] },
    });
    expect(refused.status()).toBe(409);
    expect((await refused.json()).code).toBe('CONFLICT_OF_INTEREST');

    // Progress: open the round, remind the judges who are behind (once an hour), close it.
    await expect(page.getByTestId('round-status')).toHaveAttribute('data-status', 'draft');
    await page.getByTestId('round-open').click();
    await expect(page.getByTestId('round-status')).toHaveAttribute('data-status', 'open');
    await expect(page.getByTestId('progress-totals')).toContainText('0/2');
    await expect(
      page.locator('[data-testid="progress-judge"][data-behind="true"]'),
    ).not.toHaveCount(0);
    await page.getByTestId('round-remind').click();
    await expect(page.getByText(/Đã gửi nhắc \d+ giám khảo/)).toBeVisible();
    await page.getByTestId('round-remind').click();
    await expect(page.getByTestId('progress-error')).toContainText('Quá nhiều yêu cầu');

    // Each judge scores the one entry they were given: the second entry comes out on top (7 against 5).
    // (Through the separate `request` context: a login on `page.request` would sign the browser in as the judge.)
    const organizer = { authorization: `Bearer ${token}` };
    const board = (await (
      await request.get(`/api/v1/rounds/${roundId}/assignments`, { headers: organizer })
    ).json()) as { entryId: string; entryCode: string }[];
    const codeOf = (index: number) =>
      board.find((assignment) => assignment.entryId === entryIds[index])?.entryCode ?? '';
    expect(codeOf(0)).toMatch(/^IN1-\d{4}$/);
    expect(codeOf(1)).toMatch(/^IN1-\d{4}$/);
    const planned = new Map([
      [codeOf(0), [3, 2]],
      [codeOf(1), [4.5, 2.5]],
    ]);
    for (const judge of judges) {
      const headers = {
        authorization: `Bearer ${await apiToken(request, judge.email, JUDGE_PASSWORD)}`,
      };
      const mine = (await (
        await request.get('/api/v1/judging/assignments', { headers })
      ).json()) as { id: string; entryCode: string; rubric: { criteria: { key: string }[] } }[];
      expect(mine).toHaveLength(1);
      for (const assignment of mine) {
        const [content, craft] = planned.get(assignment.entryCode) ?? [];
        const [first, second] = assignment.rubric.criteria;
        const scores = { [first?.key ?? '']: content, [second?.key ?? '']: craft };
        await ok(
          await request.put(`/api/v1/judging/assignments/${assignment.id}/sheet`, {
            headers,
            data: { scores, submit: true },
          }),
          200,
        );
      }
    }

    await page.getByTestId('round-close').click();
    await page.getByTestId('confirm-ok').click();
    await expect(page.getByTestId('round-status')).toHaveAttribute('data-status', 'closed');
    await expect(page.getByTestId('round-close')).toHaveCount(0);

    // A second round, with its own disagreement distance (the hint gives the default on its rubric).
    await page.goto(`/manage/awards/${awardId}/rounds`);
    const firstCard = page.locator(`[data-testid="round-card"][data-round-id="${roundId}"]`);
    await expect(firstCard.getByTestId('round-disagreement')).toHaveText('1,6 (mặc định)');
    await page.getByTestId('round-name-input').fill('Vòng chung khảo');
    await page.getByTestId('round-judges').fill('1');
    await page.getByTestId('rubric-template').click();
    await expect(page.getByTestId('round-disagreement-hint')).toContainText(
      'mặc định 2 điểm trên thang 10 (2 điểm với phiếu chấm này)',
    );
    await page.getByTestId('round-disagreement-input').fill('12');
    await page.getByTestId('round-create').click();
    await expect(page.getByTestId('field-error-disagreementPoints')).toContainText(
      'Không được lớn hơn tổng điểm tối đa của phiếu chấm (10)',
    );
    await expect(page.getByTestId('round-card')).toHaveCount(1);
    await page.getByTestId('round-disagreement-input').fill('1,5');
    await page.getByTestId('round-create').click();
    await expect(page.getByTestId('round-card')).toHaveCount(2);
    const nextCard = page.locator('[data-testid="round-card"]', { hasText: 'Vòng chung khảo' });
    await expect(nextCard.getByTestId('round-disagreement')).toHaveText('1,5');
    await expect(nextCard.getByTestId('round-entry-count')).toHaveText('0');

    // The best entry of each category advances from the closed round: preview first (nothing saved), then apply.
    const advance = page.getByTestId('advance-panel');
    await expect(advance).toContainText('Chọn tác phẩm vào vòng từ vòng trước');
    await expect(advance.getByTestId('advance-from').locator('option:checked')).toHaveText(
      /Vòng sơ khảo \(2 tác phẩm\)/,
    );
    await advance.getByTestId('advance-preview').click();
    await expect(advance.getByTestId('field-error-rule')).toBeVisible();
    await advance.getByTestId('advance-top').fill('1');
    await advance.getByTestId('advance-preview').click();
    await expect(advance.getByTestId('advance-row')).toHaveCount(1);
    await expect(advance.getByTestId('advance-row')).toHaveAttribute('data-entry-code', codeOf(1));
    await expect(advance.getByTestId('advance-mean')).toHaveText('7');
    await expect(advance.getByTestId('advance-summary')).toHaveText(
      '1 tác phẩm mới, 0 tác phẩm đã có trong vòng.',
    );
    await expect(nextCard.getByTestId('round-entry-count')).toHaveText('0');
    await page.screenshot({ path: test.info().outputPath('advance-preview.png'), fullPage: true });
    await advance.getByTestId('advance-apply').click();
    await expect(nextCard.getByTestId('round-entry-count')).toHaveText('1');
    const inRound = page.getByTestId('round-entries').getByTestId('round-entry-code');
    await expect(inRound).toHaveText([codeOf(1)]);
    await expect(page.getByTestId('round-entries')).not.toContainText(codeOf(0));
    // Previewing again shows it is already there; nothing more to add.
    await advance.getByTestId('advance-preview').click();
    await expect(advance.getByTestId('advance-row')).toHaveAttribute('data-already', 'true');
    await expect(advance.getByTestId('advance-apply')).toBeDisabled();
    await page.screenshot({ path: test.info().outputPath('advanced.png'), fullPage: true });

    // The results page says which distance each round's disagreement flags use.
    await page.getByTestId('tab-results').click();
    await expect(page.getByTestId('results-disagreement')).toHaveAttribute('data-distance', '1.5');
    await expect(page.getByTestId('results-disagreement')).toContainText('lệch quá 1,5 điểm');
    await page.getByTestId('results-round').selectOption(roundId);
    await expect(page.getByTestId('results-disagreement')).toContainText('lệch quá 1,6 điểm');
  });
});
