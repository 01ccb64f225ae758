import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { createTestDatabase } from '../../test/test-database';
import { dataSourceOptions } from '../infra/database/data-source-options';
import { EntryLanguageCodes1796500000700 } from './1796500000700-EntryLanguageCodes';

/** Runs the data migration by hand on a migrated database holding rows with the old codes. */
describe(EntryLanguageCodes1796500000700.name, () => {
  let drop: (() => Promise<void>) | undefined;
  let db: DataSource;
  const migration = new EntryLanguageCodes1796500000700();

  const run = async (direction: 'up' | 'down'): Promise<void> => {
    const queryRunner = db.createQueryRunner();
    try {
      await migration[direction](queryRunner);
    } finally {
      await queryRunner.release();
    }
  };
  const languages = async (): Promise<{ award: string[]; other: string[]; entries: string[] }> => {
    const awards = await db.query(
      `SELECT name, rules->'languages' AS languages FROM awards ORDER BY name`,
    );
    const entries = await db.query(`SELECT language FROM entries ORDER BY title`);
    return {
      award: awards[0].languages,
      other: awards[1].languages,
      entries: entries.map((row: { language: string }) => row.language),
    };
  };

  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    db = new DataSource(dataSourceOptions(database.url, 2));
    await db.initialize();
    const rules = (list: string[]) =>
      JSON.stringify({
        publicationFrom: '2019-11-01',
        publicationTo: '2020-10-31',
        languages: list,
      });
    const [award] = await db.query(
      `INSERT INTO awards (name, edition, year, level, rules) VALUES ('A', 5, 2020, 'national', $1) RETURNING id`,
      [rules(['vi', 'khm', 'tay', 'km', 'cja', 'mnw'])],
    );
    await db.query(
      `INSERT INTO awards (name, edition, year, level, rules) VALUES ('B', 1, 2020, 'provincial', $1)`,
      [rules(['vi', 'en'])],
    );
    const [category] = await db.query(
      `INSERT INTO categories (award_id, code, name, media_type) VALUES ($1, 'PT', 'Phát thanh', 'radio') RETURNING id`,
      [award.id],
    );
    const [user] = await db.query(
      `INSERT INTO users (email, full_name) VALUES ('a@example.vn', 'Nguyễn Văn A') RETURNING id`,
    );
    for (const [title, language] of [
      ['1', 'tay'],
      ['2', 'khm'],
      ['3', 'cja'],
      ['4', 'mnw'],
      ['5', 'vi'],
      ['6', 'km'],
    ]) {
      await db.query(
        `INSERT INTO entries (award_id, category_id, submitter_id, title, language) VALUES ($1, $2, $3, $4, $5)`,
        [award.id, category.id, user.id, title, language],
      );
    }
  });

  afterAll(async () => {
    await db?.destroy();
    await drop?.();
  });

  it('should rewrite the old codes in entries and in the accepted languages, once each and in order', async () => {
    await run('up');
    expect(await languages()).toEqual({
      award: ['vi', 'km', 'tyz', 'cjm', 'cmo'],
      other: ['vi', 'en'],
      entries: ['tyz', 'km', 'cjm', 'cmo', 'vi', 'km'],
    });
    await run('up');
    expect((await languages()).entries).toEqual(['tyz', 'km', 'cjm', 'cmo', 'vi', 'km']);
  });

  it('should go back to codes the old list accepted', async () => {
    await run('down');
    expect(await languages()).toEqual({
      award: ['vi', 'km', 'tay', 'cja', 'mnw'],
      other: ['vi', 'en'],
      entries: ['tay', 'km', 'cja', 'mnw', 'vi', 'km'],
    });
  });
});
