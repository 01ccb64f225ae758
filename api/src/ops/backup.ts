import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import type { FileStorage } from '../infra/storage/file-storage';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  FILES_DIR,
  MANIFEST_FILE,
  TABLES_DIR,
  type BackupManifest,
  type ManifestFile,
  type ManifestTable,
} from './backup-manifest';
import { copyOut } from './pg-copy';

export interface BackupOptions {
  databaseUrl: string;
  /** Where the entry files live; with the local driver, `storageRoot` is copied too. */
  storage: FileStorage;
  storageRoot: string | null;
  /** A new or empty folder. */
  outDir: string;
  log?: (message: string) => void;
}

/** Upload staging folders below the storage root: in-flight uploads, never entry files. */
export const STAGING_FOLDERS = ['tmp', 'tus'];

/** The `migrations` table is rebuilt by replaying the migrations, so it is recorded, not loaded. */
export const MIGRATIONS_TABLE = 'migrations';

/** Tables that name stored files; every key they hold must be in the backup. */
export const STORAGE_KEY_COLUMNS = [
  { table: 'entry_files', column: 'storage_key' },
  { table: 'judging_files', column: 'storage_key' },
];

export async function listTables(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      ORDER BY c.relname`,
  );
  return rows.map((row) => row.name);
}

export async function listColumns(client: Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute
      WHERE attrelid = to_regclass('public.' || quote_ident($1)) AND attnum > 0
        AND NOT attisdropped AND attgenerated = ''
      ORDER BY attnum`,
    [table],
  );
  return rows.map((row) => row.name);
}

function hashing(): { transform: Transform; result: () => { sha256: string; bytes: number } } {
  const hash = createHash('sha256');
  let bytes = 0;
  const transform = new Transform({
    transform(chunk: Buffer, _encoding, next) {
      hash.update(chunk);
      bytes += chunk.length;
      next(null, chunk);
    },
  });
  return { transform, result: () => ({ sha256: hash.digest('hex'), bytes }) };
}

export async function hashStream(stream: Readable): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of stream) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), bytes };
}

async function filesBelow(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    },
  );
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((key) => !STAGING_FOLDERS.includes(key.split('/')[0]))
    .sort();
}

/**
 * Writes a logical backup: one COPY file per table of the `public` schema, read in one
 * repeatable-read snapshot, the stored files (local driver) or their keys and hashes (s3), and
 * manifest.json last — a folder without a manifest is not a backup.
 */
export async function createBackup(options: BackupOptions): Promise<BackupManifest> {
  const log = options.log ?? (() => undefined);
  const existing = await readdir(options.outDir).catch(() => []);
  if (existing.length > 0) throw new Error(`${options.outDir} is not empty: choose a new folder`);
  await mkdir(join(options.outDir, TABLES_DIR), { recursive: true });

  const client = new Client({ connectionString: options.databaseUrl });
  await client.connect();
  const tables: ManifestTable[] = [];
  let migrations: BackupManifest['migrations'];
  let sequences: BackupManifest['sequences'];
  let waitingJobs = 0;
  const referencedKeys = new Set<string>();
  try {
    await client.query('SET client_encoding = UTF8');
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    migrations = (
      await client.query<{ timestamp: string; name: string }>(
        `SELECT timestamp::text AS timestamp, name FROM ${MIGRATIONS_TABLE} ORDER BY id`,
      )
    ).rows;
    for (const table of await listTables(client)) {
      if (table === MIGRATIONS_TABLE) continue;
      const columns = await listColumns(client, table);
      const file = `${TABLES_DIR}/${table}.copy`;
      const sink = createWriteStream(join(options.outDir, file));
      const { transform, result } = hashing();
      transform.pipe(sink);
      const list = columns.map((column) => client.escapeIdentifier(column)).join(', ');
      const rows = await copyOut(
        client,
        `COPY public.${client.escapeIdentifier(table)} (${list}) TO STDOUT`,
        transform,
      );
      transform.end();
      await finished(sink);
      tables.push({ name: table, file, columns, rows, ...result() });
    }
    for (const { table, column } of STORAGE_KEY_COLUMNS) {
      const { rows } = await client.query<{ key: string }>(
        `SELECT ${client.escapeIdentifier(column)} AS key FROM public.${client.escapeIdentifier(table)}
          WHERE ${client.escapeIdentifier(column)} IS NOT NULL`,
      );
      for (const row of rows) referencedKeys.add(row.key);
    }
    sequences = (
      await client.query<{ name: string; lastValue: string | null }>(
        `SELECT sequencename AS name, last_value::text AS "lastValue" FROM pg_sequences
          WHERE schemaname = 'public' ORDER BY sequencename`,
      )
    ).rows;
    if ((await client.query(`SELECT to_regclass('pgboss.job') AS job`)).rows[0].job)
      waitingJobs = Number(
        (
          await client.query(
            `SELECT count(*) AS count FROM pgboss.job WHERE state IN ('created', 'retry', 'active')`,
          )
        ).rows[0].count,
      );
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
  log(`${tables.length} tables, ${tables.reduce((sum, table) => sum + table.rows, 0)} rows`);

  const files: ManifestFile[] = [];
  if (options.storageRoot) {
    for (const key of await filesBelow(options.storageRoot)) {
      const target = join(options.outDir, FILES_DIR, ...key.split('/'));
      await mkdir(dirname(target), { recursive: true });
      const { transform, result } = hashing();
      await pipeline(
        createReadStream(join(options.storageRoot, ...key.split('/'))),
        transform,
        createWriteStream(target),
      );
      files.push({ key, ...result() });
    }
  } else {
    for (const key of [...referencedKeys].sort())
      files.push({ key, ...(await hashStream(await options.storage.read(key))) });
  }
  const stored = new Set(files.map((file) => file.key));
  const missing = [...referencedKeys].filter((key) => !stored.has(key));
  if (missing.length > 0)
    throw new Error(
      `${missing.length} stored file(s) named by the database are missing from the storage (first: ${missing[0]}); the backup is incomplete`,
    );
  log(`${files.length} stored files${options.storageRoot ? ' copied' : ' listed (s3)'}`);

  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    migrations,
    tables,
    sequences,
    storage: { driver: options.storage.driver, copied: !!options.storageRoot, files },
    jobQueue: { backedUp: false, waitingJobs },
  };
  await writeFile(join(options.outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
