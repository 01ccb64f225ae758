import {
  expect,
  test,
  type Browser,
  type Locator,
  type Page,
  type Request,
} from '@playwright/test';
import { BINH_DINH_AWARD_ID, DEMO, NATIONAL_AWARD_ID } from '../api/demo';
import { signInThroughForm } from './helpers';

/** Bình Định 2020 winners (api/src/seed/demo-results.seeder.ts): 8 prizes, A 1, B 2, C 3, KK 2. */
const WINNERS_2020 = 8;
/** Stays open: a complaint recorded and not yet resolved. */
const OPEN_TARGET = { title: 'Ngăn chặn suy thoái tư tưởng chính trị từ chi bộ', tier: 'A' };
/** Dismissed: the work keeps its prize. */
const DISMISSED_TARGET = { title: 'Đảng viên trẻ ở vùng biên', tier: 'B' };
/** A C winner filed by phongvien2 (not the reporter other specs sign in as): its prize is revoked. */
const REVOKED_TARGET = { title: 'Bí thư xã người Ba Na', tier: 'C', winnersInTier: 3 };

interface PublicAward {
  id: string;
  level: string;
  status: string;
}

const aftercareUrl = (awardId: string) => `/manage/awards/${awardId}/aftercare`;
const publicResultsUrl = `/awards/${BINH_DINH_AWARD_ID}/results`;

async function anonymousPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

/** The value of the entry option whose label names this title (labels also carry code and prize). */
async function entryOptionValue(page: Page, title: string): Promise<string> {
  const option = page.getByTestId('complaint-entry').locator('option', { hasText: title });
  await expect(option).toHaveCount(1);
  return (await option.getAttribute('value')) ?? '';
}

async function fileComplaint(
  page: Page,
  title: string,
  complainant: string,
  reason: string,
): Promise<void> {
  await page.getByTestId('complaint-entry').selectOption(await entryOptionValue(page, title));
  await page.getByTestId('complaint-complainant').fill(complainant);
  await page.getByTestId('complaint-reason').fill(reason);
  const filed = page.waitForResponse(
    (response) => response.request().method() === 'POST' && response.url().endsWith('/complaints'),
  );
  await page.getByTestId('complaint-submit').click();
  expect((await filed).status()).toBe(201);
  // The form is cleared for the next complaint.
  await expect(page.getByTestId('complaint-entry')).toHaveValue('');
  await expect(page.getByTestId('complaint-complainant')).toHaveValue('');
}

function complaintRow(page: Page, title: string): Locator {
  return page.getByTestId('complaint-row').filter({ hasText: title });
}

async function resolveComplaint(
  page: Page,
  title: string,
  outcome: 'dismissed' | 'revoked',
  note: string,
): Promise<void> {
  await complaintRow(page, title).getByTestId('complaint-resolve').click();
  const dialog = page.getByTestId('resolve-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`Tác phẩm: ${title}`);
  await dialog.getByTestId(`resolve-outcome-${outcome}`).getByRole('radio').check();
  await dialog.getByTestId('resolve-note').fill(note);
  const resolved = page.waitForResponse((response) => response.url().endsWith('/resolve'));
  await dialog.getByTestId('resolve-submit').click();
  expect((await resolved).status()).toBe(200);
  await expect(dialog).toHaveCount(0);
}

test.describe('complaints and forwarding after publication', () => {
  test('the Bình Định organizer records complaints, dismisses one, revokes a C prize; the public results follow', async ({
    page,
    browser,
    request,
  }) => {
    const posts: Request[] = [];
    page.on('request', (sent) => {
      if (sent.method() === 'POST' && new URL(sent.url()).pathname.includes('/complaints'))
        posts.push(sent);
    });

    await signInThroughForm(page, DEMO.binhDinhOrganizer);
    await page.goto(`/manage/awards/${BINH_DINH_AWARD_ID}/results`);
    await page.getByTestId('tab-aftercare').click();
    await expect(page).toHaveURL(new RegExp(`${aftercareUrl(BINH_DINH_AWARD_ID)}$`));
    await expect(page.getByTestId('aftercare-title')).toHaveText('Khiếu nại & chuyển tác phẩm');
    await expect(page.getByTestId('aftercare-not-published')).toHaveCount(0);
    await expect(page.getByTestId('complaints-empty')).toBeVisible();
    await expect(page.getByTestId('complaints-summary')).toHaveText('0 đang xử lý / 0 khiếu nại');
    // Every winner can be complained about, and only winners: the empty choice plus 8 prizes.
    await expect(page.getByTestId('complaint-entry').locator('option')).toHaveCount(
      WINNERS_2020 + 1,
    );

    // An empty complaint is refused on the page: three field errors, nothing sent.
    await page.getByTestId('complaint-submit').click();
    await expect(page.getByTestId('field-error-entryId')).toBeVisible();
    await expect(page.getByTestId('field-error-complainant')).toBeVisible();
    await expect(page.getByTestId('field-error-reason')).toBeVisible();
    expect(posts).toHaveLength(0);

    // 1. A complaint that stays open.
    await fileComplaint(
      page,
      OPEN_TARGET.title,
      'Bạn đọc Nguyễn Văn Khiếu',
      'Bài viết trùng lặp nội dung với một bài đã đăng trên báo khác.',
    );
    const openRow = complaintRow(page, OPEN_TARGET.title);
    await expect(openRow).toHaveAttribute('data-status', 'open');
    await expect(openRow.getByTestId('complaint-status')).toHaveText('Đang xử lý');
    await expect(openRow).toContainText('Bạn đọc Nguyễn Văn Khiếu');
    await expect(openRow).toContainText('trùng lặp nội dung');
    await expect(openRow).toContainText(`Giải ${OPEN_TARGET.tier}`);
    await expect(openRow.getByTestId('complaint-resolve')).toBeVisible();
    await expect(page.getByTestId('complaints-summary')).toHaveText('1 đang xử lý / 1 khiếu nại');

    // 2. A complaint dismissed: no outcome is preselected, a note is required; the work keeps its prize.
    await fileComplaint(
      page,
      DISMISSED_TARGET.title,
      'Ông Trần Văn Phản Ánh',
      'Tác phẩm đăng ngoài thời gian quy định của giải.',
    );
    await complaintRow(page, DISMISSED_TARGET.title).getByTestId('complaint-resolve').click();
    const dialog = page.getByTestId('resolve-dialog');
    await expect(dialog).toBeVisible();
    for (const outcome of ['dismissed', 'withdrawn', 'revoked']) {
      await expect(
        dialog.getByTestId(`resolve-outcome-${outcome}`).getByRole('radio'),
      ).not.toBeChecked();
    }
    const resolvePostsBefore = posts.length;
    await dialog.getByTestId('resolve-submit').click();
    await expect(dialog.getByTestId('field-error-outcome')).toBeVisible();
    await expect(dialog.getByTestId('field-error-note')).toBeVisible();
    expect(posts).toHaveLength(resolvePostsBefore);
    await dialog.getByTestId('resolve-cancel').click();
    await expect(dialog).toHaveCount(0);
    await expect(complaintRow(page, DISMISSED_TARGET.title)).toHaveAttribute('data-status', 'open');
    await resolveComplaint(
      page,
      DISMISSED_TARGET.title,
      'dismissed',
      'Ngày đăng 02/08/2020 nằm trong thời gian quy định.',
    );
    const dismissedRow = complaintRow(page, DISMISSED_TARGET.title);
    await expect(dismissedRow).toHaveAttribute('data-status', 'dismissed');
    await expect(dismissedRow.getByTestId('complaint-status')).toHaveText('Bác khiếu nại');
    await expect(dismissedRow.getByTestId('complaint-note')).toHaveText(
      'Ngày đăng 02/08/2020 nằm trong thời gian quy định.',
    );
    await expect(dismissedRow.getByTestId('complaint-resolve')).toHaveCount(0);

    const visitor = await anonymousPage(browser);
    await visitor.goto(publicResultsUrl);
    await expect(visitor.getByTestId('result-row')).toHaveCount(WINNERS_2020);
    await expect(
      visitor.getByTestId('result-title').filter({ hasText: DISMISSED_TARGET.title }),
    ).toHaveCount(1);

    // 3. A complaint against a C winner, resolved by revoking the prize.
    await fileComplaint(
      page,
      REVOKED_TARGET.title,
      'Hội Nhà báo tỉnh Gia Lai',
      'Phóng sự sử dụng hình ảnh của tác giả khác mà không ghi nguồn.',
    );
    await resolveComplaint(
      page,
      REVOKED_TARGET.title,
      'revoked',
      'Xác minh có sử dụng hình ảnh không ghi nguồn: thu hồi Giải C.',
    );
    const revokedRow = complaintRow(page, REVOKED_TARGET.title);
    await expect(revokedRow).toHaveAttribute('data-status', 'revoked');
    await expect(revokedRow.getByTestId('complaint-status')).toHaveText('Đã thu hồi giải');
    await expect(revokedRow.getByTestId('complaint-note')).toHaveText(
      'Xác minh có sử dụng hình ảnh không ghi nguồn: thu hồi Giải C.',
    );
    await expect(revokedRow).toContainText(`Giải ${REVOKED_TARGET.tier}`);

    // The list: open first, then the newest; each with its status.
    await expect(page.getByTestId('complaints-summary')).toHaveText('1 đang xử lý / 3 khiếu nại');
    await expect(page.getByTestId('complaint-row')).toHaveCount(3);
    expect(
      await page
        .getByTestId('complaint-row')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-status'))),
    ).toEqual(['open', 'revoked', 'dismissed']);
    await expect(page.getByTestId('complaint-resolve')).toHaveCount(1);
    // The revoked work is marked as such where it can still be chosen.
    await expect(
      page.getByTestId('complaint-entry').locator('option', { hasText: REVOKED_TARGET.title }),
    ).toContainText('Giải đã bị thu hồi');

    // Anyone reading the results no longer sees the revoked work; the dismissed one is still there.
    await visitor.reload();
    await expect(visitor.getByTestId('result-row')).toHaveCount(WINNERS_2020 - 1);
    await expect(
      visitor.getByTestId('result-title').filter({ hasText: REVOKED_TARGET.title }),
    ).toHaveCount(0);
    await expect(visitor.locator('main')).not.toContainText(REVOKED_TARGET.title);
    await expect(
      visitor.locator(
        `[data-testid="results-tier"][data-tier="${REVOKED_TARGET.tier}"] [data-testid="result-row"]`,
      ),
    ).toHaveCount(REVOKED_TARGET.winnersInTier - 1);
    await expect(
      visitor.getByTestId('result-title').filter({ hasText: DISMISSED_TARGET.title }),
    ).toHaveCount(1);
    await expect(
      visitor.getByTestId('result-title').filter({ hasText: OPEN_TARGET.title }),
    ).toHaveCount(1);
    await visitor.context().close();

    // After a reload the page reads the same from the API.
    await page.reload();
    await expect(page.getByTestId('complaints-summary')).toHaveText('1 đang xử lý / 3 khiếu nại');
    expect(
      await page
        .getByTestId('complaint-row')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-status'))),
    ).toEqual(['open', 'revoked', 'dismissed']);

    // Forwarding offers the national awards open for entries, and only those. The demo's own national
    // award is judging, so on the demo alone nothing can receive the works; the API project of the
    // full suite (e2e/api/foundation.spec.ts) runs first and opens a national award of its own.
    const publicList = await request.get('/api/v1/public/awards?page=1&pageSize=200');
    expect(publicList.status()).toBe(200);
    const openNational = ((await publicList.json()).items as PublicAward[]).filter(
      (award) => award.level === 'national' && award.status === 'open',
    );
    const forward = page.getByTestId('forward');
    await expect(forward.getByTestId('forward-targets-error')).toHaveCount(0);
    await expect(forward.locator(`option[value="${NATIONAL_AWARD_ID}"]`)).toHaveCount(0);
    if (openNational.length === 0) {
      await expect(forward.getByTestId('forward-no-targets')).toHaveText(
        'Hiện không có giải toàn quốc nào đang nhận tác phẩm.',
      );
      await expect(forward.getByTestId('forward-target')).toHaveCount(0);
      await expect(forward.getByTestId('forward-submit')).toHaveCount(0);
    } else {
      await expect(forward.getByTestId('forward-target')).toBeVisible();
      await expect(forward.getByTestId('forward-no-targets')).toHaveCount(0);
      const targetOptions = forward.getByTestId('forward-target').locator('option:not([value=""])');
      expect(
        (
          await targetOptions.evaluateAll((options) =>
            options.map((option) => option.getAttribute('value')),
          )
        ).sort(),
      ).toEqual(openNational.map((award) => award.id).sort());
      // A revoked prize cannot be forwarded, neither by its tier nor on its own.
      const revokedEntry = forward.locator('label', { hasText: REVOKED_TARGET.title });
      await expect(revokedEntry.locator('input')).toBeDisabled();
      await expect(revokedEntry.locator('input')).not.toBeChecked();
      await expect(revokedEntry).toContainText('Giải đã bị thu hồi');
    }
  });

  test('before publication the national award’s aftercare page only says when it opens', async ({
    page,
  }) => {
    const aftercareCalls: string[] = [];
    page.on('request', (sent) => {
      const path = new URL(sent.url()).pathname;
      if (/\/(complaints|prizes|forward)$/.test(path))
        aftercareCalls.push(`${sent.method()} ${path}`);
    });

    await signInThroughForm(page, DEMO.organizer);
    await page.goto(aftercareUrl(NATIONAL_AWARD_ID));
    await expect(page.getByTestId('aftercare-title')).toHaveText('Khiếu nại & chuyển tác phẩm');
    const notice = page.getByTestId('aftercare-not-published');
    await expect(notice).toContainText('Giải đang ở trạng thái "Đang chấm"');
    await expect(notice).toContainText('chỉ mở sau khi kết quả được công bố');

    // No complaint to record or resolve, no forwarding, no button of either.
    await expect(page.getByTestId('complaints')).toHaveCount(0);
    await expect(page.getByTestId('complaint-form')).toHaveCount(0);
    await expect(page.getByTestId('complaint-submit')).toHaveCount(0);
    await expect(page.getByTestId('complaint-resolve')).toHaveCount(0);
    await expect(page.getByTestId('forward')).toHaveCount(0);
    await expect(page.getByTestId('forward-submit')).toHaveCount(0);
    await expect(page.locator('main button')).toHaveCount(0);
    // And the page did not even ask for complaints or prizes.
    expect(aftercareCalls).toEqual([]);
  });
});
