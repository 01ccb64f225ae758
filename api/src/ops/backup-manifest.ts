import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** What `npm run backup` writes beside the table and stored files, and `npm run restore` trusts. */
export const BACKUP_FORMAT = 'press-award-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';
export const TABLES_DIR = 'tables';
export const FILES_DIR = 'files';

export interface ManifestTable {
  /** Table name in the `public` schema. */
  name: string;
  /** Relative to the backup folder; PostgreSQL's COPY text format. */
  file: string;
  columns: string[];
  rows: number;
  bytes: number;
  sha256: string;
}

export interface ManifestSequence {
  name: string;
  /** null when the sequence was never used. */
  lastValue: string | null;
}

export interface ManifestFile {
  key: string;
  bytes: number;
  sha256: string;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  /** The `migrations` table, oldest first: the schema the tables were written with. */
  migrations: { timestamp: string; name: string }[];
  tables: ManifestTable[];
  sequences: ManifestSequence[];
  storage: {
    driver: 'local' | 's3';
    /** true: the files are in the backup under files/; false (s3): only their keys and hashes. */
    copied: boolean;
    files: ManifestFile[];
  };
  /** The job queue (schema pgboss) is not backed up; what was waiting in it when the backup ran. */
  jobQueue: { backedUp: false; waitingJobs: number };
}

export function sha256File(path: string): Promise<{ sha256: string; bytes: number }> {
  return new Promise((done, fail) => {
    const hash = createHash('sha256');
    let bytes = 0;
    createReadStream(path)
      .on('data', (chunk) => {
        bytes += chunk.length;
        hash.update(chunk);
      })
      .on('error', fail)
      .on('end', () => done({ sha256: hash.digest('hex'), bytes }));
  });
}

/** Every problem with a manifest read from disk; empty when it is one this code can restore. */
export function manifestProblems(value: unknown): string[] {
  const manifest = value as Partial<BackupManifest> | null;
  if (!manifest || typeof manifest !== 'object') return ['manifest.json is not a JSON object'];
  const problems: string[] = [];
  if (manifest.format !== BACKUP_FORMAT) problems.push(`not a ${BACKUP_FORMAT} manifest`);
  if (manifest.formatVersion !== BACKUP_FORMAT_VERSION)
    problems.push(
      `format version ${String(manifest.formatVersion)} (this code reads ${BACKUP_FORMAT_VERSION})`,
    );
  if (!Array.isArray(manifest.migrations) || manifest.migrations.length === 0)
    problems.push('no migrations recorded');
  if (!Array.isArray(manifest.tables)) problems.push('no table list');
  if (!Array.isArray(manifest.sequences)) problems.push('no sequence list');
  if (!manifest.storage || !Array.isArray(manifest.storage.files))
    problems.push('no stored-file list');
  for (const table of manifest.tables ?? [])
    if (!/^[a-z_][a-z0-9_]*$/.test(table.name) || table.file !== `${TABLES_DIR}/${table.name}.copy`)
      problems.push(`unexpected table entry ${JSON.stringify(table.name)}`);
  for (const file of manifest.storage?.files ?? [])
    if (!safeKey(file.key)) problems.push(`unsafe stored-file key ${JSON.stringify(file.key)}`);
  return problems;
}

/** A relative path that stays inside the folder it is joined to. */
export function safeKey(key: string): boolean {
  return (
    typeof key === 'string' &&
    key.length > 0 &&
    !key.startsWith('/') &&
    !key.includes('\\') &&
    key.split('/').every((part) => part !== '' && part !== '.' && part !== '..')
  );
}

/**
 * How many of the code's migrations rebuild the backup's schema: the backup's list must be the
 * start of the code's (a backup from newer code, or from another branch, is refused).
 */
export function migrationsToReplay(
  backup: readonly string[],
  code: readonly string[],
): { ok: true; count: number } | { ok: false; reason: string } {
  if (backup.length > code.length)
    return {
      ok: false,
      reason: `the backup has ${backup.length} migrations, this code only ${code.length}: restore it with the version that made it`,
    };
  for (const [index, name] of backup.entries())
    if (code[index] !== name)
      return {
        ok: false,
        reason: `the backup's migration #${index + 1} is ${name}, this code's is ${code[index]}`,
      };
  return { ok: true, count: backup.length };
}

/**
 * Tables ordered so that every table comes after the tables its foreign keys point to (a table's
 * references to itself are checked at the end of its COPY statement, so they do not constrain the
 * order). Ties keep alphabetical order, so the result is stable. Throws on a cycle.
 */
export function foreignKeyOrder(
  tables: readonly string[],
  references: readonly { from: string; to: string }[],
): string[] {
  const pending = new Map(tables.map((table) => [table, new Set<string>()]));
  for (const { from, to } of references)
    if (from !== to && pending.has(to)) pending.get(from)?.add(to);
  const ordered: string[] = [];
  while (pending.size > 0) {
    const ready = [...pending.entries()]
      .filter(([, parents]) => [...parents].every((parent) => !pending.has(parent)))
      .map(([table]) => table)
      .sort();
    if (ready.length === 0)
      throw new Error(
        `Foreign keys form a cycle between ${[...pending.keys()].sort().join(', ')}: no loading order`,
      );
    for (const table of ready) {
      ordered.push(table);
      pending.delete(table);
    }
  }
  return ordered;
}

/** Compares what the manifest promises with what is on disk; one message per difference. */
export function integrityProblems(
  expected: readonly { path: string; sha256: string; bytes: number }[],
  actual: ReadonlyMap<string, { sha256: string; bytes: number } | null>,
): string[] {
  const problems: string[] = [];
  for (const item of expected) {
    const found = actual.get(item.path);
    if (!found) problems.push(`${item.path}: missing`);
    else if (found.sha256 !== item.sha256 || found.bytes !== item.bytes)
      problems.push(
        `${item.path}: sha256 ${found.sha256.slice(0, 12)}… (${found.bytes} bytes), the manifest says ${item.sha256.slice(0, 12)}… (${item.bytes} bytes)`,
      );
  }
  return problems;
}

/** `--name value` and `--name=value` options; anything else is an error. */
export function parseOptions(
  argv: readonly string[],
  known: readonly string[],
): Record<string, string> {
  const options: Record<string, string> = {};
  for (let at = 0; at < argv.length; at++) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[at]);
    if (!match || !known.includes(match[1]))
      throw new Error(
        `Unknown argument ${argv[at]} (expected ${known.map((k) => `--${k}`).join(', ')})`,
      );
    const value = match[2] ?? argv[++at];
    if (value === undefined || value === '') throw new Error(`--${match[1]} needs a value`);
    options[match[1]] = value;
  }
  return options;
}

/** `backups/2026-12-04T19-25-14Z`: sortable, and safe in every file system. */
export function defaultBackupDir(now: Date): string {
  return `backups/${now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-')}`;
}
