import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Sheets1795690562392 implements MigrationInterface {
  name = 'Sheets1795690562392';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sheets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assignment_id" uuid NOT NULL, "round_id" uuid NOT NULL, "judge_id" uuid NOT NULL, "entry_id" uuid NOT NULL, "scores" jsonb NOT NULL DEFAULT '{}', "comment" text, "total" numeric(14,4), "status" character varying(10) NOT NULL DEFAULT 'draft', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_sheets_status" CHECK ("status" IN ('draft', 'submitted')), CONSTRAINT "PK_0a9a8def984c3b725a18269db3c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_sheets_round" ON "sheets"  ("round_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_sheets_assignment" ON "sheets"  ("assignment_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_sheets_assignment"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sheets_round"`);
    await queryRunner.query(`DROP TABLE "sheets"`);
  }
}
