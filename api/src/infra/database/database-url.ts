import { resolve } from 'node:path';
import type { AppConfig } from '../config/app-config';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres';
import { Client } from 'pg';

export interface ResolvedDatabase {
  url: string;
  embedded: RunningPostgres | null;
}

export const APP_DATABASE = 'press_award';

/** DATABASE_URL when given; otherwise an embedded PostgreSQL under PG_DATA_DIR with our database in it. */
export async function resolveDatabase(
  config: AppConfig,
  log: (message: string) => void,
): Promise<ResolvedDatabase> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, embedded: null };
  const embedded = await startEmbeddedPostgres({
    dataDir: resolve(config.PG_DATA_DIR),
    port: config.PG_PORT,
    log,
    supervise: true,
  });
  await createDatabaseIfMissing(embedded.url(), APP_DATABASE);
  return { url: embedded.url(APP_DATABASE), embedded };
}

export async function createDatabaseIfMissing(
  adminUrl: string,
  name: string,
  template?: string,
): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) {
      await client.query(
        `CREATE DATABASE ${client.escapeIdentifier(name)}${template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : ''} ENCODING 'UTF8'`,
      );
    }
  } finally {
    await client.end();
  }
}
