import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildAward, buildEntry, buildRules } from '../../../test/factories';
import { pdfSample } from '../../../test/samples';
import { addMember, createAward, setAwardStatus } from '../../../test/scenario';
import {
  countRows,
  createUser,
  login,
  startTestApp,
  uploadFile,
  type TestApp,
} from '../../../test/test-app';

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
    const award = await createAward(
      app,
      adminToken,
      buildAward({ topicPrizes: [{ code: 'DAI_HOI', label: 'Đại hội Đảng' }] }),
    );
    awardId = award.id;
    printCategoryId = award.categories[0].id;
    await setAwardStatus(app, adminToken, awardId, 'open');
  });
  afterAll(async () => app.close());

  const create = (body: object, token = reporterToken) =>
    app.request('POST', `/awards/${awardId}/entries`, { token, body });

  it('should create a draft with parts and authors, linking the submitter by name', async () => {
    const response = await create(buildEntry(printCategoryId, { topicPrizes: ['DAI_HOI'] }));
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      status: 'draft',
      mediaType: 'print',
      receiptNumber: null,
      topicPrizes: ['DAI_HOI'],
      files: [],
    });
    expect(response.body.parts).toEqual([
      expect.objectContaining({ index: 0, outlet: 'Báo Bình Định' }),
    ]);
    expect(response.body.authors[0]).toMatchObject({
      fullName: 'Đặng Thị Hồng Nhung',
      penName: 'Hồng Nhung',
      userId: expect.any(String),
    });
    const mine = await app.request('GET', '/entries?mine=true', { token: reporterToken });
    expect(mine.body.map((entry: { id: string }) => entry.id)).toContain(response.body.id);
  });

  it('should keep an entry from everyone but its submitter and the organizers (404, not 403)', async () => {
    const entry = (await create(buildEntry(printCategoryId))).body;
    expect((await app.request('GET', `/entries/${entry.id}`, { token: otherToken })).status).toBe(
      404,
    );
    expect(
      (
        await app.request('PATCH', `/entries/${entry.id}`, {
          token: otherToken,
          body: { title: 'Chiếm' },
        })
      ).body.code,
    ).toBe('ENTRY_NOT_FOUND');
    expect((await app.request('GET', `/entries/${entry.id}`, { token: adminToken })).status).toBe(
      200,
    );
    expect((await app.request('GET', '/entries', { token: otherToken })).body).toEqual([]);
  });

  it.each([
    [
      'a publication date outside the window',
      { parts: [{ title: 'Kỳ 1', outlet: 'Báo', publishedAt: '1999-01-01' }] },
      400,
      'PUBLICATION_OUTSIDE_WINDOW',
      'parts.0.publishedAt',
    ],
    [
      'more parts than allowed',
      {
        parts: Array.from({ length: 6 }, (_v, index) => ({
          title: `Kỳ ${index}`,
          outlet: 'Báo',
          publishedAt: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
        })),
      },
      400,
      'TOO_MANY_PARTS',
      'parts',
    ],
    [
      'more co-authors than allowed',
      { authors: Array.from({ length: 6 }, (_v, index) => ({ fullName: `Tác giả ${index}` })) },
      400,
      'TOO_MANY_AUTHORS',
      'authors',
    ],
    [
      'a National Press Award winner',
      {
        priorAwards: [
          { kind: 'national_press_award', name: 'Giải Báo chí Quốc gia lần thứ XIV', year: 2020 },
        ],
      },
      400,
      'NATIONAL_PRESS_AWARD_WINNER',
      'priorAwards.0.kind',
    ],
    [
      'a language the award does not take',
      { language: 'fr' },
      400,
      'LANGUAGE_NOT_ALLOWED',
      'language',
    ],
    [
      'an unknown topic prize',
      { topicPrizes: ['KHONG_CO'] },
      400,
      'UNKNOWN_TOPIC_PRIZE',
      'topicPrizes.0',
    ],
  ])('should refuse %s and write nothing', async (_name, overrides, status, code, field) => {
    const before = await countRows(app.db, 'entries');
    const response = await create(buildEntry(printCategoryId, overrides));
    expect(response.status).toBe(status);
    expect(response.body.code).toBe(code);
    expect(response.body.details).toContainEqual(expect.objectContaining({ field, code }));
    expect(await countRows(app.db, 'entries')).toBe(before);
    expect(await countRows(app.db, 'entry_parts', 'entry_id NOT IN (SELECT id FROM entries)')).toBe(
      0,
    );
  });

  it('should refuse a category of another award', async () => {
    const other = await createAward(app, adminToken, buildAward());
    const response = await create(buildEntry(other.categories[0].id));
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      code: 'CATEGORY_NOT_IN_AWARD',
      details: [expect.objectContaining({ field: 'categoryId' })],
    });
    // …and entries to a draft award: the award is not visible, so 404.
    expect(
      (
        await app.request('POST', `/awards/${other.id}/entries`, {
          token: reporterToken,
          body: buildEntry(other.categories[0].id),
        })
      ).status,
    ).toBe(404);
  });

  it('should list every structural problem at once in Vietnamese', async () => {
    const response = await create({
      categoryId: 'x',
      title: '',
      language: 'vietnamese',
      parts: [],
      authors: [{ fullName: '', email: 'no' }],
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.details.map((detail: { field: string }) => detail.field)).toEqual(
      expect.arrayContaining([
        'categoryId',
        'title',
        'language',
        'parts',
        'authors.0.fullName',
        'authors.0.email',
      ]),
    );
  });

  it('should edit and delete a draft, and refuse the same after submission', async () => {
    const entry = (await create(buildEntry(printCategoryId))).body;
    const edited = await app.request('PATCH', `/entries/${entry.id}`, {
      token: reporterToken,
      body: {
        title: 'Tiêu đề mới',
        authors: [
          { fullName: 'Đặng Thị Hồng Nhung', dateOfBirth: '1985-03-08' },
          { fullName: 'Trương Minh Đức', role: 'co_author', dateOfBirth: '1990-02-03' },
        ],
      },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.title).toBe('Tiêu đề mới');
    expect(edited.body.authors).toHaveLength(2);
    const badEdit = await app.request('PATCH', `/entries/${entry.id}`, {
      token: reporterToken,
      body: { parts: [{ title: 'x', outlet: 'y', publishedAt: '1990-01-01' }] },
    });
    expect(badEdit.body.code).toBe('PUBLICATION_OUTSIDE_WINDOW');
    expect(
      (await app.request('GET', `/entries/${entry.id}`, { token: reporterToken })).body.parts[0]
        .publishedAt,
    ).not.toBe('1990-01-01');

    const submitNoFile = await app.request('POST', `/entries/${entry.id}/submit`, {
      token: reporterToken,
    });
    expect(submitNoFile.status).toBe(400);
    expect(submitNoFile.body.code).toBe('WORK_FILE_REQUIRED');
    expect(
      (await app.request('GET', `/entries/${entry.id}`, { token: reporterToken })).body.status,
    ).toBe('draft');

    expect(
      (await app.request('DELETE', `/entries/${entry.id}`, { token: reporterToken })).status,
    ).toBe(204);
    expect(await countRows(app.db, 'entries', 'id = $1', [entry.id])).toBe(0);
    expect(await countRows(app.db, 'entry_authors', 'entry_id = $1', [entry.id])).toBe(0);
  });

  it('should refuse new entries after the deadline by the server clock', async () => {
    app.clock.advance(31 * 86_400_000);
    try {
      const response = await create(
        buildEntry(printCategoryId),
        await login(app, 'nhung@example.vn'),
      );
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('SUBMISSION_DEADLINE_PASSED');
    } finally {
      app.clock.advance(-31 * 86_400_000);
    }
  });

  describe('works per author and the birth date', () => {
    let limitedId: string;
    let limitedCategoryId: string;
    let secretaryToken: string;
    const author = { fullName: 'Trương Minh Đức', penName: 'Minh Đức', dateOfBirth: '1990-02-03' };

    beforeAll(async () => {
      await createUser(app.db, { email: 'secretary@example.vn' });
      const limited = await createAward(
        app,
        adminToken,
        buildAward({ rules: buildRules({ maxEntriesPerAuthor: 1 }) }),
      );
      limitedId = limited.id;
      limitedCategoryId = limited.categories[0].id;
      await addMember(app, adminToken, limitedId, {
        email: 'secretary@example.vn',
        fullName: 'Thư ký',
        role: 'secretary',
      });
      await setAwardStatus(app, adminToken, limitedId, 'open');
      secretaryToken = await login(app, 'secretary@example.vn');
    });

    /** A draft with its work uploaded, ready to submit. */
    const draftWithWork = async (authors: object[], token = reporterToken) => {
      const response = await app.request('POST', `/awards/${limitedId}/entries`, {
        token,
        body: buildEntry(limitedCategoryId, { title: `Tác phẩm ${Math.random()}`, authors }),
      });
      expect(response.status).toBe(201);
      const upload = await uploadFile(app, response.body.id, token, {
        content: await pdfSample(1, `work ${Math.random()}`),
        name: 'bai.pdf',
      });
      expect(upload.status).toBe(201);
      return response.body.id as string;
    };
    const submit = (entryId: string, token = reporterToken) =>
      app.request('POST', `/entries/${entryId}/submit`, { token });
    const screen = (entryId: string, decision: string) =>
      app.request('POST', `/entries/${entryId}/screening`, {
        token: secretaryToken,
        body: { decision, ...(decision === 'eligible' ? {} : { reason: 'Kiểm tra lại.' }) },
      });
    const stateOf = async (entryId: string) =>
      (
        await app.db.query(
          'SELECT status, receipt_number, submitted_at FROM entries WHERE id = $1',
          [entryId],
        )
      ).rows[0];
    const receipts = () => countRows(app.db, 'mail_messages', `template = 'receipt'`);
    const counted = () =>
      countRows(
        app.db,
        'entries',
        `award_id = $1 AND status IN ('submitted', 'eligible', 'needs_revision')`,
        [limitedId],
      );

    it('should save a draft without birth dates but refuse to submit it, writing nothing', async () => {
      const entryId = await draftWithWork([
        { fullName: 'Đặng Thị Hồng Nhung', dateOfBirth: '1985-03-08' },
        { fullName: 'Lê Văn Tám', role: 'camera' },
      ]);
      const before = await receipts();
      const response = await submit(entryId);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('AUTHOR_BIRTH_DATE_REQUIRED');
      expect(response.body.details).toEqual([
        expect.objectContaining({
          field: 'authors.1.dateOfBirth',
          code: 'AUTHOR_BIRTH_DATE_REQUIRED',
        }),
      ]);
      expect(await stateOf(entryId)).toEqual({
        status: 'draft',
        receipt_number: null,
        submitted_at: null,
      });
      expect(await receipts()).toBe(before);
      expect(await counted()).toBe(0);
      // Giving the date is all it takes.
      const fixed = await app.request('PATCH', `/entries/${entryId}`, {
        token: reporterToken,
        body: {
          authors: [
            { fullName: 'Đặng Thị Hồng Nhung', dateOfBirth: '1985-03-08' },
            { fullName: 'Lê Văn Tám', role: 'camera', dateOfBirth: '1970-07-27' },
          ],
        },
      });
      expect(fixed.status).toBe(200);
      expect((await submit(entryId)).status).toBe(200);
      expect(await receipts()).toBe(before + 1);
    });

    it("should keep counting an author's entry once the secretariat screened it eligible or sent it back", async () => {
      const first = await draftWithWork([author]);
      expect((await submit(first)).status).toBe(200);
      const second = await draftWithWork([{ ...author, fullName: 'TRUONG MINH DUC' }], otherToken);
      for (const decision of ['eligible', 'needs_revision']) {
        expect((await screen(first, decision)).status).toBe(200);
        const before = { receipts: await receipts(), counted: await counted() };
        const response = await submit(second, otherToken);
        expect(response.status).toBe(409);
        expect(response.body.code).toBe('AUTHOR_ENTRY_LIMIT_REACHED');
        expect(response.body.details).toEqual([
          expect.objectContaining({ field: 'authors.0', params: { max: 1 } }),
        ]);
        expect(await stateOf(second)).toEqual({
          status: 'draft',
          receipt_number: null,
          submitted_at: null,
        });
        expect(await receipts()).toBe(before.receipts);
        expect(await counted()).toBe(before.counted);
      }
      // An entry found ineligible gives the author's place back.
      expect((await screen(first, 'ineligible')).status).toBe(200);
      expect((await submit(second, otherToken)).status).toBe(200);
      expect((await stateOf(second)).status).toBe('submitted');
    });

    it('should count screened entries when a work sent back is resubmitted, and ask again for birth dates', async () => {
      const held = await draftWithWork([
        { fullName: 'Nguyễn Thị Ánh Tuyết', dateOfBirth: '1979-12-01' },
      ]);
      expect((await submit(held)).status).toBe(200);
      expect((await screen(held, 'eligible')).status).toBe(200);
      const revised = await draftWithWork(
        [{ fullName: 'Phạm Văn Hùng', dateOfBirth: '1982-04-30' }],
        otherToken,
      );
      expect((await submit(revised, otherToken)).status).toBe(200);
      expect((await screen(revised, 'needs_revision')).status).toBe(200);
      const receiptNumber = (await stateOf(revised)).receipt_number;

      // The revision adds the author of the eligible entry: the cap refuses it.
      const edited = await app.request('PATCH', `/entries/${revised}`, {
        token: otherToken,
        body: {
          authors: [
            { fullName: 'Phạm Văn Hùng', dateOfBirth: '1982-04-30' },
            { fullName: 'nguyễn thị ánh tuyết', dateOfBirth: '1979-12-01', role: 'co_author' },
          ],
        },
      });
      expect(edited.status).toBe(200);
      const before = await receipts();
      const overCap = await submit(revised, otherToken);
      expect(overCap.status).toBe(409);
      expect(overCap.body.code).toBe('AUTHOR_ENTRY_LIMIT_REACHED');
      expect(overCap.body.details).toEqual([expect.objectContaining({ field: 'authors.1' })]);
      expect(await stateOf(revised)).toMatchObject({
        status: 'needs_revision',
        receipt_number: receiptNumber,
      });

      // …and a co-author without a birth date is refused as at first submission.
      await app.request('PATCH', `/entries/${revised}`, {
        token: otherToken,
        body: {
          authors: [
            { fullName: 'Phạm Văn Hùng', dateOfBirth: '1982-04-30' },
            { fullName: 'Võ Thị Sáu', role: 'co_author' },
          ],
        },
      });
      const noBirthDate = await submit(revised, otherToken);
      expect(noBirthDate.status).toBe(400);
      expect(noBirthDate.body.code).toBe('AUTHOR_BIRTH_DATE_REQUIRED');
      expect((await stateOf(revised)).status).toBe('needs_revision');
      expect(await receipts()).toBe(before);
    });
  });
});
