import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795685701762 implements MigrationInterface {
  name = 'Foundation1795685701762';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "login_attempts" ("email" character varying(254) NOT NULL, "failures" integer NOT NULL DEFAULT '0', "last_failure_at" TIMESTAMP WITH TIME ZONE, "locked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0aedff58b23995504f9dc99f75d" PRIMARY KEY ("email"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "password_hash" character varying(255), "full_name" character varying(200) NOT NULL, "pen_name" character varying(200), "phone" character varying(30), "organization_name" character varying(200), "is_admin" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_email" ON "users"  ("email") `);
    await queryRunner.query(
      `CREATE TABLE "invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "award_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_invitations_token_hash" ON "invitations"  ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "user_agent" character varying(300), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_sessions_user_id" ON "sessions"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "categories" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "award_id" uuid NOT NULL, "code" character varying(8) NOT NULL, "name" character varying(200) NOT NULL, "media_type" character varying(10) NOT NULL, "genres" jsonb NOT NULL DEFAULT '[]'::jsonb, "sort_order" integer NOT NULL DEFAULT '0', CONSTRAINT "ck_categories_media_type" CHECK ("media_type" IN ('print', 'online', 'radio', 'tv', 'photo')), CONSTRAINT "PK_24dbc6126a28ff948da33e97d3b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_categories_award_code" ON "categories"  ("award_id", "code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "awards" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(300) NOT NULL, "edition" integer NOT NULL, "year" integer NOT NULL, "level" character varying(20) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'draft', "organizer_name" character varying(300), "description" text, "rules" jsonb NOT NULL, "prize_tiers" jsonb NOT NULL DEFAULT '[]'::jsonb, "topic_prizes" jsonb NOT NULL DEFAULT '[]'::jsonb, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_awards_status" CHECK ("status" IN ('draft', 'open', 'closed', 'judging', 'decided', 'published')), CONSTRAINT "ck_awards_level" CHECK ("level" IN ('national', 'provincial', 'unit')), CONSTRAINT "PK_bc3f6adc548ff46c76c03e06377" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "award_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "award_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(20) NOT NULL, "organization_name" character varying(200), "invited_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_award_members_role" CHECK ("role" IN ('organizer', 'secretary', 'judge')), CONSTRAINT "PK_f37e10e7a39d6136a9a0ad1bfe6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_award_members_user_id" ON "award_members"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_award_members_award_user_role" ON "award_members"  ("award_id", "user_id", "role") `,
    );
    await queryRunner.query(
      `CREATE TABLE "mail_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "to" character varying(254) NOT NULL, "subject" character varying(300) NOT NULL, "text" text NOT NULL, "html" text, "template" character varying(60) NOT NULL, "status" character varying(10) NOT NULL, "error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_mail_messages_status" CHECK ("status" IN ('pending', 'sent', 'failed', 'stored')), CONSTRAINT "PK_1bd6e76ef3b3d4aff7d0510a509" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_mail_messages_status" ON "mail_messages"  ("status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_mail_messages_created_at" ON "mail_messages"  ("created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "fk_invitations_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "fk_sessions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "categories" ADD CONSTRAINT "fk_categories_award" FOREIGN KEY ("award_id") REFERENCES "awards"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_members" ADD CONSTRAINT "fk_award_members_award" FOREIGN KEY ("award_id") REFERENCES "awards"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_members" ADD CONSTRAINT "fk_award_members_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "award_members" DROP CONSTRAINT "fk_award_members_user"`);
    await queryRunner.query(`ALTER TABLE "award_members" DROP CONSTRAINT "fk_award_members_award"`);
    await queryRunner.query(`ALTER TABLE "categories" DROP CONSTRAINT "fk_categories_award"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "fk_sessions_user"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "fk_invitations_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_mail_messages_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_mail_messages_status"`);
    await queryRunner.query(`DROP TABLE "mail_messages"`);
    await queryRunner.query(`DROP INDEX "public"."uq_award_members_award_user_role"`);
    await queryRunner.query(`DROP INDEX "public"."ix_award_members_user_id"`);
    await queryRunner.query(`DROP TABLE "award_members"`);
    await queryRunner.query(`DROP TABLE "awards"`);
    await queryRunner.query(`DROP INDEX "public"."uq_categories_award_code"`);
    await queryRunner.query(`DROP TABLE "categories"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sessions_user_id"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "public"."uq_invitations_token_hash"`);
    await queryRunner.query(`DROP TABLE "invitations"`);
    await queryRunner.query(`DROP INDEX "public"."uq_users_email"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TABLE "login_attempts"`);
  }
}
