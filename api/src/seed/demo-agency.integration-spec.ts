import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { pdfPages } from '../../test/pdf-inspection';
import { download } from '../../test/results-fixture';
import { countRows, login, startTestApp, type TestApp } from '../../test/test-app';
import { DemoAgencySeeder } from './demo-agency.seeder';
import { DEMO_IDS, DEMO_PASSWORD, seedDemoData } from './demo-data';
import { AGENCY, GIA_LAI_PRESS } from './demo-people';

describe(DemoAgencySeeder.name, () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp();
    const url = (app.db as unknown as { options: { connectionString: string } }).options
      .connectionString;
    await seedDemoData(url);
    expect(await app.app.get(DemoAgencySeeder).seed()).toBe(true);
    token = await login(app, AGENCY.email, DEMO_PASSWORD);
  }, 60_000);
  afterAll(async () => app.close());

  it('should seed once', async () => {
    const before = [await countRows(app.db, 'batches'), await countRows(app.db, 'entries')];
    expect(await app.app.get(DemoAgencySeeder).seed()).toBe(false);
    expect([await countRows(app.db, 'batches'), await countRows(app.db, 'entries')]).toEqual(
      before,
    );
  });

  it("should show the press agency's batch in the open call: its letter and two submitted entries naming their authors", async () => {
    const me = await app.request('GET', '/me', { token });
    expect(me.body).toMatchObject({ accountKind: 'organization', organizationName: GIA_LAI_PRESS });
    const mine = await app.request('GET', '/batches/mine', { token });
    expect(mine.body).toHaveLength(1);
    const batch = (await app.request('GET', `/batches/${mine.body[0].id}`, { token })).body;
    expect(batch).toMatchObject({
      awardId: DEMO_IDS.openAward,
      organizationName: GIA_LAI_PRESS,
      coveringLetter: { number: '112/CV-BPTTH' },
      entryCount: 2,
      submittedCount: 2,
    });
    expect(batch.entries.map((entry: { status: string }) => entry.status)).toEqual([
      'submitted',
      'submitted',
    ]);
    expect(batch.entries[1].authors).toEqual([
      { fullName: 'Nguyễn Văn Tâm', penName: 'Văn Tâm' },
      { fullName: 'Lê Thị Mai', penName: 'Mai Lê' },
    ]);

    const list = await download(app, `/batches/${batch.id}/list`, token);
    expect(list.status).toBe(200);
    const text = (await pdfPages(list.bytes)).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Kèm theo Công văn số 112/CV-BPTTH');
    for (const entry of batch.entries) expect(text).toContain(entry.receiptNumber);
  });
});
