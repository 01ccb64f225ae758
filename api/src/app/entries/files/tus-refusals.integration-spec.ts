import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ERROR_MESSAGES, type ErrorCode } from '@press-award/contracts';
import { DEFAULT_FILE_RULES } from '@press-award/domain';
import { exeSample, wavSample } from '../../../../test/samples';
import { draftEntry, openAwardWith, type TestAward } from '../../../../test/scenario';
import {
  countRows,
  createUser,
  filesUnder,
  login,
  startTestApp,
  type TestApp,
} from '../../../../test/test-app';
import { TUS_ENDPOINT, tusClient, tusMetadata } from '../../../../test/tus-client';

/**
 * Every way the resumable-upload endpoint can refuse a request — the tus library's own refusals and
 * ours — answers JSON in the API's error shape with a stable code, in Vietnamese by default, and a
 * refused upload leaves nothing behind.
 */
describe('ResumableUploadsService refusals', () => {
  let app: TestApp;
  let token: string;
  let otherToken: string;
  let tus: ReturnType<typeof tusClient>;
  let award: TestAward;
  const tusDir = () => join(app.storageRoot, 'tus');

  beforeAll(async () => {
    app = await startTestApp();
    await createUser(app.db, { email: 'admin@example.vn', isAdmin: true });
    await createUser(app.db, { email: 'lan@example.vn', fullName: 'Nguyễn Thị Lan' });
    await createUser(app.db, { email: 'other@example.vn' });
    const adminToken = await login(app, 'admin@example.vn');
    token = await login(app, 'lan@example.vn');
    otherToken = await login(app, 'other@example.vn');
    tus = tusClient(app, token);
    award = await openAwardWith(
      app,
      adminToken,
      [
        { code: 'PT', name: 'Phát thanh', mediaType: 'radio' },
        { code: 'TH', name: 'Truyền hình', mediaType: 'tv' },
      ],
      {
        files: {
          radio: { maxBytes: 20_000_000, types: ['audio/wav', 'audio/mpeg'] },
          tv: DEFAULT_FILE_RULES.tv,
        },
      },
    );
  });
  afterAll(async () => app.close());

  const newEntry = async (code = 'PT'): Promise<string> =>
    (await draftEntry(app, token, award, code)).id;

  /** A fresh upload of `size` bytes for a new radio entry: its location, id and entry. */
  const newUpload = async (size = 100_000) => {
    const entryId = await newEntry();
    const created = await tus.create(size, { entryId, kind: 'work', filename: 'phong-su.wav' });
    expect(created.status).toBe(201);
    const location = created.headers.get('location')!;
    return { entryId, location, id: location.split('/').pop()! };
  };

  const fields = (entryId: string) => ({ entryId, kind: 'work', filename: 'phong-su.wav' });
  const raw = (method: string, path: string, headers: Record<string, string>, body?: Buffer) =>
    fetch(`${app.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...headers },
      body: body ? new Uint8Array(body) : undefined,
    });

  interface Case {
    name: string;
    status: number;
    code: ErrorCode;
    /** What stays on disk: `upload` for refusals that leave a resumable upload intact. */
    keeps?: 'upload';
    send(): Promise<{ response: Response; uploadId?: string; entryId?: string }>;
  }

  /** A case against a fresh upload; unless `removed`, the refusal must leave that upload resumable. */
  const onUpload = (
    name: string,
    status: number,
    code: ErrorCode,
    request: (upload: Awaited<ReturnType<typeof newUpload>>) => Promise<Response>,
    { size = 100_000, removed = false } = {},
  ): Case => ({
    name,
    status,
    code,
    keeps: removed ? undefined : 'upload',
    send: async () => {
      const upload = await newUpload(size);
      return { response: await request(upload), uploadId: upload.id, entryId: upload.entryId };
    },
  });

  const cases: Case[] = [
    {
      name: 'a request without Tus-Resumable',
      status: 412,
      code: 'TUS_VERSION_UNSUPPORTED',
      send: async () => ({ response: await raw('POST', TUS_ENDPOINT, { 'upload-length': '10' }) }),
    },
    {
      name: 'an unsupported protocol version',
      status: 412,
      code: 'TUS_VERSION_UNSUPPORTED',
      send: async () => ({
        response: await tus.create(10, fields(await newEntry()), {
          headers: { 'tus-resumable': '0.2.2' },
        }),
      }),
    },
    {
      name: 'a creation without Upload-Length',
      status: 400,
      code: 'UPLOAD_LENGTH_INVALID',
      send: async () => ({
        response: await raw('POST', TUS_ENDPOINT, {
          'tus-resumable': '1.0.0',
          'upload-metadata': tusMetadata(fields(await newEntry())),
        }),
      }),
    },
    {
      name: 'a creation with a malformed Upload-Length',
      status: 400,
      code: 'UPLOAD_LENGTH_INVALID',
      send: async () => ({
        response: await tus.create(10, fields(await newEntry()), {
          headers: { 'upload-length': '12abc' },
        }),
      }),
    },
    {
      name: 'a creation with a deferred length',
      status: 400,
      code: 'UPLOAD_LENGTH_INVALID',
      send: async () => ({
        response: await raw('POST', TUS_ENDPOINT, {
          'tus-resumable': '1.0.0',
          'upload-defer-length': '1',
          'upload-metadata': tusMetadata(fields(await newEntry())),
        }),
      }),
    },
    {
      name: 'a creation with both a length and a deferred length',
      status: 400,
      code: 'UPLOAD_LENGTH_INVALID',
      send: async () => ({
        response: await tus.create(10, fields(await newEntry()), {
          headers: { 'upload-defer-length': '1' },
        }),
      }),
    },
    {
      name: 'malformed Upload-Metadata',
      status: 400,
      code: 'UPLOAD_METADATA_INVALID',
      send: async () => ({
        response: await tus.create(
          10,
          {},
          { headers: { 'upload-metadata': 'entryId not-base64!,entryId x' } },
        ),
      }),
    },
    {
      name: 'a length above the server ceiling',
      status: 413,
      code: 'UPLOAD_TOO_LARGE',
      send: async () => ({ response: await tus.create(9 * 1024 ** 3, fields(await newEntry())) }),
    },
    {
      name: 'a length above the award limit',
      status: 413,
      code: 'FILE_TOO_LARGE',
      send: async () => ({ response: await tus.create(30_000_000, fields(await newEntry())) }),
    },
    {
      name: 'an empty file',
      status: 400,
      code: 'FILE_EMPTY',
      send: async () => ({ response: await tus.create(0, fields(await newEntry())) }),
    },
    {
      name: 'no filename',
      status: 400,
      code: 'VALIDATION_FAILED',
      send: async () => ({
        response: await tus.create(10, { entryId: await newEntry(), kind: 'work' }),
      }),
    },
    {
      name: 'an unknown file kind',
      status: 400,
      code: 'VALIDATION_FAILED',
      send: async () => ({
        response: await tus.create(10, { ...fields(await newEntry()), kind: 'poster' }),
      }),
    },
    {
      name: 'an entry of someone else',
      status: 404,
      code: 'ENTRY_NOT_FOUND',
      send: async () => ({
        response: await tus.create(10, fields(await newEntry()), { bearer: otherToken }),
      }),
    },
    {
      name: 'a parallel (concatenated) upload',
      status: 400,
      code: 'UPLOAD_EXTENSION_UNSUPPORTED',
      send: async () => ({
        response: await tus.create(10, fields(await newEntry()), {
          headers: { 'upload-concat': 'partial' },
        }),
      }),
    },
    {
      name: 'a bad X-Forwarded-Proto',
      status: 400,
      code: 'VALIDATION_FAILED',
      send: async () => ({
        response: await tus.create(10, fields(await newEntry()), {
          headers: { 'x-forwarded-proto': 'gopher' },
        }),
      }),
    },
    {
      name: 'an anonymous caller',
      status: 401,
      code: 'AUTH_REQUIRED',
      send: async () => ({
        response: await fetch(`${app.baseUrl}${TUS_ENDPOINT}`, {
          method: 'POST',
          headers: { 'tus-resumable': '1.0.0', 'upload-length': '10' },
        }),
      }),
    },
    {
      name: 'a PATCH to an unknown upload',
      status: 404,
      code: 'UPLOAD_NOT_FOUND',
      send: async () => ({
        response: await tus.patch(`${TUS_ENDPOINT}/doesnotexist0123456789`, 0, Buffer.alloc(10)),
      }),
    },
    {
      name: 'a DELETE of an unknown upload',
      status: 404,
      code: 'UPLOAD_NOT_FOUND',
      send: async () => ({
        response: await raw('DELETE', `${TUS_ENDPOINT}/doesnotexist0123456789`, {
          'tus-resumable': '1.0.0',
        }),
      }),
    },
    {
      name: 'a method tus does not speak',
      status: 404,
      code: 'UPLOAD_NOT_FOUND',
      send: async () => ({
        response: await raw('PUT', `${TUS_ENDPOINT}/doesnotexist0123456789`, {
          'tus-resumable': '1.0.0',
        }),
      }),
    },
    onUpload('a PATCH to the upload of someone else', 404, 'UPLOAD_NOT_FOUND', (upload) =>
      tus.patch(upload.location, 0, wavSample(1).subarray(0, 10_000), { bearer: otherToken }),
    ),
    onUpload('a PATCH at the wrong offset', 409, 'UPLOAD_OFFSET_CONFLICT', (upload) =>
      tus.patch(upload.location, 500, Buffer.alloc(100)),
    ),
    onUpload('a PATCH without Upload-Offset', 400, 'UPLOAD_OFFSET_INVALID', (upload) =>
      raw(
        'PATCH',
        upload.location,
        { 'tus-resumable': '1.0.0', 'content-type': 'application/offset+octet-stream' },
        Buffer.alloc(10),
      ),
    ),
    onUpload('a PATCH with a negative Upload-Offset', 400, 'UPLOAD_OFFSET_INVALID', (upload) =>
      tus.patch(upload.location, -1, Buffer.alloc(10)),
    ),
    onUpload('a PATCH without a content type', 415, 'UPLOAD_CONTENT_TYPE_INVALID', (upload) =>
      raw('PATCH', upload.location, { 'tus-resumable': '1.0.0', 'upload-offset': '0' }),
    ),
    onUpload('a PATCH with the wrong content type', 415, 'UPLOAD_CONTENT_TYPE_INVALID', (upload) =>
      tus.patch(upload.location, 0, Buffer.alloc(10), {
        headers: { 'content-type': 'text/plain' },
      }),
    ),
    onUpload(
      'a PATCH declaring a length the upload already has',
      400,
      'UPLOAD_LENGTH_INVALID',
      (upload) =>
        tus.patch(upload.location, 0, Buffer.alloc(10), { headers: { 'upload-length': '100000' } }),
    ),
    onUpload('a PATCH to an expired upload', 410, 'UPLOAD_EXPIRED', async (upload) => {
      const sidecar = join(tusDir(), `${upload.id}.json`);
      const state = JSON.parse(await readFile(sidecar, 'utf8'));
      await writeFile(
        sidecar,
        JSON.stringify({
          ...state,
          creation_date: new Date(Date.now() - 25 * 3600 * 1000).toISOString(),
        }),
      );
      return tus.patch(upload.location, 0, Buffer.alloc(10));
    }),
    // Refusals that end the upload: it is removed at once, not at expiry.
    onUpload(
      'a PATCH past the declared length',
      413,
      'UPLOAD_TOO_LARGE',
      (upload) => tus.patch(upload.location, 0, wavSample(1)),
      { size: 20_000, removed: true },
    ),
    onUpload(
      'first bytes of the wrong type',
      415,
      'FILE_TYPE_NOT_ALLOWED',
      (upload) => tus.patch(upload.location, 0, exeSample()),
      { size: exeSample().length, removed: true },
    ),
    onUpload(
      'a finished file refused by its content (a truncated WAV)',
      400,
      'FILE_TRUNCATED',
      (upload) => tus.patch(upload.location, 0, wavSample(1).subarray(0, 20_000)),
      { size: 20_000, removed: true },
    ),
  ];

  it.each(cases)(
    'should answer $name with $status $code in the error shape, leaving nothing it refused',
    async ({ status, code, keeps, send }) => {
      const before = await filesUnder(app.storageRoot);
      const { response, uploadId, entryId } = await send();
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.json()).toMatchObject({
        statusCode: status,
        code,
        message: ERROR_MESSAGES[code].vi,
      });

      const after = await filesUnder(app.storageRoot);
      const added = after.filter((path) => !before.includes(path));
      if (keeps === 'upload') {
        expect(added.map((path) => path.replace(tusDir(), ''))).toEqual(
          expect.arrayContaining([`/${uploadId}`, `/${uploadId}.json`]),
        );
      } else {
        // No staging file, no sidecar, no temp file, no stored copy.
        expect(added).toEqual([]);
      }
      if (entryId)
        expect(await countRows(app.db, 'entry_files', 'entry_id = $1', [entryId])).toBe(0);
    },
  );

  it('should keep the protocol headers a client needs with a refusal', async () => {
    const version = await tus.create(10, fields(await newEntry()), {
      headers: { 'tus-resumable': '0.2.2' },
    });
    expect(version.headers.get('tus-version')).toBe('1.0.0');
    expect(version.headers.get('tus-resumable')).toBe('1.0.0');

    const upload = await newUpload();
    const sent = await tus.patch(upload.location, 0, wavSample(1).subarray(0, 5000));
    expect(sent.status).toBe(204);
    const conflict = await tus.patch(upload.location, 0, Buffer.alloc(10));
    expect(conflict.status).toBe(409);
    expect(conflict.headers.get('upload-offset')).toBe('5000');
    expect(conflict.headers.get('tus-resumable')).toBe('1.0.0');
    const missing = await tus.head(`${TUS_ENDPOINT}/doesnotexist0123456789`);
    expect(missing.status).toBe(404);
  });

  it('should answer in English when asked', async () => {
    const response = await raw('POST', TUS_ENDPOINT, {
      'upload-length': '10',
      'accept-language': 'en-GB,en;q=0.9',
    });
    expect(await response.json()).toEqual({
      statusCode: 412,
      code: 'TUS_VERSION_UNSUPPORTED',
      message: ERROR_MESSAGES.TUS_VERSION_UNSUPPORTED.en,
    });
  });
});
