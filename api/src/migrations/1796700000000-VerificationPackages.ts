import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The verification package of a published award, frozen at publication: what anyone may recompute
 * (docs/results.md, "Results anyone can verify"). One per award; its hash is in the audit chain.
 */
export class VerificationPackages1796700000000 implements MigrationInterface {
  name = 'VerificationPackages1796700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "verification_packages" (
        "award_id" uuid PRIMARY KEY REFERENCES "awards"("id") ON DELETE CASCADE,
        "snapshot_hash" character(64) NOT NULL,
        "package" jsonb NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "verification_packages"`);
  }
}
