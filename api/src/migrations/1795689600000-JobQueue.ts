import type { MigrationInterface, QueryRunner } from 'typeorm';
import PgBoss from 'pg-boss';

/**
 * The pg-boss schema, from the construction plan of the pinned pg-boss version (10.4.2): the job
 * queue's tables change only through migrations, like ours. A pg-boss upgrade adds a migration that
 * runs `PgBoss.getMigrationPlans`.
 */
export class JobQueue1795689600000 implements MigrationInterface {
  name = 'JobQueue1795689600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(PgBoss.getConstructionPlans('pgboss'));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP SCHEMA "pgboss" CASCADE');
  }
}
