import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RoundDisagreement1795697510224 implements MigrationInterface {
  name = 'RoundDisagreement1795697510224';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rounds" ADD "disagreement_points" numeric(9,2)`);
    await queryRunner.query(
      `ALTER TABLE "rounds" ADD CONSTRAINT "ck_rounds_disagreement_points" CHECK ("disagreement_points" IS NULL OR "disagreement_points" >= 0)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rounds" DROP CONSTRAINT "ck_rounds_disagreement_points"`);
    await queryRunner.query(`ALTER TABLE "rounds" DROP COLUMN "disagreement_points"`);
  }
}
