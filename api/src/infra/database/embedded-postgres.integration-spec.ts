import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres';

const port = 20000 + Math.floor(Math.random() * 20000);

describe(startEmbeddedPostgres.name, () => {
  let dir: string;
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('should recover a cluster whose owner was killed, keeping its data', async () => {
    dir = await mkdtemp(join(tmpdir(), 'embedded-pg-spec-'));
    await chmod(dir, 0o755);
    const dataDir = join(dir, 'data');
    const first = await startEmbeddedPostgres({ dataDir, port });
    const client = new Client({ connectionString: first.url() });
    await client.connect();
    await client.query('CREATE TABLE survivors (name text)');
    await client.query(`INSERT INTO survivors VALUES ('Búa liềm vàng')`);
    await client.end();

    // Simulate `kill -9` of the app: the server keeps running, orphaned, and its pid file stays.
    const pid = Number(
      (await readFile(join(first.dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0],
    );
    expect(pid).toBeGreaterThan(0);

    const second = await startEmbeddedPostgres({ dataDir, port });
    expect(() => process.kill(pid, 0)).toThrow();
    const again = new Client({ connectionString: second.url() });
    await again.connect();
    const { rows } = await again.query('SELECT name FROM survivors');
    await again.end();
    expect(rows).toEqual([{ name: 'Búa liềm vàng' }]);
    await second.stop();
    expect(existsSync(join(second.dataDir, 'postmaster.pid'))).toBe(false);
  });

  it('should remove a stale postmaster.pid whose process is gone', async () => {
    const dataDir = join(dir, 'data');
    const server = await startEmbeddedPostgres({ dataDir, port });
    const pidFile = join(server.dataDir, 'postmaster.pid');
    const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
    const pidFileContent = await readFile(pidFile, 'utf8');
    // kill -9 the server itself; PostgreSQL leaves its pid file behind.
    execFileSync('kill', ['-9', String(pid)]);
    for (let waited = 0; waited < 5000; waited += 100) {
      try {
        process.kill(pid, 0);
        await new Promise((done) => setTimeout(done, 100));
      } catch {
        break;
      }
    }
    expect(await readFile(pidFile, 'utf8')).toBe(pidFileContent);
    const restarted = await startEmbeddedPostgres({ dataDir, port });
    const client = new Client({ connectionString: restarted.url() });
    await client.connect();
    expect((await client.query('SELECT count(*)::int AS n FROM survivors')).rows[0].n).toBe(1);
    await client.end();
    await restarted.stop();
  });

  it('should restart a supervised server killed as the OOM killer would, keeping its data', async () => {
    const dataDir = join(dir, 'data');
    const server = await startEmbeddedPostgres({ dataDir, port, supervise: true });
    try {
      const pidFile = join(server.dataDir, 'postmaster.pid');
      const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
      execFileSync('kill', ['-9', String(pid)]);
      let rows: { n: number }[] = [];
      for (let waited = 0; waited < 30_000 && !rows.length; waited += 250) {
        const client = new Client({ connectionString: server.url() });
        try {
          await client.connect();
          rows = (await client.query('SELECT count(*)::int AS n FROM survivors')).rows;
        } catch {
          await new Promise((done) => setTimeout(done, 250));
        } finally {
          await client.end().catch(() => undefined);
        }
      }
      expect(rows).toEqual([{ n: 1 }]);
      const newPid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
      expect(newPid).not.toBe(pid);
    } finally {
      await server.stop();
    }
    expect(existsSync(join(server.dataDir, 'postmaster.pid'))).toBe(false);
  });
});
