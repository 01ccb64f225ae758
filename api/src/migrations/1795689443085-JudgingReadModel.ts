import type { MigrationInterface, QueryRunner } from 'typeorm';

export class JudgingReadModel1795689443085 implements MigrationInterface {
  name = 'JudgingReadModel1795689443085';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "judging_entries" ("entry_id" uuid NOT NULL, "award_id" uuid NOT NULL, "code" character varying(20) NOT NULL, "title" character varying(500) NOT NULL, "category_id" uuid NOT NULL, "category_name" character varying(200) NOT NULL, "media_type" character varying(10) NOT NULL, "genre" character varying(100), "language" character varying(3) NOT NULL, "parts" jsonb NOT NULL, CONSTRAINT "PK_f68dac0b34ac29ac4c922c2175b" PRIMARY KEY ("entry_id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_judging_entries_award_code" ON "judging_entries"  ("award_id", "code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "judging_files" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entry_id" uuid NOT NULL, "source_file_id" uuid NOT NULL, "seq" integer NOT NULL, "kind" character varying(20) NOT NULL, "mime_type" character varying(120) NOT NULL, "size" bigint, "storage_key" character varying(300), "status" character varying(10) NOT NULL DEFAULT 'pending', "flag_reason" text, CONSTRAINT "ck_judging_files_status" CHECK ("status" IN ('pending', 'ready', 'flagged', 'failed')), CONSTRAINT "PK_07024984178bf1a63f9b9bc6e3e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_judging_files_entry" ON "judging_files"  ("entry_id", "seq") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_judging_files_source" ON "judging_files"  ("source_file_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_judging_files_source"`);
    await queryRunner.query(`DROP INDEX "public"."ix_judging_files_entry"`);
    await queryRunner.query(`DROP TABLE "judging_files"`);
    await queryRunner.query(`DROP INDEX "public"."uq_judging_entries_award_code"`);
    await queryRunner.query(`DROP TABLE "judging_entries"`);
  }
}
