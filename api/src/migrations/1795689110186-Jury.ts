import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Jury1795689110186 implements MigrationInterface {
  name = 'Jury1795689110186';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "rounds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "award_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "order" integer NOT NULL, "judges_per_entry" integer NOT NULL, "rubric" jsonb NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'draft', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_rounds_status" CHECK ("status" IN ('draft', 'open', 'closed')), CONSTRAINT "PK_9d254884a20817016e2f877c7e7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_rounds_award_order" ON "rounds"  ("award_id", "order") `,
    );
    await queryRunner.query(
      `CREATE TABLE "assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_id" uuid NOT NULL, "entry_id" uuid NOT NULL, "judge_id" uuid NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'active', "recusal_reason" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_assignments_status" CHECK ("status" IN ('active', 'recused')), CONSTRAINT "PK_c54ca359535e0012b04dcbd80ee" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_assignments_judge_round" ON "assignments"  ("judge_id", "round_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_assignments_round_entry_judge" ON "assignments"  ("round_id", "entry_id", "judge_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "panels" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "category_ids" jsonb NOT NULL, "judge_ids" jsonb NOT NULL, CONSTRAINT "PK_28351db7a5287474802f65f837b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_panels_round_id" ON "panels"  ("round_id") `);
    await queryRunner.query(
      `CREATE TABLE "round_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_id" uuid NOT NULL, "entry_id" uuid NOT NULL, CONSTRAINT "PK_aa811d8f197332ea0268398c803" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_round_entries_entry_id" ON "round_entries"  ("entry_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_round_entries_round_entry" ON "round_entries"  ("round_id", "entry_id") `,
    );
    await queryRunner.query(`ALTER TABLE "entries" ADD "code" character varying(20)`);
    await queryRunner.query(
      `ALTER TABLE "award_members" ADD "declared_organizations" jsonb NOT NULL DEFAULT '[]'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_entries_award_code" ON "entries"  ("award_id", "code") `,
    );
    await queryRunner.query(
      `ALTER TABLE "rounds" ADD CONSTRAINT "fk_rounds_award" FOREIGN KEY ("award_id") REFERENCES "awards"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignments" ADD CONSTRAINT "fk_assignments_round" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignments" ADD CONSTRAINT "fk_assignments_entry" FOREIGN KEY ("entry_id") REFERENCES "entries"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignments" ADD CONSTRAINT "fk_assignments_judge" FOREIGN KEY ("judge_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "panels" ADD CONSTRAINT "fk_panels_round" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "round_entries" ADD CONSTRAINT "fk_round_entries_round" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "round_entries" ADD CONSTRAINT "fk_round_entries_entry" FOREIGN KEY ("entry_id") REFERENCES "entries"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "round_entries" DROP CONSTRAINT "fk_round_entries_entry"`);
    await queryRunner.query(`ALTER TABLE "round_entries" DROP CONSTRAINT "fk_round_entries_round"`);
    await queryRunner.query(`ALTER TABLE "panels" DROP CONSTRAINT "fk_panels_round"`);
    await queryRunner.query(`ALTER TABLE "assignments" DROP CONSTRAINT "fk_assignments_judge"`);
    await queryRunner.query(`ALTER TABLE "assignments" DROP CONSTRAINT "fk_assignments_entry"`);
    await queryRunner.query(`ALTER TABLE "assignments" DROP CONSTRAINT "fk_assignments_round"`);
    await queryRunner.query(`ALTER TABLE "rounds" DROP CONSTRAINT "fk_rounds_award"`);
    await queryRunner.query(`DROP INDEX "public"."uq_entries_award_code"`);
    await queryRunner.query(`ALTER TABLE "award_members" DROP COLUMN "declared_organizations"`);
    await queryRunner.query(`ALTER TABLE "entries" DROP COLUMN "code"`);
    await queryRunner.query(`DROP INDEX "public"."uq_round_entries_round_entry"`);
    await queryRunner.query(`DROP INDEX "public"."ix_round_entries_entry_id"`);
    await queryRunner.query(`DROP TABLE "round_entries"`);
    await queryRunner.query(`DROP INDEX "public"."ix_panels_round_id"`);
    await queryRunner.query(`DROP TABLE "panels"`);
    await queryRunner.query(`DROP INDEX "public"."uq_assignments_round_entry_judge"`);
    await queryRunner.query(`DROP INDEX "public"."ix_assignments_judge_round"`);
    await queryRunner.query(`DROP TABLE "assignments"`);
    await queryRunner.query(`DROP INDEX "public"."uq_rounds_award_order"`);
    await queryRunner.query(`DROP TABLE "rounds"`);
  }
}
