import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { brotliDecompressSync } from 'node:zlib';
import { buildAward } from '../../../test/factories';
import { rawGet, type RawResponse } from '../../../test/raw-http';
import { createAward, setAwardStatus } from '../../../test/scenario';
import { createUser, login, startTestApp, type TestApp } from '../../../test/test-app';
import { PublicCache } from './public-cache';

const LIST = '/api/v1/public/awards';
const names = (response: RawResponse): string[] =>
  (JSON.parse(response.body.toString()) as { items: { name: string }[] }).items.map(
    (award) => award.name,
  );

describe('PublicCache: public pages answered from memory, forgotten on every change', () => {
  let app: TestApp;
  let organizer: string;
  let awardId: string;
  let cache: PublicCache;

  beforeAll(async () => {
    app = await startTestApp();
    await createUser(app.db, { email: 'btc@example.vn', isAdmin: true });
    organizer = await login(app, 'btc@example.vn');
    awardId = (await createAward(app, organizer, buildAward({ name: 'Giải báo chí tỉnh' }))).id;
    await setAwardStatus(app, organizer, awardId, 'open');
    cache = app.app.get(PublicCache);
  });
  afterAll(async () => app.close());

  it('answers the second read from memory, without the database', async () => {
    const first = await rawGet(app.baseUrl, LIST);
    expect(first.status).toBe(200);
    expect(names(first)).toEqual(['Giải báo chí tỉnh']);

    // With the categories table gone, any query for the list fails: a 200 can only come from memory.
    await app.db.query('ALTER TABLE categories RENAME TO categories_away');
    try {
      const cached = await rawGet(app.baseUrl, LIST);
      expect(cached.status).toBe(200);
      expect(cached.body.toString()).toBe(first.body.toString());
      expect(cached.headers['cache-control']).toBe('no-cache');
      expect(cached.headers['content-type']).toMatch(/^application\/json/);
      // Answered before Express, it still carries what every answer carries.
      expect(cached.headers['content-security-policy']).toContain("default-src 'self'");
      expect(cached.headers['x-content-type-options']).toBe('nosniff');
      expect(cached.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      // A page not read before still goes to the database, and fails: the cache answers only what it holds.
      expect((await rawGet(app.baseUrl, `${LIST}?page=2`)).status).toBe(500);
    } finally {
      await app.db.query('ALTER TABLE categories_away RENAME TO categories');
    }
  });

  it('sends the stored brotli copy and answers 304 to a matching ETag', async () => {
    await rawGet(app.baseUrl, LIST);
    const br = await rawGet(app.baseUrl, LIST, { 'accept-encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toMatch(/Accept-Encoding/);
    expect(names({ ...br, body: brotliDecompressSync(br.body) })).toEqual(['Giải báo chí tỉnh']);
    const etag = br.headers['etag'] as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await rawGet(app.baseUrl, LIST, { 'if-none-match': `W/${etag}` });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('shows a change made through the API at once to its author', async () => {
    await rawGet(app.baseUrl, LIST);
    await rawGet(app.baseUrl, LIST);
    const renamed = await app.request('PATCH', `/awards/${awardId}`, {
      token: organizer,
      body: { name: 'Giải báo chí tỉnh (đã sửa)' },
    });
    expect(renamed.status).toBe(200);
    expect(names(await rawGet(app.baseUrl, LIST))).toEqual(['Giải báo chí tỉnh (đã sửa)']);
  });

  it('forgets a page when another server changes the database (NOTIFY from the tables)', async () => {
    await rawGet(app.baseUrl, LIST);
    expect(names(await rawGet(app.baseUrl, LIST))).toEqual(['Giải báo chí tỉnh (đã sửa)']);
    // Straight SQL on another connection, as another API instance would write.
    await app.db.query(`UPDATE awards SET name = 'Giải báo chí tỉnh Gia Lai' WHERE id = $1`, [
      awardId,
    ]);
    let seen: string[] = [];
    for (let attempt = 0; attempt < 50; attempt++) {
      seen = names(await rawGet(app.baseUrl, LIST));
      if (seen[0] === 'Giải báo chí tỉnh Gia Lai') break;
      await new Promise((wait) => setTimeout(wait, 20));
    }
    expect(seen).toEqual(['Giải báo chí tỉnh Gia Lai']);
  });

  it('never stores an answer read before a change (it would be stale)', () => {
    const before = cache.generation();
    cache.clear();
    cache.store('/api/v1/public/stale', before, { stale: true });
    expect(cache.get('/api/v1/public/stale')).toBeUndefined();
    cache.store('/api/v1/public/fresh', cache.generation(), { fresh: true });
    expect(cache.get('/api/v1/public/fresh')).toBeDefined();
  });

  it('keeps refusals out of the cache, and serves nothing but public reads from it', async () => {
    const missing = await rawGet(
      app.baseUrl,
      '/api/v1/public/awards/00000000-0000-4000-8000-000000000000',
    );
    expect(missing.status).toBe(404);
    expect(cache.get('/api/v1/public/awards/00000000-0000-4000-8000-000000000000')).toBeUndefined();
    const me = await rawGet(app.baseUrl, '/api/v1/me');
    expect(me.status).toBe(401);
    expect(cache.get('/api/v1/me')).toBeUndefined();
  });
});
