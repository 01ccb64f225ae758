/**
 * Migration tool (Nx targets `api:migration-generate`, `api:migrate`, `api:migration-revert`).
 *
 *   generate <PascalName>  diff the entities against a throw-away embedded PostgreSQL that has every
 *                          existing migration applied, and write the next migration with up and down
 *   run | revert           apply pending migrations / undo the last one on the configured database
 */
import 'reflect-metadata';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/infra/config/app-config';
import { dataSourceOptions } from '../src/infra/database/data-source-options';
import { createDatabaseIfMissing, resolveDatabase } from '../src/infra/database/database-url';
import { startEmbeddedPostgres } from '../src/infra/database/embedded-postgres';
import { revertLastMigration, runMigrations } from '../src/infra/database/migrate';

const MIGRATIONS_DIR = join(__dirname, '..', 'src', 'migrations');

function quote(sql: string): string {
  return '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
}

async function generate(name: string): Promise<void> {
  if (!/^[A-Z][A-Za-z0-9]+$/.test(name))
    throw new Error('Give the migration a PascalCase name, e.g. AddEntries');
  const dir = await mkdtemp(join(tmpdir(), 'press-award-migration-'));
  const port = 20000 + Math.floor(Math.random() * 20000);
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), port });
  try {
    await createDatabaseIfMissing(pg.url(), 'diff');
    await runMigrations(pg.url('diff'));
    const dataSource = new DataSource(dataSourceOptions(pg.url('diff'), 2));
    await dataSource.initialize();
    const log = await dataSource.driver.createSchemaBuilder().log();
    await dataSource.destroy();
    if (log.upQueries.length === 0) {
      process.stdout.write('The entities match the migrations: nothing to generate.\n');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const up = log.upQueries
      .map((query) => `    await queryRunner.query(${quote(query.query)});`)
      .join('\n');
    const down = [...log.downQueries]
      .reverse()
      .map((query) => `    await queryRunner.query(${quote(query.query)});`)
      .join('\n');
    const file = join(MIGRATIONS_DIR, `${timestamp}-${name}.ts`);
    await writeFile(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  public async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  public async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    const indexFile = join(MIGRATIONS_DIR, 'index.ts');
    let index = await readFile(indexFile, 'utf8');
    const lines = index.split('\n');
    const lastImport = lines.reduce(
      (last, line, at) => (line.startsWith('import ') ? at : last),
      -1,
    );
    lines.splice(lastImport + 1, 0, `import { ${className} } from './${timestamp}-${name}';`);
    index = lines.join('\n');
    index = index.replace(
      /(export const MIGRATIONS: Function\[\] = \[)([^\]]*)\]/,
      (_m, head: string, body: string) => {
        const items = body
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean);
        return `${head}${[...items, className].join(', ')}]`;
      },
    );
    await writeFile(indexFile, index);
    process.stdout.write(`Wrote ${file} (${log.upQueries.length} statements) and registered it.\n`);
  } finally {
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  if (command === 'generate') return generate(name ?? '');
  const config = loadConfig();
  const database = await resolveDatabase(config, (message) => process.stdout.write(`${message}\n`));
  try {
    if (command === 'run') {
      const applied = await runMigrations(database.url);
      process.stdout.write(
        applied.length ? `Applied: ${applied.join(', ')}\n` : 'No pending migrations.\n',
      );
    } else if (command === 'revert') {
      await revertLastMigration(database.url);
      process.stdout.write('Reverted the last migration.\n');
    } else {
      throw new Error('Usage: migrations.ts generate <Name> | run | revert');
    }
  } finally {
    await database.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
