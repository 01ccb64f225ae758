import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap';
import { Metrics, startMetricsServer } from './infra/observability/metrics';
import { ConfigError, loadConfig } from './infra/config/app-config';
import { resolveDatabase } from './infra/database/database-url';
import { runMigrations } from './infra/database/migrate';
import { seedDemoData, DEMO_ACCOUNTS } from './seed/demo-data';
import { DemoAgencySeeder } from './seed/demo-agency.seeder';
import { DemoEntriesSeeder } from './seed/demo-entries.seeder';
import { DemoResultsSeeder } from './seed/demo-results.seeder';
import { DemoDocumentsSeeder } from './seed/demo-documents.seeder';

async function main(): Promise<void> {
  const logger = new Logger('Start');
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const database = await resolveDatabase(config, (message) => logger.log(message));
  const applied = await runMigrations(database.url);
  if (applied.length) logger.log(`Applied migrations: ${applied.join(', ')}`);
  if (config.SEED_DEMO) await seedDemoData(database.url);

  const app = await createApp({ config, databaseUrl: database.url });
  await app.init();
  if (config.SEED_DEMO) {
    await app.get(DemoEntriesSeeder).seed();
    await app.get(DemoResultsSeeder).seed();
    await app.get(DemoDocumentsSeeder).seed();
    await app.get(DemoAgencySeeder).seed();
  }
  // Signals are handled here rather than by Nest's shutdown hooks, which exit the process before
  // the embedded PostgreSQL could be stopped.
  const shutdown = async () => {
    await app
      .close()
      .catch((error: unknown) => logger.error(`Close failed: ${(error as Error).message}`));
    await database.embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  await app.listen(config.PORT, config.HOST);
  if (config.METRICS_PORT) await startMetricsServer(app.get(Metrics), config.METRICS_PORT);

  const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}`;
  const lines = [
    '',
    `  Press award is running at ${url}`,
    `  API: ${url}/api/v1   OpenAPI: ${url}/api/docs`,
    `  Database: ${database.embedded ? `embedded PostgreSQL (${database.embedded.dataDir})` : 'DATABASE_URL'}`,
  ];
  if (config.SEED_DEMO) {
    lines.push('', '  Demo accounts (password for all shown beside each):');
    for (const account of DEMO_ACCOUNTS)
      lines.push(`    ${account.role.padEnd(22)} ${account.email.padEnd(34)} ${account.password}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Start-up failed: ${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
