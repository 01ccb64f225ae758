import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { DEFAULT_FILE_RULES } from '@press-award/domain';
import { mp4Sample, pdfSample, wavSample } from '../../../../test/samples';
import { draftEntry, openAwardWith, type TestAward } from '../../../../test/scenario';
import {
  countRows,
  createUser,
  filesUnder,
  login,
  startTestApp,
  type TestApp,
} from '../../../../test/test-app';
import { startPatch, tusClient } from '../../../../test/tus-client';

describe('ResumableUploadsController (tus)', () => {
  let app: TestApp;
  let token: string;
  let otherToken: string;
  let award: TestAward;

  beforeAll(async () => {
    app = await startTestApp();
    await createUser(app.db, { email: 'admin@example.vn', isAdmin: true });
    await createUser(app.db, { email: 'duc@example.vn', fullName: 'Trương Minh Đức' });
    await createUser(app.db, { email: 'other@example.vn' });
    const adminToken = await login(app, 'admin@example.vn');
    token = await login(app, 'duc@example.vn');
    otherToken = await login(app, 'other@example.vn');
    award = await openAwardWith(
      app,
      adminToken,
      [
        { code: 'TH', name: 'Truyền hình', mediaType: 'tv' },
        { code: 'PT', name: 'Phát thanh', mediaType: 'radio' },
      ],
      {
        files: {
          tv: DEFAULT_FILE_RULES.tv,
          radio: { maxBytes: 20_000_000, types: ['audio/wav', 'audio/mpeg'] },
        },
      },
    );
  });
  afterAll(async () => app.close());

  const newEntry = (code: string) => draftEntry(app, token, award, code);

  const create = (size: number, fields: Record<string, string>, bearer = token) =>
    tusClient(app, token).create(size, fields, { bearer });
  const patch = (location: string, offset: number, body: Buffer, bearer = token) =>
    tusClient(app, token).patch(location, offset, body, { bearer });
  const head = (location: string, bearer = token) => tusClient(app, token).head(location, bearer);

  /** Sends the first `cutAt` bytes of a PATCH, then drops the connection, as a failing network would. */
  const patchAndDrop = (location: string, body: Buffer, cutAt: number) =>
    new Promise<void>((done) => {
      const { outgoing, outcome } = startPatch(`${app.baseUrl}${location}`, token, 0, body.length);
      void outcome.then(() => done());
      let sent = 0;
      const chunk = 256 * 1024;
      const pump = () => {
        while (sent < cutAt) {
          const piece = body.subarray(sent, Math.min(sent + chunk, cutAt));
          sent += piece.length;
          if (!outgoing.write(piece)) return outgoing.once('drain', pump);
        }
        setTimeout(() => {
          outgoing.destroy();
          setTimeout(done, 200);
        }, 300);
      };
      pump();
    });

  it('should resume a dropped upload where it stopped and store it byte for byte', async () => {
    const entry = await newEntry('PT');
    const audio = wavSample(60); // 5.3 MB
    const created = await create(audio.length, {
      entryId: entry.id,
      kind: 'work',
      filename: 'phóng sự phát thanh.wav',
    });
    expect(created.status).toBe(201);
    const location = created.headers.get('location')!;
    expect(location).toMatch(/^\/api\/v1\/uploads\/tus\/[A-Za-z0-9]+$/);

    await patchAndDrop(location, audio, 3_000_000);
    const offset = Number((await head(location)).headers.get('upload-offset'));
    expect(offset).toBeGreaterThan(0);
    expect(offset).toBeLessThan(audio.length);
    expect(await countRows(app.db, 'entry_files', 'entry_id = $1', [entry.id])).toBe(0);

    // Someone else can neither see nor continue it.
    expect((await head(location, otherToken)).status).toBe(404);
    expect((await patch(location, offset, audio.subarray(offset), otherToken)).status).toBe(404);

    const finished = await patch(location, offset, audio.subarray(offset));
    expect(finished.status).toBe(204);
    const fileId = finished.headers.get('x-entry-file-id');
    const { rows } = await app.db.query(
      'SELECT sha256, size, mime_type, original_name FROM entry_files WHERE id = $1',
      [fileId],
    );
    expect(rows[0]).toMatchObject({
      sha256: createHash('sha256').update(audio).digest('hex'),
      size: String(audio.length),
      mime_type: 'audio/wav',
      original_name: 'phóng sự phát thanh.wav',
    });
    expect(await filesUnder(join(app.storageRoot, 'tus'))).toEqual([]);
  });

  it('should refuse at creation what the rules refuse: size, kind, entries of others', async () => {
    const entry = await newEntry('PT');
    const tooBig = await create(30_000_000, {
      entryId: entry.id,
      kind: 'work',
      filename: 'dai.wav',
    });
    expect(tooBig.status).toBe(413);
    expect(JSON.parse(await tooBig.text())).toMatchObject({
      code: 'FILE_TOO_LARGE',
      details: [expect.objectContaining({ params: { maxBytes: 20_000_000 } })],
    });
    const badKind = await create(1000, { entryId: entry.id, kind: 'poster', filename: 'x.wav' });
    expect(badKind.status).toBe(400);
    const stranger = await create(
      1000,
      { entryId: entry.id, kind: 'work', filename: 'x.wav' },
      otherToken,
    );
    expect(stranger.status).toBe(404);
    const anonymous = await fetch(`${app.baseUrl}/api/v1/uploads/tus`, {
      method: 'POST',
      headers: { 'tus-resumable': '1.0.0', 'upload-length': '10' },
    });
    expect(anonymous.status).toBe(401);
    expect(await filesUnder(join(app.storageRoot, 'tus'))).toEqual([]);
  });

  it('should check the finished file by its content and keep nothing when it is refused', async () => {
    const entry = await newEntry('PT');
    const pdf = await pdfSample(1);
    const created = await create(pdf.length, {
      entryId: entry.id,
      kind: 'work',
      filename: 'fake.wav',
    });
    const location = created.headers.get('location')!;
    const finished = await patch(location, 0, pdf);
    expect(finished.status).toBe(415);
    expect(JSON.parse(await finished.text()).code).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(await countRows(app.db, 'entry_files', 'entry_id = $1', [entry.id])).toBe(0);
    expect(await filesUnder(join(app.storageRoot, 'tus'))).toEqual([]);
    expect((await filesUnder(app.storageRoot)).filter((path) => path.includes(entry.id))).toEqual(
      [],
    );
  });

  it('should take a TV video through the resumable path', async () => {
    const video = mp4Sample(2);
    if (!video) return;
    const entry = await newEntry('TH');
    const created = await create(video.length, {
      entryId: entry.id,
      kind: 'work',
      filename: 'phong-su.mp4',
    });
    const finished = await patch(created.headers.get('location')!, 0, video);
    expect(finished.status).toBe(204);
    const entryAfter = await app.request('GET', `/entries/${entry.id}`, { token });
    expect(entryAfter.body.files).toEqual([
      expect.objectContaining({ mimeType: 'video/mp4', durationSeconds: expect.any(Number) }),
    ]);
  });
});
