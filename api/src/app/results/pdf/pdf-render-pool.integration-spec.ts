import { threadId as mainThreadId, type Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { ResultRow } from '@press-award/contracts';
import {
  buildJudgedAward,
  download,
  FIXTURE_AWARD,
  type ResultsFixture,
} from '../../../../test/results-fixture';
import { startTestApp, type TestApp } from '../../../../test/test-app';
import type { OfficialListInput } from '../results-export-pdf';
import { runPdfJob, type PdfJob } from './pdf-jobs';
import { PdfRenderPool } from './pdf-render-pool';

/** An official list of `count` prizes, built without a database: what the worker receives. */
function largeList(count: number): OfficialListInput {
  const rows: ResultRow[] = Array.from({ length: count }, (_, index) => ({
    entryId: `entry-${index}`,
    entryCode: `IN-${index}`,
    receiptNumber: String(index),
    tierCode: ['A', 'B', 'KK'][index % 3] as string,
    tierLabel: null,
    topicPrizes: index % 11 ? [] : ['TRE'],
    entryTitle: `Những người giữ lửa ở bản Ếch, kỳ ${index + 1}`,
    categoryName: index % 2 ? 'Báo in' : 'Phát thanh',
    mediaType: 'print',
    authors: [{ fullName: 'Nguyễn Thị Ánh Tuyết', penName: 'Hồng Lĩnh', organizationName: null }],
    organizationName: 'Báo Gia Lai',
    score: 8,
    standing: 'awarded',
  }));
  return {
    award: {
      name: 'Giải báo chí về xây dựng Đảng',
      edition: 3,
      year: 2025,
      organizerName: 'Ban Tổ chức Tỉnh ủy Gia Lai',
      status: 'decided',
      publishedAt: null,
      place: null,
      level: 'provincial',
      prizeTiers: FIXTURE_AWARD.prizeTiers,
      topicPrizes: FIXTURE_AWARD.topicPrizes,
    },
    rows,
    categories: ['Báo in', 'Phát thanh'],
    lang: 'vi',
    exportedAt: new Date('2026-03-01T08:00:00Z'),
  };
}

describe('PDF documents are built in worker threads', () => {
  let app: TestApp;
  let pool: PdfRenderPool;
  let fixture: ResultsFixture;

  beforeAll(async () => {
    app = await startTestApp();
    pool = app.app.get(PdfRenderPool);
    fixture = await buildJudgedAward(app, [
      {
        key: 'only',
        reporter: 'tuyet',
        category: 0,
        title: 'Những người giữ lửa ở bản Ếch',
        score: 9,
        tierCode: 'A',
        authors: [{ fullName: 'Nguyễn Thị Ánh Tuyết' }],
      },
    ]);
  }, 60000);

  afterAll(async () => {
    await app?.close();
  });

  it('builds in another thread the same bytes as on the main thread', async () => {
    const job: PdfJob = { kind: 'official-list', input: largeList(40) };
    const rendered = await pool.run(job);
    expect(rendered.threadId).not.toBe(mainThreadId);
    expect(rendered.threadId).toBeGreaterThan(0);
    expect(rendered.bytes.equals(Buffer.from(await runPdfJob(job)))).toBe(true);
  }, 30000);

  it('keeps the event loop answering /health/live while a 2,000-row list is built', async () => {
    const finished: string[] = [];
    const building = pool
      .run({ kind: 'official-list', input: largeList(2000) })
      .then(() => finished.push('pdf'));
    // Built on the event loop, every one of these would wait for the whole document.
    for (let index = 0; index < 3; index++) {
      const live = await app.request('GET', '/api/v1/health/live');
      expect(live.status).toBe(200);
      finished.push('live');
    }
    await building;
    expect(finished).toEqual(['live', 'live', 'live', 'pdf']);
  }, 30000);

  it("answers a failure in the worker with the API's error shape, and keeps serving", async () => {
    const render = jest
      .spyOn(pool, 'render')
      .mockImplementation(
        async (job) =>
          (await pool.run({ ...job, kind: 'no-such-document' } as unknown as PdfJob)).bytes,
      );
    try {
      const failed = await download(
        app,
        `/awards/${fixture.awardId}/results/export?format=pdf`,
        fixture.tokens.organizer,
      );
      expect(failed.status).toBe(500);
      expect(failed.json).toMatchObject({ statusCode: 500, code: 'INTERNAL_ERROR' });
    } finally {
      render.mockRestore();
    }
    const pdf = await download(
      app,
      `/awards/${fixture.awardId}/results/export?format=pdf`,
      fixture.tokens.organizer,
    );
    expect(pdf.status).toBe(200);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 30000);

  it('replaces a worker that dies in the middle of a document', async () => {
    const slots = (pool as unknown as { slots: { worker: Worker }[] }).slots;
    const building = pool.run({ kind: 'official-list', input: largeList(2000) });
    await slots[0]?.worker.terminate();
    await expect(building).rejects.toThrow(/PDF worker stopped/);
    const again = await pool.run({ kind: 'official-list', input: largeList(5) });
    expect(again.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 30000);

  it('leaves no worker running once the app is closed', async () => {
    const workers = (pool as unknown as { slots: { worker: Worker }[] }).slots.map(
      (slot) => slot.worker,
    );
    expect(workers.length).toBeGreaterThan(0);
    const exited = workers.map(
      (worker) => new Promise<number>((resolve) => worker.once('exit', resolve)),
    );
    await app.close();
    app = undefined as unknown as TestApp;
    await Promise.all(exited);
    expect(pool.running).toBe(0);
    await expect(pool.run({ kind: 'official-list', input: largeList(1) })).rejects.toThrow(
      /shut down/,
    );
  }, 30000);
});
