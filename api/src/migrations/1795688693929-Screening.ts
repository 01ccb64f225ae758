import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Screening1795688693929 implements MigrationInterface {
  name = 'Screening1795688693929';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "screening_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entry_id" uuid NOT NULL, "decision" character varying(20) NOT NULL, "reason" text, "revision_deadline" TIMESTAMP WITH TIME ZONE, "decided_by" uuid NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_screening_decisions_decision" CHECK ("decision" IN ('eligible', 'ineligible', 'needs_revision')), CONSTRAINT "PK_983d0bbef41b6709652717d48d1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_screening_decisions_entry_id" ON "screening_decisions"  ("entry_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "entries" ADD "revision_deadline" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "entries" ADD "screening_reason" text`);
    // The generator does not see a changed CHECK expression: the new statuses are added by hand.
    await queryRunner.query(
      `ALTER TABLE "entries" ALTER COLUMN "status" TYPE character varying(20)`,
    );
    await queryRunner.query(`ALTER TABLE "entries" DROP CONSTRAINT "ck_entries_status"`);
    await queryRunner.query(
      `ALTER TABLE "entries" ADD CONSTRAINT "ck_entries_status" CHECK ("status" IN ('draft', 'submitted', 'withdrawn', 'eligible', 'ineligible', 'needs_revision'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "screening_decisions" ADD CONSTRAINT "fk_screening_decisions_entry" FOREIGN KEY ("entry_id") REFERENCES "entries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "screening_decisions" ADD CONSTRAINT "fk_screening_decisions_decided_by" FOREIGN KEY ("decided_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "screening_decisions" DROP CONSTRAINT "fk_screening_decisions_decided_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "screening_decisions" DROP CONSTRAINT "fk_screening_decisions_entry"`,
    );
    await queryRunner.query(
      `UPDATE "entries" SET "status" = 'submitted' WHERE "status" IN ('eligible', 'ineligible', 'needs_revision')`,
    );
    await queryRunner.query(`ALTER TABLE "entries" DROP CONSTRAINT "ck_entries_status"`);
    await queryRunner.query(
      `ALTER TABLE "entries" ADD CONSTRAINT "ck_entries_status" CHECK ("status" IN ('draft', 'submitted', 'withdrawn'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "entries" ALTER COLUMN "status" TYPE character varying(12)`,
    );
    await queryRunner.query(`ALTER TABLE "entries" DROP COLUMN "screening_reason"`);
    await queryRunner.query(`ALTER TABLE "entries" DROP COLUMN "revision_deadline"`);
    await queryRunner.query(`DROP INDEX "public"."ix_screening_decisions_entry_id"`);
    await queryRunner.query(`DROP TABLE "screening_decisions"`);
  }
}
