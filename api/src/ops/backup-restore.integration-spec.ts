import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, type Pool } from 'pg';
import { buildAward, buildEntry } from '../../test/factories';
import { pdfSample } from '../../test/samples';
import { createAward, expectStatus, setAwardStatus } from '../../test/scenario';
import { createTestDatabase } from '../../test/test-database';
import {
  createUser,
  login,
  MutableClock,
  startTestApp,
  uploadFile,
  type TestApp,
} from '../../test/test-app';
import { createApp } from '../bootstrap';
import { loadConfig } from '../infra/config/app-config';
import { LocalFileStorage } from '../infra/storage/local-file-storage';
import { createBackup } from './backup';
import type { BackupManifest } from './backup-manifest';
import { MIGRATIONS } from '../migrations';
import { migrateTo, restoreBackup, RestoreRefused, targetContents } from './restore';

/** A new database with nothing in it (not the migrated test template). */
async function emptyDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env['PA_TEST_ADMIN_URL']!;
  const name = `press_award_restore_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

async function countsOf(db: Pool | Client, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables)
    counts[table] = Number((await db.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n);
  return counts;
}

describe('npm run backup / npm run restore', () => {
  let app: TestApp;
  let work: string;
  let backupDir: string;
  let manifest: BackupManifest;
  let entryId: string;
  let fileId: string;
  const cleanups: (() => Promise<void>)[] = [];

  const restoreTarget = async () => {
    const database = await emptyDatabase();
    const storageRoot = await mkdtemp(join(work, 'storage-'));
    cleanups.push(database.drop);
    return { database, storageRoot, storage: new LocalFileStorage(storageRoot) };
  };
  type Target = Awaited<ReturnType<typeof restoreTarget>>;
  const restoreInto = (target: Target, from: string, databaseUrl = target.database.url) =>
    restoreBackup({ from, databaseUrl, storage: target.storage, storageRoot: target.storageRoot });

  /** A copy of the backup with one byte of one file changed. */
  const tamperedCopy = async (relativePath: string): Promise<string> => {
    const copy = await mkdtemp(join(work, 'tampered-'));
    await cp(backupDir, copy, { recursive: true });
    const bytes = await readFile(join(copy, relativePath));
    bytes[Math.floor(bytes.length / 2)] ^= 0x01;
    await writeFile(join(copy, relativePath), bytes);
    return copy;
  };

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'press-award-backup-'));
    app = await startTestApp();
    await createUser(app.db, { email: 'btc@example.vn', isAdmin: true });
    await createUser(app.db, { email: 'pv@example.vn' });
    const organizer = await login(app, 'btc@example.vn');
    const reporter = await login(app, 'pv@example.vn');
    const award = await createAward(app, organizer, buildAward());
    await setAwardStatus(app, organizer, award.id, 'open');
    const entry = await app.request('POST', `/awards/${award.id}/entries`, {
      token: reporter,
      body: buildEntry(award.categories[0].id),
    });
    expectStatus('create entry', entry, 201);
    entryId = entry.body.id;
    const upload = await uploadFile(app, entryId, reporter, {
      content: await pdfSample(3),
      name: 'bài báo.pdf',
    });
    expectStatus('upload', upload, 201);
    fileId = upload.body.id;
    expectStatus(
      'submit',
      await app.request('POST', `/entries/${entryId}/submit`, { token: reporter }),
    );
    for (const decision of [
      { decision: 'needs_revision', reason: 'Thiếu trang.' },
      { decision: 'eligible' },
    ])
      expectStatus(
        'screen',
        await app.request('POST', `/entries/${entryId}/screening`, {
          token: organizer,
          body: decision,
        }),
      );

    backupDir = join(work, 'backup');
    manifest = await createBackup({
      databaseUrl: (app.db as unknown as { options: { connectionString: string } }).options
        .connectionString,
      storage: new LocalFileStorage(app.storageRoot),
      storageRoot: app.storageRoot,
      outDir: backupDir,
    });
  });

  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
    await app?.close();
    await rm(work, { recursive: true, force: true });
  });

  it('should write one file per table, the stored files and a manifest with their sha256', async () => {
    expect(manifest.tables.map((table) => table.name)).toEqual(
      expect.arrayContaining(['awards', 'entries', 'entry_files', 'audit_log', 'users']),
    );
    expect(manifest.tables.map((table) => table.name)).not.toContain('migrations');
    expect(manifest.migrations.length).toBeGreaterThan(10);
    expect(
      manifest.tables.find((table) => table.name === 'audit_log')!.rows,
    ).toBeGreaterThanOrEqual(3);
    expect(manifest.sequences).toEqual(
      expect.arrayContaining([{ name: 'audit_log_seq_seq', lastValue: expect.any(String) }]),
    );
    const { rows } = await app.db.query('SELECT storage_key, sha256 FROM entry_files');
    expect(manifest.storage.files).toEqual(
      expect.arrayContaining(
        rows.map((row) => expect.objectContaining({ key: row.storage_key, sha256: row.sha256 })),
      ),
    );
    expect(manifest.storage.files.some((file) => /^(tmp|tus)\//.test(file.key))).toBe(false);
    expect((await readdir(join(backupDir, 'tables'))).length).toBe(manifest.tables.length);
  });

  it('should restore into a fresh database and folder that verify and answer the API', async () => {
    const target = await restoreTarget();
    const report = await restoreInto(target, backupDir);
    expect(report.problems).toEqual([]);
    expect(report.chains.every((chain) => chain.verdict.ok)).toBe(true);
    expect(report.chains.reduce((sum, chain) => sum + chain.verdict.checked, 0)).toBe(
      manifest.tables.find((table) => table.name === 'audit_log')!.rows,
    );
    expect(report.entryFilesChecked).toBe(1);
    expect(report.filesCopied).toBe(manifest.storage.files.length);

    const tables = manifest.tables.map((table) => table.name);
    const restored = new Client({ connectionString: target.database.url });
    await restored.connect();
    try {
      expect(await countsOf(restored, tables)).toEqual(await countsOf(app.db, tables));
      // The sequence goes on from where it was: a new audit row does not reuse a number.
      const { rows } = await restored.query(
        `SELECT last_value::text AS value FROM audit_log_seq_seq`,
      );
      expect(rows[0].value).toBe(
        manifest.sequences.find((s) => s.name === 'audit_log_seq_seq')!.lastValue,
      );
    } finally {
      await restored.end();
    }

    const second = await createApp({
      config: loadConfig({
        NODE_ENV: 'test',
        JWT_SECRET: 'integration-tests-secret-that-is-long-enough-0123456789',
        STORAGE_ROOT: target.storageRoot,
        WEB_DIST: join(target.storageRoot, 'no-web-build'),
        LOG_LEVEL: 'error',
        LOGIN_BASE_DELAY_MS: '0',
      }),
      databaseUrl: target.database.url,
      clock: new MutableClock(),
      logger: false,
    });
    try {
      await second.listen(0, '127.0.0.1');
      const base = `http://127.0.0.1:${(second.getHttpServer().address() as { port: number }).port}/api/v1`;
      const signIn = await fetch(`${base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'pv@example.vn', password: 'mật-khẩu-thử-2020' }),
      });
      expect(signIn.status).toBe(200);
      const token = ((await signIn.json()) as { accessToken: string }).accessToken;
      const entry = await fetch(`${base}/entries/${entryId}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(entry.status).toBe(200);
      expect(await entry.json()).toMatchObject({ id: entryId, status: 'eligible' });
      const content = await fetch(`${base}/entries/${entryId}/files/${fileId}/content`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(content.status).toBe(200);
      expect(
        Buffer.from(await content.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    } finally {
      await second.close();
    }
  });

  it.each([
    ['a table file', () => 'tables/audit_log.copy'],
    ['a stored file', () => `files/${manifest.storage.files[0].key}`],
  ])('should refuse a backup with %s changed, writing nothing', async (_what, path) => {
    const tampered = await tamperedCopy(path());
    const target = await restoreTarget();
    const refusal = restoreInto(target, tampered);
    await expect(refusal).rejects.toBeInstanceOf(RestoreRefused);
    await expect(refusal).rejects.toThrow(/does not match its manifest[\s\S]*sha256/);
    expect(await targetContents(target.database.url, target.storageRoot)).toEqual([]);
  });

  it('should refuse a target that is not empty', async () => {
    const migrated = await createTestDatabase();
    cleanups.push(migrated.drop);
    const target = await restoreTarget();
    await expect(restoreInto(target, backupDir, migrated.url)).rejects.toThrow(
      /The target is not empty[\s\S]*database: public\.awards/,
    );

    await writeFile(join(target.storageRoot, 'left-over'), 'x');
    await expect(restoreInto(target, backupDir)).rejects.toThrow(
      /The target is not empty[\s\S]*storage: .*left-over/,
    );
    expect(await targetContents(target.database.url, null)).toEqual([]);
  });

  it("should load an older backup with its own schema, then migrate it forward to the code's", async () => {
    const older = await emptyDatabase();
    cleanups.push(older.drop);
    await migrateTo(older.url, MIGRATIONS.length - 1);
    const client = new Client({ connectionString: older.url });
    await client.connect();
    await client.query(
      `INSERT INTO users (email, full_name) VALUES ('cu@example.vn', 'Trần Văn Cũ')`,
    );
    await client.end();
    const olderBackup = join(work, 'older-backup');
    const olderStorage = await mkdtemp(join(work, 'older-storage-'));
    const olderManifest = await createBackup({
      databaseUrl: older.url,
      storage: new LocalFileStorage(olderStorage),
      storageRoot: olderStorage,
      outDir: olderBackup,
    });
    expect(olderManifest.migrations).toHaveLength(MIGRATIONS.length - 1);

    const target = await restoreTarget();
    const report = await restoreInto(target, olderBackup);
    expect(report.problems).toEqual([]);
    expect(report.migrationsReplayed).toBe(MIGRATIONS.length - 1);
    expect(report.migrationsForward).toEqual([
      new (MIGRATIONS[MIGRATIONS.length - 1] as new () => { name: string })().name,
    ]);
    expect(report.tables.find((table) => table.name === 'users')?.rows).toBe(1);
  });
});
