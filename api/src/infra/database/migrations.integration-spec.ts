import { afterAll, describe, expect, it } from '@jest/globals';
import { Client } from 'pg';
import { MIGRATIONS } from '../../migrations';
import { createTestDatabase } from '../../../test/test-database';
import { revertLastMigration, runMigrations } from './migrate';

async function tables(url: string): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY tablename`,
  );
  await client.end();
  return rows.map((row: { tablename: string }) => row.tablename);
}

describe('migrations', () => {
  let drop: (() => Promise<void>) | undefined;
  afterAll(async () => drop?.());

  it('should go all the way down and up again', async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    const schema = await tables(database.url);
    expect(schema).toEqual(
      expect.arrayContaining([
        'users',
        'sessions',
        'awards',
        'categories',
        'award_members',
        'mail_messages',
      ]),
    );
    for (let step = 0; step < MIGRATIONS.length; step++) await revertLastMigration(database.url);
    expect(await tables(database.url)).toEqual([]);
    expect(await runMigrations(database.url)).toHaveLength(MIGRATIONS.length);
    expect(await tables(database.url)).toEqual(schema);
    expect(await runMigrations(database.url)).toEqual([]);
  });

  it('should migrate once when several instances start at the same time', async () => {
    const database = await createTestDatabase();
    try {
      for (let step = 0; step < 3; step++) await revertLastMigration(database.url);
      const runs = await Promise.all([1, 2, 3].map(() => runMigrations(database.url)));
      expect(runs.flat()).toHaveLength(3);
      expect(runs.filter((applied) => applied.length === 0)).toHaveLength(2);
    } finally {
      await database.drop();
    }
  });
});
