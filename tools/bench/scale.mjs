#!/usr/bin/env node
/**
 * `npm run bench:scale`: the organizer's results and the screening queue at 1k → 10k → 100k entries
 * (5 sheets per entry, 7 criteria, 56 judges in six subcommittees), each edition built by
 * `seed:scale` into the built API's embedded PostgreSQL. Baseline in the same run: the per-entry
 * means by one raw SQL query over the same tables. BENCH_SIZES=1000,10000 picks the sizes;
 * BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the API. Figures: docs/performance.md.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { measure, waitFor } from './bench-kit.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const port = 4530;
const pgPort = port + 10000;
const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const dataDir = mkdtempSync(join(tmpdir(), 'press-award-bench-scale-'));
chmodSync(dataDir, 0o755);
const base = `http://127.0.0.1:${port}/api/v1`;
const repeatsFor = (entries) => Number(process.env.BENCH_REPEATS ?? (entries >= 100_000 ? 5 : 15));

const api = spawn(
  process.execPath,
  [
    ...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
    process.env.BENCH_API_MAIN ?? join(root, 'dist/api/main.js'),
  ],
  {
    cwd: root,
    stdio: ['ignore', process.env.BENCH_LOG_LEVEL ? 'inherit' : 'ignore', 'inherit'],
    env: {
      ...process.env,
      PORT: String(port),
      PG_PORT: String(pgPort),
      PG_DATA_DIR: join(dataDir, 'pg'),
      STORAGE_ROOT: join(dataDir, 'uploads'),
      SEED_DEMO: 'false',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
      NODE_ENV: 'production',
      JWT_SECRET: 'bench-secret-that-is-long-enough-for-production-use',
    },
  },
);

/** Builds an edition with `seed:scale`; returns what it printed (award, rounds, organizer). */
function seed(databaseUrl, entries) {
  const started = Date.now();
  const output = execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/ts-node/dist/bin.js'),
      '-T',
      '-P',
      'api/tsconfig.tools.json',
      'api/scripts/seed-scale.ts',
      ...['--entries', String(entries), '--judges', '56', '--judges-per-entry', '5'],
      ...['--criteria', '7', '--files', 'none'],
    ],
    { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: 'utf8' },
  );
  const match =
    /Seeded award (\S+) .*preliminary round (\S+), final round (\S+); sign in as (\S+) \/ (\S+)/.exec(
      output,
    );
  if (!match) throw new Error(`seed:scale said:\n${output}`);
  return {
    awardId: match[1],
    roundId: match[2],
    email: match[4],
    password: match[5],
    seconds: (Date.now() - started) / 1000,
  };
}

const RAW_SQL = `SELECT re.entry_id, e.category_id, e.code, avg(s.total) AS mean, count(s.id) AS sheets
                   FROM round_entries re JOIN entries e ON e.id = re.entry_id
                   LEFT JOIN sheets s ON s.entry_id = re.entry_id AND s.round_id = re.round_id AND s.status = 'submitted'
                  WHERE re.round_id = $1 GROUP BY re.entry_id, e.category_id, e.code`;

const fmt = (result, baseline) =>
  `${result.median.toFixed(1).padStart(8)} ms${baseline ? ` (×${(result.median / baseline.median).toFixed(1)})` : ''}`;

api.once('exit', (code, signal) => console.error(`the API exited (${signal ?? code})`));
try {
  await waitFor(`${base}/health`);
  const password = readFileSync(join(dataDir, 'pg.password'), 'utf8').trim();
  const databaseUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/press_award`;
  const client = new pg.Client({ connectionString: databaseUrl });
  // The API stops its PostgreSQL when the benchmark ends: that is no error of the benchmark.
  client.on('error', () => undefined);
  await client.connect();
  const rows = [];
  for (const entries of sizes) {
    const edition = seed(databaseUrl, entries);
    // The seed outlasts the server's keep-alive: the first request may meet a closed socket.
    await fetch(`${base}/health`).catch(() => undefined);
    const login = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: edition.email, password: edition.password }),
    });
    const token = (await login.json()).accessToken;
    if (!token) throw new Error(`login failed: ${login.status}`);
    // identity: the cost of the results, not of compressing them (the browser gets brotli at quality 4).
    const get = async (path) => {
      const response = await fetch(`${base}${path}`, {
        headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'identity' },
      });
      if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      return Buffer.from(await response.arrayBuffer());
    };
    const repeats = repeatsFor(entries);
    const sheets = Number(
      (await client.query('SELECT count(*) FROM sheets WHERE round_id = $1', [edition.roundId]))
        .rows[0].count,
    );
    const results = `/rounds/${edition.roundId}/results?method=mean`;
    const bytes = (await get(results)).length;
    const row = {
      entries,
      sheets,
      seed: edition.seconds,
      bytes,
      sql: await measure(() => client.query(RAW_SQL, [edition.roundId]), repeats),
      mean: await measure(() => get(results), repeats),
      zscore: await measure(() => get(`/rounds/${edition.roundId}/results?method=zscore`), repeats),
      judges: await measure(() => get(`/rounds/${edition.roundId}/results/judges`), repeats),
      screening: await measure(
        () => get(`/awards/${edition.awardId}/entries?page=1&pageSize=50`),
        Math.min(repeats, 5),
        1,
      ),
    };
    rows.push(row);
    const previous = rows.at(-2);
    console.log(
      `\n${entries} entries, ${sheets} sheets (seeded in ${row.seed.toFixed(1)} s; results JSON ${(bytes / 1024).toFixed(0)} KiB), ${repeats} sequential runs, medians` +
        `\n  raw SQL per-entry mean (baseline) ${fmt(row.sql)}` +
        `\n  GET results?method=mean           ${fmt(row.mean, row.sql)}` +
        `\n  GET results?method=zscore         ${fmt(row.zscore, row.sql)}` +
        `\n  GET results/judges                ${fmt(row.judges, row.sql)}` +
        `\n  GET entries (screening, page 1)   ${fmt(row.screening)}` +
        (previous
          ? `\n  step ×${(entries / previous.entries).toFixed(0)} entries: SQL ×${(row.sql.median / previous.sql.median).toFixed(1)}, results ×${(row.mean.median / previous.mean.median).toFixed(1)}, screening ×${(row.screening.median / previous.screening.median).toFixed(1)}`
          : ''),
    );
  }
  await client.end();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  api.kill('SIGTERM');
  await new Promise((done) => api.once('exit', done));
  rmSync(dataDir, { recursive: true, force: true });
}
