import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { ERRORS } from '@tus/utils';
import { Client } from 'pg';
import { createTestDatabase } from '../../../../test/test-database';
import { PgAdvisoryLocker } from './pg-advisory-locker';

/** Two lockers on one database stand for two API instances. */
describe('PgAdvisoryLocker (tus locks shared by API instances)', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let admin: Client;
  const lockers: PgAdvisoryLocker[] = [];

  const instance = async (options: { acquireLockTimeoutMs?: number } = {}) => {
    const locker = new PgAdvisoryLocker({ databaseUrl: database.url, retryMs: 20, ...options });
    await locker.start();
    lockers.push(locker);
    return locker;
  };
  const never = () => new AbortController().signal;

  beforeAll(async () => {
    database = await createTestDatabase();
    admin = new Client({ connectionString: database.url });
    await admin.connect();
  });
  afterEach(async () => {
    await Promise.all(lockers.splice(0).map((locker) => locker.stop()));
  });
  afterAll(async () => {
    await admin.end();
    await database.drop();
  });

  it('should let one instance hold an upload, ask it to let go from the other, and pass the lock on', async () => {
    const [a, b] = [await instance(), await instance()];
    const held = a.newLock('upload-1');
    let asked = 0;
    let released = false;
    await held.lock(never(), async () => {
      asked++;
      if (released) return;
      released = true;
      // The holding request finishes its write and lets go, as tus does after `requestRelease`.
      setTimeout(() => void held.unlock(), 50);
    });

    const waiting = b.newLock('upload-1');
    const started = Date.now();
    await waiting.lock(never(), () => undefined);
    expect(asked).toBeGreaterThanOrEqual(1);
    expect(Date.now() - started).toBeLessThan(5_000);
    await waiting.unlock();
  });

  it('should keep two requests of the same instance apart, and leave other uploads free', async () => {
    const a = await instance({ acquireLockTimeoutMs: 300 });
    const first = a.newLock('upload-2');
    await first.lock(never(), () => undefined);
    const other = a.newLock('upload-3');
    await other.lock(never(), () => undefined);
    await expect(a.newLock('upload-2').lock(never(), () => undefined)).rejects.toBe(
      ERRORS.ERR_LOCK_TIMEOUT,
    );
    await Promise.all([first.unlock(), other.unlock()]);
  });

  it('should give up with ERR_LOCK_TIMEOUT after the timeout, or at once when the request is aborted', async () => {
    const [a, b] = [await instance(), await instance({ acquireLockTimeoutMs: 400 })];
    const held = a.newLock('upload-4');
    await held.lock(never(), () => undefined); // a holder that never lets go

    let started = Date.now();
    await expect(b.newLock('upload-4').lock(never(), () => undefined)).rejects.toBe(
      ERRORS.ERR_LOCK_TIMEOUT,
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(380);

    const aborted = new AbortController();
    setTimeout(() => aborted.abort(), 50);
    started = Date.now();
    const c = await instance({ acquireLockTimeoutMs: 30_000 });
    await expect(c.newLock('upload-4').lock(aborted.signal, () => undefined)).rejects.toBe(
      ERRORS.ERR_LOCK_TIMEOUT,
    );
    expect(Date.now() - started).toBeLessThan(2_000);
    await held.unlock();
    await expect(held.unlock()).rejects.toThrow('Releasing an unlocked lock!');
  });

  it('should free the lock of an instance that dies: PostgreSQL ends its session', async () => {
    const [a, b] = [await instance(), await instance({ acquireLockTimeoutMs: 5_000 })];
    await a.newLock('upload-5').lock(never(), () => undefined);
    // The process is gone: its connections drop without a word.
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_locks
       WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    );
    const taken = b.newLock('upload-5');
    await taken.lock(never(), () => undefined);
    await taken.unlock();
  });
});
