import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Pool } from 'pg';
import { requester, startInstance } from '../../../test/test-app';
import { createTestDatabase } from '../../../test/test-database';

/**
 * JOB_WORKERS=false: a web-only instance queues jobs but runs none; an instance with workers on the
 * same database runs what it queued.
 */
describe('JOB_WORKERS', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let storageRoot: string;
  let db: Pool;
  const apps: INestApplication[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    storageRoot = await mkdtemp(join(tmpdir(), 'press-award-test-workers-'));
    db = new Pool({ connectionString: database.url, max: 2 });
    db.on('error', () => undefined);
  });

  afterAll(async () => {
    for (const app of apps) await app.close();
    await db.end();
    await database.drop();
    await rm(storageRoot, { recursive: true, force: true });
  });

  const pending = async (): Promise<number> =>
    (
      await db.query(
        `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'registration-mail' AND state NOT IN ('completed', 'failed', 'cancelled')`,
      )
    ).rows[0].n;

  it('should queue a job without running it, and leave it to an instance with workers', async () => {
    const webOnly = await startInstance(database.url, storageRoot, { JOB_WORKERS: 'false' });
    apps.push(webOnly.app);
    const registered = await requester(webOnly.baseUrl)('POST', '/auth/register', {
      body: {
        email: 'chi-xep-hang@example.vn',
        password: 'một-mật-khẩu-dài',
        fullName: 'Xếp Hàng',
      },
    });
    expect(registered.status).toBe(202);
    await new Promise((done) => setTimeout(done, 2_000));
    expect(await pending()).toBe(1);

    apps.push((await startInstance(database.url, storageRoot)).app);
    for (let waited = 0; (await pending()) > 0 && waited < 15_000; waited += 200)
      await new Promise((done) => setTimeout(done, 200));
    expect(await pending()).toBe(0);
  });
});
