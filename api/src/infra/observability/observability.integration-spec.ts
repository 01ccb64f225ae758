import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Server } from 'node:http';
import { buildAward } from '../../../test/factories';
import { pdfSample } from '../../../test/samples';
import { createAward, draftEntry, setAwardStatus } from '../../../test/scenario';
import { createUser, login, startTestApp, uploadFile, type TestApp } from '../../../test/test-app';
import { Metrics, startMetricsServer } from './metrics';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The value of one series in Prometheus' text format, or undefined. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const body = line.slice(name.length + 1, line.lastIndexOf('}'));
    if (Object.entries(labels).every(([key, value]) => body.includes(`${key}="${value}"`)))
      return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

describe('observability: request ids and Prometheus metrics', () => {
  let app: TestApp;
  let admin: string;
  let reporter: string;
  let awardId: string;
  let metricsServer: Server;

  beforeAll(async () => {
    app = await startTestApp();
    await createUser(app.db, { email: 'admin@example.vn', isAdmin: true });
    await createUser(app.db, { email: 'pv@example.vn', fullName: 'Đặng Thị Hồng Nhung' });
    admin = await login(app, 'admin@example.vn');
    reporter = await login(app, 'pv@example.vn');
    const award = await createAward(app, admin, buildAward());
    awardId = award.id;
    await setAwardStatus(app, admin, awardId, 'open');
    metricsServer = await startMetricsServer(app.app.get(Metrics), 0);
  });
  afterAll(async () => {
    metricsServer.close();
    await app.close();
  });

  it('gives every answer a request id, keeping a plain one the proxy sent and replacing any other', async () => {
    const fresh = await fetch(`${app.baseUrl}/api/v1/health`);
    expect(fresh.headers.get('x-request-id')).toMatch(UUID);
    const refused = await fetch(`${app.baseUrl}/api/v1/me`);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('x-request-id')).toMatch(UUID);

    const kept = await fetch(`${app.baseUrl}/api/v1/health`, {
      headers: { 'x-request-id': 'proxy-7f3a.2' },
    });
    expect(kept.headers.get('x-request-id')).toBe('proxy-7f3a.2');
    const replaced = await fetch(`${app.baseUrl}/api/v1/health`, {
      headers: { 'x-request-id': `${'x'.repeat(65)}` },
    });
    expect(replaced.headers.get('x-request-id')).toMatch(UUID);
  });

  it('lets only the system admin read the metrics', async () => {
    expect((await app.request('GET', '/admin/metrics')).status).toBe(401);
    expect((await app.request('GET', '/admin/metrics', { token: reporter })).status).toBe(403);
    const response = await fetch(`${app.baseUrl}/api/v1/admin/metrics`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('times requests by route pattern, never by URL, so ids do not multiply the series', async () => {
    for (let read = 0; read < 3; read++)
      await fetch(`${app.baseUrl}/api/v1/public/awards/${awardId}`);
    const text = await (
      await fetch(`${app.baseUrl}/api/v1/admin/metrics`, {
        headers: { authorization: `Bearer ${admin}` },
      })
    ).text();
    const pattern = { method: 'GET', route: '/api/v1/public/awards/:awardId' };
    const served = sample(text, 'http_request_duration_seconds_count', pattern);
    const cached = sample(text, 'http_request_duration_seconds_count', {
      method: 'GET',
      route: '/api/v1/public/* (cached)',
    });
    // The first read goes through the route; the next ones are answered by the public cache.
    expect(served).toBeGreaterThanOrEqual(1);
    expect((served ?? 0) + (cached ?? 0)).toBeGreaterThanOrEqual(3);
    expect(text).not.toContain(awardId);
    expect(sample(text, 'http_request_duration_seconds_bucket', { ...pattern, le: '+Inf' })).toBe(
      served,
    );
  });

  it('counts the bytes of stored uploads, and only of stored ones', async () => {
    const scrape = async () =>
      await (
        await fetch(
          `http://127.0.0.1:${(metricsServer.address() as { port: number }).port}/metrics`,
        )
      ).text();
    const before = sample(await scrape(), 'upload_bytes_total', { kind: 'work' }) ?? 0;
    const award = (await app.request('GET', `/awards/${awardId}`, { token: admin })).body;
    const entry = await draftEntry(app, reporter, award, award.categories[0].code);
    const pdf = await pdfSample();
    expect(
      (
        await uploadFile(app, entry.id, reporter, {
          content: pdf,
          name: 'bai.pdf',
          type: 'application/pdf',
        })
      ).status,
    ).toBe(201);
    // A refused file (not a PDF inside) adds nothing.
    expect(
      (
        await uploadFile(app, entry.id, reporter, {
          content: Buffer.from('not a pdf at all'),
          name: 'bai2.pdf',
          type: 'application/pdf',
        })
      ).status,
    ).toBeGreaterThanOrEqual(400);
    const after = sample(await scrape(), 'upload_bytes_total', { kind: 'work' });
    expect(after).toBe(before + pdf.length);
  });

  it('reports shared state read from the database: job queue depth and judges’ copies by status', async () => {
    const port = (metricsServer.address() as { port: number }).port;
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(text).toContain('# TYPE job_queue_depth gauge');
    for (const status of ['pending', 'ready', 'flagged', 'failed'])
      expect(sample(text, 'judge_copies', { status })).toBeGreaterThanOrEqual(0);
    expect(text).toContain('process_cpu_seconds_total');
    expect((await fetch(`http://127.0.0.1:${port}/other`)).status).toBe(404);
  });
});
