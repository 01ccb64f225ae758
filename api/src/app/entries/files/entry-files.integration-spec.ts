import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_FILE_RULES } from '@press-award/domain';
import { buildAward, buildEntry, buildRules } from '../../../../test/factories';
import {
  docxSample,
  exeSample,
  jpegSample,
  mp4Sample,
  pdfSample,
  pngSample,
  wavSample,
} from '../../../../test/samples';
import {
  createAward,
  draftEntry,
  openAwardWith,
  setAwardStatus,
  type TestAward,
} from '../../../../test/scenario';
import {
  countRows,
  createUser,
  filesUnder,
  login,
  startTestApp,
  uploadFile,
  type TestApp,
} from '../../../../test/test-app';

const sha256 = (buffer: Buffer) => createHash('sha256').update(buffer).digest('hex');

describe('EntryFilesController', () => {
  let app: TestApp;
  let adminToken: string;
  let reporterToken: string;
  let otherToken: string;
  let award: TestAward;

  beforeAll(async () => {
    app = await startTestApp();
    await createUser(app.db, { email: 'admin@example.vn', isAdmin: true });
    await createUser(app.db, { email: 'nhung@example.vn', fullName: 'Đặng Thị Hồng Nhung' });
    await createUser(app.db, { email: 'other@example.vn' });
    adminToken = await login(app, 'admin@example.vn');
    reporterToken = await login(app, 'nhung@example.vn');
    otherToken = await login(app, 'other@example.vn');
    award = await openAwardWith(
      app,
      adminToken,
      [
        { code: 'IN', name: 'Báo in', mediaType: 'print' },
        { code: 'TH', name: 'Truyền hình', mediaType: 'tv' },
        { code: 'PT', name: 'Phát thanh', mediaType: 'radio' },
      ],
      {
        languages: ['vi', 'km'],
        files: {
          print: { maxBytes: 100_000, types: ['application/pdf', 'image/jpeg'] },
          tv: DEFAULT_FILE_RULES.tv,
          radio: DEFAULT_FILE_RULES.radio,
        },
      },
    );
  });
  afterAll(async () => app.close());

  const newEntry = (code = 'IN', overrides: Record<string, unknown> = {}, token = reporterToken) =>
    draftEntry(app, token, award, code, overrides);
  const storedFiles = async () =>
    (await filesUnder(app.storageRoot)).filter(
      (path) => !path.includes(`${join(app.storageRoot, 'tmp')}`),
    );
  const tempFiles = async () => filesUnder(join(app.storageRoot, 'tmp'));

  it('should store a PDF under a server name with its sha256 and page count, and return the same record for a duplicate', async () => {
    const entry = await newEntry();
    const pdf = await pdfSample(3);
    const first = await uploadFile(app, entry.id, reporterToken, {
      content: pdf,
      name: 'Báo in số 123 – trang 1.pdf',
      type: 'image/png',
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      kind: 'work',
      size: pdf.length,
      sha256: sha256(pdf),
      mimeType: 'application/pdf',
      pageCount: 3,
      originalName: 'Báo in số 123 – trang 1.pdf',
    });
    const stored = await storedFiles();
    expect(stored.some((path) => path.endsWith(first.body.id))).toBe(true);
    expect(stored.some((path) => path.includes('Báo'))).toBe(false);

    const again = await uploadFile(app, entry.id, reporterToken, {
      content: pdf,
      name: 'copy.pdf',
    });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(await countRows(app.db, 'entry_files', 'entry_id = $1', [entry.id])).toBe(1);
    expect(await tempFiles()).toEqual([]);

    const ranged = await fetch(
      `${app.baseUrl}/api/v1/entries/${entry.id}/files/${first.body.id}/content`,
      { headers: { authorization: `Bearer ${reporterToken}`, range: 'bytes=0-7' } },
    );
    expect(ranged.status).toBe(206);
    expect(Buffer.from(await ranged.arrayBuffer()).toString('latin1')).toBe(
      pdf.subarray(0, 8).toString('latin1'),
    );
    expect(ranged.headers.get('content-range')).toBe(`bytes 0-7/${pdf.length}`);
  });

  it.each([
    [
      'a PNG where the print rules take PDF and JPEG',
      () => pngSample(),
      'trang.pdf',
      415,
      'FILE_TYPE_NOT_ALLOWED',
    ],
    [
      'a Windows executable named like a PDF',
      () => exeSample(),
      'bao.pdf',
      415,
      'FILE_TYPE_NOT_ALLOWED',
    ],
    ['an empty file', () => Buffer.alloc(0), 'empty.pdf', 400, 'FILE_EMPTY'],
  ])('should refuse %s and keep nothing', async (_name, content, fileName, status, code) => {
    const entry = await newEntry();
    const before = await storedFiles();
    const response = await uploadFile(app, entry.id, reporterToken, {
      content: content(),
      name: fileName,
      type: 'application/pdf',
    });
    expect(response.status).toBe(status);
    expect(response.body.code).toBe(code);
    expect(await countRows(app.db, 'entry_files', 'entry_id = $1', [entry.id])).toBe(0);
    expect(await storedFiles()).toEqual(before);
    expect(await tempFiles()).toEqual([]);
  });

  it('should refuse a truncated PDF and a truncated JPEG', async () => {
    const entry = await newEntry();
    const pdf = await pdfSample(2);
    const cut = await uploadFile(app, entry.id, reporterToken, {
      content: pdf.subarray(0, Math.floor(pdf.length / 2)),
      name: 'cut.pdf',
    });
    expect(cut.status).toBe(400);
    expect(cut.body.code).toBe('FILE_TRUNCATED');
    const jpeg = jpegSample();
    const cutJpeg = await uploadFile(app, entry.id, reporterToken, {
      content: jpeg.subarray(0, jpeg.length - 2),
      name: 'cut.jpg',
    });
    expect(cutJpeg.body.code).toBe('FILE_TRUNCATED');
    expect(await countRows(app.db, 'entry_files', 'entry_id = $1', [entry.id])).toBe(0);
    expect(await tempFiles()).toEqual([]);
  });

  it('should stop reading at the size limit with 413 and keep nothing', async () => {
    const entry = await newEntry();
    const before = await storedFiles();
    const big = Buffer.concat([await pdfSample(1), Buffer.alloc(300_000)]);
    const response = await uploadFile(app, entry.id, reporterToken, {
      content: big,
      name: 'big.pdf',
    });
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({
      code: 'FILE_TOO_LARGE',
      details: [expect.objectContaining({ params: { maxBytes: 100_000 } })],
    });
    // Within the multipart overhead allowance, so the body is read, then cut at the limit.
    const justOver = Buffer.concat([await pdfSample(1), Buffer.alloc(120_000)]);
    const cut = await uploadFile(app, entry.id, reporterToken, {
      content: justOver,
      name: 'over.pdf',
    });
    expect(cut.status).toBe(413);
    expect(await storedFiles()).toEqual(before);
    expect(await tempFiles()).toEqual([]);
  });

  it('should validate the upload fields and the request shape', async () => {
    const entry = await newEntry();
    const pdf = await pdfSample(1);
    const badKind = await uploadFile(
      app,
      entry.id,
      reporterToken,
      { content: pdf, name: 'a.pdf' },
      { kind: 'poster' },
    );
    expect(badKind.status).toBe(400);
    expect(badKind.body.details).toContainEqual(expect.objectContaining({ field: 'kind' }));
    const badPart = await uploadFile(
      app,
      entry.id,
      reporterToken,
      { content: pdf, name: 'a.pdf' },
      { kind: 'work', partIndex: '3' },
    );
    expect(badPart.body.details).toContainEqual(
      expect.objectContaining({ field: 'partIndex', code: 'PART_NOT_FOUND' }),
    );
    const noFile = await fetch(`${app.baseUrl}/api/v1/entries/${entry.id}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${reporterToken}` },
      body: (() => {
        const form = new FormData();
        form.append('kind', 'work');
        return form;
      })(),
    });
    expect(noFile.status).toBe(400);
    expect((await noFile.json()).code).toBe('FILE_REQUIRED');
    const json = await app.request('POST', `/entries/${entry.id}/files`, {
      token: reporterToken,
      body: { kind: 'work' },
    });
    expect(json.status).toBe(415);
    expect(json.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(await countRows(app.db, 'entry_files', 'entry_id = $1', [entry.id])).toBe(0);
    expect(await tempFiles()).toEqual([]);
  });

  it('should not let another user upload to, read or delete an entry file', async () => {
    const entry = await newEntry();
    const pdf = await pdfSample(1);
    const stranger = await uploadFile(app, entry.id, otherToken, { content: pdf, name: 'x.pdf' });
    expect(stranger.status).toBe(404);
    expect(stranger.body.code).toBe('ENTRY_NOT_FOUND');
    const mine = await uploadFile(app, entry.id, reporterToken, { content: pdf, name: 'x.pdf' });
    expect(
      (
        await app.request('GET', `/entries/${entry.id}/files/${mine.body.id}/content`, {
          token: otherToken,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await app.request('DELETE', `/entries/${entry.id}/files/${mine.body.id}`, {
          token: otherToken,
        })
      ).status,
    ).toBe(404);
    expect(await countRows(app.db, 'entry_files', 'entry_id = $1', [entry.id])).toBe(1);
  });

  it('should record media facts: audio duration by ffprobe when installed, image size', async () => {
    const entry = await newEntry('PT');
    const wav = await uploadFile(app, entry.id, reporterToken, {
      content: wavSample(2),
      name: 'phong-su.wav',
    });
    expect(wav.status).toBe(201);
    expect(wav.body.mimeType).toBe('audio/wav');
    const probe = app.app.get((await import('../../../infra/media/media-probe')).MediaProbe);
    if (await probe.hasFfprobe()) {
      expect(wav.body.durationSeconds).toBeCloseTo(2, 1);
      expect(wav.body.missingTools).toEqual([]);
    } else {
      // Reported, never guessed.
      expect(wav.body.durationSeconds).toBeNull();
      expect(wav.body.missingTools).toEqual(['ffprobe']);
    }
    const script = await uploadFile(
      app,
      entry.id,
      reporterToken,
      { content: docxSample(), name: 'kịch bản.docx' },
      { kind: 'script' },
    );
    expect(script.status).toBe(201);
    expect(script.body.mimeType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const photoEntry = await newEntry();
    const jpeg = await uploadFile(app, photoEntry.id, reporterToken, {
      content: jpegSample(640, 480),
      name: 'anh.jpg',
    });
    expect(jpeg.body).toMatchObject({ width: 640, height: 480, mimeType: 'image/jpeg' });
  });

  it('should take a TV video and read its duration', async () => {
    const video = mp4Sample(1);
    if (!video) return; // ffmpeg not installed here: covered in CI, where .ci/run installs it
    const entry = await newEntry('TH');
    const response = await uploadFile(app, entry.id, reporterToken, {
      content: video,
      name: 'phóng sự.mp4',
    });
    expect(response.status).toBe(201);
    expect(response.body.mimeType).toBe('video/mp4');
    expect(response.body.durationSeconds).toBeCloseTo(1, 0);
  });

  it('should submit with a receipt listing each file and its sha256, then lock the files', async () => {
    const entry = await newEntry('IN', { language: 'km' });
    const pdf = await pdfSample(2);
    const work = await uploadFile(app, entry.id, reporterToken, {
      content: pdf,
      name: 'bài báo.pdf',
    });
    const noTranslation = await app.request('POST', `/entries/${entry.id}/submit`, {
      token: reporterToken,
    });
    expect(noTranslation.status).toBe(400);
    expect(noTranslation.body.code).toBe('TRANSLATION_REQUIRED');
    await uploadFile(
      app,
      entry.id,
      reporterToken,
      { content: docxSample(), name: 'bản dịch.docx' },
      { kind: 'translation' },
    );

    const submitted = await app.request('POST', `/entries/${entry.id}/submit`, {
      token: reporterToken,
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({
      status: 'submitted',
      receiptNumber: expect.stringMatching(/^2026-[0-9A-F]{4}-\d{5}$/),
    });
    const mail = await app.db.query(
      `SELECT subject, text FROM mail_messages WHERE template = 'receipt' ORDER BY created_at DESC LIMIT 1`,
    );
    expect(mail.rows[0].subject).toContain(submitted.body.receiptNumber);
    expect(mail.rows[0].text).toContain(sha256(pdf));
    expect(mail.rows[0].text).toContain('bài báo.pdf');

    const locked = await app.request('DELETE', `/entries/${entry.id}/files/${work.body.id}`, {
      token: reporterToken,
    });
    expect(locked.status).toBe(409);
    expect(locked.body.code).toBe('ENTRY_NOT_EDITABLE');
    expect(
      (
        await uploadFile(app, entry.id, reporterToken, {
          content: await pdfSample(5),
          name: 'late.pdf',
        })
      ).body.code,
    ).toBe('ENTRY_NOT_EDITABLE');

    const withdrawn = await app.request('POST', `/entries/${entry.id}/withdraw`, {
      token: reporterToken,
    });
    expect(withdrawn.body.status).toBe('withdrawn');
    expect(
      (
        await app.request('DELETE', `/entries/${entry.id}/files/${work.body.id}`, {
          token: reporterToken,
        })
      ).status,
    ).toBe(204);
    expect(existsSync(join(app.storageRoot, 'entries', entry.id, work.body.id))).toBe(false);
  });

  it('should count works per author across submitters, by normalised name and birth date', async () => {
    const limited = await createAward(
      app,
      adminToken,
      buildAward({ rules: buildRules({ maxEntriesPerAuthor: 1 }) }),
    );
    await setAwardStatus(app, adminToken, limited.id, 'open');
    const submitWith = async (token: string, fullName: string) => {
      const entry = (
        await app.request('POST', `/awards/${limited.id}/entries`, {
          token,
          body: buildEntry(limited.categories[0].id, {
            authors: [{ fullName, dateOfBirth: '1985-03-08' }],
          }),
        })
      ).body;
      await uploadFile(app, entry.id, token, {
        content: await pdfSample(1, fullName + Math.random()),
        name: 'a.pdf',
      });
      return app.request('POST', `/entries/${entry.id}/submit`, { token });
    };
    expect((await submitWith(reporterToken, 'Đặng Thị Hồng Nhung')).status).toBe(200);
    const second = await submitWith(otherToken, 'DANG THI HONG NHUNG');
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('AUTHOR_ENTRY_LIMIT_REACHED');
    expect(second.body.details).toEqual([
      expect.objectContaining({ field: 'authors.0', params: { max: 1 } }),
    ]);
  });

  it('should delete a draft with its stored files', async () => {
    const entry = await newEntry();
    const file = await uploadFile(app, entry.id, reporterToken, {
      content: await pdfSample(4),
      name: 'x.pdf',
    });
    const path = join(app.storageRoot, 'entries', entry.id, file.body.id);
    expect(existsSync(path)).toBe(true);
    expect(
      (await app.request('DELETE', `/entries/${entry.id}`, { token: reporterToken })).status,
    ).toBe(204);
    expect(existsSync(path)).toBe(false);
    expect(await countRows(app.db, 'entry_files', 'entry_id = $1', [entry.id])).toBe(0);
  });
});

describe('EntryFilesController without ffprobe', () => {
  let app: TestApp;
  afterAll(async () => app.close());

  it('should report the missing tool instead of guessing a duration', async () => {
    app = await startTestApp({ FFPROBE_PATH: '/nonexistent/ffprobe' });
    await createUser(app.db, { email: 'admin@example.vn', isAdmin: true });
    const token = await login(app, 'admin@example.vn');
    const award = (
      await app.request('POST', '/awards', {
        token,
        body: buildAward({
          rules: buildRules({ files: { radio: DEFAULT_FILE_RULES.radio } }),
          categories: [{ code: 'PT', name: 'Phát thanh', mediaType: 'radio' }],
        }),
      })
    ).body;
    await app.request('POST', `/awards/${award.id}/status`, { token, body: { status: 'open' } });
    const entry = (
      await app.request('POST', `/awards/${award.id}/entries`, {
        token,
        body: buildEntry(award.categories[0].id),
      })
    ).body;
    const response = await uploadFile(app, entry.id, token, {
      content: wavSample(1),
      name: 'a.wav',
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ durationSeconds: null, missingTools: ['ffprobe'] });
  });
});
