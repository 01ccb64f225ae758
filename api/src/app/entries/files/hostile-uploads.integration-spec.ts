import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { DEFAULT_FILE_RULES } from '@press-award/domain';
import {
  BIDI_NAME,
  jpegBomb,
  jpegWithHtmlAppended,
  pdfWithPages,
  pdfWithZipAppended,
  pngBomb,
  plantedJpeg,
  zipWith,
} from '../../../../test/hostile-corpus';
import { pdfSample } from '../../../../test/samples';
import { draftEntry, openAwardWith, type TestAward } from '../../../../test/scenario';
import {
  countRows,
  createUser,
  filesUnder,
  login,
  startTestApp,
  uploadFile,
  type TestApp,
} from '../../../../test/test-app';

/**
 * Files built to hurt the server or to pass for something else are refused at upload, from their
 * headers, with the error shape — and leave no row and no byte behind.
 */
describe('hostile uploads', () => {
  let app: TestApp;
  let reporter: string;
  let award: TestAward;
  const storedFiles = async () =>
    (await filesUnder(app.storageRoot)).filter(
      (path) => !path.includes(join(app.storageRoot, 'tmp')),
    );

  beforeAll(async () => {
    app = await startTestApp();
    await createUser(app.db, { email: 'btc@example.vn', isAdmin: true });
    await createUser(app.db, { email: 'pv@example.vn' });
    const organizer = await login(app, 'btc@example.vn');
    reporter = await login(app, 'pv@example.vn');
    // The print category of this award takes at most 40 pages per file.
    award = await openAwardWith(
      app,
      organizer,
      [
        { code: 'IN', name: 'Báo in', mediaType: 'print' },
        { code: 'AN', name: 'Ảnh', mediaType: 'photo' },
      ],
      {
        files: {
          print: { ...DEFAULT_FILE_RULES.print, maxPages: 40 },
          photo: DEFAULT_FILE_RULES.photo,
        },
      },
    );
  });
  afterAll(async () => app.close());

  const newEntry = async (code: string) =>
    (await draftEntry(app, reporter, award, code)) as { id: string };

  it.each([
    [
      'a 2.4 MB PNG that claims 50,000 × 50,000 pixels',
      'AN',
      () => pngBomb(),
      'bomb.png',
      'IMAGE_TOO_MANY_PIXELS',
    ],
    [
      'a JPEG of a few hundred bytes that claims 65,500 × 65,500 pixels',
      'AN',
      () => jpegBomb(),
      'bomb.jpg',
      'IMAGE_TOO_MANY_PIXELS',
    ],
    [
      'a PDF over the award’s page limit',
      'IN',
      () => pdfWithPages(41),
      'dai.pdf',
      'PDF_TOO_MANY_PAGES',
    ],
  ] as const)(
    'should refuse %s at upload, in the error shape, leaving nothing behind',
    async (_name, code, make, name, detail) => {
      const entry = await newEntry(code);
      const before = {
        files: await countRows(app.db, 'entry_files'),
        stored: (await storedFiles()).length,
      };
      const response = await uploadFile(app, entry.id, reporter, { content: await make(), name });
      expect(response.status).toBe(413);
      expect(response.body).toMatchObject({
        statusCode: 413,
        code: 'FILE_CONTENT_TOO_LARGE',
        details: [expect.objectContaining({ field: 'file', code: detail })],
      });
      // Vietnamese by default.
      expect(response.body.message).toMatch(/giới hạn/);
      expect({
        files: await countRows(app.db, 'entry_files'),
        stored: (await storedFiles()).length,
      }).toEqual(before);
      expect(await filesUnder(join(app.storageRoot, 'tmp'))).toEqual([]);
    },
  );

  it('should accept the same PDF within the page limit', async () => {
    const entry = await newEntry('IN');
    expect(
      (
        await uploadFile(app, entry.id, reporter, {
          content: await pdfWithPages(40),
          name: 'du.pdf',
        })
      ).status,
    ).toBe(201);
  });

  it.each([
    ['a PDF with a ZIP appended after its end', 'IN', () => pdfWithZipAppended(), 'ghep.pdf'],
    [
      'a JPEG with an HTML page after its end marker',
      'AN',
      () => jpegWithHtmlAppended(),
      'ghep.jpg',
    ],
    [
      'a PNG with a ZIP after its IEND chunk',
      'AN',
      async () => Buffer.concat([pngBomb(8, 8), await zipWith('a.txt', 'x')]),
      'ghep.png',
    ],
  ] as const)('should refuse a polyglot: %s', async (_name, code, make, name) => {
    const entry = await newEntry(code);
    const before = await countRows(app.db, 'entry_files');
    const response = await uploadFile(app, entry.id, reporter, { content: await make(), name });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      code: 'FILE_TRAILING_DATA',
      details: [expect.objectContaining({ field: 'file', code: 'FILE_TRAILING_DATA' })],
    });
    expect(await countRows(app.db, 'entry_files')).toBe(before);
  });

  it('should accept files padded with zeros or line breaks after their end, and JPEGs whose EXIF holds a thumbnail end marker', async () => {
    const entry = await newEntry('IN');
    const padded = Buffer.concat([await pdfSample(1), Buffer.from('\r\n\0\0\0\n')]);
    expect(
      (await uploadFile(app, entry.id, reporter, { content: padded, name: 'a.pdf' })).status,
    ).toBe(201);
    const photo = await newEntry('AN');
    expect(
      (await uploadFile(app, photo.id, reporter, { content: await plantedJpeg(), name: 'b.jpg' }))
        .status,
    ).toBe(201);
  });

  it('should remove bidirectional overrides and invisible characters from file names', async () => {
    const entry = await newEntry('IN');
    const response = await uploadFile(app, entry.id, reporter, {
      content: await pdfSample(1),
      name: `${BIDI_NAME}\u200b\u2066.pdf`,
    });
    expect(response.status).toBe(201);
    expect(response.body.originalName).toBe('invoicefdp.exe.pdf');
    const stored: string = (
      await app.db.query('SELECT original_name FROM entry_files WHERE id = $1', [response.body.id])
    ).rows[0].original_name;
    expect(stored).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b-\u200f]/);
    // Vietnamese names keep their diacritics.
    const named = await uploadFile(app, entry.id, reporter, {
      content: await pdfSample(2),
      name: 'Phóng sự Đặng Thị.pdf',
    });
    expect(named.body.originalName).toBe('Phóng sự Đặng Thị.pdf');
  });
});
