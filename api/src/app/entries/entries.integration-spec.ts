import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildAward, buildEntry } from '../../../test/factories';
import { countRows, createUser, login, startTestApp, type TestApp } from '../../../test/test-app';

describe('EntriesController', () => {
  let app: TestApp;
  let adminToken: string;
  let reporterToken: string;
  let otherToken: string;
  let awardId: string;
  let printCategoryId: string;

  beforeAll(async () => {
    app = await startTestApp();
    await createUser(app.db, { email: 'admin@example.vn', isAdmin: true });
    await createUser(app.db, { email: 'nhung@example.vn', fullName: 'Đặng Thị Hồng Nhung' });
    await createUser(app.db, { email: 'other@example.vn' });
    adminToken = await login(app, 'admin@example.vn');
    reporterToken = await login(app, 'nhung@example.vn');
    otherToken = await login(app, 'other@example.vn');
    const award = (await app.request('POST', '/awards', { token: adminToken, body: buildAward({ topicPrizes: [{ code: 'DAI_HOI', label: 'Đại hội Đảng' }] }) })).body;
    awardId = award.id;
    printCategoryId = award.categories[0].id;
    await app.request('POST', `/awards/${awardId}/status`, { token: adminToken, body: { status: 'open' } });
  });
  afterAll(async () => app.close());

  const create = (body: object, token = reporterToken) => app.request('POST', `/awards/${awardId}/entries`, { token, body });

  it('should create a draft with parts and authors, linking the submitter by name', async () => {
    const response = await create(buildEntry(printCategoryId, { topicPrizes: ['DAI_HOI'] }));
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ status: 'draft', mediaType: 'print', receiptNumber: null, topicPrizes: ['DAI_HOI'], files: [] });
    expect(response.body.parts).toEqual([expect.objectContaining({ index: 0, outlet: 'Báo Bình Định' })]);
    expect(response.body.authors[0]).toMatchObject({ fullName: 'Đặng Thị Hồng Nhung', penName: 'Hồng Nhung', userId: expect.any(String) });
    const mine = await app.request('GET', '/entries?mine=true', { token: reporterToken });
    expect(mine.body.map((entry: { id: string }) => entry.id)).toContain(response.body.id);
  });

  it('should keep an entry from everyone but its submitter and the organizers (404, not 403)', async () => {
    const entry = (await create(buildEntry(printCategoryId))).body;
    expect((await app.request('GET', `/entries/${entry.id}`, { token: otherToken })).status).toBe(404);
    expect((await app.request('PATCH', `/entries/${entry.id}`, { token: otherToken, body: { title: 'Chiếm' } })).body.code).toBe('ENTRY_NOT_FOUND');
    expect((await app.request('GET', `/entries/${entry.id}`, { token: adminToken })).status).toBe(200);
    expect((await app.request('GET', '/entries', { token: otherToken })).body).toEqual([]);
  });

  it.each([
    ['a publication date outside the window', { parts: [{ title: 'Kỳ 1', outlet: 'Báo', publishedAt: '1999-01-01' }] }, 400, 'PUBLICATION_OUTSIDE_WINDOW', 'parts.0.publishedAt'],
    ['more parts than allowed', { parts: Array.from({ length: 6 }, (_v, index) => ({ title: `Kỳ ${index}`, outlet: 'Báo', publishedAt: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10) })) }, 400, 'TOO_MANY_PARTS', 'parts'],
    ['more co-authors than allowed', { authors: Array.from({ length: 6 }, (_v, index) => ({ fullName: `Tác giả ${index}` })) }, 400, 'TOO_MANY_AUTHORS', 'authors'],
    ['a National Press Award winner', { priorAwards: [{ kind: 'national_press_award', name: 'Giải Báo chí Quốc gia lần thứ XIV', year: 2020 }] }, 400, 'NATIONAL_PRESS_AWARD_WINNER', 'priorAwards.0.kind'],
    ['a language the award does not take', { language: 'fr' }, 400, 'LANGUAGE_NOT_ALLOWED', 'language'],
    ['an unknown topic prize', { topicPrizes: ['KHONG_CO'] }, 400, 'UNKNOWN_TOPIC_PRIZE', 'topicPrizes.0'],
  ])('should refuse %s and write nothing', async (_name, overrides, status, code, field) => {
    const before = await countRows(app.db, 'entries');
    const response = await create(buildEntry(printCategoryId, overrides));
    expect(response.status).toBe(status);
    expect(response.body.code).toBe(code);
    expect(response.body.details).toContainEqual(expect.objectContaining({ field, code }));
    expect(await countRows(app.db, 'entries')).toBe(before);
    expect(await countRows(app.db, 'entry_parts', 'entry_id NOT IN (SELECT id FROM entries)')).toBe(0);
  });

  it('should refuse a category of another award', async () => {
    const other = (await app.request('POST', '/awards', { token: adminToken, body: buildAward() })).body;
    const response = await create(buildEntry(other.categories[0].id));
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'CATEGORY_NOT_IN_AWARD', details: [expect.objectContaining({ field: 'categoryId' })] });
    // …and entries to a draft award: the award is not visible, so 404.
    expect((await app.request('POST', `/awards/${other.id}/entries`, { token: reporterToken, body: buildEntry(other.categories[0].id) })).status).toBe(404);
  });

  it('should list every structural problem at once in Vietnamese', async () => {
    const response = await create({ categoryId: 'x', title: '', language: 'vietnamese', parts: [], authors: [{ fullName: '', email: 'no' }] });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.details.map((detail: { field: string }) => detail.field)).toEqual(expect.arrayContaining(['categoryId', 'title', 'language', 'parts', 'authors.0.fullName', 'authors.0.email']));
  });

  it('should edit and delete a draft, and refuse the same after submission', async () => {
    const entry = (await create(buildEntry(printCategoryId))).body;
    const edited = await app.request('PATCH', `/entries/${entry.id}`, { token: reporterToken, body: { title: 'Tiêu đề mới', authors: [{ fullName: 'Đặng Thị Hồng Nhung' }, { fullName: 'Trương Minh Đức', role: 'co_author' }] } });
    expect(edited.status).toBe(200);
    expect(edited.body.title).toBe('Tiêu đề mới');
    expect(edited.body.authors).toHaveLength(2);
    const badEdit = await app.request('PATCH', `/entries/${entry.id}`, { token: reporterToken, body: { parts: [{ title: 'x', outlet: 'y', publishedAt: '1990-01-01' }] } });
    expect(badEdit.body.code).toBe('PUBLICATION_OUTSIDE_WINDOW');
    expect((await app.request('GET', `/entries/${entry.id}`, { token: reporterToken })).body.parts[0].publishedAt).not.toBe('1990-01-01');

    const submitNoFile = await app.request('POST', `/entries/${entry.id}/submit`, { token: reporterToken });
    expect(submitNoFile.status).toBe(400);
    expect(submitNoFile.body.code).toBe('WORK_FILE_REQUIRED');
    expect((await app.request('GET', `/entries/${entry.id}`, { token: reporterToken })).body.status).toBe('draft');

    expect((await app.request('DELETE', `/entries/${entry.id}`, { token: reporterToken })).status).toBe(204);
    expect(await countRows(app.db, 'entries', 'id = $1', [entry.id])).toBe(0);
    expect(await countRows(app.db, 'entry_authors', 'entry_id = $1', [entry.id])).toBe(0);
  });

  it('should refuse new entries after the deadline by the server clock', async () => {
    app.clock.advance(31 * 86_400_000);
    try {
      const response = await create(buildEntry(printCategoryId), await login(app, 'nhung@example.vn'));
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('SUBMISSION_DEADLINE_PASSED');
    } finally {
      app.clock.advance(-31 * 86_400_000);
    }
  });
});
