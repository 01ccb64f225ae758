import { spawnSync } from 'node:child_process';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEMO, NATIONAL_AWARD_ID } from '../api/demo';
import { apiToken, signInThroughForm } from './helpers';

/**
 * What the national demo holds (api/src/seed/demo-entries.seeder.ts and demo-data.ts), from which
 * every expected figure below is computed rather than copied from the page.
 */
const NATIONAL_SEED = {
  /**
   * One eligible entry per demo work, by media type: the three Bình Định winners forwarded (two print,
   * one online) and three works submitted directly; the TV work needs ffmpeg to make its video.
   */
  entries: [
    { mediaType: 'print', status: 'eligible' },
    { mediaType: 'print', status: 'eligible' },
    { mediaType: 'online', status: 'eligible' },
    { mediaType: 'photo', status: 'eligible' },
    { mediaType: 'radio', status: 'eligible' },
    ...(spawnSync('ffmpeg', ['-version']).status === 0
      ? [{ mediaType: 'tv', status: 'eligible' }]
      : []),
  ],
  round: { name: 'Vòng sơ khảo', judgesPerEntry: 2, criteriaMax: [5, 5] },
  /** giamkhao1 submitted one sheet (content 4.5, craft 4.25); the draft beside it is no score. */
  submittedSheets: [{ judge: 'Phạm Quang Minh', scores: [4.5, 4.25] }],
  tiers: [
    { label: 'Giải Đặc biệt', target: 1 },
    { label: 'Giải A', target: 5 },
    { label: 'Giải B', target: 10 },
    { label: 'Giải C', target: 15 },
    { label: 'Giải Khuyến khích', target: 25 },
  ],
  /** No prize is decided while the award is judging. */
  prizesDecided: 0,
} as const;

/** In the order of the contracts' MEDIA_TYPES, with the app's Vietnamese labels. */
const MEDIA_LABELS = [
  ['print', 'Báo in'],
  ['online', 'Báo điện tử'],
  ['radio', 'Phát thanh'],
  ['tv', 'Truyền hình'],
  ['photo', 'Ảnh báo chí'],
] as const;
const HISTOGRAM_BUCKETS = 10;
/** Numbers as the page writes them (1.234,5). */
const viNumber = (value: number): string =>
  new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(value);

const dashboardUrl = `/manage/awards/${NATIONAL_AWARD_ID}/dashboard`;
const CHARTS = [
  ['chart-entries', 'Số tác phẩm đã nộp theo loại hình và trạng thái (không tính bản nháp)'],
  [
    'chart-progress',
    'Tỷ lệ phiếu chấm đã nộp trên số phiếu được phân công, theo từng vòng và tiểu ban',
  ],
  ['chart-histogram', null],
  ['chart-tiers', 'Số giải đang có hiệu lực của từng hạng so với số lượng dự kiến'],
] as const;

/** Every cell of a chart's data table, row by row: the row header first. */
async function tableCells(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? ''),
      ),
    );
}

/** How many pixels of the canvas Chart.js has painted: zero for an empty or never-drawn chart. */
async function paintedPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((element: HTMLCanvasElement) => {
    const context = element.getContext('2d');
    if (!context || element.width === 0 || element.height === 0) return 0;
    const { data } = context.getImageData(0, 0, element.width, element.height);
    let painted = 0;
    for (let index = 3; index < data.length; index += 4) if (data[index]! > 0) painted += 1;
    return painted;
  });
}

async function expectChartsRendered(page: Page): Promise<void> {
  for (const [testId, caption] of CHARTS) {
    const figure = page.getByTestId(testId);
    await expect(figure).toBeVisible();
    if (caption) await expect(figure.locator('figcaption')).toHaveText(caption);
    const canvas = figure.locator('canvas');
    await expect(canvas).toHaveCount(1);
    await expect(canvas).toHaveAttribute('role', 'img');
    await expect
      .poll(() => paintedPixels(canvas), { message: `${testId} is drawn` })
      .toBeGreaterThan(0);
  }
}

/** Opens a chart's data table and returns it, after checking it was hidden until then. */
async function openTable(page: Page, testId: string): Promise<Locator> {
  const toggle = page.getByTestId(`${testId}-toggle`);
  const table = page.getByTestId(`${testId}-table`);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toHaveText('Xem bảng số liệu');
  await expect(table.locator('..')).toHaveClass(/pa-sr-only/);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(toggle).toHaveText('Ẩn bảng số liệu');
  await expect(table.locator('..')).not.toHaveClass(/pa-sr-only/);
  await expect(table).toBeVisible();
  return table;
}

test.describe('the organizer dashboard', () => {
  test('the national organizer sees the four charts and tables with the demo’s counts', async ({
    page,
  }) => {
    await signInThroughForm(page, DEMO.organizer);
    await page.goto(`/manage/awards/${NATIONAL_AWARD_ID}/rounds`);
    await page.getByTestId('tab-dashboard').click();
    await expect(page).toHaveURL(new RegExp(`${dashboardUrl}$`));
    await expect(page.getByTestId('dashboard-title')).toHaveText('Tổng quan giải');
    await expect(page.getByTestId('dashboard-load-error')).toHaveCount(0);
    await expectChartsRendered(page);

    // Entries: one row per media type that occurs, one column per status that occurs, and a total.
    const entries = NATIONAL_SEED.entries;
    await expect(page.getByTestId('dashboard-entries-total')).toHaveText(
      `Tổng số tác phẩm đã nộp: ${entries.length}`,
    );
    await expect(page.getByTestId('dashboard-entries-empty')).toHaveCount(0);
    const entriesTable = await openTable(page, 'chart-entries');
    await expect(entriesTable.locator('thead th')).toHaveText([
      'Loại hình',
      'Đủ điều kiện',
      'Tổng',
    ]);
    const expectedEntries = MEDIA_LABELS.filter(([mediaType]) =>
      entries.some((entry) => entry.mediaType === mediaType),
    ).map(([mediaType, label]) => {
      const count = String(entries.filter((entry) => entry.mediaType === mediaType).length);
      return [label, count, count];
    });
    expect(await tableCells(entriesTable)).toEqual(expectedEntries);

    // Progress: one round, no panels, so one row for the whole council.
    const assigned = entries.length * NATIONAL_SEED.round.judgesPerEntry;
    const submitted = NATIONAL_SEED.submittedSheets.length;
    const progressTable = await openTable(page, 'chart-progress');
    await expect(progressTable.locator('thead th')).toHaveText([
      'Vòng',
      'Tiểu ban',
      'Phiếu đã nộp',
      'Phiếu được giao',
      'Tỷ lệ hoàn thành (%)',
    ]);
    expect(await tableCells(progressTable)).toEqual([
      [
        NATIONAL_SEED.round.name,
        'Cả hội đồng',
        String(submitted),
        String(assigned),
        `${Math.round((submitted / assigned) * 100)} %`,
      ],
    ]);

    // Histogram: only judges with submitted sheets can be chosen; the draft sheet counts nowhere.
    const [sheet] = NATIONAL_SEED.submittedSheets;
    const judgeSelect = page.getByTestId('histogram-judge');
    await expect(judgeSelect.locator('option')).toHaveText([`${sheet.judge} — 1 phiếu`]);
    await expect(page.getByTestId('chart-histogram').locator('figcaption')).toHaveText(
      `Số phiếu đã nộp của ${sheet.judge} (${NATIONAL_SEED.round.name}) theo khoảng tổng điểm`,
    );
    const maxTotal = NATIONAL_SEED.round.criteriaMax.reduce((sum, max) => sum + max, 0);
    const width = maxTotal / HISTOGRAM_BUCKETS;
    const total = sheet.scores.reduce((sum, score) => sum + score, 0);
    const bucketOfSheet = Math.min(Math.floor(total / width), HISTOGRAM_BUCKETS - 1);
    const histogramTable = await openTable(page, 'chart-histogram');
    await expect(histogramTable.locator('thead th')).toHaveText(['Khoảng điểm', 'Số phiếu']);
    expect(await tableCells(histogramTable)).toEqual(
      Array.from({ length: HISTOGRAM_BUCKETS }, (_, index) => [
        `${viNumber(index * width)}–${viNumber((index + 1) * width)}`,
        index === bucketOfSheet ? '1' : '0',
      ]),
    );

    // Prize structure: the national tiers, targets as declared, nothing awarded yet.
    const tiersTable = await openTable(page, 'chart-tiers');
    await expect(tiersTable.locator('thead th')).toHaveText([
      'Hạng giải',
      'Đã trao (còn hiệu lực)',
      'Dự kiến',
      'Chênh lệch',
    ]);
    expect(await tableCells(tiersTable)).toEqual(
      NATIONAL_SEED.tiers.map((tier) => [
        tier.label,
        String(NATIONAL_SEED.prizesDecided),
        String(tier.target),
        String(NATIONAL_SEED.prizesDecided - tier.target),
      ]),
    );

    // A second toggle hides the table again.
    await page.getByTestId('chart-tiers-toggle').click();
    await expect(page.getByTestId('chart-tiers-toggle')).toHaveAttribute('aria-expanded', 'false');
    await expect(tiersTable.locator('..')).toHaveClass(/pa-sr-only/);
  });

  test('the secretary opens the dashboard too', async ({ page }) => {
    await signInThroughForm(page, DEMO.secretary);
    await page.goto(dashboardUrl);
    await expect(page.getByTestId('dashboard-title')).toHaveText('Tổng quan giải');
    await expect(page.getByTestId('forbidden')).toHaveCount(0);
    await expect(page.getByTestId('dashboard-load-error')).toHaveCount(0);
    await expectChartsRendered(page);
    await expect(page.getByTestId('dashboard-entries-total')).toHaveText(
      `Tổng số tác phẩm đã nộp: ${NATIONAL_SEED.entries.length}`,
    );
  });

  test('a judge typing the address gets the 403 page, and the API refuses the figures too', async ({
    page,
    request,
  }) => {
    const dashboardCalls: string[] = [];
    page.on('request', (sent) => {
      if (new URL(sent.url()).pathname.endsWith('/dashboard') && sent.url().includes('/api/'))
        dashboardCalls.push(sent.url());
    });

    await signInThroughForm(page, DEMO.judge);
    await page.goto(dashboardUrl);
    await expect(page).toHaveURL(/\/forbidden$/);
    await expect(page.getByTestId('forbidden')).toBeVisible();
    await expect(page.getByTestId('dashboard-title')).toHaveCount(0);
    await expect(page.locator('canvas')).toHaveCount(0);
    // The guard stopped the navigation before the page asked for the other judges' histograms.
    expect(dashboardCalls).toEqual([]);

    const token = await apiToken(request, DEMO.judge);
    const refused = await request.get(`/api/v1/awards/${NATIONAL_AWARD_ID}/dashboard`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(refused.status()).toBe(403);
    expect(JSON.stringify(await refused.json())).not.toContain('Phạm Quang Minh');
  });
});
