import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditLog1795689917312 implements MigrationInterface {
  name = 'AuditLog1795689917312';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("seq" BIGSERIAL NOT NULL, "award_id" uuid, "actor_id" uuid, "action" character varying(60) NOT NULL, "target_type" character varying(30) NOT NULL, "target_id" uuid, "before" jsonb, "after" jsonb, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "PK_ce5b9b7d945cab0a6c604bafd9e" PRIMARY KEY ("seq"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_log_award_seq" ON "audit_log"  ("award_id", "seq") `,
    );
    // Append-only for everyone, the application's own role included: rows can be added, never changed.
    await queryRunner.query(`CREATE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "trg_audit_log_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "trg_audit_log_append_only" ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION "audit_log_append_only"()`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_award_seq"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
  }
}
