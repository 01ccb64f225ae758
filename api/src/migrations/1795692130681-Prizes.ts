import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Prizes1795692130681 implements MigrationInterface {
  name = 'Prizes1795692130681';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "prize_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "award_id" uuid NOT NULL, "entry_id" uuid NOT NULL, "tier_code" character varying(16), "topic_prizes" jsonb NOT NULL DEFAULT '[]', "note" text, "decided_by" uuid NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_22749f191cda7a506059e26c49b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_prize_decisions_award_entry" ON "prize_decisions"  ("award_id", "entry_id") `,
    );
    await queryRunner.query(`ALTER TABLE "awards" ADD "published_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "awards" DROP COLUMN "published_at"`);
    await queryRunner.query(`DROP INDEX "public"."uq_prize_decisions_award_entry"`);
    await queryRunner.query(`DROP TABLE "prize_decisions"`);
  }
}
