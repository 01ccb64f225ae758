/**
 * `npm run backup -- [--out <dir>]`: a logical backup of this installation (database tables, the
 * stored files with STORAGE_DRIVER=local) into a new folder, default backups/<timestamp>.
 * See docs/deployment.md, "Backup and restore".
 */
import 'reflect-metadata';
import { resolve } from 'node:path';
import { loadConfig } from '../src/infra/config/app-config';
import { resolveDatabase } from '../src/infra/database/database-url';
import { createFileStorage } from '../src/infra/storage/storage.module';
import { createBackup } from '../src/ops/backup';
import { defaultBackupDir, parseOptions } from '../src/ops/backup-manifest';
import { runningEmbeddedUrl } from '../src/ops/database-target';

const say = (message: string) => process.stdout.write(`${message}\n`);

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2), ['out']);
  const config = loadConfig();
  const outDir = resolve(options['out'] ?? defaultBackupDir(new Date()));
  const running = config.DATABASE_URL ? null : runningEmbeddedUrl(config.PG_DATA_DIR);
  const database = running ? { url: running, embedded: null } : await resolveDatabase(config, say);
  const started = Date.now();
  try {
    const manifest = await createBackup({
      databaseUrl: database.url,
      storage: createFileStorage(config),
      storageRoot: config.STORAGE_DRIVER === 'local' ? resolve(config.STORAGE_ROOT) : null,
      outDir,
      log: say,
    });
    const bytes =
      manifest.tables.reduce((sum, table) => sum + table.bytes, 0) +
      (manifest.storage.copied
        ? manifest.storage.files.reduce((sum, file) => sum + file.bytes, 0)
        : 0);
    say(
      `Backup written to ${outDir}: ${manifest.tables.length} tables, ` +
        `${manifest.tables.reduce((sum, table) => sum + table.rows, 0)} rows, ` +
        `${manifest.storage.files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB, ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    if (!manifest.storage.copied)
      say(
        'STORAGE_DRIVER=s3: the files stay in the bucket (keep its versioning on); only their keys and sha256 are recorded.',
      );
    if (manifest.jobQueue.waitingJobs > 0)
      say(
        `Note: ${manifest.jobQueue.waitingJobs} queued background job(s) are not part of the backup (see docs/deployment.md).`,
      );
  } finally {
    await database.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Backup failed: ${(error as Error).message}\n`);
  process.exit(1);
});
