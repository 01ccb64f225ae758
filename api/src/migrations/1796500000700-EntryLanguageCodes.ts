import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Entry languages become BCP 47 tags (docs/glossary.md): Tày `tay` → `tyz` (tay is Atayal), Chăm
 * `cja` → `cjm` (Eastern Cham is Vietnam's; cja is Western Cham), M'Nông `mnw` → `cmo` (mnw is
 * Mon), and Khmer once, `km` (`khm` is its ISO 639-3 code). Rewritten in the entries, the judges'
 * read model and each award's accepted languages (`rules.languages`, kept in order, without the
 * duplicate a km + khm pair would leave). The audit log is append-only and keeps what it recorded.
 *
 * The codes are written out here, not imported: a migration must not change when the code does.
 */
const UP: Record<string, string> = { tay: 'tyz', cja: 'cjm', mnw: 'cmo', khm: 'km' };
/**
 * `km` stays `km` going down: the old list had both km and khm for the same language, and which
 * rows were khm is not kept. Every code this gives back is one the old list accepted.
 */
const DOWN: Record<string, string> = { tyz: 'tay', cjm: 'cja', cmo: 'mnw' };

function caseOf(column: string, mapping: Record<string, string>): string {
  const branches = Object.entries(mapping).map(([from, to]) => `WHEN '${from}' THEN '${to}'`);
  return `CASE ${column} ${branches.join(' ')} ELSE ${column} END`;
}

async function rewrite(queryRunner: QueryRunner, mapping: Record<string, string>): Promise<void> {
  const codes = Object.keys(mapping);
  const list = codes.map((code) => `'${code}'`).join(', ');
  for (const table of ['entries', 'judging_entries']) {
    await queryRunner.query(
      `UPDATE "${table}" SET "language" = ${caseOf('"language"', mapping)} WHERE "language" IN (${list})`,
    );
  }
  await queryRunner.query(
    `UPDATE "awards" SET "rules" = jsonb_set("rules", '{languages}', (
       SELECT coalesce(jsonb_agg(to_jsonb("code") ORDER BY "first"), '[]'::jsonb)
       FROM (
         SELECT ${caseOf('"element"."value"', mapping)} AS "code", min("element"."position") AS "first"
         FROM jsonb_array_elements_text("rules"->'languages') WITH ORDINALITY AS "element"("value", "position")
         GROUP BY 1
       ) AS "mapped"
     ))
     WHERE jsonb_typeof("rules"->'languages') = 'array' AND "rules"->'languages' ?| ARRAY[${list}]`,
  );
}

export class EntryLanguageCodes1796500000700 implements MigrationInterface {
  name = 'EntryLanguageCodes1796500000700';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await rewrite(queryRunner, UP);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await rewrite(queryRunner, DOWN);
  }
}
