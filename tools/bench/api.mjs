#!/usr/bin/env node
/**
 * `npm run bench:api`: requests per second of the API's hot public read against a bare node:http
 * server answering the same bytes, measured in the same run on the same cores (autocannon, loopback).
 * Prints the ratio; results are written down in docs/performance.md.
 */
import { spawn } from 'node:child_process';
import { startBenchApi, waitFor } from './bench-kit.mjs';
import autocannon from 'autocannon';

const duration = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const port = 4500;

const run = (url) =>
  new Promise((done, fail) =>
    autocannon({ url, duration, connections }, (error, result) =>
      error ? fail(error) : done(result),
    ),
  );

const api = startBenchApi({ name: 'api', port });
try {
  const endpoint = `http://127.0.0.1:${port}/api/v1/public/awards`;
  await waitFor(endpoint);
  const body = Buffer.from(await (await fetch(endpoint)).text());
  // The baseline runs in a process of its own, like the API, so autocannon does not share its loop.
  const bareSource = `const body = Buffer.from(${JSON.stringify(body.toString('base64'))}, 'base64');
    require('node:http').createServer((q, r) => { r.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length }); r.end(body); })
      .listen(${port + 1}, '127.0.0.1');`;
  const bare = spawn(process.execPath, ['-e', bareSource], { stdio: 'inherit' });
  await waitFor(`http://127.0.0.1:${port + 1}/`);
  await run(endpoint); // warm-up of the JIT and the connection pool, not counted
  const bareResult = await run(`http://127.0.0.1:${port + 1}/`);
  const apiResult = await run(endpoint);
  bare.kill();
  const line = (name, result) =>
    `${name.padEnd(34)} ${String(Math.round(result.requests.average)).padStart(8)} req/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms   errors ${result.errors + result.non2xx}`;
  console.log(`\n${connections} connections, ${duration} s each, ${body.length} bytes per answer`);
  console.log(line('bare node:http (same bytes)', bareResult));
  console.log(line('GET /api/v1/public/awards', apiResult));
  console.log(
    `ratio API / bare: ${(apiResult.requests.average / bareResult.requests.average).toFixed(3)}\n`,
  );
} finally {
  await api.stop();
}
