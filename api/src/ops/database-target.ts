import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { APP_DATABASE } from '../infra/database/database-url';

/**
 * The URL of an embedded PostgreSQL already running on this data folder (the app is up), or null.
 * Starting a second server there would stop the first (startEmbeddedPostgres clears a server it
 * finds left over), so the backup connects to the running one instead.
 */
export function runningEmbeddedUrl(dataDir: string): string | null {
  // Where startEmbeddedPostgres keeps the cluster: the folder itself, or (as root, when the
  // postgres user cannot reach it) its fallback in the temp dir.
  const key = Buffer.from(resolve(dataDir)).toString('base64url').slice(-40);
  for (const dir of [resolve(dataDir), join(tmpdir(), `press-award-pgdata-${key}`)]) {
    const pidFile = join(dir, 'postmaster.pid');
    if (!existsSync(pidFile)) continue;
    const [pid, , , port] = readFileSync(pidFile, 'utf8').split('\n');
    if (!alive(Number(pid))) continue;
    const passwordFile = join(dirname(dir), `${basename(dir)}.password`);
    const password = existsSync(passwordFile) ? readFileSync(passwordFile, 'utf8').trim() : '';
    return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${Number(port)}/${APP_DATABASE}`;
  }
  return null;
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
