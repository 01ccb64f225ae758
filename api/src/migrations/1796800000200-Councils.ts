import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The jury's bodies (docs/councils.md): a council (hội đồng) per round with its chair, vice chair and
 * secretary; a leader per panel (trưởng tiểu ban); each member's title (chức vụ); and the jury work
 * an award delegates to its secretariat.
 */
export class Councils1796800000200 implements MigrationInterface {
  name = 'Councils1796800000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "councils" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "award_id" uuid NOT NULL,
        "round_id" uuid NOT NULL,
        "name" character varying(200) NOT NULL,
        "chair_user_id" uuid NOT NULL,
        "vice_chair_user_id" uuid,
        "secretary_user_id" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_councils" PRIMARY KEY ("id"),
        CONSTRAINT "uq_councils_round_id" UNIQUE ("round_id"),
        CONSTRAINT "fk_councils_award" FOREIGN KEY ("award_id") REFERENCES "awards"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_councils_round" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_councils_chair" FOREIGN KEY ("chair_user_id") REFERENCES "users"("id"),
        CONSTRAINT "fk_councils_vice_chair" FOREIGN KEY ("vice_chair_user_id") REFERENCES "users"("id"),
        CONSTRAINT "fk_councils_secretary" FOREIGN KEY ("secretary_user_id") REFERENCES "users"("id")
      )`);
    await queryRunner.query(`CREATE INDEX "ix_councils_award_id" ON "councils" ("award_id")`);
    await queryRunner.query(
      `CREATE INDEX "ix_councils_chair_user_id" ON "councils" ("chair_user_id")`,
    );
    await queryRunner.query(`
      ALTER TABLE "panels" ADD "leader_user_id" uuid,
        ADD CONSTRAINT "fk_panels_leader" FOREIGN KEY ("leader_user_id") REFERENCES "users"("id") ON DELETE SET NULL`);
    await queryRunner.query(`ALTER TABLE "award_members" ADD "title" character varying(200)`);
    await queryRunner.query(
      `ALTER TABLE "awards" ADD "secretariat_delegations" jsonb NOT NULL DEFAULT '[]'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "awards" DROP COLUMN "secretariat_delegations"`);
    await queryRunner.query(`ALTER TABLE "award_members" DROP COLUMN "title"`);
    await queryRunner.query(`ALTER TABLE "panels" DROP CONSTRAINT "fk_panels_leader"`);
    await queryRunner.query(`ALTER TABLE "panels" DROP COLUMN "leader_user_id"`);
    await queryRunner.query(`DROP TABLE "councils"`);
  }
}
