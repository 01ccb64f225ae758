import { createReadStream } from 'node:fs';
import { constants } from 'node:fs';
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../migrations';
import { dataSourceOptions } from '../infra/database/data-source-options';
import { runMigrations } from '../infra/database/migrate';
import type { FileStorage } from '../infra/storage/file-storage';
import {
  FILES_DIR,
  foreignKeyOrder,
  integrityProblems,
  MANIFEST_FILE,
  manifestProblems,
  migrationsToReplay,
  sha256File,
  type BackupManifest,
} from './backup-manifest';
import { listColumns, listTables, MIGRATIONS_TABLE } from './backup';
import { copyIn } from './pg-copy';
import { verifyRestored, type RestoreVerdict } from './restore-verify';

export interface RestoreOptions {
  /** The backup folder (with manifest.json). */
  from: string;
  /** An empty database. */
  databaseUrl: string;
  storage: FileStorage;
  /** With the local driver: an empty (or absent) folder the files are copied into. */
  storageRoot: string | null;
  log?: (message: string) => void;
}

export interface RestoreReport extends RestoreVerdict {
  createdAt: string;
  tables: { name: string; rows: number }[];
  filesCopied: number;
  migrationsReplayed: number;
  migrationsForward: string[];
  waitingJobsNotRestored: number;
}

/** The restore refused to start: nothing was written to the target. */
export class RestoreRefused extends Error {
  constructor(
    readonly reason: string,
    readonly problems: string[],
  ) {
    super(`${reason}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

const codeMigrationNames = (): string[] =>
  MIGRATIONS.map((migration) => new (migration as new () => { name: string })().name);

/**
 * Reads the manifest and checks every table file and stored file against its sha256. Throws
 * RestoreRefused on any difference; writes nothing.
 */
export async function checkBackup(from: string): Promise<BackupManifest> {
  const text = await readFile(join(from, MANIFEST_FILE), 'utf8').catch(() => null);
  if (text === null) throw new RestoreRefused('Not a backup', [`${from} has no ${MANIFEST_FILE}`]);
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(text) as BackupManifest;
  } catch (error) {
    throw new RestoreRefused('Not a backup', [`${MANIFEST_FILE}: ${(error as Error).message}`]);
  }
  const shape = manifestProblems(manifest);
  if (shape.length > 0) throw new RestoreRefused('Unreadable manifest', shape);
  const replay = migrationsToReplay(
    manifest.migrations.map((migration) => migration.name),
    codeMigrationNames(),
  );
  if (!replay.ok) throw new RestoreRefused('The backup does not fit this code', [replay.reason]);

  const expected = [
    ...manifest.tables.map((table) => ({
      path: table.file,
      sha256: table.sha256,
      bytes: table.bytes,
    })),
    ...(manifest.storage.copied
      ? manifest.storage.files.map((file) => ({
          path: `${FILES_DIR}/${file.key}`,
          sha256: file.sha256,
          bytes: file.bytes,
        }))
      : []),
  ];
  const actual = new Map<string, { sha256: string; bytes: number } | null>();
  for (const item of expected)
    actual.set(item.path, await sha256File(join(from, ...item.path.split('/'))).catch(() => null));
  const problems = integrityProblems(expected, actual);
  if (problems.length > 0)
    throw new RestoreRefused(
      'The backup does not match its manifest (tampered or damaged); nothing was restored',
      problems,
    );
  return manifest;
}

/** Every relation outside PostgreSQL's own schemas, and every file below the storage root. */
export async function targetContents(
  databaseUrl: string,
  storageRoot: string | null,
): Promise<string[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT n.nspname || '.' || c.relname AS name FROM pg_class c
         JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
          AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
          AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
        ORDER BY n.nspname <> 'public', 1`,
    );
    const files = storageRoot
      ? (await readdir(storageRoot, { recursive: true, withFileTypes: true }).catch(() => []))
          .filter((entry) => entry.isFile())
          .map((entry) => join(entry.parentPath, entry.name))
      : [];
    return [
      ...rows.map((row) => `database: ${row.name}`),
      ...files.map((file) => `storage: ${file}`),
    ];
  } finally {
    await client.end();
  }
}

/** Applies the first `count` migrations of this code (the schema a backup was written with). */
export async function migrateTo(databaseUrl: string, count: number): Promise<void> {
  const dataSource = new DataSource({
    ...dataSourceOptions(databaseUrl, 2),
    migrations: MIGRATIONS.slice(0, count),
  });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

async function loadTables(
  databaseUrl: string,
  from: string,
  manifest: BackupManifest,
): Promise<{ name: string; rows: number }[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SET client_encoding = UTF8');
    const tables = (await listTables(client)).filter((table) => table !== MIGRATIONS_TABLE);
    const byName = new Map(manifest.tables.map((table) => [table.name, table]));
    const schemaProblems: string[] = [];
    for (const table of tables) {
      const recorded = byName.get(table);
      if (!recorded) schemaProblems.push(`table ${table} is not in the backup`);
      else if ((await listColumns(client, table)).join(',') !== recorded.columns.join(','))
        schemaProblems.push(`table ${table}: columns differ from the backup's`);
    }
    for (const name of byName.keys())
      if (!tables.includes(name)) schemaProblems.push(`table ${name} is not in the schema`);
    if (schemaProblems.length > 0)
      throw new Error(
        `The replayed schema does not match the backup: ${schemaProblems.join('; ')}`,
      );

    const { rows: references } = await client.query<{ from: string; to: string }>(
      `SELECT child.relname AS "from", parent.relname AS "to" FROM pg_constraint k
         JOIN pg_class child ON child.oid = k.conrelid
         JOIN pg_class parent ON parent.oid = k.confrelid
        WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace`,
    );
    const loaded: { name: string; rows: number }[] = [];
    // One transaction: a load that fails half-way leaves the tables empty. Row triggers fire as
    // for any insert (audit_log refuses only UPDATE/DELETE/TRUNCATE; public_cache only notifies).
    await client.query('BEGIN');
    for (const name of foreignKeyOrder(tables, references)) {
      const table = byName.get(name);
      if (!table) continue; // every table was matched with the backup above
      const list = table.columns.map((column) => client.escapeIdentifier(column)).join(', ');
      const rows = await copyIn(
        client,
        `COPY public.${client.escapeIdentifier(name)} (${list}) FROM STDIN`,
        createReadStream(join(from, ...table.file.split('/'))),
      );
      if (rows !== table.rows)
        throw new Error(`${name}: loaded ${rows} rows, the manifest says ${table.rows}`);
      loaded.push({ name, rows });
    }
    for (const sequence of manifest.sequences)
      if (sequence.lastValue !== null)
        await client.query(`SELECT setval(format('public.%I', $1::text)::regclass, $2::bigint)`, [
          sequence.name,
          sequence.lastValue,
        ]);
    await client.query('COMMIT');
    return loaded;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * Restores a backup into an empty database and storage folder: checks the backup, replays the
 * migrations it was written with, loads the tables in foreign-key order, sets the sequences,
 * migrates forward to this code's schema, copies the files back, then verifies every audit chain
 * and every entry file.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreReport> {
  const log = options.log ?? (() => undefined);
  const manifest = await checkBackup(options.from);
  log(
    `Backup of ${manifest.createdAt}: ${manifest.tables.length} tables, ${manifest.storage.files.length} files, sha256 checked`,
  );
  if (manifest.storage.copied && !options.storageRoot)
    throw new RestoreRefused('Wrong storage', [
      'the backup holds local files: restore with STORAGE_DRIVER=local',
    ]);
  if (!manifest.storage.copied && options.storageRoot)
    throw new RestoreRefused('Wrong storage', [
      'the backup lists files kept in S3 (not copied): restore with STORAGE_DRIVER=s3 and the bucket',
    ]);
  const contents = await targetContents(options.databaseUrl, options.storageRoot);
  if (contents.length > 0)
    throw new RestoreRefused(
      'The target is not empty: restore into a new database and an empty storage folder',
      contents.length > 10
        ? [...contents.slice(0, 10), `… ${contents.length - 10} more`]
        : contents,
    );

  await migrateTo(options.databaseUrl, manifest.migrations.length);
  log(`Schema rebuilt with the backup's ${manifest.migrations.length} migrations`);
  const tables = await loadTables(options.databaseUrl, options.from, manifest);
  log(`Loaded ${tables.reduce((sum, table) => sum + table.rows, 0)} rows`);
  const migrationsForward = await runMigrations(options.databaseUrl);
  if (migrationsForward.length > 0) log(`Migrated forward: ${migrationsForward.join(', ')}`);

  let filesCopied = 0;
  if (options.storageRoot)
    for (const file of manifest.storage.files) {
      const target = join(options.storageRoot, ...file.key.split('/'));
      await mkdir(dirname(target), { recursive: true });
      await copyFile(
        join(options.from, FILES_DIR, ...file.key.split('/')),
        target,
        constants.COPYFILE_EXCL,
      );
      filesCopied++;
    }

  const storageRoot = options.storageRoot;
  const open = storageRoot
    ? async (key: string) => createReadStream(join(storageRoot, ...key.split('/')))
    : (key: string) => options.storage.read(key);
  const verdict = await verifyRestored(options.databaseUrl, open, manifest);
  return {
    createdAt: manifest.createdAt,
    tables,
    filesCopied,
    migrationsReplayed: manifest.migrations.length,
    migrationsForward,
    waitingJobsNotRestored: manifest.jobQueue.waitingJobs,
    ...verdict,
  };
}
