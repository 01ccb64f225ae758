/**
 * `npm run seed:scale -- --entries 2216 --judges 56`: a national edition of that size in the
 * database `npm start` uses (the embedded one, or DATABASE_URL), beside what is there. Options:
 * --judges-per-entry (3), --criteria (4), --finalists (100), --final-judges (5), --files unique|none.
 * See docs/performance.md, "A national edition on demand".
 */
import './register-paths';
import 'reflect-metadata';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '../src/infra/config/app-config';
import { resolveDatabase } from '../src/infra/database/database-url';
import { runMigrations } from '../src/infra/database/migrate';
import { createFileStorage } from '../src/infra/storage/storage.module';
import { parseOptions } from '../src/ops/backup-manifest';
import { runningEmbeddedUrl } from '../src/ops/database-target';
import { attachScaleFiles } from '../src/seed/scale/scale-files';
import { DEFAULT_SCALE, type ScaleOptions } from '../src/seed/scale/scale-plan';
import { seedScale } from '../src/seed/scale/scale-seed';

const say = (message: string) => process.stdout.write(`${message}\n`);

const FLAGS: Record<string, keyof ScaleOptions> = {
  entries: 'entries',
  judges: 'judges',
  'judges-per-entry': 'judgesPerEntry',
  criteria: 'criteria',
  finalists: 'finalists',
  'final-judges': 'finalJudgesPerEntry',
};

async function main(): Promise<void> {
  const given = parseOptions(process.argv.slice(2), [...Object.keys(FLAGS), 'files']);
  const options: ScaleOptions = { ...DEFAULT_SCALE };
  for (const [flag, key] of Object.entries(FLAGS))
    if (given[flag] !== undefined) options[key] = Number(given[flag]);
  const files = given['files'] ?? 'unique';
  if (files !== 'unique' && files !== 'none') throw new Error('--files is unique or none');
  const config = loadConfig();
  const running = config.DATABASE_URL ? null : runningEmbeddedUrl(config.PG_DATA_DIR);
  const database = running ? { url: running, embedded: null } : await resolveDatabase(config, say);
  const started = Date.now();
  try {
    await runMigrations(database.url);
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const result = await seedScale(client, options, say);
      if (files === 'unique' && config.STORAGE_DRIVER === 'local')
        await mkdir(resolve(config.STORAGE_ROOT), { recursive: true });
      if (files === 'unique')
        await attachScaleFiles(client, createFileStorage(config), result.awardId, say);
      say(
        `Seeded award ${result.awardId} (${options.entries} entries, ${options.judges} judges) in ` +
          `${((Date.now() - started) / 1000).toFixed(1)} s; preliminary round ${result.preliminaryRoundId}, ` +
          `final round ${result.finalRoundId}; sign in as ${result.organizerEmail} / ${result.password}`,
      );
    } finally {
      await client.end();
    }
  } finally {
    await database.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`seed:scale failed: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
