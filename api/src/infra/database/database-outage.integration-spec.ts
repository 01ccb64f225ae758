import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { createApp } from '../../bootstrap';
import { loadConfig } from '../config/app-config';
import { createDatabaseIfMissing } from './database-url';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres';
import { runMigrations } from './migrate';

interface Answer {
  path: string;
  status: number;
  code?: string;
  retryAfter: string | null;
  at: number;
}

/**
 * The database dies as the OOM killer would kill it, while requests keep coming. The API must
 * answer 503 SERVICE_UNAVAILABLE (never 500) meanwhile, stay alive, and serve again by itself once
 * the supervised PostgreSQL is back — with no person restarting anything.
 */
describe('a database outage under load', () => {
  let dir: string;
  let postgres: RunningPostgres;
  let app: INestApplication;
  let baseUrl: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'press-award-outage-'));
    await chmod(dir, 0o755);
    postgres = await startEmbeddedPostgres({
      dataDir: join(dir, 'data'),
      port: 20000 + Math.floor(Math.random() * 20000),
      supervise: true,
    });
    await createDatabaseIfMissing(postgres.url(), 'press_award');
    await runMigrations(postgres.url('press_award'));
    const config = loadConfig({
      NODE_ENV: 'test',
      JWT_SECRET: 'integration-tests-secret-that-is-long-enough-0123456789',
      STORAGE_ROOT: join(dir, 'uploads'),
      WEB_DIST: join(dir, 'no-web-build'),
      LOG_LEVEL: 'error',
    });
    app = await createApp({ config, databaseUrl: postgres.url('press_award'), logger: false });
    await app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await postgres?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers 503 while the database is away and recovers on its own', async () => {
    const answers: Answer[] = [];
    let stop = false;
    let page = 1;
    const ask = async (path: string) => {
      try {
        const response = await fetch(`${baseUrl}${path}`);
        const body = (await response.json().catch(() => ({}))) as { code?: string };
        answers.push({
          path,
          status: response.status,
          code: body.code,
          retryAfter: response.headers.get('retry-after'),
          at: Date.now(),
        });
      } catch {
        answers.push({ path, status: 0, retryAfter: null, at: Date.now() });
      }
    };
    // Eight clients: readiness, liveness and uncached reads of the awards list (a new page each time).
    const clients = Array.from({ length: 8 }, async (_, index) => {
      while (!stop) {
        const path =
          index === 0
            ? '/api/v1/health/ready'
            : index === 1
              ? '/api/v1/health/live'
              : `/api/v1/public/awards?page=${page++}`;
        await ask(path);
        await new Promise((wait) => setTimeout(wait, 20));
      }
    });

    await new Promise((wait) => setTimeout(wait, 500));
    const pid = Number(
      (await readFile(join(postgres.dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0],
    );
    const killedAt = Date.now();
    execFileSync('kill', ['-9', String(pid)]);

    // Back when readiness answers 200 after the kill (and after at least one 503).
    let recoveredAt = 0;
    for (let waited = 0; waited < 60_000 && !recoveredAt; waited += 100) {
      await new Promise((wait) => setTimeout(wait, 100));
      const ready = answers.filter((a) => a.path === '/api/v1/health/ready' && a.at > killedAt);
      const firstDown = ready.findIndex((a) => a.status === 503);
      if (firstDown >= 0) {
        const up = ready.slice(firstDown).find((a) => a.status === 200);
        if (up) recoveredAt = up.at;
      }
    }
    // A little more load after recovery: everything must be served again.
    await new Promise((wait) => setTimeout(wait, 1000));
    stop = true;
    await Promise.all(clients);

    expect(recoveredAt).toBeGreaterThan(killedAt);
    const during = answers.filter((a) => a.at > killedAt && a.at < recoveredAt);
    const unavailable = during.filter((a) => a.status === 503);
    expect(unavailable.length).toBeGreaterThan(0);
    for (const answer of unavailable) {
      expect(answer.code).toBe('SERVICE_UNAVAILABLE');
      expect(answer.retryAfter).toBe('5');
    }
    // Never a 500 and never a dropped connection: either served or a clear 503.
    expect(answers.filter((a) => a.status !== 200 && a.status !== 503)).toEqual([]);
    // Alive throughout.
    expect(answers.filter((a) => a.path === '/api/v1/health/live' && a.status !== 200)).toEqual([]);
    const after = answers.filter((a) => a.at > recoveredAt + 500);
    expect(after.length).toBeGreaterThan(0);
    expect(after.filter((a) => a.status !== 200)).toEqual([]);
  }, 120_000);
});
