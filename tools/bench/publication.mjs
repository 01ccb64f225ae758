#!/usr/bin/env node
/**
 * `npm run bench:publication`: the publication evening. The whole press reads the home page, the
 * award page and the published results at once. Each public path is measured against a bare
 * node:http server answering the same bytes, in the same run on the same cores (autocannon,
 * loopback, 200 connections by default), and the database's transaction count is read before and
 * after to show that reads do not reach it. Results are written down in docs/performance.md.
 */
import { spawn } from 'node:child_process';
import { startBenchApi, waitFor } from './bench-kit.mjs';
import autocannon from 'autocannon';
import pg from 'pg';

const duration = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 200);
const port = 4600;

const run = (url) =>
  new Promise((done, fail) =>
    autocannon({ url, duration, connections }, (error, result) =>
      error ? fail(error) : done(result),
    ),
  );

/** The bare baseline: a process of its own answering `body` with the same content type. */
async function bareServer(body, contentType, barePort) {
  const source = `const body = Buffer.from(${JSON.stringify(body.toString('base64'))}, 'base64');
    require('node:http').createServer((q, r) => { r.writeHead(200, { 'content-type': ${JSON.stringify(contentType)}, 'content-length': body.length }); r.end(body); })
      .listen(${barePort}, '127.0.0.1');`;
  const child = spawn(process.execPath, ['-e', source], { stdio: 'inherit' });
  await waitFor(`http://127.0.0.1:${barePort}/`);
  return child;
}

async function transactions() {
  const client = new pg.Client({
    connectionString: api.databaseUrl('postgres'),
  });
  await client.connect();
  // Statistics reach the view within a second of each transaction's end.
  await new Promise((done) => setTimeout(done, 1500));
  const { rows } = await client.query(
    `SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = 'press_award'`,
  );
  await client.end();
  return Number(rows[0].n);
}

const api = startBenchApi({ name: 'publication', port });
const rows = [];
try {
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/api/v1/public/awards`);
  const list = await (await fetch(`${base}/api/v1/public/awards?pageSize=50`)).json();
  const published = list.items.find((award) => award.status === 'published');
  if (!published) throw new Error('The demo has no published award');
  const paths = [
    ['home page list', '/api/v1/public/awards'],
    ['award page', `/api/v1/public/awards/${published.id}`],
    ['published results', `/api/v1/public/awards/${published.id}/results`],
    ['index.html (the app)', '/'],
  ];
  let barePort = port + 1;
  for (const [name, path] of paths) {
    const url = `${base}${path}`;
    const answer = await fetch(url);
    const body = Buffer.from(await answer.arrayBuffer());
    const bare = await bareServer(body, answer.headers.get('content-type'), barePort++);
    await run(url); // warm-up: JIT, connection pool and the public cache, not counted
    const bareResult = await run(`http://127.0.0.1:${barePort - 1}/`);
    const before = await transactions();
    const apiResult = await run(url);
    const after = await transactions();
    bare.kill();
    rows.push({ name, path, bytes: body.length, bareResult, apiResult, queries: after - before });
  }
  console.log(`\n${connections} connections, ${duration} s each, identity encoding both sides\n`);
  console.log(
    `${'path'.padEnd(22)} ${'bytes'.padStart(7)} ${'bare req/s'.padStart(11)} ${'API req/s'.padStart(10)} ${'ratio'.padStart(6)} ${'p99 ms'.padStart(7)} ${'errors'.padStart(7)} ${'DB xacts'.padStart(9)} ${'requests'.padStart(9)}`,
  );
  for (const row of rows)
    console.log(
      `${row.name.padEnd(22)} ${String(row.bytes).padStart(7)} ${String(Math.round(row.bareResult.requests.average)).padStart(11)} ${String(Math.round(row.apiResult.requests.average)).padStart(10)} ${(row.apiResult.requests.average / row.bareResult.requests.average).toFixed(2).padStart(6)} ${String(row.apiResult.latency.p99).padStart(7)} ${String(row.apiResult.errors + row.apiResult.non2xx).padStart(7)} ${String(row.queries).padStart(9)} ${String(row.apiResult.requests.total).padStart(9)}`,
    );
  console.log(
    '\nDB xacts: transactions PostgreSQL counted during the API run (background jobs poll too).\n',
  );
} finally {
  await api.stop();
}
