import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who may read an award's verification package (docs/collective-prizes.md, "Who may read the
 * verification package"): `public` by default, or `restricted` to the award's organizers, its
 * steering committee (`steering`) and named auditors (`auditor`), two new member roles.
 */
export class VerificationAccess1796800000150 implements MigrationInterface {
  name = 'VerificationAccess1796800000150';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "awards" ADD "verification_access" character varying(12) NOT NULL DEFAULT 'public'`,
    );
    await queryRunner.query(
      `ALTER TABLE "awards" ADD CONSTRAINT "ck_awards_verification_access" CHECK ("verification_access" IN ('public', 'restricted'))`,
    );
    await queryRunner.query(`ALTER TABLE "award_members" DROP CONSTRAINT "ck_award_members_role"`);
    await queryRunner.query(
      `ALTER TABLE "award_members" ADD CONSTRAINT "ck_award_members_role" CHECK ("role" IN ('organizer', 'secretary', 'judge', 'steering', 'auditor'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "award_members" WHERE "role" IN ('steering', 'auditor')`);
    await queryRunner.query(`ALTER TABLE "award_members" DROP CONSTRAINT "ck_award_members_role"`);
    await queryRunner.query(
      `ALTER TABLE "award_members" ADD CONSTRAINT "ck_award_members_role" CHECK ("role" IN ('organizer', 'secretary', 'judge'))`,
    );
    await queryRunner.query(`ALTER TABLE "awards" DROP CONSTRAINT "ck_awards_verification_access"`);
    await queryRunner.query(`ALTER TABLE "awards" DROP COLUMN "verification_access"`);
  }
}
