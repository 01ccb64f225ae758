import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildAward, buildRules } from '../../../test/factories';
import { countRows, createUser, login, startTestApp, type TestApp } from '../../../test/test-app';

describe('AwardsController', () => {
  let app: TestApp;
  let adminToken: string;
  let reporterToken: string;

  beforeAll(async () => {
    app = await startTestApp();
    await createUser(app.db, { email: 'admin@example.vn', isAdmin: true });
    await createUser(app.db, { email: 'reporter@example.vn' });
    adminToken = await login(app, 'admin@example.vn');
    reporterToken = await login(app, 'reporter@example.vn');
  });
  afterAll(async () => app.close());

  it('should let the admin create a draft award, make them its organizer, and keep it private', async () => {
    const created = await app.request('POST', '/awards', { token: adminToken, body: buildAward() });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      edition: 11,
      allowedTransitions: ['open'],
    });
    expect(created.body.categories).toEqual([
      expect.objectContaining({ code: 'IN', mediaType: 'print', genres: ['Phóng sự'] }),
    ]);
    expect(created.body.prizeTiers[1]).toEqual({
      code: 'KK',
      label: 'Giải Khuyến khích',
      targetCount: 5,
      prizeMoney: null,
    });

    const me = await app.request('GET', '/me', { token: adminToken });
    expect(me.body.memberships).toEqual([{ awardId: created.body.id, role: 'organizer' }]);
    expect(me.body.roles).toContain('admin');

    // A draft is invisible to everyone else: 404, not 403.
    expect(
      (await app.request('GET', `/awards/${created.body.id}`, { token: reporterToken })).status,
    ).toBe(404);
    expect((await app.request('GET', `/public/awards/${created.body.id}`)).status).toBe(404);
    const listed = await app.request('GET', '/public/awards');
    expect(listed.body.items.map((award: { id: string }) => award.id)).not.toContain(
      created.body.id,
    );
  });

  it('should refuse award creation to a plain reporter and write nothing', async () => {
    const before = await countRows(app.db, 'awards');
    const response = await app.request('POST', '/awards', {
      token: reporterToken,
      body: buildAward(),
    });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('FORBIDDEN');
    expect(await countRows(app.db, 'awards')).toBe(before);
  });

  it('should validate the rules as a whole with field-level codes', async () => {
    const before = await countRows(app.db, 'awards');
    const rules = buildRules({
      publicationFrom: '2020-10-31',
      publicationTo: '2019-11-01',
      submissionDeadline: '2019-01-01T00:00:00+07:00',
      maxEntriesPerAuthor: -1,
      languages: ['en'],
      files: {
        video: { maxBytes: 10, types: ['video/mp4'] },
        print: { maxBytes: 1000, types: ['application/x-msdownload'] },
      } as never,
    });
    const response = await app.request('POST', '/awards', {
      token: adminToken,
      body: buildAward({ rules, edition: 0 }),
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const codes = Object.fromEntries(
      response.body.details.map((detail: { field: string; code: string }) => [
        `${detail.field}:${detail.code}`,
        true,
      ]),
    );
    expect(codes).toMatchObject({
      'edition:min': true,
      'rules.publicationTo:PUBLICATION_WINDOW_INVERTED': true,
      'rules.files.video:UNKNOWN_MEDIA_TYPE': true,
    });
    expect(await countRows(app.db, 'awards')).toBe(before);

    const rulesOnly = await app.request('POST', '/awards', {
      token: adminToken,
      body: buildAward({ rules }),
      headers: { 'accept-language': 'en' },
    });
    expect(rulesOnly.status).toBe(400);
    const details = rulesOnly.body.details.map(
      (detail: { field: string; code: string }) => `${detail.field}:${detail.code}`,
    );
    expect(details).toEqual(
      expect.arrayContaining([
        'rules.publicationTo:PUBLICATION_WINDOW_INVERTED',
        'rules.maxEntriesPerAuthor:OUT_OF_RANGE',
        'rules.languages:LANGUAGE_REQUIRED',
        'rules.files.video:UNKNOWN_MEDIA_TYPE',
        'rules.files.print.types.0:FILE_TYPE_NOT_SUPPORTED',
      ]),
    );
    expect(
      rulesOnly.body.details.find((d: { code: string }) => d.code === 'PUBLICATION_WINDOW_INVERTED')
        .message,
    ).toBe('The publication window must end after it starts.');
    expect(await countRows(app.db, 'awards')).toBe(before);
  });

  it('should refuse a deadline before the window opens', async () => {
    const rules = buildRules({
      publicationFrom: '2020-01-01',
      publicationTo: '2020-12-31',
      submissionDeadline: '2019-12-31T23:00:00+07:00',
    });
    const response = await app.request('POST', '/awards', {
      token: adminToken,
      body: buildAward({ rules }),
    });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([
      expect.objectContaining({
        field: 'rules.submissionDeadline',
        code: 'DEADLINE_BEFORE_WINDOW_OPENS',
      }),
    ]);
  });

  it('should walk the lifecycle and refuse illegal moves with 409', async () => {
    const award = (
      await app.request('POST', '/awards', {
        token: adminToken,
        body: buildAward({ categories: [] }),
      })
    ).body;
    const move = (status: string) =>
      app.request('POST', `/awards/${award.id}/status`, { token: adminToken, body: { status } });

    const notReady = await move('open');
    expect(notReady.status).toBe(409);
    expect(notReady.body.code).toBe('AWARD_NOT_READY_TO_OPEN');
    expect(notReady.body.details).toEqual([
      expect.objectContaining({ field: 'categories', code: 'NO_CATEGORIES' }),
    ]);

    const category = await app.request('POST', `/awards/${award.id}/categories`, {
      token: adminToken,
      body: { code: 'TH', name: 'Truyền hình', mediaType: 'tv' },
    });
    expect(category.status).toBe(201);
    expect((await move('published')).body.code).toBe('AWARD_STATUS_TRANSITION_INVALID');
    expect((await move('open')).body).toMatchObject({
      status: 'open',
      allowedTransitions: ['closed'],
    });

    // Now public, and readable by any signed-in user.
    expect((await app.request('GET', `/public/awards/${award.id}`)).status).toBe(200);
    const asReporter = await app.request('GET', `/awards/${award.id}`, { token: reporterToken });
    expect(asReporter.status).toBe(200);
    // …but not editable by them: 403 now that its existence is public.
    expect(
      (
        await app.request('PATCH', `/awards/${award.id}`, {
          token: reporterToken,
          body: { name: 'Đổi tên' },
        })
      ).status,
    ).toBe(403);

    for (const status of [
      'closed',
      'open',
      'closed',
      'judging',
      'decided',
      'judging',
      'decided',
      'published',
    ]) {
      const response = await move(status);
      expect([status, response.status]).toEqual([status, 200]);
    }
    const final = await move('decided');
    expect(final.status).toBe(409);
    expect(final.body.code).toBe('AWARD_STATUS_TRANSITION_INVALID');
    expect(
      (
        await app.request('PATCH', `/awards/${award.id}`, {
          token: adminToken,
          body: { name: 'Sau công bố' },
        })
      ).body.code,
    ).toBe('AWARD_NOT_EDITABLE');
    const unknown = await move('archived');
    expect(unknown.status).toBe(400);
    expect(unknown.body.details[0]).toMatchObject({ field: 'status', code: 'isIn' });
  });

  it('should merge partial rules on PATCH and validate the result whole', async () => {
    const award = (await app.request('POST', '/awards', { token: adminToken, body: buildAward() }))
      .body;
    const ok = await app.request('PATCH', `/awards/${award.id}`, {
      token: adminToken,
      body: {
        rules: { maxSeriesParts: 90 },
        prizeTiers: [
          { code: 'DB', label: 'Giải Đặc biệt', targetCount: 1, prizeMoney: 300_000_000 },
        ],
      },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.rules).toMatchObject({
      maxSeriesParts: 90,
      publicationFrom: award.rules.publicationFrom,
    });
    expect(ok.body.prizeTiers).toEqual([
      { code: 'DB', label: 'Giải Đặc biệt', targetCount: 1, prizeMoney: 300_000_000 },
    ]);

    const bad = await app.request('PATCH', `/awards/${award.id}`, {
      token: adminToken,
      body: { rules: { publicationTo: '1999-01-01' } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([
      expect.objectContaining({
        field: 'rules.publicationTo',
        code: 'PUBLICATION_WINDOW_INVERTED',
      }),
    ]);
    const stored = await app.db.query('SELECT rules FROM awards WHERE id = $1', [award.id]);
    expect(stored.rows[0].rules.publicationTo).toBe(award.rules.publicationTo);

    // Removing the file rule a category depends on is refused.
    const orphan = await app.request('PATCH', `/awards/${award.id}`, {
      token: adminToken,
      body: { rules: { files: { tv: award.rules.files.tv } } },
    });
    expect(orphan.status).toBe(400);
    expect(orphan.body.details).toEqual([
      expect.objectContaining({ field: 'rules.files.print', code: 'MEDIA_TYPE_HAS_NO_FILE_RULE' }),
    ]);

    const duplicateTiers = await app.request('PATCH', `/awards/${award.id}`, {
      token: adminToken,
      body: {
        prizeTiers: [
          { code: 'A', label: 'A', targetCount: 1 },
          { code: 'A', label: 'A2', targetCount: 2 },
        ],
      },
    });
    expect(duplicateTiers.status).toBe(400);
    expect(duplicateTiers.body.details[0]).toMatchObject({
      field: 'prizeTiers',
      code: 'arrayUnique',
    });
  });

  it('should manage categories with clear conflicts', async () => {
    const award = (await app.request('POST', '/awards', { token: adminToken, body: buildAward() }))
      .body;
    const path = `/awards/${award.id}/categories`;
    expect(
      (
        await app.request('POST', path, {
          token: adminToken,
          body: { code: 'IN', name: 'Trùng mã', mediaType: 'print' },
        })
      ).body.code,
    ).toBe('CATEGORY_CODE_TAKEN');
    expect(
      (
        await app.request('POST', path, {
          token: adminToken,
          body: { code: 'PT', name: 'Phát thanh', mediaType: 'radio' },
        })
      ).body.code,
    ).toBe('CATEGORY_MEDIA_TYPE_NOT_ALLOWED');
    const invalid = await app.request('POST', path, {
      token: adminToken,
      body: { code: 'in 1', name: '', mediaType: 'podcast' },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'code',
      'mediaType',
      'name',
    ]);
    expect(await countRows(app.db, 'categories', 'award_id = $1', [award.id])).toBe(1);

    const tv = (
      await app.request('POST', path, {
        token: adminToken,
        body: { code: 'TH', name: 'Truyền hình', mediaType: 'tv' },
      })
    ).body;
    const renamed = await app.request('PATCH', `${path}/${tv.id}`, {
      token: adminToken,
      body: { name: 'Truyền hình – phóng sự' },
    });
    expect(renamed.body).toMatchObject({ name: 'Truyền hình – phóng sự', code: 'TH' });
    expect((await app.request('DELETE', `${path}/${tv.id}`, { token: adminToken })).status).toBe(
      204,
    );
    expect((await app.request('DELETE', `${path}/${tv.id}`, { token: adminToken })).body.code).toBe(
      'CATEGORY_NOT_FOUND',
    );
    expect((await app.request('DELETE', `${path}/not-a-uuid`, { token: adminToken })).status).toBe(
      404,
    );
  });

  it('should list the awards a member manages', async () => {
    const mine = await app.request('GET', '/awards?pageSize=2', { token: adminToken });
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ page: 1, pageSize: 2 });
    expect(mine.body.items).toHaveLength(2);
    expect(mine.body.total).toBeGreaterThan(2);
    expect((await app.request('GET', '/awards', { token: reporterToken })).body.total).toBe(0);
    expect((await app.request('GET', '/awards?pageSize=1000', { token: adminToken })).status).toBe(
      400,
    );
  });
});
