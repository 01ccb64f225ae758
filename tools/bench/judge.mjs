#!/usr/bin/env node
/**
 * `npm run bench:judge`: the judges' hot paths on a generated national edition (seed:scale, 2,216
 * entries, 56 judges, 3 per entry by default). Its preliminary round is opened for the bench (the
 * seed closes it), its sheets made drafts again, and the judges' read model filled as the
 * projection fills it when codes are issued. Then 100 connections, each a judge signed in with one
 * assignment of their own, run for BENCH_SECONDS each:
 *   - GET /api/v1/me (the app's trivial authenticated route: the ceiling),
 *   - GET /api/v1/judging/assignments (the judge's list),
 *   - GET /api/v1/judging/assignments/:id (opening one work),
 *   - PUT /api/v1/judging/assignments/:id/sheet (saving a draft, with the version each save returns).
 * Figures: docs/performance.md.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { startBenchApi, waitFor } from './bench-kit.mjs';
import { Agent, request } from 'undici';
import pg from 'pg';

const port = 4550;
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 100);
const entries = Number(process.env.BENCH_ENTRIES ?? 2216);
const base = `http://127.0.0.1:${port}/api/v1`;
const agent = new Agent({ connections, pipelining: 1, keepAliveTimeout: 30_000 });

const api = startBenchApi({
  name: 'judge',
  port,
  env: {
    SEED_DEMO: 'false',
    // 100 judges sign in from one address within seconds: not an attack here.
    LOGIN_ADDRESS_MAX_FAILURES: '1000',
  },
});

function seed(databaseUrl) {
  const output = execFileSync(
    process.execPath,
    [
      join(api.root, 'node_modules/ts-node/dist/bin.js'),
      ...['-T', '-P', 'api/tsconfig.tools.json', 'api/scripts/seed-scale.ts'],
      ...['--entries', String(entries), '--judges', '56', '--files', 'none'],
    ],
    { cwd: api.root, env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: 'utf8' },
  );
  const match =
    /Seeded award (\S+) .*preliminary round (\S+), final round (\S+); sign in as (\S+) \/ (\S+)/.exec(
      output,
    );
  if (!match) throw new Error(`seed:scale said:\n${output}`);
  return { awardId: match[1], roundId: match[2], password: match[5] };
}

async function call(method, path, token, body) {
  const response = await request(`${base}${path}`, {
    method,
    dispatcher: agent,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.body.text();
  return { status: response.statusCode, body: text ? JSON.parse(text) : undefined };
}

/** `connections` workers, each its own judge and assignment, for `seconds`: latency and rate. */
async function load(name, workers, once) {
  const latencies = [];
  let errors = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    workers.map(async (worker) => {
      while (Date.now() < until) {
        const started = process.hrtime.bigint();
        const ok = await once(worker).catch(() => false);
        latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
        if (!ok) errors++;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))];
  return { name, rate: latencies.length / seconds, p50: at(0.5), p99: at(0.99), errors };
}

api.child.once('exit', (code, signal) => console.error(`the API exited (${signal ?? code})`));
try {
  await waitFor(`${base}/health`);
  const databaseUrl = api.databaseUrl();
  const edition = seed(databaseUrl);
  const db = new pg.Client({ connectionString: databaseUrl });
  db.on('error', () => undefined);
  await db.connect();
  // What the services would have done for an open round: the read model, drafts, the award judging.
  await db.query(
    `INSERT INTO judging_entries (entry_id, award_id, code, title, category_id, category_name, media_type, genre, language, parts)
     SELECT e.id, e.award_id, e.code, e.title, e.category_id, c.name, c.media_type, e.genre, e.language,
            coalesce((SELECT jsonb_agg(jsonb_build_object('title', p.title, 'publishedAt', p.published_at::text) ORDER BY p.index)
                        FROM entry_parts p WHERE p.entry_id = e.id), '[]')
       FROM entries e JOIN categories c ON c.id = e.category_id
      WHERE e.award_id = $1 AND e.code IS NOT NULL
     ON CONFLICT (entry_id) DO NOTHING`,
    [edition.awardId],
  );
  await db.query(`UPDATE awards SET status = 'judging' WHERE id = $1`, [edition.awardId]);
  await db.query(`UPDATE rounds SET status = 'open' WHERE id = $1`, [edition.roundId]);
  await db.query(`UPDATE sheets SET status = 'draft', submitted_at = NULL WHERE round_id = $1`, [
    edition.roundId,
  ]);
  const judges = (
    await db.query(
      `SELECT u.email, min(a.id::text) AS assignment, count(*)::int AS assigned
         FROM assignments a JOIN users u ON u.id = a.judge_id
        WHERE a.round_id = $1 GROUP BY u.email ORDER BY u.email`,
      [edition.roundId],
    )
  ).rows;
  await fetch(`${base}/health`).catch(() => undefined);
  const tokens = new Map();
  for (const judge of judges) {
    const login = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: judge.email, password: edition.password }),
    });
    const token = (await login.json()).accessToken;
    if (!token) throw new Error(`login ${judge.email}: ${login.status}`);
    tokens.set(judge.email, token);
  }
  // Each connection: a judge (round robin) and one of their own assignments.
  const perJudge = new Map();
  for (const row of (
    await db.query(
      `SELECT u.email, a.id FROM assignments a JOIN users u ON u.id = a.judge_id
        WHERE a.round_id = $1 ORDER BY u.email, a.id`,
      [edition.roundId],
    )
  ).rows) {
    if (!perJudge.has(row.email)) perJudge.set(row.email, []);
    perJudge.get(row.email).push(row.id);
  }
  const emails = [...perJudge.keys()];
  const workers = Array.from({ length: connections }, (_, index) => {
    const email = emails[index % emails.length];
    const assignment = perJudge.get(email)[Math.floor(index / emails.length)];
    return { token: tokens.get(email), assignment, version: null };
  });
  for (const worker of workers) {
    const opened = await call('GET', `/judging/assignments/${worker.assignment}`, worker.token);
    if (opened.status !== 200)
      throw new Error(`open: ${opened.status} ${JSON.stringify(opened.body)}`);
    worker.version = opened.body.sheet?.version ?? 0;
    worker.scores = opened.body.sheet?.scores ?? {};
  }
  const assigned = judges.reduce((sum, judge) => sum + judge.assigned, 0) / judges.length;

  const ok = (status) => status === 200;
  const results = [];
  results.push(
    await load('GET /me (ceiling)', workers, async (w) =>
      ok((await call('GET', '/me', w.token)).status),
    ),
  );
  results.push(
    await load('GET /judging/assignments', workers, async (w) =>
      ok((await call('GET', '/judging/assignments', w.token)).status),
    ),
  );
  results.push(
    await load('GET /judging/assignments/:id', workers, async (w) =>
      ok((await call('GET', `/judging/assignments/${w.assignment}`, w.token)).status),
    ),
  );
  results.push(
    await load('PUT …/sheet (draft)', workers, async (w) => {
      const saved = await call('PUT', `/judging/assignments/${w.assignment}/sheet`, w.token, {
        scores: w.scores,
        comment: `Bản nháp ${w.version + 1}`,
        version: w.version,
      });
      if (saved.status === 200) w.version = saved.body.version;
      return ok(saved.status);
    }),
  );
  const ceiling = results[0].rate;
  console.log(
    `\n${entries} entries, ${judges.length} judges (${assigned.toFixed(0)} assignments each in the round), ${connections} connections, ${seconds} s each\n`,
  );
  console.log(
    `${'path'.padEnd(30)} ${'req/s'.padStart(8)} ${'ratio'.padStart(6)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'errors'.padStart(7)}`,
  );
  for (const row of results)
    console.log(
      `${row.name.padEnd(30)} ${Math.round(row.rate).toString().padStart(8)} ${(row.rate / ceiling).toFixed(2).padStart(6)} ${row.p50.toFixed(1).padStart(7)} ${row.p99.toFixed(1).padStart(7)} ${String(row.errors).padStart(7)}`,
    );
  await db.end();
} finally {
  await agent.close();
  await api.stop();
}
