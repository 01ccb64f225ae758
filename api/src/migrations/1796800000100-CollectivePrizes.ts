import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Prizes for collectives (docs/collective-prizes.md): press agencies and Party committees'
 * commissions honoured by the organizer with a citation. The public results list them, so the table
 * notifies the public cache like the prize decisions (migration PublicCacheNotify).
 */
export class CollectivePrizes1796800000100 implements MigrationInterface {
  name = 'CollectivePrizes1796800000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "collective_prizes" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "award_id" uuid NOT NULL,
        "organization_name" character varying(300) NOT NULL,
        "tier_code" character varying(32) NOT NULL,
        "citation" text NOT NULL,
        "created_by" uuid NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_collective_prizes" PRIMARY KEY ("id"),
        CONSTRAINT "ck_collective_prizes_tier_code" CHECK ("tier_code" IN ('collective_prize', 'merit', 'commendation')),
        CONSTRAINT "fk_collective_prizes_award" FOREIGN KEY ("award_id") REFERENCES "awards"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_collective_prizes_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id")
      )`);
    await queryRunner.query(
      `CREATE INDEX "ix_collective_prizes_award_id" ON "collective_prizes" ("award_id")`,
    );
    await queryRunner.query(
      `CREATE TRIGGER public_cache_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "collective_prizes" FOR EACH STATEMENT EXECUTE FUNCTION public_cache_changed()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "collective_prizes"`);
  }
}
