import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../src/infra/database/embedded-postgres';
import { runMigrations } from '../src/infra/database/migrate';
import { freePort } from '../src/ops/database-target';
import { TEMPLATE_DATABASE } from './test-database';

/**
 * One PostgreSQL for the whole run (embedded, or the server named by TEST_DATABASE_URL), with a
 * template database migrated once; each test file clones it into a database of its own.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env['TEST_DATABASE_URL'];
  if (!adminUrl) {
    const dir = await mkdtemp(join(tmpdir(), 'press-award-test-pg-'));
    // mkdtemp makes the folder 0700; the postgres user (when running as root) must traverse it.
    await chmod(dir, 0o755);
    const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), port: await freePort() });
    (globalThis as Record<string, unknown>)['__PRESS_AWARD_PG__'] = { pg, dir };
    adminUrl = pg.url('postgres');
  }
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE}`);
  await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE} ENCODING 'UTF8'`);
  await client.end();
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${TEMPLATE_DATABASE}`;
  await runMigrations(templateUrl.toString());
  process.env['PA_TEST_ADMIN_URL'] = adminUrl;
}
