import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Entries1795687882774 implements MigrationInterface {
  name = 'Entries1795687882774';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "entry_authors" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entry_id" uuid NOT NULL, "index" integer NOT NULL, "user_id" uuid, "full_name" character varying(200) NOT NULL, "normalized_name" character varying(200) NOT NULL, "pen_name" character varying(200), "role" character varying(20), "organization_name" character varying(200), "email" character varying(254), "date_of_birth" date, CONSTRAINT "PK_1741d13b97a66b3cbef45e7cfb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_entry_authors_user_id" ON "entry_authors"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_entry_authors_match" ON "entry_authors"  ("normalized_name", "date_of_birth") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_entry_authors_entry_index" ON "entry_authors"  ("entry_id", "index") `,
    );
    await queryRunner.query(
      `CREATE TABLE "entry_files" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entry_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "part_index" integer, "storage_key" character varying(300) NOT NULL, "original_name" character varying(300) NOT NULL, "mime_type" character varying(120) NOT NULL, "size" bigint NOT NULL, "sha256" character(64) NOT NULL, "page_count" integer, "width" integer, "height" integer, "duration_seconds" numeric(10,3), "missing_tools" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_entry_files_kind" CHECK ("kind" IN ('work', 'script', 'translation', 'confirmation')), CONSTRAINT "PK_311372787cd9eb777e45731f955" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_entry_files_storage_key" ON "entry_files"  ("storage_key") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_entry_files_entry_sha256" ON "entry_files"  ("entry_id", "sha256") `,
    );
    await queryRunner.query(
      `CREATE TABLE "entry_parts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entry_id" uuid NOT NULL, "index" integer NOT NULL, "title" character varying(500) NOT NULL, "outlet" character varying(200) NOT NULL, "published_at" date NOT NULL, "url" character varying(2000), CONSTRAINT "PK_6e26cc0cc58fbd753b0c83b1975" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_entry_parts_entry_index" ON "entry_parts"  ("entry_id", "index") `,
    );
    await queryRunner.query(
      `CREATE TABLE "entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "award_id" uuid NOT NULL, "category_id" uuid NOT NULL, "submitter_id" uuid NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'draft', "title" character varying(500) NOT NULL, "genre" character varying(100), "language" character varying(3) NOT NULL, "summary" text, "prior_awards" jsonb NOT NULL DEFAULT '[]', "topic_prizes" jsonb NOT NULL DEFAULT '[]', "receipt_number" character varying(40), "receipt_seq" integer, "submitted_at" TIMESTAMP WITH TIME ZONE, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_entries_status" CHECK ("status" IN ('draft', 'submitted', 'withdrawn')), CONSTRAINT "PK_23d4e7e9b58d9939f113832915b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_entries_submitter_id" ON "entries"  ("submitter_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_entries_receipt_number" ON "entries"  ("receipt_number") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_entries_award_receipt_seq" ON "entries"  ("award_id", "receipt_seq") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_entries_award_status" ON "entries"  ("award_id", "status") `,
    );
    await queryRunner.query(
      `ALTER TABLE "entry_authors" ADD CONSTRAINT "fk_entry_authors_entry" FOREIGN KEY ("entry_id") REFERENCES "entries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "entry_files" ADD CONSTRAINT "fk_entry_files_entry" FOREIGN KEY ("entry_id") REFERENCES "entries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "entry_parts" ADD CONSTRAINT "fk_entry_parts_entry" FOREIGN KEY ("entry_id") REFERENCES "entries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "entries" ADD CONSTRAINT "fk_entries_award" FOREIGN KEY ("award_id") REFERENCES "awards"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "entries" ADD CONSTRAINT "fk_entries_category" FOREIGN KEY ("category_id") REFERENCES "categories"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "entries" ADD CONSTRAINT "fk_entries_submitter" FOREIGN KEY ("submitter_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "entries" DROP CONSTRAINT "fk_entries_submitter"`);
    await queryRunner.query(`ALTER TABLE "entries" DROP CONSTRAINT "fk_entries_category"`);
    await queryRunner.query(`ALTER TABLE "entries" DROP CONSTRAINT "fk_entries_award"`);
    await queryRunner.query(`ALTER TABLE "entry_parts" DROP CONSTRAINT "fk_entry_parts_entry"`);
    await queryRunner.query(`ALTER TABLE "entry_files" DROP CONSTRAINT "fk_entry_files_entry"`);
    await queryRunner.query(`ALTER TABLE "entry_authors" DROP CONSTRAINT "fk_entry_authors_entry"`);
    await queryRunner.query(`DROP INDEX "public"."ix_entries_award_status"`);
    await queryRunner.query(`DROP INDEX "public"."uq_entries_award_receipt_seq"`);
    await queryRunner.query(`DROP INDEX "public"."uq_entries_receipt_number"`);
    await queryRunner.query(`DROP INDEX "public"."ix_entries_submitter_id"`);
    await queryRunner.query(`DROP TABLE "entries"`);
    await queryRunner.query(`DROP INDEX "public"."uq_entry_parts_entry_index"`);
    await queryRunner.query(`DROP TABLE "entry_parts"`);
    await queryRunner.query(`DROP INDEX "public"."uq_entry_files_entry_sha256"`);
    await queryRunner.query(`DROP INDEX "public"."uq_entry_files_storage_key"`);
    await queryRunner.query(`DROP TABLE "entry_files"`);
    await queryRunner.query(`DROP INDEX "public"."uq_entry_authors_entry_index"`);
    await queryRunner.query(`DROP INDEX "public"."ix_entry_authors_match"`);
    await queryRunner.query(`DROP INDEX "public"."ix_entry_authors_user_id"`);
    await queryRunner.query(`DROP TABLE "entry_authors"`);
  }
}
