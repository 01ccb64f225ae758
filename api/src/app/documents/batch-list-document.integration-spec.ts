import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { GeneratedDocumentResponse } from '@press-award/contracts';
import { buildEntry } from '../../../test/factories';
import { pdfPages } from '../../../test/pdf-inspection';
import { download } from '../../../test/results-fixture';
import { openAwardWith } from '../../../test/scenario';
import { countRows, createUser, login, startTestApp, type TestApp } from '../../../test/test-app';

/**
 * The committee's numbered record of an agency's batch (`batch_list`): what the agency sent, as
 * received, in the award's own sequence — and only a batch of this award.
 */
describe('Numbered batch list (type batch_list)', () => {
  let app: TestApp;
  let organizer: string;
  let province: string;
  let awardId: string;
  let otherAwardId: string;
  let batchId: string;
  let otherBatchId: string;

  beforeAll(async () => {
    app = await startTestApp();
    await createUser(app.db, { email: 'btc-ds@example.vn', isAdmin: true });
    const user = await createUser(app.db, {
      email: 'btctu-ds@example.vn',
      fullName: 'Trần Thị Thu Hà',
      organizationName: 'Ban Tổ chức Tỉnh ủy Gia Lai',
    });
    await app.db.query(`UPDATE users SET account_kind = 'organization' WHERE id = $1`, [user.id]);
    organizer = await login(app, 'btc-ds@example.vn');
    province = await login(app, 'btctu-ds@example.vn');
    const categories = [{ code: 'IN', name: 'Báo in', mediaType: 'print' as const }];
    const award = await openAwardWith(app, organizer, categories, {});
    const other = await openAwardWith(app, organizer, categories, {});
    awardId = award.id;
    otherAwardId = other.id;
    for (const [target, set] of [
      [award, (id: string) => (batchId = id)],
      [other, (id: string) => (otherBatchId = id)],
    ] as const) {
      const batch = await app.request('POST', `/awards/${target.id}/batches`, {
        token: province,
        body: { title: 'Đợt 1' },
      });
      expect(batch.status).toBe(201);
      set(batch.body.id);
    }
    for (const [title, fullName, penName] of [
      ['Đảng viên trẻ ở buôn làng Tây Nguyên', 'Ksor H’Bia', 'H’Bia'],
      ['Chi bộ trên đồi chè', 'Lê Văn Thưởng', null],
    ] as const) {
      const created = await app.request('POST', `/awards/${awardId}/entries`, {
        token: province,
        body: {
          ...buildEntry(award.categories[0]?.id ?? '', {
            title,
            authors: [{ fullName, penName, role: 'author', dateOfBirth: '1988-02-03' }],
          }),
          batchId,
        },
      });
      expect(created.status).toBe(201);
    }
  }, 60_000);

  afterAll(async () => {
    await app.close();
  });

  it('should list the batch’s works with their authors under the award’s own number', async () => {
    const created = await app.request<GeneratedDocumentResponse>(
      'POST',
      `/awards/${awardId}/documents`,
      { token: organizer, body: { type: 'batch_list', batchId, issuedOn: '2026-10-20' } },
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      reference: '1-DS/BTC',
      batchId,
      formats: ['pdf', 'docx'],
    });
    const file = await download(app, `/documents/${created.body.id}`, organizer);
    const text = (await pdfPages(file.bytes)).join('\n').replace(/\s+/g, ' ');
    for (const expected of [
      'DANH SÁCH',
      'do Ban Tổ chức Tỉnh ủy Gia Lai gửi',
      'Ban Thư ký Giải đã nhận 2 tác phẩm',
      'Đảng viên trẻ ở buôn làng Tây Nguyên',
      'Ksor H’Bia (H’Bia)',
      'Chi bộ trên đồi chè',
      'Lê Văn Thưởng',
    ])
      expect(text).toContain(expected);
  });

  it('should refuse another award’s batch or none, writing nothing', async () => {
    const before = await countRows(app.db, 'generated_documents');
    const foreign = await app.request('POST', `/awards/${awardId}/documents`, {
      token: organizer,
      body: { type: 'batch_list', batchId: otherBatchId },
    });
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('BATCH_NOT_FOUND');
    const none = await app.request('POST', `/awards/${awardId}/documents`, {
      token: organizer,
      body: { type: 'batch_list' },
    });
    expect(none.status).toBe(409);
    expect(await countRows(app.db, 'generated_documents')).toBe(before);
    // The batch's own organization does not read the committee's documents.
    expect(
      (await app.request('GET', `/awards/${otherAwardId}/documents`, { token: province })).status,
    ).toBe(403);
  });
});
