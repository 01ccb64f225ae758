import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../src/ops/database-target';

/** The HAProxy binary (Debian's `haproxy` package, in /usr/sbin; `.ci/run` installs it), or null. */
export function haproxyBinary(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v haproxy || command -v /usr/sbin/haproxy'], {
    encoding: 'utf8',
  });
  return found.status === 0 ? found.stdout.trim() : null;
}

export interface Proxy {
  baseUrl: string;
  close: () => Promise<void>;
}

/**
 * A real HAProxy on loopback in front of the given instances, as production runs it: round robin, no
 * sticky sessions, request bodies streamed, `X-Forwarded-For` added. Each answer says which backend
 * gave it (`X-Served-By: s0 | s1 | …`, the index in `backends`). A backend that stops answering is
 * taken out by the health check (every 200 ms; a slow answer within 2 s still counts as alive) and
 * a refused connection is retried on another.
 */
export async function startHaproxy(binary: string, backends: string[]): Promise<Proxy> {
  const port = await freePort();
  const folder = await mkdtemp(join(tmpdir(), 'press-award-haproxy-'));
  const config = join(folder, 'haproxy.cfg');
  await writeFile(
    config,
    [
      'global',
      '  maxconn 256',
      'defaults',
      '  mode http',
      '  timeout connect 2s',
      '  timeout client 60s',
      '  timeout server 60s',
      // A live instance whose event loop is busy (three instances in one process, on 2 loaded cores)
      // may take longer than the 200 ms between checks to answer: it stays in. A dead one refuses the
      // connection at once and is taken out by the next check.
      '  timeout check 2s',
      '  retries 3',
      '  option redispatch 1',
      '  option forwardfor',
      'frontend api',
      `  bind 127.0.0.1:${port}`,
      '  default_backend instances',
      'backend instances',
      '  balance roundrobin',
      '  option httpchk GET /api/v1/health/live',
      '  http-response set-header X-Served-By %[srv_name]',
      '  default-server inter 200 fall 1 rise 2',
      ...backends.map((url, index) => `  server s${index} ${new URL(url).host} check`),
      '',
    ].join('\n'),
  );
  const child = spawn(binary, ['-db', '-f', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 100) {
    const ready = await fetch(`${baseUrl}/api/v1/health/live`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ready) break;
    if (child.exitCode !== null || waited > 10_000)
      throw new Error(`HAProxy did not start: ${errors}`);
    await new Promise((done) => setTimeout(done, 100));
  }
  return {
    baseUrl,
    close: async () => {
      child.kill('SIGTERM');
      await exited;
      await rm(folder, { recursive: true, force: true });
    },
  };
}
