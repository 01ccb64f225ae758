/** What the benchmarks share: the API under test, waiting for a server, timing sequential runs. */
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export async function waitFor(url, attempts = 300) {
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`${url} did not come up`);
}

/** Median and 90th percentile of `repeats` sequential runs after `warmups` unmeasured ones. */
export async function measure(run, repeats, warmups = 2) {
  for (let index = 0; index < warmups; index++) await run();
  const times = [];
  for (let index = 0; index < repeats; index++) {
    const started = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return {
    median: times[Math.floor(times.length / 2)],
    p90: times[Math.min(times.length - 1, Math.floor(times.length * 0.9))],
  };
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The built API (`dist/api/main.js`) in a process of its own, with its own embedded PostgreSQL
 * (port + 10000) and storage in a temporary folder, in production mode, the demo loaded unless
 * `env` says otherwise. `stop()` ends it and removes the folder.
 */
export function startBenchApi({ name, port, env = {}, nodeArgs = [], quiet = true }) {
  const dataDir = mkdtempSync(join(tmpdir(), `press-award-bench-${name}-`));
  chmodSync(dataDir, 0o755);
  const pgPort = port + 10000;
  const child = spawn(process.execPath, [...nodeArgs, join(ROOT, 'dist/api/main.js')], {
    cwd: ROOT,
    stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
    env: {
      ...process.env,
      PORT: String(port),
      PG_PORT: String(pgPort),
      PG_DATA_DIR: join(dataDir, 'pg'),
      STORAGE_ROOT: join(dataDir, 'uploads'),
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      JWT_SECRET: 'bench-secret-that-is-long-enough-for-production-use',
      ...env,
    },
  });
  return {
    child,
    dataDir,
    pgPort,
    root: ROOT,
    origin: `http://127.0.0.1:${port}`,
    base: `http://127.0.0.1:${port}/api/v1`,
    /** The embedded server's URL (its password is kept beside its data folder). */
    databaseUrl(database = 'press_award') {
      const password = readFileSync(join(dataDir, 'pg.password'), 'utf8').trim();
      return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/${database}`;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
