import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { buildAward, buildEntry } from '../../../test/factories';
import { pdfSample } from '../../../test/samples';
import { startS3Server } from '../../../test/s3-server';
import { createUser, login, startTestApp, uploadFile, type TestApp } from '../../../test/test-app';
import { S3FileStorage } from './s3-file-storage';

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe(S3FileStorage.name, () => {
  let s3: Awaited<ReturnType<typeof startS3Server>>;
  let dir: string;
  beforeAll(async () => {
    s3 = await startS3Server();
    dir = await mkdtemp(join(tmpdir(), 's3-spec-'));
  });
  afterAll(async () => {
    await s3.stop();
    await rm(dir, { recursive: true, force: true });
  });

  const storage = () =>
    new S3FileStorage({
      endpoint: s3.endpoint,
      region: 'us-east-1',
      bucket: 'press-award-test',
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      forcePathStyle: true,
    });

  it('should commit a multipart upload byte for byte, read ranges, and remove it', async () => {
    const content = randomBytes(20 * 1024 * 1024 + 123);
    const temp = join(dir, 'upload');
    writeFileSync(temp, content);
    const driver = storage();
    await driver.commit(temp, 'entries/e1/f1', 'video/mp4');
    expect(existsSync(temp)).toBe(false);
    expect(await driver.exists('entries/e1/f1')).toBe(true);
    const whole = await readAll(await driver.read('entries/e1/f1'));
    expect(createHash('sha256').update(whole).digest('hex')).toBe(
      createHash('sha256').update(content).digest('hex'),
    );
    const part = await readAll(await driver.read('entries/e1/f1', { start: 1000, end: 1009 }));
    expect(part.equals(content.subarray(1000, 1010))).toBe(true);
    await driver.remove('entries/e1/f1');
    expect(await driver.exists('entries/e1/f1')).toBe(false);
    driver.destroy();
  });

  it('should serve the whole upload journey when the app is configured for S3', async () => {
    let app: TestApp | undefined;
    try {
      app = await startTestApp({
        STORAGE_DRIVER: 's3',
        S3_ENDPOINT: s3.endpoint,
        S3_BUCKET: 'press-award-app',
        S3_ACCESS_KEY_ID: 'S3RVER',
        S3_SECRET_ACCESS_KEY: 'S3RVER',
      });
      await createUser(app.db, { email: 'admin@example.vn', isAdmin: true });
      const token = await login(app, 'admin@example.vn');
      const award = (await app.request('POST', '/awards', { token, body: buildAward() })).body;
      await app.request('POST', `/awards/${award.id}/status`, { token, body: { status: 'open' } });
      const entry = (
        await app.request('POST', `/awards/${award.id}/entries`, {
          token,
          body: buildEntry(award.categories[0].id),
        })
      ).body;
      const pdf = await pdfSample(2);
      const uploaded = await uploadFile(app, entry.id, token, { content: pdf, name: 'bài.pdf' });
      expect(uploaded.status).toBe(201);
      const download = await fetch(
        `${app.baseUrl}/api/v1/entries/${entry.id}/files/${uploaded.body.id}/content`,
        { headers: { authorization: `Bearer ${token}` } },
      );
      expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
      // Nothing stays on local disk but the (empty) staging folder.
      const { filesUnder } = await import('../../../test/test-app');
      expect(await filesUnder(app.storageRoot)).toEqual([]);
    } finally {
      await app?.close();
    }
  });
});
