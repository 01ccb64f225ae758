import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { DEFAULT_FILE_RULES } from '@press-award/domain';
import { docxSample, exeSample } from '../../../../test/samples';
import { draftEntry, openAwardWith, type TestAward } from '../../../../test/scenario';
import {
  countRows,
  createUser,
  filesUnder,
  login,
  startTestApp,
  type TestApp,
} from '../../../../test/test-app';
import { sendOnlyTheStart, tusClient } from '../../../../test/tus-client';

const GiB = 1024 ** 3;
/** The first chunk a client sends: far more than the sniffer needs, far less than the file. */
const FIRST_CHUNK = 64 * 1024;

/** The start of a file: `header` padded with zeros to the first chunk. */
const startOf = (header: Buffer) =>
  Buffer.concat([header, Buffer.alloc(FIRST_CHUNK - header.length)]);

/**
 * A wrong-format multi-GB "video" is refused after its first chunk, not after the whole upload, on
 * both ways in — and nothing of it stays on disk.
 */
describe('First-bytes type check', () => {
  let app: TestApp;
  let token: string;
  let tus: ReturnType<typeof tusClient>;
  let award: TestAward;

  beforeAll(async () => {
    app = await startTestApp();
    await createUser(app.db, { email: 'admin@example.vn', isAdmin: true });
    await createUser(app.db, { email: 'hung@example.vn', fullName: 'Lê Văn Hùng' });
    const adminToken = await login(app, 'admin@example.vn');
    token = await login(app, 'hung@example.vn');
    tus = tusClient(app, token);
    award = await openAwardWith(
      app,
      adminToken,
      [{ code: 'TH', name: 'Truyền hình', mediaType: 'tv' }],
      { files: { tv: DEFAULT_FILE_RULES.tv } },
    );
  });
  afterAll(async () => app.close());

  const newEntry = async (): Promise<string> => (await draftEntry(app, token, award, 'TH')).id;

  const expectNothingKept = async (entryId: string) => {
    expect(await filesUnder(join(app.storageRoot, 'tus'))).toEqual([]);
    expect(await filesUnder(join(app.storageRoot, 'tmp'))).toEqual([]);
    expect(await countRows(app.db, 'entry_files', 'entry_id = $1', [entryId])).toBe(0);
  };

  const createUpload = async (entryId: string, size: number, kind = 'work') => {
    const created = await tus.create(size, { entryId, kind, filename: 'phong-su.mp4' });
    expect(created.status).toBe(201);
    return created.headers.get('location')!;
  };

  const patchStart = (location: string, declaredLength: number, header: Buffer) =>
    sendOnlyTheStart(
      `${app.baseUrl}${location}`,
      'PATCH',
      {
        authorization: `Bearer ${token}`,
        'tus-resumable': '1.0.0',
        'upload-offset': '0',
        'content-type': 'application/offset+octet-stream',
        'content-length': String(declaredLength),
      },
      startOf(header),
    );

  it.each([
    ['an EXE', exeSample().subarray(0, 4096)],
    ['a ZIP', docxSample().subarray(0, 4096)],
  ])(
    'should refuse %s declared as a 2 GB video after its first tus chunk and keep nothing',
    async (_name, header) => {
      const entryId = await newEntry();
      const location = await createUpload(entryId, 2 * GiB);
      const answer = await patchStart(location, 2 * GiB, header);
      expect(answer.status).toBe(415);
      expect(JSON.parse(answer.body)).toMatchObject({
        code: 'FILE_TYPE_NOT_ALLOWED',
        statusCode: 415,
      });
      await expectNothingKept(entryId);
    },
  );

  it('should check the first bytes even when the client sends them in tiny chunks', async () => {
    const entryId = await newEntry();
    const location = await createUpload(entryId, 100_000);
    const exe = exeSample();
    expect((await tus.patch(location, 0, exe.subarray(0, 100))).status).toBe(204);
    expect((await tus.patch(location, 100, exe.subarray(100, 1000))).status).toBe(204);
    const refused = await tus.patch(location, 1000, exe.subarray(1000, 5000));
    expect(refused.status).toBe(415);
    expect((await refused.json()).code).toBe('FILE_TYPE_NOT_ALLOWED');
    await expectNothingKept(entryId);
  });

  it('should let a ZIP through the early check where a DOCX is acceptable', async () => {
    const entryId = await newEntry();
    const location = await createUpload(entryId, 200_000, 'script');
    const first = await tus.patch(location, 0, startOf(docxSample().subarray(0, 4096)));
    expect(first.status).toBe(204);
    expect(first.headers.get('upload-offset')).toBe(String(FIRST_CHUNK));
    const cancelled = await fetch(`${app.baseUrl}${location}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${token}`, 'tus-resumable': '1.0.0' },
    });
    expect(cancelled.status).toBe(204);
    await expectNothingKept(entryId);
  });

  it('should refuse a multipart EXE declared as a 1 GB video after its first bytes, unread and unwritten', async () => {
    const entryId = await newEntry();
    const boundary = '----press-award-test-boundary';
    const preamble = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nwork\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="phong-su.mp4"\r\nContent-Type: video/mp4\r\n\r\n`,
    );
    const answer = await sendOnlyTheStart(
      `${app.baseUrl}/api/v1/entries/${entryId}/files`,
      'POST',
      {
        authorization: `Bearer ${token}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(GiB),
      },
      Buffer.concat([preamble, startOf(exeSample())]),
    );
    expect(answer.status).toBe(415);
    expect(JSON.parse(answer.body)).toMatchObject({
      code: 'FILE_TYPE_NOT_ALLOWED',
      statusCode: 415,
    });
    await expectNothingKept(entryId);
  });
});
