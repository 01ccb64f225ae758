import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { login, startTestApp, type TestApp } from '../../test/test-app';
import { DEMO_IDS, DEMO_PASSWORD, seedDemoData } from './demo-data';
import { DemoEntriesSeeder } from './demo-entries.seeder';
import { DemoResultsSeeder } from './demo-results.seeder';

describe(DemoResultsSeeder.name, () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    const url = (app.db as unknown as { options: { connectionString: string } }).options.connectionString;
    await seedDemoData(url);
    await app.app.get(DemoEntriesSeeder).seed();
    expect(await app.app.get(DemoResultsSeeder).seed()).toBe(true);
  }, 60_000);
  afterAll(async () => app.close());

  it('should seed once', async () => {
    const count = async () => Number((await app.db.query('SELECT count(*) AS n FROM prize_decisions')).rows[0].n);
    const before = await count();
    expect(await app.app.get(DemoResultsSeeder).seed()).toBe(false);
    expect(await count()).toBe(before);
  });

  it('should publish the Bình Định 2020 winners by tier, with pen names', async () => {
    const response = await app.request('GET', `/public/awards/${DEMO_IDS.binhDinhAward}/results`);
    expect(response.status).toBe(200);
    expect(response.body.map((row: { tierCode: string }) => row.tierCode)).toEqual(['A', 'B', 'B', 'C', 'C', 'C', 'KK', 'KK']);
    expect(response.body[0]).toMatchObject({ entryTitle: 'Ngăn chặn suy thoái tư tưởng chính trị từ chi bộ', authors: [{ fullName: 'Đặng Thị Hồng Nhung', penName: 'Hồng Nhung' }], organizationName: 'Báo Bình Định' });
  });

  it('should record on the national entries that Bình Định forwarded its A and B winners', async () => {
    const rows = (await app.db.query(`SELECT title, provenance FROM entries WHERE award_id = $1 AND provenance IS NOT NULL ORDER BY title`, [DEMO_IDS.nationalAward])).rows;
    expect(rows.map((row: { title: string; provenance: { tierCode: string } }) => `${row.title}:${row.provenance.tierCode}`)).toEqual([
      'Ngăn chặn suy thoái tư tưởng chính trị từ chi bộ:A',
      'Đảng viên trẻ ở vùng biên:B',
    ]);
  });

  it('should leave Bình Định 2025 decided, unpublished, with a scored round showing the disagreement', async () => {
    expect((await app.request('GET', `/public/awards/${DEMO_IDS.decidedAward}/results`)).status).toBe(404);
    const token = await login(app, 'tochuc.binhdinh@demo.vn', DEMO_PASSWORD);
    const award = await app.request('GET', `/awards/${DEMO_IDS.decidedAward}`, { token });
    expect(award.body.status).toBe('decided');
    const prizes = await app.request('GET', `/awards/${DEMO_IDS.decidedAward}/prizes`, { token });
    expect(prizes.body.tiers.map((tier: { code: string; current: number; targetCount: number }) => `${tier.code}:${tier.current}/${tier.targetCount}`)).toEqual(['A:1/1', 'B:1/2', 'C:2/3', 'KK:1/5']);
    const roundId = (await app.db.query('SELECT id FROM rounds WHERE award_id = $1', [DEMO_IDS.decidedAward])).rows[0].id;
    const results = await app.request('GET', `/rounds/${roundId}/results?method=mean`, { token });
    expect(results.body).toHaveLength(6);
    expect(results.body.every((row: { sheets: number }) => row.sheets === 2)).toBe(true);
    expect(results.body.filter((row: { flags: string[] }) => row.flags.includes('DISAGREEMENT'))).toHaveLength(1);
  });
});
