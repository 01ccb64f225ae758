#!/usr/bin/env node
/**
 * `npm run bench:upload`: large files through the API, multipart and resumable (tus), against the
 * machine's limit for the same work measured in the same run — the same bytes hashed and written by
 * a shell pipeline (`tee copy < file | sha256sum`). Prints throughput ratios and the API process's
 * peak RSS growth. Sizes: BENCH_SIZES (MiB, default "1024,2048").
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sizes = (process.env.BENCH_SIZES ?? '1024,2048')
  .split(',')
  .map((value) => Number(value) * 1024 * 1024);
const port = 4510;
const base = `http://127.0.0.1:${port}/api/v1`;
const work = mkdtempSync(join(tmpdir(), 'press-award-bench-upload-'));
chmodSync(work, 0o755);

/** A silent PCM WAV of the given size: real audio that ffprobe reads from its header. */
function makeWav(path, size) {
  const header = Buffer.alloc(44);
  const dataSize = size - 44;
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + dataSize, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(2, 22);
  header.writeUInt32LE(48_000, 24);
  header.writeUInt32LE(192_000, 28);
  header.writeUInt16LE(4, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(dataSize, 40);
  const fd = openSync(path, 'w');
  writeSync(fd, header);
  const chunk = Buffer.alloc(8 * 1024 * 1024, 1);
  for (let written = 0; written < dataSize; written += chunk.length)
    writeSync(fd, chunk, 0, Math.min(chunk.length, dataSize - written));
  closeSync(fd);
}

/** Runs curl (asynchronously, so the RSS sampler keeps running), discarding the body; returns the HTTP status. */
function curl(args) {
  return new Promise((done, fail) =>
    execFile(
      'curl',
      ['-s', '-o', '/dev/null', '-w', '%{http_code}', '-H', 'Expect:', ...args],
      (error, stdout) => (error ? fail(error) : done(stdout.trim())),
    ),
  );
}

function rssOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) * 1024;
}

async function measure(pid, task) {
  const before = rssOf(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 50);
  const started = process.hrtime.bigint();
  try {
    await task();
  } finally {
    clearInterval(sampler);
  }
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, rssGrowth: peak - before };
}

async function api(method, path, token, body) {
  // A fresh connection each time: a keep-alive socket may have been closed during a long upload.
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      connection: 'close',
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

async function waitFor(url) {
  for (let attempt = 0; attempt < 300; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`${url} did not come up`);
}

const server = spawn(
  process.execPath,
  [
    ...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean),
    join(root, 'dist/api/main.js'),
  ],
  {
    cwd: root,
    stdio: ['ignore', process.env.BENCH_LOG_LEVEL ? 'inherit' : 'ignore', 'inherit'],
    env: {
      ...process.env,
      PORT: String(port),
      PG_PORT: String(port + 10000),
      PG_DATA_DIR: join(work, 'pg'),
      STORAGE_ROOT: join(work, 'storage'),
      SEED_DEMO: 'true',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
      NODE_ENV: 'production',
      JWT_SECRET: 'bench-secret-that-is-long-enough-for-production-use',
    },
  },
);
const rows = [];
try {
  await waitFor(`${base}/health`);
  const token = (
    await api('POST', '/auth/login', null, { email: 'tochuc@demo.vn', password: 'Demo2020!vn' })
  ).accessToken;
  const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const award = await api('POST', '/awards', token, {
    name: 'Benchmark',
    edition: 1,
    year: 2026,
    level: 'unit',
    rules: {
      publicationFrom: day(-300),
      publicationTo: day(-1),
      submissionDeadline: new Date(Date.now() + 86_400_000).toISOString(),
      maxEntriesPerAuthor: 100,
      maxCoAuthors: 5,
      maxSeriesParts: 5,
      languages: ['vi'],
      files: { radio: { maxBytes: 4 * 1024 ** 3, types: ['audio/wav'] } },
    },
    categories: [{ code: 'PT', name: 'Phát thanh', mediaType: 'radio' }],
  });
  await api('POST', `/awards/${award.id}/status`, token, { status: 'open' });
  const entry = () =>
    api('POST', `/awards/${award.id}/entries`, token, {
      categoryId: award.categories[0].id,
      title: 'Bench',
      language: 'vi',
      parts: [{ title: 'Kỳ 1', outlet: 'VOV', publishedAt: day(-2) }],
      authors: [{ fullName: 'Bench' }],
    });

  for (const size of sizes) {
    const source = join(work, `source-${size}.wav`);
    makeWav(source, size);
    execFileSync('sync');
    const baseline = await measure(
      process.pid,
      () =>
        new Promise((done, fail) =>
          execFile(
            'bash',
            ['-c', `tee ${join(work, 'copy')} < ${source} | sha256sum > /dev/null`],
            (error) => (error ? fail(error) : done()),
          ),
        ),
    );
    rmSync(join(work, 'copy'), { force: true });
    // Each run starts with no dirty pages left by the one before, so none pays for another's writeback.
    execFileSync('sync');

    const multipartEntry = await entry();
    // curl sends the bytes (as a browser would, natively), so the client does not compete for the
    // API's core with a JavaScript multipart encoder.
    const multipart = await measure(server.pid, async () => {
      const status = await curl([
        '-F',
        'kind=work',
        '-F',
        `file=@${source};type=audio/wav;filename=bench.wav`,
        '-H',
        `authorization: Bearer ${token}`,
        `${base}/entries/${multipartEntry.id}/files`,
      ]);
      if (status !== '201') throw new Error(`multipart: ${status}`);
    });

    await api('DELETE', `/entries/${multipartEntry.id}`, token);
    execFileSync('sync');
    const tusEntry = await entry();
    const tus = await measure(server.pid, async () => {
      const meta = Object.entries({ entryId: tusEntry.id, kind: 'work', filename: 'bench.wav' })
        .map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`)
        .join(',');
      const created = await fetch(`${base}/uploads/tus`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'tus-resumable': '1.0.0',
          'upload-length': String(size),
          'upload-metadata': meta,
        },
      });
      const location = created.headers.get('location');
      const status = await curl([
        '-X',
        'PATCH',
        '-T',
        source,
        '-H',
        `authorization: Bearer ${token}`,
        '-H',
        'tus-resumable: 1.0.0',
        '-H',
        'upload-offset: 0',
        '-H',
        'content-type: application/offset+octet-stream',
        `http://127.0.0.1:${port}${location}`,
      ]);
      if (status !== '204') throw new Error(`tus: ${status}`);
    });
    await api('DELETE', `/entries/${tusEntry.id}`, token);
    rmSync(source, { force: true });
    execFileSync('sync');
    const mb = size / 1024 / 1024;
    const line = (name, result) =>
      `${name.padEnd(30)} ${String(mb).padStart(5)} MiB  ${(mb / result.seconds).toFixed(0).padStart(5)} MiB/s  ratio ${(baseline.seconds / result.seconds).toFixed(2)}  API RSS growth ${(result.rssGrowth / 1024 / 1024).toFixed(0)} MiB`;
    rows.push(
      `${'shell: tee copy | sha256sum'.padEnd(30)} ${String(mb).padStart(5)} MiB  ${(mb / baseline.seconds).toFixed(0).padStart(5)} MiB/s`,
    );
    rows.push(line('API multipart', multipart));
    rows.push(line('API resumable (tus, 1 PATCH)', tus));
  }
  console.log(`\n${rows.join('\n')}\n`);
} finally {
  server.kill('SIGTERM');
  await new Promise((done) => server.once('exit', done));
  rmSync(work, { recursive: true, force: true });
}
