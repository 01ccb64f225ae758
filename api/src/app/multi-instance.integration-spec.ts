import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Pool } from 'pg';
import { haproxyBinary, startHaproxy, type Proxy } from '../../test/haproxy';
import { wavSample } from '../../test/samples';
import { draftEntry, openAwardWith, type TestAward } from '../../test/scenario';
import { decodeBody, startSmtpSink } from '../../test/smtp-sink';
import {
  createUser,
  login,
  MutableClock,
  requester,
  startInstance,
  TEST_PASSWORD,
  type TestApp,
} from '../../test/test-app';
import { createTestDatabase } from '../../test/test-database';
import { startPatch, tusClient } from '../../test/tus-client';

const INSTANCES = 3;
const HAPROXY = haproxyBinary();
if (!HAPROXY)
  process.stderr.write(
    'multi-instance.integration-spec: SKIPPED, haproxy is not installed here (apt-get install haproxy; .ci/run installs it in CI)\n',
  );

interface Instance {
  app: INestApplication;
  baseUrl: string;
  alive: boolean;
  /** Requests this instance received (method and path), health checks left out. */
  received: string[];
}

/** A WAV whose samples are noise, so bytes out of order or missing change its sha256. */
function noisyWav(seconds: number): Buffer {
  const wav = wavSample(seconds);
  randomBytes(wav.length - 44).copy(wav, 44);
  return wav;
}
/** Waits until the staged part of an upload holds at least `bytes`. */
async function untilStaged(path: string, bytes: number): Promise<void> {
  for (let waited = 0; ((await stat(path).catch(() => null))?.size ?? 0) < bytes; waited += 50) {
    if (waited > 10_000) throw new Error(`${path} never reached ${bytes} bytes`);
    await new Promise((done) => setTimeout(done, 50));
  }
}
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Several API instances on one PostgreSQL and one storage root, behind a real HAProxy dealing
 * requests round robin: nothing may depend on which instance answers — sessions, sign-in throttling,
 * jobs, resumable uploads — even when an instance dies in the middle of an upload.
 */
(HAPROXY ? describe : describe.skip)(`${INSTANCES} API instances behind HAProxy`, () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let storageRoot: string;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let proxy: Proxy;
  let db: Pool;
  const instances: Instance[] = [];
  /** The cluster seen through the proxy, as the test helpers expect an app. */
  let via: TestApp;
  let award: TestAward;
  let reporterToken: string;

  const servedBy = (response: { headers: Headers }) => response.headers.get('x-served-by');

  beforeAll(async () => {
    smtp = await startSmtpSink();
    database = await createTestDatabase();
    storageRoot = await mkdtemp(join(tmpdir(), 'press-award-test-shared-storage-'));
    for (let index = 0; index < INSTANCES; index++) {
      const started = await startInstance(database.url, storageRoot, {
        SMTP_URL: smtp.url,
        LOGIN_MAX_FAILURES: '5',
        LOGIN_ADDRESS_MAX_FAILURES: '1000',
      });
      const instance: Instance = { ...started, alive: true, received: [] };
      started.app.getHttpServer().on('request', (request: { method: string; url: string }) => {
        if (!request.url.endsWith('/health/live'))
          instance.received.push(`${request.method} ${request.url}`);
      });
      instances.push(instance);
    }
    proxy = await startHaproxy(
      HAPROXY!,
      instances.map((instance) => instance.baseUrl),
    );
    db = new Pool({ connectionString: database.url, max: 3 });
    via = {
      baseUrl: proxy.baseUrl,
      app: instances[0]!.app,
      db,
      clock: new MutableClock(),
      storageRoot,
      request: requester(proxy.baseUrl),
      close: async () => undefined,
    };
    await createUser(db, { email: 'admin@example.vn', isAdmin: true });
    await createUser(db, { email: 'phong.vien@example.vn', fullName: 'Lê Phóng Viên' });
    award = await openAwardWith(
      via,
      await login(via, 'admin@example.vn'),
      [{ code: 'PT', name: 'Phát thanh', mediaType: 'radio' }],
      { files: { radio: { maxBytes: 20_000_000, types: ['audio/wav'] } } } as never,
    );
    reporterToken = await login(via, 'phong.vien@example.vn');
  }, 60_000);

  afterAll(async () => {
    await proxy?.close();
    for (const instance of instances) if (instance.alive) await instance.app.close();
    await db?.end();
    await database?.drop();
    await smtp?.close();
    if (storageRoot) await rm(storageRoot, { recursive: true, force: true });
  });

  /** A new draft and a tus upload of `seconds` of noisy WAV for it, created through the proxy. */
  async function newUpload(seconds: number) {
    const entry = await draftEntry(via, reporterToken, award, 'PT');
    const audio = noisyWav(seconds);
    const tus = tusClient(via, reporterToken);
    const created = await tus.create(audio.length, {
      entryId: entry.id,
      kind: 'work',
      filename: 'phóng sự.wav',
    });
    expect(created.status).toBe(201);
    return { audio, tus, location: created.headers.get('location')! };
  }

  it('should deal requests round robin to every instance', async () => {
    const answers = new Set<string | null>();
    for (let request = 0; request < INSTANCES; request++)
      answers.add(servedBy(await via.request('GET', '/health/ready')));
    expect(answers.size).toBe(INSTANCES);
  });

  it('should accept a session and its XSRF token made by one instance on the others', async () => {
    const signIn = await via.request('POST', '/auth/login', {
      body: { email: 'phong.vien@example.vn', password: TEST_PASSWORD },
    });
    expect(signIn.status).toBe(200);
    const cookies = signIn.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!);
    const cookie = cookies.join('; ');
    const xsrf = cookies.find((pair) => pair.startsWith('XSRF-TOKEN='))!.split('=')[1]!;

    const me = await via.request('GET', '/me', { headers: { cookie } });
    expect(me.status).toBe(200);
    const logout = await via.request('POST', '/auth/logout', {
      headers: { cookie, 'x-xsrf-token': xsrf },
    });
    expect(logout.status).toBe(204);
    expect(new Set([signIn, me, logout].map(servedBy)).size).toBe(3);
    // Ended on one instance, ended on all.
    for (let request = 0; request < INSTANCES; request++)
      expect((await via.request('GET', '/me', { headers: { cookie } })).status).toBe(401);
  });

  it('should count failed sign-ins across instances', async () => {
    await createUser(db, { email: 'bi.doan@example.vn' });
    const answers: { status: number; by: string | null }[] = [];
    for (let attempt = 1; attempt <= 5; attempt++) {
      const wrong = await via.request('POST', '/auth/login', {
        body: { email: 'bi.doan@example.vn', password: 'sai-mat-khau' },
      });
      answers.push({ status: wrong.status, by: servedBy(wrong) });
    }
    // No instance saw more than two of the five; together they hold the account back.
    expect(new Set(answers.map((answer) => answer.by)).size).toBe(INSTANCES);
    expect(answers.map((answer) => answer.status)).toEqual([401, 401, 401, 401, 429]);
    const right = await via.request('POST', '/auth/login', {
      body: { email: 'bi.doan@example.vn', password: TEST_PASSWORD },
    });
    expect(right.status).toBe(429);
  });

  it('should run a job queued on one instance once, whichever instance takes it', async () => {
    const emails = Array.from({ length: 6 }, (_, index) => `moi.${index}@example.vn`);
    for (const email of emails) {
      const registered = await via.request('POST', '/auth/register', {
        body: { email, password: 'một-mật-khẩu-dài', fullName: 'Người Mới' },
      });
      expect(registered.status).toBe(202);
    }
    const mailsTo = (email: string) => smtp.received.filter((mail) => mail.to.includes(email));
    for (let waited = 0; emails.some((email) => mailsTo(email).length === 0); waited += 100) {
      if (waited > 20_000) throw new Error('the confirmation mails did not all arrive');
      await new Promise((done) => setTimeout(done, 100));
    }
    await new Promise((done) => setTimeout(done, 1_500)); // time for a second delivery, if any
    for (const email of emails) {
      expect(mailsTo(email)).toHaveLength(1);
      expect(decodeBody(mailsTo(email)[0]!.raw)).toContain('/register/confirm/');
    }
  });

  it('should complete an upload whose PATCHes land on different instances, byte for byte', async () => {
    const { audio, tus, location } = await newUpload(30); // 2.6 MB

    const chunk = 400_000;
    const answeredBy: (string | null)[] = [];
    let finished: Response | undefined;
    for (let offset = 0; offset < audio.length; offset += chunk) {
      const answer = await tus.patch(location, offset, audio.subarray(offset, offset + chunk));
      expect(answer.status).toBe(204);
      answeredBy.push(servedBy(answer));
      finished = answer;
    }
    // Each PATCH went to another instance than the one before it.
    answeredBy.slice(1).forEach((by, index) => expect(by).not.toBe(answeredBy[index]));
    const { rows } = await db.query('SELECT sha256, size FROM entry_files WHERE id = $1', [
      finished!.headers.get('x-entry-file-id'),
    ]);
    expect(rows[0]).toEqual({ sha256: sha256(audio), size: String(audio.length) });
  });

  it('should make a PATCH stalled on one instance give way to a request for the same upload on another', async () => {
    const { audio, tus, location } = await newUpload(30);
    const staged = join(storageRoot, 'tus', location.split('/').pop()!);
    // A client whose connection hangs half-way: its PATCH holds the upload's lock on instance 0.
    const stalled = startPatch(
      `${instances[0]!.baseUrl}${location}`,
      reporterToken,
      0,
      audio.length,
    );
    stalled.outgoing.write(audio.subarray(0, 1_000_000));
    await untilStaged(staged, 1_000_000);
    let stalledEnded = false;
    void stalled.outcome.then(() => (stalledEnded = true));

    // The same client, reconnected to instance 1, asks where to continue: instance 1 waits for the
    // lock, asks instance 0 (NOTIFY) to let go, and instance 0 ends the stalled request first (a
    // per-process lock would answer at once while the stalled request still wrote).
    const head = await tusClient(instances[1]!, reporterToken).head(location);
    expect(head.status).toBe(200);
    // tus answers the request it cut short with what it had written (204, `Upload-Offset`).
    expect(stalledEnded).toBe(true);
    const offset = Number(head.headers.get('upload-offset'));
    expect(offset).toBe(1_000_000);

    const rest = await tus.patch(location, offset, audio.subarray(offset));
    expect(rest.status).toBe(204);
    const { rows } = await db.query('SELECT sha256 FROM entry_files WHERE id = $1', [
      rest.headers.get('x-entry-file-id'),
    ]);
    expect(rows[0].sha256).toBe(sha256(audio));
  });

  it('should resume through the proxy on another instance when the one taking a PATCH dies', async () => {
    const { audio, tus, location } = await newUpload(60); // 5.3 MB
    const staged = join(storageRoot, 'tus', location.split('/').pop()!);

    // In one process, passport's strategies are global: every instance's guard checks tokens with
    // the last-started instance's JwtStrategy (the same `sessions` table; separate processes share
    // nothing). So that instance stays up: turn the round robin until the next request goes to s0.
    const last = `s${INSTANCES - 1}`;
    while (servedBy(await via.request('GET', '/health/ready')) !== last);

    // One PATCH for the whole file; half of it is sent, then the instance taking it dies.
    const { outgoing, outcome } = startPatch(
      `${proxy.baseUrl}${location}`,
      reporterToken,
      0,
      audio.length,
    );
    outgoing.write(audio.subarray(0, audio.length / 2));
    await untilStaged(staged, 1_000_000);
    const victim = instances.find((instance) => instance.received.includes(`PATCH ${location}`))!;
    expect(victim).toBe(instances[0]);
    victim.app.getHttpServer().closeAllConnections();
    await victim.app.close();
    victim.alive = false;
    expect(await outcome).not.toBe('status 204');

    // The client asks where to continue and sends the rest, through the same proxy.
    const head = await tus.head(location);
    expect({ status: head.status, by: servedBy(head) }).toEqual({
      status: 200,
      by: expect.not.stringMatching(`^s${instances.indexOf(victim)}$`),
    });
    const offset = Number(head.headers.get('upload-offset'));
    expect(offset).toBeGreaterThan(0);
    expect(offset).toBeLessThan(audio.length);
    const rest = await tus.patch(location, offset, audio.subarray(offset));
    expect(rest.status).toBe(204);
    expect(servedBy(rest)).not.toBe(`s${instances.indexOf(victim)}`);

    const { rows } = await db.query('SELECT sha256, size FROM entry_files WHERE id = $1', [
      rest.headers.get('x-entry-file-id'),
    ]);
    expect(rows[0]).toEqual({ sha256: sha256(audio), size: String(audio.length) });
  });
});
