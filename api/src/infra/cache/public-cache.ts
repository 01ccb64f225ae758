import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { Client } from 'pg';
import { strongEtag } from '../http/conditional';
import { DATABASE_URL } from '../jobs/job-queue';

/** One public answer, serialised and compressed once when it is stored. */
export interface CachedAnswer {
  readonly etag: string;
  readonly identity: Buffer;
  readonly br: Buffer;
  readonly gzip: Buffer;
}

/** The PostgreSQL channel the tables behind public pages notify (migration PublicCacheNotify). */
export const PUBLIC_CACHE_CHANNEL = 'public_cache';
/** Enough for every public page of every award; a flood of distinct URLs empties it instead. */
const MAX_ENTRIES = 2_000;
const RECONNECT_MS = 1_000;

/**
 * The public JSON (home page list, award pages, published results) held in memory, so a
 * publication evening's readers never reach the database: each URL is read from PostgreSQL once
 * and then answered from here with its ETag, until something it depends on changes.
 *
 * What forgets it: a `NOTIFY public_cache` from the tables' triggers, which reaches every instance
 * after commit (other servers' writes and ours alike), and — so that a writer reading its own
 * change never sees the old page — every successful write request of this instance, before its
 * answer leaves. A read that began before a change never stores its (old) answer: each answer is
 * stored under the generation it started in. While the listening connection is down, nothing is
 * served from or stored in the cache.
 */
@Injectable()
export class PublicCache implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(PublicCache.name);
  private readonly answers = new Map<string, CachedAnswer>();
  private currentGeneration = 0;
  private listening = false;
  private client: Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(@Inject(DATABASE_URL) private readonly databaseUrl: string) {}

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    await this.client?.end().catch(() => undefined);
  }

  /** The generation a read starts in; pass it back to {@link store}. */
  generation(): number {
    return this.currentGeneration;
  }

  get(key: string): CachedAnswer | undefined {
    return this.listening ? this.answers.get(key) : undefined;
  }

  store(key: string, generation: number, value: unknown): void {
    if (!this.listening || generation !== this.currentGeneration) return;
    if (this.answers.size >= MAX_ENTRIES) this.answers.clear();
    const identity = Buffer.from(JSON.stringify(value));
    this.answers.set(key, {
      etag: strongEtag(identity),
      identity,
      br: brotliCompressSync(identity, {
        params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: identity.length },
      }),
      gzip: gzipSync(identity, { level: 9 }),
    });
  }

  /** Forgets every answer; reads already under way will not store theirs. */
  clear(): void {
    this.currentGeneration++;
    this.answers.clear();
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl });
    const lost = (reason: string) => {
      if (this.client !== client) return;
      this.client = null;
      this.listening = false;
      this.clear();
      client.end().catch(() => undefined);
      if (this.stopped) return;
      this.logger.warn(`Public cache off until the database answers again (${reason})`);
      this.retry = setTimeout(() => void this.listen(), RECONNECT_MS);
    };
    client.on('notification', () => this.clear());
    client.on('error', (error: Error) => lost(error.message));
    client.on('end', () => lost('connection closed'));
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${PUBLIC_CACHE_CHANNEL}`);
      // Whatever changed while we were not listening is unknown: start empty.
      this.clear();
      this.listening = true;
    } catch (error) {
      lost((error as Error).message);
    }
  }
}
