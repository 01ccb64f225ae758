#!/usr/bin/env node
/**
 * `npm run bench:results`: the organizer's results at the size of the 2020 national award — 1,710
 * entries, 56 judges, 3 submitted sheets per entry in one round — against the same sums done by one
 * raw SQL query in the same run (the floor: PostgreSQL's own aggregation, no ranking, no JSON).
 * Then the results files for the 101 finalists with prizes. Figures go to docs/performance.md.
 */
import { measure as measureRuns, startBenchApi, waitFor } from './bench-kit.mjs';
import pg from 'pg';

const port = 4520;
const repeats = Number(process.env.BENCH_REPEATS ?? 30);
const NATIONAL = '5a000000-0000-4000-8000-000000002020';
const base = `http://127.0.0.1:${port}/api/v1`;

/** Median and 90th percentile of `repeats` sequential runs after two warm-ups. */
const measure = (run) => measureRuns(run, repeats);

/** Builds a closed round of 1,710 entries × 3 sheets and 101 prize decisions, all in SQL. */
async function generate(client) {
  await client.query('BEGIN');
  // The audit log is append-only by trigger; the generated data bypasses it (no audit rows are made).
  const judges = await client.query(
    `INSERT INTO users (email, password_hash, full_name, organization_name)
     SELECT 'bench.judge' || n || '@bench.vn', 'x', 'Giám khảo ' || n, 'Cơ quan ' || n FROM generate_series(1, 56) n RETURNING id`,
  );
  const judgeIds = judges.rows.map((row) => row.id);
  await client.query(
    `INSERT INTO award_members (award_id, user_id, role, organization_name, invited_by)
     SELECT $1, id, 'judge', organization_name, id FROM users WHERE email LIKE 'bench.judge%'`,
    [NATIONAL],
  );
  const submitter = (await client.query(`SELECT id FROM users WHERE email = 'phongvien1@demo.vn'`))
    .rows[0].id;
  const categories = (
    await client.query('SELECT id, code FROM categories WHERE award_id = $1 ORDER BY sort_order', [
      NATIONAL,
    ])
  ).rows;
  // 2020's split: print 730 (two categories), online 400, TV 397, radio 139, photo 44.
  const split = { IN1: 365, IN2: 365, DT: 400, TH: 397, PT: 139, AN: 44 };
  let seq = 100;
  for (const category of categories) {
    await client.query(
      `INSERT INTO entries (award_id, category_id, submitter_id, status, title, language, receipt_number, receipt_seq, code, submitted_at)
       SELECT $1, $2, $3, 'eligible', 'Tác phẩm ' || $4 || ' số ' || n, 'vi', 'BENCH-' || $4 || '-' || n, $5 + n, 'B' || $4 || '-' || lpad(n::text, 4, '0'), now()
         FROM generate_series(1, $6) n`,
      [NATIONAL, category.id, submitter, category.code, seq, split[category.code]],
    );
    await client.query(
      `INSERT INTO entry_authors (entry_id, index, full_name, normalized_name, pen_name, role, organization_name)
       SELECT id, 0, 'Tác giả ' || receipt_seq, 'tac gia ' || receipt_seq, 'Bút danh ' || receipt_seq, 'author', 'Báo số ' || (receipt_seq % 40)
         FROM entries WHERE category_id = $1 AND receipt_number LIKE 'BENCH-%'`,
      [category.id],
    );
    seq += split[category.code];
  }
  const round = (
    await client.query(
      `INSERT INTO rounds (award_id, name, "order", judges_per_entry, rubric, status)
       VALUES ($1, 'Vòng sơ khảo (benchmark)', 9, 3, $2, 'closed') RETURNING id`,
      [
        NATIONAL,
        JSON.stringify({
          criteria: [
            { key: 'content', name: 'Nội dung', maxScore: 5, step: 0.25, weight: null },
            { key: 'craft', name: 'Hình thức', maxScore: 5, step: 0.25, weight: null },
          ],
        }),
      ],
    )
  ).rows[0].id;
  await client.query(
    `INSERT INTO round_entries (round_id, entry_id) SELECT $1, id FROM entries WHERE receipt_number LIKE 'BENCH-%'`,
    [round],
  );
  // Three judges per entry, rotating through the 56; each judge has a severity of their own.
  await client.query(
    `INSERT INTO assignments (round_id, entry_id, judge_id)
     SELECT $1, e.id, ($2::uuid[])[1 + ((e.receipt_seq * 3 + k) % 56)]
       FROM entries e CROSS JOIN generate_series(0, 2) k WHERE e.receipt_number LIKE 'BENCH-%'`,
    [round, judgeIds],
  );
  await client.query(
    `INSERT INTO sheets (assignment_id, round_id, judge_id, entry_id, scores, total, status, submitted_at)
     SELECT a.id, a.round_id, a.judge_id, a.entry_id, '{}'::jsonb,
            least(10, greatest(0, round(((5 + 4 * (hashtext(a.id::text) & 1023) / 1023.0) - (hashtext(a.judge_id::text) & 7) / 7.0) * 4) / 4)),
            'submitted', now()
       FROM assignments a WHERE a.round_id = $1`,
    [round],
  );
  // The 101 finalists of 2020 get prizes: 1 special, 5 A, 10 B, 16 C, 27 KK, the rest none.
  await client.query(
    `INSERT INTO prize_decisions (award_id, entry_id, tier_code, decided_by)
     SELECT $1, id, CASE WHEN n = 1 THEN 'DB' WHEN n <= 6 THEN 'A' WHEN n <= 16 THEN 'B' WHEN n <= 32 THEN 'C' ELSE 'KK' END, $2
       FROM (SELECT id, row_number() OVER (ORDER BY receipt_seq) n FROM entries WHERE receipt_number LIKE 'BENCH-%') x WHERE n <= 59`,
    [NATIONAL, submitter],
  );
  await client.query('COMMIT');
  await client.query('ANALYZE');
  return round;
}

const api = startBenchApi({ name: 'results', port });
try {
  await waitFor(`${base}/health`);
  const client = new pg.Client({
    connectionString: api.databaseUrl(),
  });
  await client.connect();
  const roundId = await generate(client);
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'tochuc@demo.vn', password: 'Demo2020!vn' }),
  });
  const token = (await login.json()).accessToken;
  if (!token) throw new Error(`login failed: ${login.status}`);
  const get = async (path) => {
    const response = await fetch(`${base}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return Buffer.from(await response.arrayBuffer());
  };
  const rows = JSON.parse((await get(`/rounds/${roundId}/results?method=mean`)).toString());
  const sql = `SELECT re.entry_id, e.category_id, e.code, avg(s.total) AS mean, count(s.id) AS sheets
                 FROM round_entries re JOIN entries e ON e.id = re.entry_id
                 LEFT JOIN sheets s ON s.entry_id = re.entry_id AND s.round_id = re.round_id AND s.status = 'submitted'
                WHERE re.round_id = $1 GROUP BY re.entry_id, e.category_id, e.code`;
  const baseline = await measure(() => client.query(sql, [roundId]));
  const lines = [
    `\n${rows.length} entries, ${rows.reduce((sum, row) => sum + row.sheets, 0)} sheets; ${repeats} sequential requests each after 2 warm-ups\n`,
  ];
  const line = (name, result, ratioTo) =>
    `${name.padEnd(46)} median ${result.median.toFixed(1).padStart(7)} ms   p90 ${result.p90.toFixed(1).padStart(7)} ms${ratioTo ? `   ×${(result.median / ratioTo.median).toFixed(1)} the SQL` : ''}`;
  lines.push(line('raw SQL: per-entry mean (baseline)', baseline));
  for (const method of ['mean', 'trimmed', 'zscore']) {
    lines.push(
      line(
        `GET /rounds/:id/results?method=${method}`,
        await measure(() => get(`/rounds/${roundId}/results?method=${method}`)),
        baseline,
      ),
    );
  }
  lines.push(
    line(
      'GET /rounds/:id/results/judges',
      await measure(() => get(`/rounds/${roundId}/results/judges`)),
      baseline,
    ),
  );
  for (const format of ['csv', 'xlsx', 'pdf']) {
    let size = 0;
    const result = await measure(async () => {
      size = (await get(`/awards/${NATIONAL}/results/export?format=${format}`)).length;
    }).catch((error) => ({ error }));
    lines.push(
      result.error
        ? `export ${format}: ${result.error.message}`
        : `${line(`GET /awards/:id/results/export?format=${format}`, result)}   ${(size / 1024).toFixed(0)} KiB`,
    );
  }
  console.log(lines.join('\n') + '\n');
  await client.end();
} finally {
  await api.stop();
}
