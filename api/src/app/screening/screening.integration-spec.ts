import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildAward, buildEntry, buildRules } from '../../../test/factories';
import { pdfSample } from '../../../test/samples';
import { addMember, createAward, setAwardStatus, submitEntry } from '../../../test/scenario';
import {
  countRows,
  createUser,
  login,
  startTestApp,
  uploadFile,
  type TestApp,
} from '../../../test/test-app';

describe('ScreeningController', () => {
  let app: TestApp;
  let organizer: string;
  let secretary: string;
  let judge: string;
  let reporterA: string;
  let reporterB: string;
  let awardId: string;
  let categoryId: string;
  const entries: Record<string, string> = {};

  const submitted = (token: string, title: string, pdf: Buffer, authorName: string) =>
    submitEntry(
      app,
      token,
      awardId,
      buildEntry(categoryId, {
        title,
        authors: [{ fullName: authorName, dateOfBirth: '1980-01-01' }],
      }),
      { content: pdf, name: 'bai.pdf' },
    );

  beforeAll(async () => {
    app = await startTestApp();
    await createUser(app.db, { email: 'organizer@example.vn', isAdmin: true });
    for (const email of [
      'secretary@example.vn',
      'judge@example.vn',
      'a@example.vn',
      'b@example.vn',
    ])
      await createUser(app.db, { email });
    organizer = await login(app, 'organizer@example.vn');
    const award = await createAward(
      app,
      organizer,
      buildAward({ rules: buildRules({ maxEntriesPerAuthor: 3 }) }),
    );
    awardId = award.id;
    categoryId = award.categories[0].id;
    await addMember(app, organizer, awardId, {
      email: 'secretary@example.vn',
      fullName: 'Thư ký',
      role: 'secretary',
    });
    await addMember(app, organizer, awardId, {
      email: 'judge@example.vn',
      fullName: 'Giám khảo',
      role: 'judge',
    });
    await setAwardStatus(app, organizer, awardId, 'open');
    secretary = await login(app, 'secretary@example.vn');
    judge = await login(app, 'judge@example.vn');
    reporterA = await login(app, 'a@example.vn');
    reporterB = await login(app, 'b@example.vn');
    const shared = await pdfSample(2, 'shared');
    entries['original'] = await submitted(
      reporterA,
      'Chuyện những đảng viên cắm bản',
      shared,
      'Nguyễn Văn An',
    );
    entries['copy'] = await submitted(
      reporterB,
      'Chuyen nhung dang vien cam ban',
      shared,
      'Lê Thị Bình',
    );
    entries['clean'] = await submitted(
      reporterA,
      'Học tập và làm theo tấm gương Bác Hồ',
      await pdfSample(1, 'clean'),
      'Nguyễn Văn An',
    );
  });
  afterAll(async () => app.close());

  it('should show the secretariat each entry with its authors and the system findings', async () => {
    const response = await app.request('GET', `/awards/${awardId}/entries`, { token: secretary });
    expect(response.status).toBe(200);
    expect(response.body.total).toBe(3);
    const copy = response.body.items.find((item: { id: string }) => item.id === entries['copy']);
    expect(copy.authors[0].fullName).toBe('Lê Thị Bình');
    expect(copy.submitter.email).toBe('b@example.vn');
    expect(copy.findings).toEqual([
      { code: 'DUPLICATE_FILE', relatedEntryIds: [entries['original']] },
      { code: 'SIMILAR_TITLE', relatedEntryIds: [entries['original']] },
    ]);
    const clean = response.body.items.find((item: { id: string }) => item.id === entries['clean']);
    expect(clean.findings).toEqual([]);
    const filtered = await app.request('GET', `/awards/${awardId}/entries?status=eligible`, {
      token: secretary,
    });
    expect(filtered.body.total).toBe(0);
  });

  it('should keep the queue from judges and reporters', async () => {
    expect((await app.request('GET', `/awards/${awardId}/entries`, { token: judge })).status).toBe(
      403,
    );
    expect(
      (await app.request('GET', `/awards/${awardId}/entries`, { token: reporterA })).status,
    ).toBe(403);
    const asJudge = await app.request('POST', `/entries/${entries['clean']}/screening`, {
      token: judge,
      body: { decision: 'eligible' },
    });
    expect(asJudge.status).toBe(404);
    expect(await countRows(app.db, 'screening_decisions')).toBe(0);
  });

  it('should demand a reason for ineligible and needs_revision, writing nothing without one', async () => {
    const response = await app.request('POST', `/entries/${entries['copy']}/screening`, {
      token: secretary,
      body: { decision: 'ineligible' },
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('SCREENING_REASON_REQUIRED');
    expect(await countRows(app.db, 'screening_decisions')).toBe(0);
    expect(
      (await app.db.query('SELECT status FROM entries WHERE id = $1', [entries['copy']])).rows[0]
        .status,
    ).toBe('submitted');
  });

  it('should record an ineligible decision with who and when, and tell the reporter', async () => {
    const response = await app.request('POST', `/entries/${entries['copy']}/screening`, {
      token: secretary,
      body: { decision: 'ineligible', reason: 'Trùng tác phẩm đã gửi.' },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'ineligible',
      screeningReason: 'Trùng tác phẩm đã gửi.',
    });
    expect(response.body.decisions).toEqual([
      expect.objectContaining({
        decision: 'ineligible',
        decidedBy: expect.objectContaining({ fullName: 'secretary' }),
        decidedAt: expect.any(String),
      }),
    ]);
    const mail = await app.db.query(
      `SELECT "to", text FROM mail_messages WHERE template = 'screening-ineligible'`,
    );
    expect(mail.rows).toEqual([expect.objectContaining({ to: 'b@example.vn' })]);
    expect(mail.rows[0].text).toContain('Trùng tác phẩm đã gửi.');
    // The reporter sees the outcome, and cannot change an ineligible entry.
    const seen = await app.request('GET', `/entries/${entries['copy']}`, { token: reporterB });
    expect(seen.body.status).toBe('ineligible');
    expect(
      (
        await app.request('PATCH', `/entries/${entries['copy']}`, {
          token: reporterB,
          body: { title: 'Sửa' },
        })
      ).body.code,
    ).toBe('ENTRY_NOT_EDITABLE');
  });

  it('should send a work back for revision: the reporter fixes and resubmits after the call closes, until the revision deadline', async () => {
    const deadline = new Date(Date.now() + 3 * 86_400_000).toISOString().replace('Z', '+00:00');
    const response = await app.request('POST', `/entries/${entries['clean']}/screening`, {
      token: secretary,
      body: {
        decision: 'needs_revision',
        reason: 'Thiếu bản chụp trang báo có măng-sét.',
        revisionDeadline: deadline,
      },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'needs_revision',
      revisionDeadline: new Date(deadline).toISOString(),
    });
    expect(await countRows(app.db, 'mail_messages', `template = 'screening-needs-revision'`)).toBe(
      1,
    );

    await setAwardStatus(app, organizer, awardId, 'closed');
    const fixed = await uploadFile(app, entries['clean']!, reporterA, {
      content: await pdfSample(3, 'fixed'),
      name: 'trang-bao.pdf',
    });
    expect(fixed.status).toBe(201);
    const resubmitted = await app.request('POST', `/entries/${entries['clean']}/submit`, {
      token: reporterA,
    });
    expect(resubmitted.status).toBe(200);
    expect(resubmitted.body).toMatchObject({ status: 'submitted', revisionDeadline: null });

    await app.request('POST', `/entries/${entries['clean']}/screening`, {
      token: secretary,
      body: { decision: 'needs_revision', reason: 'Vẫn thiếu.', revisionDeadline: deadline },
    });
    app.clock.advance(4 * 86_400_000);
    try {
      const late = await app.request('PATCH', `/entries/${entries['clean']}`, {
        token: await login(app, 'a@example.vn'),
        body: { title: 'Quá hạn' },
      });
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('REVISION_DEADLINE_PASSED');
    } finally {
      app.clock.advance(-4 * 86_400_000);
    }
    const history = await app.request('GET', `/awards/${awardId}/entries`, { token: secretary });
    expect(
      history.body.items
        .find((item: { id: string }) => item.id === entries['clean'])
        .decisions.map((d: { decision: string }) => d.decision),
    ).toEqual(['needs_revision', 'needs_revision']);
  });

  it('should refuse to screen a draft', async () => {
    await setAwardStatus(app, organizer, awardId, 'open');
    const draft = (
      await app.request('POST', `/awards/${awardId}/entries`, {
        token: reporterA,
        body: buildEntry(categoryId),
      })
    ).body;
    const response = await app.request('POST', `/entries/${draft.id}/screening`, {
      token: secretary,
      body: { decision: 'eligible' },
    });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('SCREENING_NOT_ALLOWED');
  });

  it('should decide in bulk only with a matching count, all or nothing', async () => {
    const ids = [entries['original']!, entries['clean']!];
    const before = await countRows(app.db, 'screening_decisions');
    const mismatch = await app.request('POST', `/awards/${awardId}/screening/bulk`, {
      token: secretary,
      body: { entryIds: ids, decision: 'eligible', confirmCount: 3 },
    });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.code).toBe('BULK_COUNT_MISMATCH');
    const foreign = await app.request('POST', `/awards/${awardId}/screening/bulk`, {
      token: secretary,
      body: {
        entryIds: [...ids, '00000000-0000-4000-8000-000000000000'],
        decision: 'eligible',
        confirmCount: 3,
      },
    });
    expect(foreign.status).toBe(404);
    expect(await countRows(app.db, 'screening_decisions')).toBe(before);

    const bulk = await app.request('POST', `/awards/${awardId}/screening/bulk`, {
      token: secretary,
      body: { entryIds: [entries['original']], decision: 'eligible', confirmCount: 1 },
    });
    expect(bulk.body).toEqual({ decided: 1, entryIds: [entries['original']] });
    expect(
      (await app.db.query('SELECT status FROM entries WHERE id = $1', [entries['original']]))
        .rows[0].status,
    ).toBe('eligible');
    // Eligible works are not mailed about.
    expect(
      await countRows(
        app.db,
        'mail_messages',
        `"to" = 'a@example.vn' AND template LIKE 'screening%'`,
      ),
    ).toBe(2);
  });

  it('should tell the secretariat of a same name with another birth date, and of works over the cap only while they count', async () => {
    const limited = await createAward(
      app,
      organizer,
      buildAward({ rules: buildRules({ maxEntriesPerAuthor: 1 }) }),
    );
    await addMember(app, organizer, limited.id, {
      email: 'secretary@example.vn',
      fullName: 'Thư ký',
      role: 'secretary',
    });
    await setAwardStatus(app, organizer, limited.id, 'open');
    const submitTo = async (
      token: string,
      title: string,
      author: { fullName: string; dateOfBirth: string },
    ) =>
      submitEntry(
        app,
        token,
        limited.id,
        buildEntry(limited.categories[0].id, { title, authors: [author] }),
        { content: await pdfSample(1, title), name: 'bai.pdf' },
      );
    const first = await submitTo(reporterB, 'Người giữ rừng', {
      fullName: 'Phạm Thị Hoa',
      dateOfBirth: '1980-01-01',
    });
    // Another birth date is not surely another person: the cap lets it in, the secretariat is told.
    const second = await submitTo(reporterA, 'Mùa nước nổi', {
      fullName: 'PHAM THI HOA',
      dateOfBirth: '1988-08-08',
    });
    const findingsOf = async (entryId: string) => {
      const queue = await app.request('GET', `/awards/${limited.id}/entries`, { token: secretary });
      return queue.body.items.find((item: { id: string }) => item.id === entryId).findings;
    };
    expect(await findingsOf(second)).toEqual([
      { code: 'POSSIBLY_SAME_AUTHOR', params: { max: 1 }, relatedEntryIds: [first] },
    ]);
    expect(await findingsOf(first)).toEqual([]);

    // Found ineligible, the first entry no longer takes the author's place.
    expect(
      (
        await app.request('POST', `/entries/${first}/screening`, {
          token: secretary,
          body: { decision: 'ineligible', reason: 'Sai thể loại.' },
        })
      ).status,
    ).toBe(200);
    expect(await findingsOf(second)).toEqual([]);
  });
});
