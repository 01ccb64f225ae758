import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Authors may be declared as living abroad (for the overseas-author topic prize), and an award may
 * name the place its documents are dated at ("Hà Nội, ngày … tháng … năm …"). Topic prize
 * conditions live in the awards' `topic_prizes` JSON and need no column.
 */
export class TopicPrizeConditionsAndPlace1796402318464 implements MigrationInterface {
  name = 'TopicPrizeConditionsAndPlace1796402318464';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "entry_authors" ADD "overseas" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`ALTER TABLE "awards" ADD "place" character varying(100)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "awards" DROP COLUMN "place"`);
    await queryRunner.query(`ALTER TABLE "entry_authors" DROP COLUMN "overseas"`);
  }
}
