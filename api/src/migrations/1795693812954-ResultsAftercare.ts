import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ResultsAftercare1795693812954 implements MigrationInterface {
  name = 'ResultsAftercare1795693812954';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "complaints" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "award_id" uuid NOT NULL, "entry_id" uuid NOT NULL, "complainant" character varying(300) NOT NULL, "reason" text NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'open', "resolution_note" text, "filed_by" uuid NOT NULL, "filed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_by" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_complaints_status" CHECK ("status" IN ('open', 'dismissed', 'withdrawn', 'revoked')), CONSTRAINT "PK_4b7566a2a489c2cc7c12ed076ad" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_complaints_entry_id" ON "complaints"  ("entry_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_complaints_award_status" ON "complaints"  ("award_id", "status") `,
    );
    await queryRunner.query(`ALTER TABLE "entries" ADD "forwarded_from_entry_id" uuid`);
    await queryRunner.query(`ALTER TABLE "entries" ADD "provenance" jsonb`);
    await queryRunner.query(
      `ALTER TABLE "prize_decisions" ADD "standing" character varying(12) NOT NULL DEFAULT 'awarded'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_entries_award_forwarded_from" ON "entries"  ("award_id", "forwarded_from_entry_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "prize_decisions" ADD CONSTRAINT "ck_prize_decisions_standing" CHECK ("standing" IN ('awarded', 'revoked', 'withdrawn'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "prize_decisions" DROP CONSTRAINT "ck_prize_decisions_standing"`,
    );
    await queryRunner.query(`DROP INDEX "public"."uq_entries_award_forwarded_from"`);
    await queryRunner.query(`ALTER TABLE "prize_decisions" DROP COLUMN "standing"`);
    await queryRunner.query(`ALTER TABLE "entries" DROP COLUMN "provenance"`);
    await queryRunner.query(`ALTER TABLE "entries" DROP COLUMN "forwarded_from_entry_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_complaints_award_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_complaints_entry_id"`);
    await queryRunner.query(`DROP TABLE "complaints"`);
  }
}
