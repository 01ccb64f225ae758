#!/usr/bin/env node
/**
 * `npm run bench:pdf`: does the API keep answering while it builds a large PDF? The built API, the
 * demo award with 2,000 prizes added in SQL; autocannon measures GET /api/v1/health/live first with
 * the API idle, then while the official list (2,000 rows) is requested over and over, one at a time.
 * The documents are built in worker threads (PdfRenderPool); on the event loop, every health check
 * waited for the document in progress. Figures go to docs/performance.md.
 */
import { startBenchApi, waitFor } from './bench-kit.mjs';
import autocannon from 'autocannon';
import pg from 'pg';

const duration = Number(process.env.BENCH_SECONDS ?? 15);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const prizes = Number(process.env.BENCH_PRIZES ?? 2000);
const port = 4540;
const NATIONAL = '5a000000-0000-4000-8000-000000002020';
const base = `http://127.0.0.1:${port}/api/v1`;

/** `prizes` entries of the national award, each with an author and a prize in one of its tiers. */
async function generate(client) {
  await client.query('BEGIN');
  const submitter = (await client.query(`SELECT id FROM users WHERE email = 'phongvien1@demo.vn'`))
    .rows[0].id;
  const categories = (
    await client.query('SELECT id, code FROM categories WHERE award_id = $1 ORDER BY sort_order', [
      NATIONAL,
    ])
  ).rows;
  const tiers = (await client.query('SELECT prize_tiers FROM awards WHERE id = $1', [NATIONAL]))
    .rows[0].prize_tiers;
  const perCategory = Math.ceil(prizes / categories.length);
  let seq = 100;
  for (const category of categories) {
    const count = Math.min(perCategory, prizes - (seq - 100));
    if (count <= 0) break;
    await client.query(
      `INSERT INTO entries (award_id, category_id, submitter_id, status, title, language, receipt_number, receipt_seq, code, submitted_at)
       SELECT $1, $2, $3, 'eligible', 'Những người giữ lửa ở bản Ếch – kỳ ' || n || ' (' || $4 || ')', 'vi', 'BENCH-' || $4 || '-' || n, $5 + n, 'B' || $4 || '-' || lpad(n::text, 4, '0'), now()
         FROM generate_series(1, $6) n`,
      [NATIONAL, category.id, submitter, category.code, seq, count],
    );
    seq += count;
  }
  await client.query(
    `INSERT INTO entry_authors (entry_id, index, full_name, normalized_name, pen_name, role, organization_name)
     SELECT id, 0, 'Nguyễn Thị Ánh Tuyết ' || receipt_seq, 'nguyen thi anh tuyet ' || receipt_seq, 'Hồng Lĩnh', 'author', 'Đài Phát thanh và Truyền hình số ' || (receipt_seq % 40)
       FROM entries WHERE receipt_number LIKE 'BENCH-%'`,
  );
  await client.query(
    `INSERT INTO prize_decisions (award_id, entry_id, tier_code, decided_by)
     SELECT $1, id, ($3::text[])[1 + receipt_seq % array_length($3::text[], 1)], $2
       FROM entries WHERE receipt_number LIKE 'BENCH-%'`,
    [NATIONAL, submitter, tiers.map((tier) => tier.code)],
  );
  await client.query('COMMIT');
  await client.query('ANALYZE');
}

const health = () =>
  new Promise((done, fail) =>
    autocannon({ url: `${base}/health/live`, duration, connections }, (error, result) =>
      error ? fail(error) : done(result),
    ),
  );

const api = startBenchApi({ name: 'pdf', port });
try {
  await waitFor(`${base}/health`);
  const client = new pg.Client({
    connectionString: api.databaseUrl(),
  });
  await client.connect();
  await generate(client);
  await client.end();
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'tochuc@demo.vn', password: 'Demo2020!vn' }),
  });
  const token = (await login.json()).accessToken;
  if (!token) throw new Error(`login failed: ${login.status}`);
  let size = 0;
  const pdf = async () => {
    const started = process.hrtime.bigint();
    const response = await fetch(`${base}/awards/${NATIONAL}/results/export?format=pdf`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new Error(`official PDF: ${response.status} ${await response.text()}`);
    size = (await response.arrayBuffer()).byteLength;
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  const cold = await health(); // before any document: no worker started yet
  await pdf(); // starts the worker and warms both threads' JIT, not counted
  await pdf();
  const alone = [await pdf(), await pdf(), await pdf()].sort((a, b) => a - b);
  const idle = await health();

  const times = [];
  let loading = true;
  const load = (async () => {
    while (loading) times.push(await pdf());
  })();
  const busy = await health();
  loading = false;
  await load;
  times.sort((a, b) => a - b);

  const line = (name, result) =>
    `${name.padEnd(40)} ${String(Math.round(result.requests.average)).padStart(6)} req/s   p50 ${String(result.latency.p50).padStart(3)} ms   p99 ${String(result.latency.p99).padStart(3)} ms   max ${String(result.latency.max).padStart(4)} ms   errors ${result.errors + result.non2xx}`;
  console.log(
    `\nGET /api/v1/health/live, ${connections} connections, ${duration} s each; official PDF of ${prizes} prizes (${(size / 1024).toFixed(0)} KiB)`,
  );
  console.log(line('idle, before the first PDF', cold));
  console.log(line('idle, after 5 PDFs', idle));
  console.log(line('while the official PDF is built', busy));
  console.log(`official PDF alone (no health load): median of 3 ${alone[1].toFixed(0)} ms`);
  console.log(
    `official PDFs built meanwhile: ${times.length}, one at a time; median ${times[Math.floor(times.length / 2)]?.toFixed(0)} ms, p90 ${times[Math.floor(times.length * 0.9)]?.toFixed(0)} ms each\n`,
  );

  // The numbered documents of the same prizes (docs/documents.md), against the official list built
  // in the same run: generating one (number, model, first format, hash, audit link) and downloading
  // it again (rebuilt from its model). Median of 3 each.
  const timed = async (method, path, body) => {
    const started = process.hrtime.bigint();
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    const bytes = (await response.arrayBuffer()).byteLength;
    return { ms: Number(process.hrtime.bigint() - started) / 1e6, bytes, response };
  };
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const baseline = median([await pdf(), await pdf(), await pdf()]);
  console.log(`official PDF list (baseline, same run): median ${baseline.toFixed(0)} ms`);
  for (const [type, format] of [
    ['prize_decision', 'pdf'],
    ['prize_decision', 'docx'],
    ['payment_list', 'xlsx'],
  ]) {
    const generated = [];
    const downloaded = [];
    let size = 0;
    for (let run = 0; run < 3; run++) {
      const started = process.hrtime.bigint();
      const created = await fetch(`${base}/awards/${NATIONAL}/documents`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ type }),
      });
      if (created.status !== 201)
        throw new Error(`generate ${type}: ${created.status} ${await created.text()}`);
      const record = await created.json();
      generated.push(Number(process.hrtime.bigint() - started) / 1e6);
      const file = await timed('GET', `/documents/${record.id}?format=${format}`);
      downloaded.push(file.ms);
      size = file.bytes;
    }
    const [g, d] = [median(generated), median(downloaded)];
    console.log(
      `${`${type} (${format}, ${(size / 1024).toFixed(0)} KiB)`.padEnd(40)} generate ${g.toFixed(0)} ms (×${(g / baseline).toFixed(2)})   download ${d.toFixed(0)} ms (×${(d / baseline).toFixed(2)})`,
    );
  }
  console.log('');
} finally {
  await api.stop();
}
