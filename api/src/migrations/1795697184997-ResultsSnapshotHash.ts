import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ResultsSnapshotHash1795697184997 implements MigrationInterface {
  name = 'ResultsSnapshotHash1795697184997';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "awards" ADD "results_snapshot_hash" character(64)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "awards" DROP COLUMN "results_snapshot_hash"`);
  }
}
