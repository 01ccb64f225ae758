/**
 * A national edition of any size built by set-based SQL (INSERT … SELECT generate_series): the
 * people, agencies, entries with authors and series parts, a closed preliminary round (each entry
 * scored by judges of its category's subcommittee, none of an author's agency), a closed final round
 * for the finalists, and the planned prizes. The invariants the services keep hold here too — see
 * scale-seed.integration-spec.ts, which checks them against libs/domain.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Algorithm, hash } from '@node-rs/argon2';
import type { ClientBase } from 'pg';
import { NATIONAL_RULES, NATIONAL_TIERS, NATIONAL_TOPICS } from '../demo-awards';
import { DEMO_PASSWORD } from '../demo-people';
import { appendScaleAudit } from './scale-audit';
import {
  AGENCIES,
  CENTRAL_AGENCIES,
  FAMILY_NAMES,
  GIVEN_NAMES,
  MIDDLE_NAMES,
  normalizedOf,
  PROVINCES,
  TITLE_SUBJECTS,
} from './scale-names';
import {
  SCALE_CATEGORIES,
  scalePlan,
  scaleRubric,
  validateScaleOptions,
  type ScaleOptions,
} from './scale-plan';

export interface ScaleSeedResult {
  awardId: string;
  preliminaryRoundId: string;
  finalRoundId: string;
  organizerEmail: string;
  password: string;
  counts: Record<string, number>;
}

const YEAR = 2025;
/** The 2025 edition's window: the national rules of 2020 moved by five years. */
const RULES = {
  ...NATIONAL_RULES,
  publicationFrom: '2024-11-01',
  publicationTo: '2025-10-31',
  submissionDeadline: '2025-11-10T17:00:00+07:00',
};

/**
 * The person behind number `$n` (an SQL expression): family, middle and given name picked from the
 * pools by mixing the number, so neighbours do not share a name but some people far apart do.
 */
function personSql(n: string): { full: string; normalized: string; pen: string; birth: string } {
  const family = `(pools.family[1 + (${n}) % ${FAMILY_NAMES.length}])`;
  const middle = `(pools.middle[1 + ((${n}) * 5 + (${n}) / 7) % ${MIDDLE_NAMES.length}])`;
  const given = `(pools.given[1 + ((${n}) * 13 / 5) % ${GIVEN_NAMES.length}])`;
  const nFamily = `(pools.n_family[1 + (${n}) % ${FAMILY_NAMES.length}])`;
  const nMiddle = `(pools.n_middle[1 + ((${n}) * 5 + (${n}) / 7) % ${MIDDLE_NAMES.length}])`;
  const nGiven = `(pools.n_given[1 + ((${n}) * 13 / 5) % ${GIVEN_NAMES.length}])`;
  return {
    full: `${family} || ' ' || ${middle} || ' ' || ${given}`,
    normalized: `${nFamily} || ' ' || ${nMiddle} || ' ' || ${nGiven}`,
    // Pen names as bylines read: the middle and given name, or a place and the given name.
    pen: `CASE WHEN (${n}) % 3 = 0 THEN ${middle} || ' ' || ${given} ELSE ${given} || ' ' || (pools.province[1 + (${n}) % ${PROVINCES.length}]) END`,
    birth: `(date '1962-01-01' + (((${n}) * 2731) % 12400))`,
  };
}

/** The name pools as $1..$7, typed once for the statements that pick names ("CROSS JOIN pools"). */
const POOLS = `WITH pools AS (SELECT $1::text[] AS family, $2::text[] AS middle, $3::text[] AS given,
  $4::text[] AS n_family, $5::text[] AS n_middle, $6::text[] AS n_given, $7::text[] AS province)`;

/** JavaScript's padStart with zeros in SQL: lpad cuts longer numbers (100000 would become 10000). */
function padStart(number: string, width: number): string {
  return `lpad((${number})::text, greatest(${width}, length((${number})::text)), '0')`;
}

const NAME_PARAMS = [
  [...FAMILY_NAMES],
  [...MIDDLE_NAMES],
  [...GIVEN_NAMES],
  normalizedOf(FAMILY_NAMES),
  normalizedOf(MIDDLE_NAMES),
  normalizedOf(GIVEN_NAMES),
  [...PROVINCES],
];

/** Builds the edition inside the caller's connection, in one transaction. */
export async function seedScale(
  client: ClientBase,
  options: ScaleOptions,
  log: (message: string) => void = () => undefined,
): Promise<ScaleSeedResult> {
  validateScaleOptions(options);
  const plan = scalePlan(options);
  const rubric = scaleRubric(options.criteria);
  const tag = randomBytes(3).toString('hex');
  const awardId = randomUUID();
  const organizerId = randomUUID();
  const secretaryId = randomUUID();
  const preliminaryRoundId = randomUUID();
  const finalRoundId = randomUUID();
  const categoryIds = SCALE_CATEGORIES.map(() => randomUUID());
  const passwordHash = await hash(DEMO_PASSWORD, {
    algorithm: Algorithm.Argon2id,
    memoryCost: 19_456,
    timeCost: 2,
    parallelism: 1,
  });
  const counts: Record<string, number> = {};
  const step = async (name: string, sql: string, params: unknown[] = []) => {
    const started = Date.now();
    const result = await client.query(sql, params);
    counts[name] = (counts[name] ?? 0) + (result.rowCount ?? 0);
    log(`${name}: ${result.rowCount ?? 0} rows in ${Date.now() - started} ms`);
  };
  const reporters = Math.ceil(options.entries / 2);
  const judge = personSql('n + 50000');
  const reporter = personSql('n');
  const lead = personSql('s.reporter');
  const coAuthor = personSql('s.n * 3 + k + 100000');

  await client.query('BEGIN');
  try {
    await step(
      'users',
      `INSERT INTO users (id, email, password_hash, full_name, organization_name)
       VALUES ($1, $3, $5, 'Ban Tổ chức Giải (quy mô)', 'Ban Tuyên giáo và Dân vận Trung ương'),
              ($2, $4, $5, 'Thư ký Hội đồng (quy mô)', 'Ban Tuyên giáo và Dân vận Trung ương')`,
      [
        organizerId,
        secretaryId,
        `scale-${tag}-tochuc@scale.vn`,
        `scale-${tag}-thuky@scale.vn`,
        passwordHash,
      ],
    );
    // Judges: senior journalists of the agencies that also enter works (hence the conflicts).
    await step(
      'users',
      `INSERT INTO users (email, password_hash, full_name, pen_name, organization_name)
       ${POOLS}
       SELECT 'scale-' || $8 || '-giamkhao' || n || '@scale.vn', $9, ${judge.full}, ${judge.pen}, ($10::text[])[1 + (n * 5) % $11]
         FROM generate_series(1, $12::int) n CROSS JOIN pools`,
      [...NAME_PARAMS, tag, passwordHash, AGENCIES, AGENCIES.length, options.judges],
    );
    await step(
      'users',
      `INSERT INTO users (email, password_hash, full_name, pen_name, organization_name)
       ${POOLS}
       SELECT 'scale-' || $8 || '-phongvien' || n || '@scale.vn', $9, ${reporter.full}, ${reporter.pen},
              ($10::text[])[CASE WHEN n % 5 = 0 THEN 1 + (n / 5) % ${CENTRAL_AGENCIES.length}
                                 ELSE ${CENTRAL_AGENCIES.length} + 1 + 2 * ((n * 31) % ${PROVINCES.length}) + (CASE WHEN n % 3 = 0 THEN 1 ELSE 0 END) END]
         FROM generate_series(1, $11::int) n CROSS JOIN pools`,
      [...NAME_PARAMS, tag, passwordHash, AGENCIES, reporters],
    );
    await step(
      'awards',
      `INSERT INTO awards (id, name, edition, year, level, status, organizer_name, description, rules, prize_tiers, topic_prizes, created_by, place)
       VALUES ($1, 'Giải báo chí toàn quốc về xây dựng Đảng (Giải Búa liềm vàng) – dữ liệu quy mô ' || $2, 10, ${YEAR}, 'national', 'decided',
               'Ban Tuyên giáo và Dân vận Trung ương', $3, $4, $5, $6, $7, 'Hà Nội')`,
      [
        awardId,
        tag,
        `Bản sinh tự động: ${options.entries} tác phẩm, ${options.judges} giám khảo.`,
        JSON.stringify(RULES),
        JSON.stringify(NATIONAL_TIERS),
        JSON.stringify(NATIONAL_TOPICS),
        organizerId,
      ],
    );
    await step(
      'categories',
      `INSERT INTO categories (id, award_id, code, name, media_type, genres, sort_order)
       SELECT (x->>'id')::uuid, $1, x->>'code', x->>'name', x->>'mediaType', x->'genres', o::int - 1
         FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS t(x, o)`,
      [
        awardId,
        JSON.stringify(
          SCALE_CATEGORIES.map((category, index) => ({ ...category, id: categoryIds[index] })),
        ),
      ],
    );
    // The judges (subcommittee = category index, by the plan), numbered 1..J in email order.
    const subcommittee = plan.judges.flatMap((size, index) => Array<number>(size).fill(index));
    await client.query(
      `CREATE TEMP TABLE scale_judges ON COMMIT DROP AS
       SELECT u.id, n, u.organization_name, ($3::int[])[n] AS panel,
              CASE WHEN n % 5 = 0 THEN jsonb_build_array(($4::text[])[1 + (n * 17) % $5]) ELSE '[]'::jsonb END AS declared
         FROM generate_series(1, $2::int) n JOIN users u ON u.email = 'scale-' || $1 || '-giamkhao' || n || '@scale.vn'`,
      [tag, options.judges, subcommittee, AGENCIES, AGENCIES.length],
    );
    await step(
      'award_members',
      `INSERT INTO award_members (award_id, user_id, role, organization_name, invited_by, declared_organizations)
       SELECT $1::uuid, $2::uuid, 'organizer', 'Ban Tuyên giáo và Dân vận Trung ương', $2::uuid, '[]'::jsonb
       UNION ALL SELECT $1, $3::uuid, 'secretary', 'Ban Tuyên giáo và Dân vận Trung ương', $2, '[]'
       UNION ALL SELECT $1, id, 'judge', organization_name, $3, declared FROM scale_judges`,
      [awardId, organizerId, secretaryId],
    );
    // Entries: two per reporter; the category is spread by a multiplicative scatter of n.
    const boundaries = plan.entries.reduce<number[]>(
      (acc, size) => [...acc, (acc.at(-1) ?? 0) + size],
      [],
    );
    await client.query(
      `CREATE TEMP TABLE scale_entries ON COMMIT DROP AS
       SELECT n, gen_random_uuid() AS id, (n + 1) / 2 AS reporter,
              (SELECT count(*) FROM unnest($2::int[]) b WHERE b <= ((n::bigint * 7919) % $1)) ::int AS category,
              CASE WHEN n % 10 = 0 THEN 3 WHEN n % 50 = 7 THEN 5 ELSE 1 END AS parts,
              CASE WHEN n % 4 = 0 THEN 2 WHEN n % 12 = 5 THEN 3 ELSE 1 END AS authors,
              -- Quality on 0..1, bell-shaped around 0.7: what the judges perceive, each with their bias.
              (0.55 + 0.3 * ((abs(hashtext('q1' || n)) % 1000) + (abs(hashtext('q2' || n)) % 1000)) / 2000.0)::numeric AS quality
         FROM generate_series(1, $1::int) n`,
      [options.entries, boundaries],
    );
    await client.query('ALTER TABLE scale_entries ADD PRIMARY KEY (n)');
    const deadline = Date.parse(RULES.submissionDeadline);
    await step(
      'entries',
      `INSERT INTO entries (id, award_id, category_id, submitter_id, status, title, genre, language,
                            receipt_number, receipt_seq, submitted_at, code)
       SELECT s.id, $1, ($2::uuid[])[1 + s.category], u.id, 'eligible',
              ($3::text[])[1 + s.n % ${TITLE_SUBJECTS.length}] || ' ở ' || ($4::text[])[1 + (s.n * 7 / ${TITLE_SUBJECTS.length}) % ${PROVINCES.length}]
                || CASE WHEN s.parts > 1 THEN ' (loạt ' || s.parts || ' kỳ)' ELSE '' END
                || ' – ' || ($5::text[])[1 + (s.n / ${TITLE_SUBJECTS.length * PROVINCES.length}) % 10],
              c.genres->>(s.n % greatest(1, jsonb_array_length(c.genres))), 'vi',
              '${YEAR}-${awardId.slice(0, 4).toUpperCase()}-' || ${padStart('s.n', 5)}, s.n,
              to_timestamp($6::double precision / 1000) - make_interval(secs => ($7::int - s.n) * 37),
              c.code || '-' || ${padStart('row_number() OVER (PARTITION BY s.category ORDER BY md5(s.id::text))', 4)}
         FROM scale_entries s
         JOIN users u ON u.email = 'scale-' || $8 || '-phongvien' || s.reporter || '@scale.vn'
         JOIN categories c ON c.id = ($2::uuid[])[1 + s.category]`,
      [
        awardId,
        categoryIds,
        [...TITLE_SUBJECTS],
        [...PROVINCES],
        [
          'nhìn từ cơ sở',
          'chuyện chưa kể',
          'bài học kinh nghiệm',
          'từ nghị quyết đến cuộc sống',
          'những tấm gương bình dị',
          'góc nhìn người trong cuộc',
          'một năm nhìn lại',
          'thách thức và giải pháp',
          'dấu ấn đổi mới',
          'lời giải cho bài toán khó',
        ],
        deadline - 3_600_000,
        options.entries,
        tag,
      ],
    );
    // The lead author is the reporter who submitted (with their account); co-authors have none.
    await step(
      'entry_authors',
      `INSERT INTO entry_authors (entry_id, index, user_id, full_name, normalized_name, pen_name, role, organization_name, email, date_of_birth)
       ${POOLS}
       SELECT s.id, 0, u.id, u.full_name, ${lead.normalized}, u.pen_name, 'author', u.organization_name, u.email, ${lead.birth}
         FROM scale_entries s CROSS JOIN pools
         JOIN users u ON u.email = 'scale-' || $8 || '-phongvien' || s.reporter || '@scale.vn'`,
      [...NAME_PARAMS, tag],
    );
    await step(
      'entry_authors',
      `INSERT INTO entry_authors (entry_id, index, full_name, normalized_name, pen_name, role, organization_name, date_of_birth)
       ${POOLS}
       SELECT s.id, k, ${coAuthor.full}, ${coAuthor.normalized}, ${coAuthor.pen},
              CASE WHEN c.media_type IN ('tv', 'photo') AND k = 1 THEN 'camera' ELSE 'author' END,
              lead.organization_name, ${coAuthor.birth}
         FROM scale_entries s CROSS JOIN pools
         CROSS JOIN LATERAL generate_series(1, s.authors - 1) k
         JOIN entries e ON e.id = s.id JOIN categories c ON c.id = e.category_id
         JOIN entry_authors lead ON lead.entry_id = s.id AND lead.index = 0`,
      NAME_PARAMS,
    );
    await step(
      'entry_parts',
      `INSERT INTO entry_parts (entry_id, index, title, outlet, published_at)
       SELECT s.id, i, e.title || CASE WHEN s.parts > 1 THEN ' – Kỳ ' || (i + 1) ELSE '' END,
              CASE WHEN c.media_type = 'online' THEN lower(regexp_replace(lead.organization_name, '\\s+', '', 'g')) || '.vn' ELSE lead.organization_name END,
              date '${RULES.publicationFrom}' + ((s.n * 37 + i * 9) % 360)
         FROM scale_entries s CROSS JOIN LATERAL generate_series(0, s.parts - 1) i
         JOIN entries e ON e.id = s.id JOIN categories c ON c.id = e.category_id
         JOIN entry_authors lead ON lead.entry_id = s.id AND lead.index = 0`,
    );
    await step(
      'screening_decisions',
      `INSERT INTO screening_decisions (entry_id, decision, decided_by, decided_at)
       SELECT s.id, 'eligible', $1, to_timestamp($2::double precision / 1000) + make_interval(secs => s.n * 11)
         FROM scale_entries s`,
      [secretaryId, deadline],
    );
    await scoreRound(client, step, {
      awardId,
      roundId: preliminaryRoundId,
      name: 'Vòng sơ khảo',
      order: 1,
      judgesPerEntry: options.judgesPerEntry,
      rubric,
      byPanel: true,
      secretaryId,
      entrySource: 'SELECT id, quality FROM scale_entries',
      panels: categoryIds.map((categoryId, index) => ({
        name: `Tiểu ban ${SCALE_CATEGORIES[index]?.name ?? index + 1}`,
        categoryId,
        panel: index,
      })),
    });
    // Finalists: the best preliminary means of each category, in proportion to its entries.
    const finalists = Math.min(options.finalists, options.entries);
    await client.query(
      `CREATE TEMP TABLE scale_finalists ON COMMIT DROP AS
       SELECT m.entry_id AS id, s.quality FROM (
         SELECT e.id AS entry_id, e.category_id, avg(sh.total) AS mean,
                row_number() OVER (PARTITION BY e.category_id ORDER BY avg(sh.total) DESC, e.code) AS place,
                count(*) OVER (PARTITION BY e.category_id) AS size
           FROM sheets sh JOIN entries e ON e.id = sh.entry_id
          WHERE sh.round_id = $1 GROUP BY e.id, e.category_id, e.code) m
       JOIN scale_entries s ON s.id = m.entry_id
       WHERE m.place <= greatest(1, round($2::numeric * m.size / $3))`,
      [preliminaryRoundId, finalists, options.entries],
    );
    await scoreRound(client, step, {
      awardId,
      roundId: finalRoundId,
      name: 'Vòng chung khảo',
      order: 2,
      judgesPerEntry: options.finalJudgesPerEntry,
      rubric,
      byPanel: false,
      secretaryId,
      entrySource: 'SELECT id, quality FROM scale_finalists',
      panels: [],
    });
    // Prizes as planned: the tiers' target counts, by the final mean across categories.
    const tiers = NATIONAL_TIERS.flatMap((tier) => Array<string>(tier.targetCount).fill(tier.code));
    await step(
      'prize_decisions',
      `INSERT INTO prize_decisions (award_id, entry_id, tier_code, decided_by)
       SELECT $1, entry_id, ($3::text[])[place], $2 FROM (
         SELECT sh.entry_id, row_number() OVER (ORDER BY avg(sh.total) DESC, min(e.code)) AS place
           FROM sheets sh JOIN entries e ON e.id = sh.entry_id WHERE sh.round_id = $4 GROUP BY sh.entry_id) ranked
        WHERE place <= $5`,
      [awardId, organizerId, tiers, finalRoundId, tiers.length],
    );
    await appendScaleAudit(client, {
      awardId,
      organizerId,
      secretaryId,
      preliminaryRoundId,
      finalRoundId,
      counts,
    });
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  await client.query('ANALYZE');
  return {
    awardId,
    preliminaryRoundId,
    finalRoundId,
    organizerEmail: `scale-${tag}-tochuc@scale.vn`,
    password: DEMO_PASSWORD,
    counts,
  };
}

interface RoundSpec {
  awardId: string;
  roundId: string;
  name: string;
  order: number;
  judgesPerEntry: number;
  rubric: ReturnType<typeof scaleRubric>;
  /** Judges only from the subcommittee of the entry's category (the preliminary round). */
  byPanel: boolean;
  secretaryId: string;
  /** Rows (id, quality) of the round's entries. */
  entrySource: string;
  panels: { name: string; categoryId: string; panel: number }[];
}

/**
 * A closed round: its entries, the assignments (the first judges in a per-entry shuffle among those
 * without a conflict — no author of the judge's agency or of an agency the judge declared) and one
 * submitted sheet per assignment, each judge with a bias of their own.
 */
async function scoreRound(
  client: ClientBase,
  step: (name: string, sql: string, params?: unknown[]) => Promise<void>,
  spec: RoundSpec,
): Promise<void> {
  await step(
    'rounds',
    `INSERT INTO rounds (id, award_id, name, "order", judges_per_entry, rubric, status)
     VALUES ($1, $2, $3, $4, $5, $6, 'closed')`,
    [
      spec.roundId,
      spec.awardId,
      spec.name,
      spec.order,
      spec.judgesPerEntry,
      JSON.stringify(spec.rubric),
    ],
  );
  if (spec.panels.length)
    await step(
      'panels',
      `INSERT INTO panels (round_id, name, category_ids, judge_ids)
       SELECT $1, p->>'name', jsonb_build_array(p->>'categoryId'),
              (SELECT coalesce(jsonb_agg(j.id ORDER BY j.n), '[]') FROM scale_judges j WHERE j.panel = (p->>'panel')::int)
         FROM jsonb_array_elements($2::jsonb) p`,
      [spec.roundId, JSON.stringify(spec.panels)],
    );
  await step(
    'round_entries',
    `INSERT INTO round_entries (round_id, entry_id) SELECT $1, id FROM (${spec.entrySource}) x`,
    [spec.roundId],
  );
  await step(
    'assignments',
    `INSERT INTO assignments (round_id, entry_id, judge_id, created_by)
     SELECT $1, entry_id, judge_id, $3 FROM (
       SELECT x.id AS entry_id, j.id AS judge_id,
              row_number() OVER (PARTITION BY x.id ORDER BY md5(x.id::text || j.id::text)) AS pick
         FROM (${spec.entrySource}) x
         JOIN entries e ON e.id = x.id
         JOIN categories c ON c.id = e.category_id
         JOIN scale_judges j ON (NOT $4::boolean OR j.panel = c.sort_order)
        WHERE NOT EXISTS (
          SELECT 1 FROM entry_authors a
           WHERE a.entry_id = x.id
             AND (a.organization_name = j.organization_name OR j.declared ? a.organization_name))
     ) ranked WHERE pick <= $2`,
    [spec.roundId, spec.judgesPerEntry, spec.secretaryId, spec.byPanel],
  );
  // Each criterion: the entry's quality on 10, the judge's bias (−0.8..+0.8) and some noise, on the
  // quarter step within 0..10. The total is the domain's weighted total (all weights 1: the sum).
  await step(
    'sheets',
    `INSERT INTO sheets (assignment_id, round_id, judge_id, entry_id, scores, total, status, submitted_at)
     SELECT a.id, a.round_id, a.judge_id, a.entry_id, sc.scores, sc.total, 'submitted', now()
       FROM assignments a
       JOIN (${spec.entrySource}) x ON x.id = a.entry_id
       JOIN scale_judges j ON j.id = a.judge_id
       CROSS JOIN LATERAL (
         SELECT jsonb_object_agg(key, value) AS scores, sum(value) AS total FROM (
           SELECT 'c' || k AS key,
                  (least(10, greatest(0, round((10 * x.quality + ((j.n * 37) % 17 - 8) / 10.0
                        + ((abs(hashtext(a.id::text || k)) % 13) - 6) / 8.0) * 4) / 4)))::numeric(6, 2) AS value
             FROM generate_series(1, $2::int) k) c
       ) sc
      WHERE a.round_id = $1`,
    [spec.roundId, spec.rubric.criteria.length],
  );
}
