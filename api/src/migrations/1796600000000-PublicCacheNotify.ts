import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every API instance keeps the public JSON (home page, award pages, published results) in memory
 * and forgets it when one of these tables changes, whoever changed it: a statement-level trigger
 * sends `NOTIFY public_cache`, which PostgreSQL delivers after commit to every instance listening
 * (api/src/infra/cache/public-cache.ts). Entries notify only when their status or title is
 * written (a withdrawal after publication), not on every draft save.
 */
const TABLES: [table: string, events: string][] = [
  ['awards', 'INSERT OR UPDATE OR DELETE OR TRUNCATE'],
  ['categories', 'INSERT OR UPDATE OR DELETE OR TRUNCATE'],
  ['prize_decisions', 'INSERT OR UPDATE OR DELETE OR TRUNCATE'],
  ['entries', 'UPDATE OF status, title OR DELETE OR TRUNCATE'],
];

export class PublicCacheNotify1796600000000 implements MigrationInterface {
  name = 'PublicCacheNotify1796600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION public_cache_changed() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         PERFORM pg_notify('public_cache', TG_TABLE_NAME);
         RETURN NULL;
       END $$`,
    );
    for (const [table, events] of TABLES)
      await queryRunner.query(
        `CREATE TRIGGER public_cache_changed AFTER ${events} ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION public_cache_changed()`,
      );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table] of TABLES)
      await queryRunner.query(`DROP TRIGGER IF EXISTS public_cache_changed ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS public_cache_changed()`);
  }
}
