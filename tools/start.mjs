#!/usr/bin/env node
/**
 * `npm start`: builds the API and the web app, then runs the API, which serves the web app at `/`,
 * starts an embedded PostgreSQL (unless DATABASE_URL is set), migrates it and loads the demo data.
 */
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const build = spawnSync(
  'npx',
  ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=stream'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const server = spawn(process.execPath, [join(root, 'dist/api/main.js')], {
  cwd: root,
  stdio: 'inherit',
  env: { SEED_DEMO: 'true', ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
