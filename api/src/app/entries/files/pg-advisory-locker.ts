import { Logger } from '@nestjs/common';
import { ERRORS, type Lock, type Locker, type RequestRelease } from '@tus/utils';
import { Client, Pool, type PoolClient } from 'pg';

/** The first half of every tus lock's key ("tus1"); the second is `hashtext(uploadId)`. */
const LOCK_CLASS = 0x74757331;
/** The channel an instance asks, through PostgreSQL, the holder of an upload's lock to let go on. */
export const TUS_RELEASE_CHANNEL = 'tus_lock_release';
const RECONNECT_MS = 1_000;

export interface PgAdvisoryLockerOptions {
  databaseUrl: string;
  /** How long a request waits for an upload's lock before failing (tus's default: 30 s). */
  acquireLockTimeoutMs?: number;
  /** Pause between tries while another request holds the lock. */
  retryMs?: number;
  /** Locks this instance can hold at once: each holds one connection. */
  maxHeldLocks?: number;
}

/**
 * tus's `Locker` over PostgreSQL session advisory locks, so that PATCHes of one upload can land on
 * different API instances and still never write at the same time.
 *
 * Each held lock is `pg_try_advisory_lock` on a connection of its own, kept until `unlock`: if the
 * instance dies, PostgreSQL ends the session and the lock goes with it. A request that finds the lock
 * taken asks the holder to let go (tus's `requestRelease`: the holding request stops reading its body
 * and answers) — directly when the holder is in this process, by `NOTIFY tus_lock_release` when it
 * is another instance — and tries again until it gets the lock, its request is aborted, or the
 * timeout passes (`ERR_LOCK_TIMEOUT`, as tus's own memory locker).
 */
export class PgAdvisoryLocker implements Locker {
  private readonly logger = new Logger(PgAdvisoryLocker.name);
  private readonly pool: Pool;
  private readonly timeoutMs: number;
  private readonly retryMs: number;
  /** The requests of this process holding a lock, by upload id: whom to ask to let go, and the lock's connection. */
  private readonly held = new Map<string, { requestRelease: RequestRelease; client: PoolClient }>();
  private listener: Client | null = null;
  private retry: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(private readonly options: PgAdvisoryLockerOptions) {
    this.timeoutMs = options.acquireLockTimeoutMs ?? 30_000;
    this.retryMs = options.retryMs ?? 100;
    this.pool = new Pool({
      connectionString: options.databaseUrl,
      max: options.maxHeldLocks ?? 20,
      idleTimeoutMillis: 10_000,
      connectionTimeoutMillis: this.timeoutMs,
      application_name: 'press-award-tus-lock',
    });
    // A lock connection that breaks loses its lock; `unlock` then throws the connection away.
    this.pool.on('error', (error) => this.logger.warn(`tus lock connection: ${error.message}`));
  }

  /** Starts listening for other instances' requests to let go of a lock. */
  async start(): Promise<void> {
    const client = new Client({ connectionString: this.options.databaseUrl });
    const lost = (reason: string) => {
      if (this.listener !== client) return;
      this.listener = null;
      client.end().catch(() => undefined);
      if (this.stopped) return;
      this.logger.warn(`tus lock release requests unheard until the database answers (${reason})`);
      this.retry = setTimeout(() => void this.start(), RECONNECT_MS);
    };
    client.on('notification', (message) => {
      const holder = message.payload ? this.held.get(message.payload) : undefined;
      if (holder) void Promise.resolve(holder.requestRelease()).catch(() => undefined);
    });
    client.on('error', (error: Error) => lost(error.message));
    client.on('end', () => lost('connection closed'));
    this.listener = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${TUS_RELEASE_CHANNEL}`);
    } catch (error) {
      lost((error as Error).message);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
    // Locks still held end with their sessions.
    for (const { client } of this.held.values()) client.release(true);
    this.held.clear();
    await this.pool.end().catch(() => undefined);
  }

  newLock(id: string): Lock {
    return new PgAdvisoryLock(id, this);
  }

  /** Takes the lock on a connection of its own, or resolves null when `signal` or the time ends it. */
  async acquire(
    id: string,
    requestRelease: RequestRelease,
    signal: AbortSignal,
  ): Promise<PoolClient | null> {
    const deadline = Date.now() + this.timeoutMs;
    const client = await this.pool.connect();
    let asked = 0;
    try {
      while (!signal.aborted && Date.now() < deadline) {
        const { rows } = await client.query<{ locked: boolean }>(
          'SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked',
          [LOCK_CLASS, id],
        );
        if (rows[0]?.locked) {
          this.held.set(id, { requestRelease, client });
          client.on('error', onLostLock);
          return client;
        }
        if (Date.now() - asked >= 5 * this.retryMs) {
          asked = Date.now();
          await this.askToRelease(id, client);
        }
        await pause(Math.min(this.retryMs, Math.max(0, deadline - Date.now())), signal);
      }
      client.release();
      return null;
    } catch (error) {
      client.release(error as Error);
      throw error;
    }
  }

  async release(id: string, client: PoolClient): Promise<void> {
    if (this.held.get(id)?.client === client) this.held.delete(id);
    client.off('error', onLostLock);
    try {
      await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [LOCK_CLASS, id]);
      client.release();
    } catch (error) {
      // Ending the session releases whatever it held.
      client.release(error as Error);
    }
  }

  private async askToRelease(id: string, client: PoolClient): Promise<void> {
    const local = this.held.get(id);
    if (local) await local.requestRelease();
    else await client.query('SELECT pg_notify($1, $2)', [TUS_RELEASE_CHANNEL, id]);
  }
}

class PgAdvisoryLock implements Lock {
  private client: PoolClient | null = null;

  constructor(
    private readonly id: string,
    private readonly locker: PgAdvisoryLocker,
  ) {}

  async lock(signal: AbortSignal, requestRelease: RequestRelease): Promise<void> {
    if (this.client) throw new Error(`The lock on ${this.id} is already held`);
    this.client = await this.locker.acquire(this.id, requestRelease, signal);
    if (!this.client) throw ERRORS.ERR_LOCK_TIMEOUT;
  }

  async unlock(): Promise<void> {
    const client = this.client;
    if (!client) throw new Error('Releasing an unlocked lock!');
    this.client = null;
    await this.locker.release(this.id, client);
  }
}

/** A held lock's connection broke: its lock is gone with it, `unlock` throws the connection away. */
function onLostLock(): void {
  /* nothing to do until then */
}

/** Waits `ms`, or less if `signal` aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((done) => {
    const finish = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', finish);
      done();
    };
    const timer = setTimeout(finish, ms);
    signal.addEventListener('abort', finish, { once: true });
  });
}
