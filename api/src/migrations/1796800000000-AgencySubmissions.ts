import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Agencies and committees submit too (docs/agencies.md): an account is a person or an organization;
 * an organization files entries in batches (hồ sơ gửi giải), each with its covering letter (công văn).
 * The letter's columns are all set or all empty, so a batch never has half a letter.
 */
export class AgencySubmissions1796800000000 implements MigrationInterface {
  name = 'AgencySubmissions1796800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['users', 'pending_registrations']) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD "account_kind" character varying(20) NOT NULL DEFAULT 'person'`,
      );
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "ck_${table}_account_kind" CHECK ("account_kind" IN ('person', 'organization'))`,
      );
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "ck_${table}_organization_named" CHECK ("account_kind" = 'person' OR "organization_name" IS NOT NULL)`,
      );
    }
    await queryRunner.query(`
      CREATE TABLE "batches" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "award_id" uuid NOT NULL,
        "owner_id" uuid NOT NULL,
        "title" character varying(200) NOT NULL,
        "organization_name" character varying(200) NOT NULL,
        "letter_number" character varying(50),
        "letter_issued_on" date,
        "letter_storage_key" character varying(300),
        "letter_original_name" character varying(300),
        "letter_size" bigint,
        "letter_sha256" character(64),
        "letter_page_count" integer,
        "letter_uploaded_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_batches" PRIMARY KEY ("id"),
        CONSTRAINT "ck_batches_letter_whole" CHECK (
          ("letter_storage_key" IS NULL) = ("letter_number" IS NULL)
          AND ("letter_storage_key" IS NULL) = ("letter_issued_on" IS NULL)
          AND ("letter_storage_key" IS NULL) = ("letter_sha256" IS NULL)
          AND ("letter_storage_key" IS NULL) = ("letter_uploaded_at" IS NULL)
        ),
        CONSTRAINT "fk_batches_award" FOREIGN KEY ("award_id") REFERENCES "awards"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "fk_batches_owner" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "ix_batches_award_id" ON "batches" ("award_id")`);
    await queryRunner.query(`CREATE INDEX "ix_batches_owner_id" ON "batches" ("owner_id")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_batches_letter_storage_key" ON "batches" ("letter_storage_key")`,
    );
    await queryRunner.query(`ALTER TABLE "entries" ADD "batch_id" uuid`);
    await queryRunner.query(`CREATE INDEX "ix_entries_batch_id" ON "entries" ("batch_id")`);
    await queryRunner.query(
      `ALTER TABLE "entries" ADD CONSTRAINT "fk_entries_batch" FOREIGN KEY ("batch_id") REFERENCES "batches"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "entries" DROP CONSTRAINT "fk_entries_batch"`);
    await queryRunner.query(`DROP INDEX "public"."ix_entries_batch_id"`);
    await queryRunner.query(`ALTER TABLE "entries" DROP COLUMN "batch_id"`);
    await queryRunner.query(`DROP TABLE "batches"`);
    for (const table of ['pending_registrations', 'users']) {
      await queryRunner.query(
        `ALTER TABLE "${table}" DROP CONSTRAINT "ck_${table}_organization_named"`,
      );
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "ck_${table}_account_kind"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "account_kind"`);
    }
  }
}
