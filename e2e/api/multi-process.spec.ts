/**
 * A resumable (tus 1.0) upload survives a `kill -9` of the API process receiving it and resumes on
 * another process, behind a real HAProxy.
 *
 * api/src/app/multi-instance.integration-spec.ts proves the same with several instances inside one
 * Jest process. Two things there differ from production: passport's strategies are global in a
 * process (every instance checks tokens with the last-started instance's JwtStrategy), and an
 * instance "dies" through `app.close()`, which is graceful (streams flushed, database pool ended).
 * Here two more `node dist/api/main.js` run as separate OS processes on the e2e server's embedded
 * PostgreSQL and storage root, and the one taking the PATCH gets SIGKILL: no handler runs, the
 * kernel tears down its sockets and its database session (which holds the upload's advisory lock).
 */
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
/* eslint-disable @nx/enforce-module-boundaries -- the same HAProxy set-up as the integration spec,
   and the embedded PostgreSQL's URL read the way `npm run backup` reads it: test plumbing only. */
import { freePort, runningEmbeddedUrl } from '../../api/src/ops/database-target';
import { haproxyBinary, startHaproxy, type Proxy } from '../../api/test/haproxy';
/* eslint-enable @nx/enforce-module-boundaries */
import { DEMO, DEMO_PASSWORD, OPEN_AWARD_ID } from './demo';

const ROOT = join(__dirname, '..', '..');
const HAPROXY = haproxyBinary();
const MB = 1024 * 1024;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const b64 = (value: string) => Buffer.from(value).toString('base64');

/** `node dist/api/main.js` as its own process on a free port, once `/health/ready` answers 200. */
async function startApi(env: Record<string, string>) {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/api/main.js'], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise((done) => child.once('exit', done));
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 200) {
    const ready = await fetch(`${baseUrl}/api/v1/health/ready`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ready) return { child, baseUrl, exited };
    if (child.exitCode !== null || waited > 60_000)
      throw new Error(`the API on port ${port} did not start: ${stderr}`);
    await sleep(200);
  }
}

/** Does this process hold the file open? Its `/proc/<pid>/fd/*` links name every open file. */
function holdsOpen(pid: number, path: string): boolean {
  return readdirSync(`/proc/${pid}/fd`).some((fd) => {
    try {
      return readlinkSync(`/proc/${pid}/fd/${fd}`) === path;
    } catch {
      return false; // closed since the listing
    }
  });
}

/** 40 MiB of WAV, 16-bit PCM mono at 44.1 kHz: a valid 44-byte header, then noise. */
function noisyWav(): Buffer {
  const wav = randomBytes(40 * MB);
  wav.write('RIFF', 0);
  wav.writeUInt32LE(wav.length - 8, 4);
  wav.write('WAVEfmt ', 8);
  wav.writeUInt32LE(16, 16); // fmt chunk size
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(44_100, 24); // samples per second
  wav.writeUInt32LE(88_200, 28); // bytes per second
  wav.writeUInt16LE(2, 32); // bytes per sample
  wav.writeUInt16LE(16, 34); // bits per sample
  wav.write('data', 36);
  wav.writeUInt32LE(wav.length - 44, 40);
  return wav;
}

/** A PATCH whose body the caller writes, as a client half-way through an upload. */
function openPatch(url: string, headers: Record<string, string>) {
  const outgoing = request(url, { method: 'PATCH', headers });
  const outcome = new Promise<string>((done) => {
    outgoing.on('error', (error) => done(`error ${error.message}`));
    outgoing.on('response', (response) => {
      response.resume();
      done(`status ${response.statusCode}`);
    });
  });
  return { outgoing, outcome };
}

test.describe('two API processes behind HAProxy', () => {
  test.skip(
    !HAPROXY,
    'haproxy is not installed here (apt-get install haproxy; .ci/run installs it)',
  );
  test.setTimeout(120_000);

  const apis: Awaited<ReturnType<typeof startApi>>[] = [];
  let proxy: Proxy | undefined;
  /** The draft to delete on the e2e server afterwards, so that other tests see the demo unchanged. */
  let draft: { baseURL: string; token: string; entryId: string } | undefined;

  test.afterAll(async () => {
    if (draft) {
      const deleted = await fetch(`${draft.baseURL}/api/v1/entries/${draft.entryId}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${draft.token}` },
      });
      expect(deleted.status).toBe(204);
    }
    await proxy?.close();
    for (const api of apis) {
      if (api.child.exitCode === null && api.child.signalCode === null) api.child.kill('SIGTERM');
      await api.exited;
    }
  });

  test('a tus upload survives kill -9 of the process receiving it and resumes on the other', async ({
    baseURL,
  }) => {
    const dataDir = process.env['PA_E2E_DIR']!;
    const databaseUrl = runningEmbeddedUrl(join(dataDir, 'postgres'));
    expect(databaseUrl, "the e2e server's embedded PostgreSQL").not.toBeNull();
    const storageRoot = join(dataDir, 'uploads');
    const env = {
      DATABASE_URL: databaseUrl!,
      STORAGE_ROOT: storageRoot,
      JWT_SECRET: 'e2e-secret-that-is-long-enough-for-the-config-check',
      NODE_ENV: 'test',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      // Web-only: one of these is killed with SIGKILL, and a background job it had taken (a demo
      // judge copy) would wait for pg-boss's expiry while later specs wait for that copy.
      JOB_WORKERS: 'false',
    };
    apis.push(...(await Promise.all([startApi(env), startApi(env)])));
    proxy = await startHaproxy(
      HAPROXY!,
      apis.map((api) => api.baseUrl),
    );
    const via = proxy.baseUrl;

    // Through the proxy, the demo reporter signs in and opens a radio draft in the open award.
    const login = await fetch(`${via}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: DEMO.reporter, password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const token: string = (await login.json()).accessToken;
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const award = await (await fetch(`${via}/api/v1/public/awards/${OPEN_AWARD_ID}`)).json();
    const radio = award.categories.find((category: { code: string }) => category.code === 'PT');
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const created = await fetch(`${via}/api/v1/awards/${OPEN_AWARD_ID}/entries`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        categoryId: radio.id,
        title: 'Phóng sự phát thanh: đảng viên cắm bản',
        genre: 'Phóng sự',
        language: 'vi',
        parts: [{ title: 'Kỳ 1', outlet: 'Đài Gia Lai', publishedAt: yesterday }],
        authors: [{ fullName: 'Phóng Viên Một', role: 'author', dateOfBirth: '1985-03-08' }],
      }),
    });
    expect(created.status).toBe(201);
    const entryId: string = (await created.json()).id;
    draft = { baseURL: baseURL!, token, entryId };

    // A tus upload of the whole file (radio takes audio/wav up to 500 MB in the demo).
    const audio = noisyWav();
    const tus = { authorization: `Bearer ${token}`, 'tus-resumable': '1.0.0' };
    const patchFrom = (offset: number) => ({
      ...tus,
      'upload-offset': String(offset),
      'content-type': 'application/offset+octet-stream',
    });
    const upload = await fetch(`${via}/api/v1/uploads/tus`, {
      method: 'POST',
      headers: {
        ...tus,
        'upload-length': String(audio.length),
        'upload-metadata': `entryId ${b64(entryId)},kind ${b64('work')},filename ${b64('ps.wav')}`,
      },
    });
    expect(upload.status).toBe(201);
    const location = upload.headers.get('location')!;
    const staged = join(storageRoot, 'tus', location.split('/').pop()!);

    // One PATCH for the whole file: the first half is sent and the request is left open.
    const patch = openPatch(`${via}${location}`, {
      ...patchFrom(0),
      'content-length': String(audio.length),
    });
    patch.outgoing.write(audio.subarray(0, audio.length / 2));
    for (let waited = 0; (statSync(staged, { throwIfNoEntry: false })?.size ?? 0) < MB; ) {
      if ((waited += 50) > 20_000) throw new Error(`${staged} never reached 1 MB`);
      await sleep(50);
    }

    // Exactly one process has the staged file open: that one gets kill -9.
    const path = realpathSync(staged);
    const receiving = apis.filter((api) => holdsOpen(api.child.pid!, path));
    expect(receiving).toHaveLength(1);
    const victim = receiving[0]!;
    const survivor = `s${apis.findIndex((api) => api !== victim)}`;
    process.kill(victim.child.pid!, 'SIGKILL');
    await victim.exited;
    expect(await patch.outcome).not.toBe('status 204');
    patch.outgoing.destroy();

    // The client asks where to continue and sends the rest, through the same proxy.
    const head = await fetch(`${via}${location}`, { method: 'HEAD', headers: tus });
    expect({ status: head.status, by: head.headers.get('x-served-by') }).toEqual({
      status: 200,
      by: survivor,
    });
    const offset = Number(head.headers.get('upload-offset'));
    expect(offset).toBeGreaterThan(0);
    expect(offset).toBeLessThan(audio.length);
    const rest = await fetch(`${via}${location}`, {
      method: 'PATCH',
      headers: patchFrom(offset),
      body: new Uint8Array(audio.subarray(offset)),
    });
    expect({ status: rest.status, by: rest.headers.get('x-served-by') }).toEqual({
      status: 204,
      by: survivor,
    });

    // The stored file is the client's, byte for byte: as the API reports it, and on disk.
    const entry = await (await fetch(`${via}/api/v1/entries/${entryId}`, { headers })).json();
    expect(entry.files).toHaveLength(1);
    const file = entry.files[0];
    expect(file).toMatchObject({
      id: rest.headers.get('x-entry-file-id'),
      kind: 'work',
      mimeType: 'audio/wav',
      size: audio.length,
      sha256: sha256(audio),
    });
    const stored = readFileSync(join(storageRoot, 'entries', entryId, file.id));
    expect(sha256(stored)).toBe(sha256(audio));
  });
});
