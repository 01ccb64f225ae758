import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The steering committee's approvals of the prize list (docs/councils.md): who approved which list,
 * named by the sha256 of its canonical JSON, so a later change to the list leaves the approval
 * attached to the list it approved. One approval per member and list (approving again is the same).
 */
export class PrizeApprovals1796800000400 implements MigrationInterface {
  name = 'PrizeApprovals1796800000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "prize_approvals" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "award_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "list_hash" character(64) NOT NULL,
        "note" text,
        "approved_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_prize_approvals" PRIMARY KEY ("id"),
        CONSTRAINT "fk_prize_approvals_award" FOREIGN KEY ("award_id") REFERENCES "awards"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_prize_approvals_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE,
        CONSTRAINT "uq_prize_approvals_award_user_hash" UNIQUE ("award_id", "user_id", "list_hash")
      )`);
    await queryRunner.query(
      `CREATE INDEX "ix_prize_approvals_award" ON "prize_approvals" ("award_id", "approved_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "prize_approvals"`);
  }
}
