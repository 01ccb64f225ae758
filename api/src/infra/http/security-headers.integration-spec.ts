import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { login, startTestApp, type TestApp } from '../../../test/test-app';
import { DEMO_PASSWORD, seedDemoData } from '../../seed/demo-data';
import { DemoEntriesSeeder } from '../../seed/demo-entries.seeder';

/** The directives of a Content-Security-Policy header, by name. */
function directives(header: string | null): Record<string, string> {
  return Object.fromEntries(
    (header ?? '')
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => [part.split(' ')[0]!, part.split(' ').slice(1).join(' ')]),
  );
}

const expectAppPolicy = (headers: Headers) => {
  expect(directives(headers.get('content-security-policy'))).toMatchObject({
    'default-src': "'self'",
    'script-src': "'self'",
    'img-src': "'self' data: blob:",
    'media-src': "'self' blob:",
    'frame-src': "'self' blob:",
    'connect-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'self'",
    'form-action': "'self'",
    'frame-ancestors': "'none'",
  });
  expect(headers.get('x-frame-options')).toBe('DENY');
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('referrer-policy')).toBe('same-origin');
  expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
  expect(headers.get('cross-origin-resource-policy')).toBe('same-origin');
  expect(headers.get('x-powered-by')).toBeNull();
};

describe('securityHeaders', () => {
  let app: TestApp;
  let webDist: string;

  beforeAll(async () => {
    // A stand-in web build: the headers do not depend on what the page holds.
    webDist = await mkdtemp(join(tmpdir(), 'press-award-web-'));
    await writeFile(
      join(webDist, 'index.html'),
      '<!doctype html><html lang="vi"><head><script src="main.js" type="module"></script></head><body><pa-root></pa-root></body></html>',
    );
    await writeFile(join(webDist, 'main.js'), 'export {};');
    app = await startTestApp({ WEB_DIST: webDist });
  });
  afterAll(async () => {
    await app.close();
    await rm(webDist, { recursive: true, force: true });
  });

  it('should send the strict policy and the other headers with API answers, refusals included', async () => {
    for (const [method, path, body] of [
      ['GET', '/api/v1/me', undefined],
      ['POST', '/api/v1/auth/login', '{"email": '],
      ['GET', '/api/v1/no-such-route', undefined],
    ] as const) {
      const response = await fetch(`${app.baseUrl}${path}`, {
        method,
        body,
        headers: body ? { 'content-type': 'application/json' } : {},
      });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expectAppPolicy(response.headers);
    }
  });

  it('should send the strict policy with the web app, its deep links and its assets', async () => {
    for (const path of ['/', '/awards/2020/results', '/main.js']) {
      const response = await fetch(`${app.baseUrl}${path}`);
      expect(response.status).toBe(200);
      expectAppPolicy(response.headers);
    }
  });

  it('should relax script-src for the Swagger UI only, keeping it framed by nobody', async () => {
    const docs = await fetch(`${app.baseUrl}/api/docs`);
    expect(docs.status).toBe(200);
    const policy = directives(docs.headers.get('content-security-policy'));
    expect(policy['script-src']).toBe("'self' 'unsafe-inline'");
    expect(policy['frame-ancestors']).toBe("'none'");
    expect(docs.headers.get('x-frame-options')).toBe('DENY');
    // The OpenAPI document itself is plain JSON under the same relaxed page.
    expect((await fetch(`${app.baseUrl}/api/docs-json`)).status).toBe(200);
  });

  it('should not send HSTS over plain HTTP unless configured', async () => {
    expect(
      (await fetch(`${app.baseUrl}/api/v1/me`)).headers.get('strict-transport-security'),
    ).toBeNull();
  });

  it('should let the judge frame a file of its own origin, with ranges, and nothing else', async () => {
    const url = (app.db as unknown as { options: { connectionString: string } }).options
      .connectionString;
    await seedDemoData(url);
    await app.app.get(DemoEntriesSeeder).seed();
    const token = await login(app, 'giamkhao1@demo.vn', DEMO_PASSWORD);
    let file: { assignmentId: string; fileId: string } | null = null;
    for (let attempt = 0; attempt < 100 && !file; attempt++) {
      const list = (await app.request('GET', '/judging/assignments', { token })).body as {
        id: string;
        files: { id: string }[];
      }[];
      const ready = list.find((assignment) => assignment.files.length > 0);
      if (ready) file = { assignmentId: ready.id, fileId: ready.files[0]!.id };
      else await new Promise((wait) => setTimeout(wait, 200));
    }
    expect(file).not.toBeNull();
    const response = await fetch(
      `${app.baseUrl}/api/v1/judging/assignments/${file!.assignmentId}/files/${file!.fileId}`,
      { headers: { authorization: `Bearer ${token}`, range: 'bytes=0-99' } },
    );
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toMatch(/^bytes 0-99\//);
    expect(response.headers.get('content-disposition')).toMatch(/^inline/);
    expect(directives(response.headers.get('content-security-policy'))['frame-ancestors']).toBe(
      "'self'",
    );
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  }, 60_000);
});

describe('securityHeaders behind HTTPS', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ COOKIE_SECURE: 'true', HSTS_MAX_AGE_SECONDS: '31536000' });
  });
  afterAll(async () => app.close());

  it('should send HSTS when configured', async () => {
    expect((await fetch(`${app.baseUrl}/api/v1/me`)).headers.get('strict-transport-security')).toBe(
      'max-age=31536000',
    );
  });
});
