import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The numbered documents an award's committee issues (docs/documents.md): who issues them
 * (`awards.institution`), each body's yearly sequence (`document_counters`, never going back, so a
 * number is never given twice), and the record of every document generated (`generated_documents`:
 * its number, the data it was built from and the hash of its bytes, also in the audit chain).
 */
export class GeneratedDocuments1796800000300 implements MigrationInterface {
  name = 'GeneratedDocuments1796800000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "awards" ADD "institution" jsonb`);
    await queryRunner.query(`
      CREATE TABLE "document_counters" (
        "issuer_key" character varying(400) NOT NULL,
        "year" integer NOT NULL,
        "last_number" integer NOT NULL,
        CONSTRAINT "pk_document_counters" PRIMARY KEY ("issuer_key", "year")
      )`);
    await queryRunner.query(`
      CREATE TABLE "generated_documents" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "award_id" uuid NOT NULL REFERENCES "awards"("id") ON DELETE CASCADE,
        "type" character varying(30) NOT NULL,
        "issuer_key" character varying(400) NOT NULL,
        "year" integer NOT NULL,
        "number" integer NOT NULL,
        "reference" character varying(100) NOT NULL,
        "title" character varying(500) NOT NULL,
        "issued_on" date NOT NULL,
        "round_id" uuid REFERENCES "rounds"("id") ON DELETE SET NULL,
        "batch_id" uuid,
        "snapshot_hash" character(64),
        "sha256" character(64) NOT NULL,
        "model" jsonb NOT NULL,
        "created_by" uuid REFERENCES "users"("id") ON DELETE SET NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_generated_documents" PRIMARY KEY ("id"),
        CONSTRAINT "uq_generated_documents_number" UNIQUE ("issuer_key", "year", "number"),
        CONSTRAINT "ck_generated_documents_type" CHECK ("type" IN ('council_decision', 'round_minutes', 'prize_proposal', 'prize_decision', 'payment_list', 'batch_list'))
      )`);
    await queryRunner.query(
      `CREATE INDEX "ix_generated_documents_award" ON "generated_documents" ("award_id", "created_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "generated_documents"`);
    await queryRunner.query(`DROP TABLE "document_counters"`);
    await queryRunner.query(`ALTER TABLE "awards" DROP COLUMN "institution"`);
  }
}
