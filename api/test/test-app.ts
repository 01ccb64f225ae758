import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { hash, Algorithm } from '@node-rs/argon2';
import { Pool } from 'pg';
import { createApp } from '../src/bootstrap';
import { loadConfig } from '../src/infra/config/app-config';
import { Clock } from '../src/infra/clock/clock';
import { createTestDatabase } from './test-database';

/** A clock tests can move; starts at the real time. */
export class MutableClock extends Clock {
  private offsetMs = 0;
  protected current(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  advance(ms: number): void {
    this.offsetMs += ms;
  }
  set(date: Date): void {
    this.offsetMs = date.getTime() - Date.now();
  }
}

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface RequestOptions {
  body?: unknown;
  token?: string;
  headers?: Record<string, string>;
  raw?: string;
}

export interface TestApp {
  baseUrl: string;
  app: INestApplication;
  db: Pool;
  clock: MutableClock;
  storageRoot: string;
  request: <T = any>(
    method: string,
    path: string,
    options?: RequestOptions,
  ) => Promise<ApiResponse<T>>;
  close: () => Promise<void>;
}

export const TEST_PASSWORD = 'mật-khẩu-thử-2020';

/** Boots the real application on a random port against a database of its own. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const storageRoot = await mkdtemp(join(tmpdir(), 'press-award-test-uploads-'));
  const { app, baseUrl, clock } = await startInstance(database.url, storageRoot, env);
  const db = new Pool({ connectionString: database.url, max: 3 });
  // Dropping the database (WITH FORCE) at the end may reach a client the pool is still closing: an
  // expected goodbye, not a test failure (an unhandled pool error would fail the whole suite).
  db.on('error', () => undefined);
  return {
    baseUrl,
    app,
    db,
    clock,
    storageRoot,
    request: requester(baseUrl),
    close: async () => {
      await app.close();
      await db.end();
      await database.drop();
      await rm(storageRoot, { recursive: true, force: true });
    },
  };
}

/** One API instance on a random port, on the given database and storage root (which it may share). */
export async function startInstance(
  databaseUrl: string,
  storageRoot: string,
  env: Record<string, string> = {},
): Promise<{ app: INestApplication; baseUrl: string; clock: MutableClock }> {
  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: 'integration-tests-secret-that-is-long-enough-0123456789',
    STORAGE_ROOT: storageRoot,
    WEB_DIST: join(storageRoot, 'no-web-build'),
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'error',
    LOGIN_BASE_DELAY_MS: '0',
    PUBLIC_URL: 'http://press-award.test',
    ...env,
  });
  const clock = new MutableClock();
  const app = await createApp({
    config,
    databaseUrl,
    clock,
    ...(process.env['TEST_LOG_LEVEL'] ? {} : { logger: false as const }),
  });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return { app, baseUrl: `http://127.0.0.1:${address.port}`, clock };
}

/** `TestApp.request` against a base URL: JSON in and out, `/api/v1` added to short paths. */
export function requester(baseUrl: string): TestApp['request'] {
  return async <T>(
    method: string,
    path: string,
    options: RequestOptions = {},
  ): Promise<ApiResponse<T>> => {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (options.token) headers['authorization'] = `Bearer ${options.token}`;
    let body: string | undefined = options.raw;
    if (options.body !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = JSON.stringify(options.body);
    }
    const response = await fetch(`${baseUrl}${path.startsWith('/api') ? path : `/api/v1${path}`}`, {
      method,
      headers,
      body,
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  };
}

let cachedHash: Promise<string> | undefined;

/** Inserts a user directly (fast path for tests that are not about registration). */
export async function createUser(
  db: Pool,
  input: { email: string; fullName?: string; isAdmin?: boolean; organizationName?: string },
): Promise<{ id: string; email: string }> {
  cachedHash ??= hash(TEST_PASSWORD, {
    algorithm: Algorithm.Argon2id,
    memoryCost: 19_456,
    timeCost: 2,
    parallelism: 1,
  });
  const { rows } = await db.query(
    `INSERT INTO users (email, password_hash, full_name, organization_name, is_admin)
     VALUES ($1, $2, $3, $4, $5) RETURNING id, email`,
    [
      input.email,
      await cachedHash,
      input.fullName ?? input.email.split('@')[0],
      input.organizationName ?? null,
      input.isAdmin ?? false,
    ],
  );
  return rows[0];
}

export async function login(
  app: TestApp,
  email: string,
  password = TEST_PASSWORD,
): Promise<string> {
  const response = await app.request<{ accessToken: string }>('POST', '/auth/login', {
    body: { email, password },
  });
  if (response.status !== 200)
    throw new Error(`login ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.accessToken;
}

export async function countRows(
  db: Pool,
  table: string,
  where = 'TRUE',
  params: unknown[] = [],
): Promise<number> {
  const { rows } = await db.query(
    `SELECT count(*)::int AS count FROM ${table} WHERE ${where}`,
    params,
  );
  return rows[0].count;
}

/** Uploads one file as multipart/form-data, fields first (as the API asks). */
export async function uploadFile(
  app: TestApp,
  entryId: string,
  token: string,
  file: { content: Buffer; name: string; type?: string },
  fields: Record<string, string> = { kind: 'work' },
): Promise<ApiResponse> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append(
    'file',
    new Blob([new Uint8Array(file.content)], { type: file.type ?? 'application/octet-stream' }),
    file.name,
  );
  const response = await fetch(`${app.baseUrl}/api/v1/entries/${entryId}/files`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text ? JSON.parse(text) : undefined,
    headers: response.headers,
  };
}

/** Every file below a folder (recursively), for "nothing left behind" checks. */
export async function filesUnder(root: string): Promise<string[]> {
  const { readdir } = await import('node:fs/promises');
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name),
    );
}
