import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { rawGet } from '../../../test/raw-http';
import { startTestApp, type TestApp } from '../../../test/test-app';

const MAIN = `export const words = ${JSON.stringify('Giải báo chí về xây dựng Đảng '.repeat(400))};\n`;
const INDEX = `<!doctype html><html lang="vi"><head><title>Giải báo chí</title><script src="main-2KXU4QZB.js" type="module"></script></head><body><pa-root></pa-root>${'<!-- padding -->'.repeat(100)}</body></html>`;

const LARGE = Buffer.alloc(1_500_000, 7);

describe('web app delivery: precompressed, cached by content hash, revalidated by ETag', () => {
  let app: TestApp;
  let webDist: string;

  beforeAll(async () => {
    webDist = await mkdtemp(join(tmpdir(), 'press-award-web-build-'));
    await mkdir(join(webDist, 'media'));
    await writeFile(join(webDist, 'index.html'), INDEX);
    await writeFile(join(webDist, 'main-2KXU4QZB.js'), MAIN);
    await writeFile(join(webDist, 'favicon.ico'), Buffer.alloc(300, 1));
    await writeFile(join(webDist, 'media', 'logo-Q7ZV3M2A.svg'), `<svg>${' '.repeat(2000)}</svg>`);
    // Larger than what is held in memory: streamed from disk, ranges and all.
    await writeFile(join(webDist, 'media', 'intro-V4R8N2KQ.mp4'), LARGE);
    // The real build step, run on the stand-in build (tests run from the workspace root).
    execFileSync(process.execPath, [resolve('tools/precompress.mjs'), webDist]);
    app = await startTestApp({ WEB_DIST: webDist });
  });
  afterAll(async () => {
    await app.close();
    await rm(webDist, { recursive: true, force: true });
  });

  it('the build step leaves a brotli and a gzip copy beside each text file worth compressing, none beside a small one', async () => {
    const names = await readdir(webDist);
    expect(names).toEqual(
      expect.arrayContaining(['main-2KXU4QZB.js.br', 'main-2KXU4QZB.js.gz', 'index.html.br']),
    );
    expect(names).not.toContain('favicon.ico.br');
    expect(names).not.toContain('favicon.ico.gz');
  });

  it('sends a hashed file as brotli to a client that takes it, cached for a year as immutable', async () => {
    const response = await rawGet(app.baseUrl, '/main-2KXU4QZB.js', {
      'accept-encoding': 'gzip, deflate, br',
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(response.body).toString()).toBe(MAIN);
    expect(response.body.length).toBeLessThan(Buffer.byteLength(MAIN) / 10);
  });

  it('falls back to gzip, and to the plain file for a client that takes neither', async () => {
    const gzip = await rawGet(app.baseUrl, '/main-2KXU4QZB.js', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(MAIN);

    const plain = await rawGet(app.baseUrl, '/main-2KXU4QZB.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(MAIN);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('serves hashed files in sub-folders the same way', async () => {
    const response = await rawGet(app.baseUrl, '/media/logo-Q7ZV3M2A.svg', {
      'accept-encoding': 'br',
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/image\/svg\+xml/);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('revalidates index.html and every deep link by ETag: no-cache, then 304', async () => {
    for (const path of ['/', '/index.html', '/awards/some-award/results']) {
      const first = await rawGet(app.baseUrl, path, { 'accept-encoding': 'br' });
      expect(first.status).toBe(200);
      expect(first.headers['cache-control']).toBe('no-cache');
      expect(first.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(first.body).toString()).toBe(INDEX);
      const etag = first.headers['etag'] as string;
      expect(etag).toBeTruthy();
      const again = await rawGet(app.baseUrl, path, {
        'accept-encoding': 'br',
        'if-none-match': etag,
      });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
    }
  });

  it('keeps the plain and the compressed copy apart in caches (different ETags)', async () => {
    const br = await rawGet(app.baseUrl, '/', { 'accept-encoding': 'br' });
    const plain = await rawGet(app.baseUrl, '/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(INDEX);
    expect(plain.headers['etag']).not.toBe(br.headers['etag']);
  });

  it('answers 404 for a missing file, instead of the page, and never serves outside the build', async () => {
    const stale = await rawGet(app.baseUrl, '/main-OLDHASH1.js');
    expect(stale.status).toBe(404);
    expect(stale.body.toString()).not.toContain('<pa-root>');
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/main-2KXU4QZB.js.br/..']) {
      const response = await rawGet(app.baseUrl, path);
      expect(response.body.toString()).not.toContain('"name"');
    }
  });

  it('a small file is sent as it is, revalidated', async () => {
    const response = await rawGet(app.baseUrl, '/favicon.ico', { 'accept-encoding': 'br, gzip' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['vary']).toBeUndefined();
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body.length).toBe(300);
  });

  it('streams a large file from disk with the same caching, and answers a range', async () => {
    const whole = await rawGet(app.baseUrl, '/media/intro-V4R8N2KQ.mp4', {
      'accept-encoding': 'br',
    });
    expect(whole.status).toBe(200);
    expect(whole.headers['content-type']).toBe('video/mp4');
    expect(whole.headers['content-encoding']).toBeUndefined();
    expect(whole.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(whole.body.equals(LARGE)).toBe(true);
    const part = await rawGet(app.baseUrl, '/media/intro-V4R8N2KQ.mp4', { range: 'bytes=0-99' });
    expect(part.status).toBe(206);
    expect(part.body.length).toBe(100);
    const again = await rawGet(app.baseUrl, '/media/intro-V4R8N2KQ.mp4', {
      'if-none-match': whole.headers['etag'] as string,
    });
    expect(again.status).toBe(304);
  });

  it('answers HEAD with the headers and no body', async () => {
    const head = await rawGet(
      app.baseUrl,
      '/main-2KXU4QZB.js',
      { 'accept-encoding': 'br' },
      'HEAD',
    );
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
    expect(head.body.length).toBe(0);
  });

  it('compresses a large JSON answer of the API on the fly, and leaves a small one alone', async () => {
    const large = await rawGet(app.baseUrl, '/api/docs-json', { 'accept-encoding': 'br' });
    expect(large.status).toBe(200);
    expect(large.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(large.body).toString())).toHaveProperty('openapi');

    const gzip = await rawGet(app.baseUrl, '/api/docs-json', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');

    const small = await rawGet(app.baseUrl, '/api/v1/me', { 'accept-encoding': 'br' });
    expect(small.status).toBe(401);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toHaveProperty('code');
  });
});
