import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SignInPerAddress1796397942228 implements MigrationInterface {
  name = 'SignInPerAddress1796397942228';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "login_address_attempts" ("client_address" character varying(64) NOT NULL, "failures" integer NOT NULL DEFAULT '0', "window_started_at" TIMESTAMP WITH TIME ZONE, "locked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_login_address_attempts" PRIMARY KEY ("client_address"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "login_lock_notices" ("email" character varying(254) NOT NULL, "notified_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_login_lock_notices" PRIMARY KEY ("email"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "pending_registrations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "email" character varying(254) NOT NULL, "password_hash" character varying(255) NOT NULL, "full_name" character varying(200) NOT NULL, "pen_name" character varying(200), "phone" character varying(30), "organization_name" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_pending_registrations" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_pending_registrations_token_hash" ON "pending_registrations"  ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_pending_registrations_email" ON "pending_registrations"  ("email") `,
    );
    // The counters are short-lived; per-email ones mean nothing per address, so they start afresh.
    await queryRunner.query(`DELETE FROM "login_attempts"`);
    await queryRunner.query(`ALTER TABLE "login_attempts" DROP COLUMN "last_failure_at"`);
    await queryRunner.query(
      `ALTER TABLE "login_attempts" ADD "client_address" character varying(64) NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "login_attempts" DROP CONSTRAINT "PK_0aedff58b23995504f9dc99f75d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "login_attempts" ADD CONSTRAINT "pk_login_attempts" PRIMARY KEY ("email", "client_address")`,
    );
    await queryRunner.query(
      `ALTER TABLE "login_attempts" ADD "window_started_at" TIMESTAMP WITH TIME ZONE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "login_attempts"`);
    await queryRunner.query(`ALTER TABLE "login_attempts" DROP COLUMN "window_started_at"`);
    await queryRunner.query(`ALTER TABLE "login_attempts" DROP CONSTRAINT "pk_login_attempts"`);
    await queryRunner.query(
      `ALTER TABLE "login_attempts" ADD CONSTRAINT "PK_0aedff58b23995504f9dc99f75d" PRIMARY KEY ("email")`,
    );
    await queryRunner.query(`ALTER TABLE "login_attempts" DROP COLUMN "client_address"`);
    await queryRunner.query(
      `ALTER TABLE "login_attempts" ADD "last_failure_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_pending_registrations_email"`);
    await queryRunner.query(`DROP INDEX "public"."uq_pending_registrations_token_hash"`);
    await queryRunner.query(`DROP TABLE "pending_registrations"`);
    await queryRunner.query(`DROP TABLE "login_lock_notices"`);
    await queryRunner.query(`DROP TABLE "login_address_attempts"`);
  }
}
