/**
 * `npm run restore -- --from <dir> [--data-dir <new PG_DATA_DIR>] [--port <n>] [--storage-root <dir>]`:
 * restores a backup into an empty database (DATABASE_URL, or a new embedded data folder) and an
 * empty storage folder, then verifies it. Exits non-zero on any refusal or failed check.
 * See docs/deployment.md, "Backup and restore".
 */
import 'reflect-metadata';
import { resolve } from 'node:path';
import { loadConfig } from '../src/infra/config/app-config';
import { resolveDatabase } from '../src/infra/database/database-url';
import { createFileStorage } from '../src/infra/storage/storage.module';
import { parseOptions } from '../src/ops/backup-manifest';
import { freePort, runningEmbeddedUrl } from '../src/ops/database-target';
import { restoreBackup, RestoreRefused } from '../src/ops/restore';

const say = (message: string) => process.stdout.write(`${message}\n`);

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2), ['from', 'data-dir', 'port', 'storage-root']);
  if (!options['from'])
    throw new Error(
      'Usage: npm run restore -- --from <backup folder> [--data-dir <new PG_DATA_DIR>]',
    );
  const env = { ...process.env };
  if (options['data-dir']) {
    delete env['DATABASE_URL'];
    env['PG_DATA_DIR'] = options['data-dir'];
    env['PG_PORT'] = options['port'] ?? String(await freePort());
  }
  if (options['storage-root']) env['STORAGE_ROOT'] = options['storage-root'];
  const config = loadConfig(env);
  if (!config.DATABASE_URL && runningEmbeddedUrl(config.PG_DATA_DIR))
    throw new RestoreRefused('The target is in use', [
      `a PostgreSQL server is running on ${config.PG_DATA_DIR}: restore into a new folder with --data-dir`,
    ]);
  const database = await resolveDatabase(config, say);
  const started = Date.now();
  try {
    const report = await restoreBackup({
      from: resolve(options['from']),
      databaseUrl: database.url,
      storage: createFileStorage(config),
      storageRoot: config.STORAGE_DRIVER === 'local' ? resolve(config.STORAGE_ROOT) : null,
      log: say,
    });
    say(
      `Restored the backup of ${report.createdAt} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    say(
      `  tables: ${report.tables.length}, rows: ${report.tables.reduce((sum, t) => sum + t.rows, 0)}`,
    );
    say(
      `  migrations: ${report.migrationsReplayed} replayed, ${report.migrationsForward.length} applied forward`,
    );
    say(
      `  files: ${report.filesCopied} copied, ${report.filesChecked} checked against the manifest`,
    );
    say(`  entry files: ${report.entryFilesChecked} checked against entry_files.sha256`);
    const links = report.chains.reduce((sum, chain) => sum + chain.verdict.checked, 0);
    say(`  audit chains: ${report.chains.length} (${links} links) recomputed`);
    if (report.waitingJobsNotRestored > 0)
      say(
        `  note: ${report.waitingJobsNotRestored} queued job(s) at backup time were not restored`,
      );
    if (options['data-dir'])
      say(
        `Start the application with PG_DATA_DIR=${options['data-dir']} (and PG_PORT as you choose).`,
      );
    if (report.problems.length === 0) {
      say('Verification: OK');
      return 0;
    }
    say(`Verification FAILED:\n${report.problems.map((problem) => `  - ${problem}`).join('\n')}`);
    return 1;
  } finally {
    await database.embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Restore refused or failed: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
