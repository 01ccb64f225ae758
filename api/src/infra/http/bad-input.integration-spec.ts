import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { API_PREFIX } from '../../bootstrap';
import { listRouteAccess } from '../../app/auth/route-permissions';
import { buildAward, buildEntry } from '../../../test/factories';
import { countRows, createUser, login, startTestApp, type TestApp } from '../../../test/test-app';

/** Routes that take no JSON body: no body at all, or multipart (tested in entry-files.integration-spec). */
const BODYLESS = new Set([
  'POST /api/v1/auth/logout',
  'POST /api/v1/entries/:entryId/submit',
  'POST /api/v1/entries/:entryId/withdraw',
  'POST /api/v1/entries/:entryId/files',
  // The covering letter is multipart too: its refusals are tested in batches.integration-spec.ts.
  'PUT /api/v1/batches/:batchId/covering-letter',
  'POST /api/v1/awards/:awardId/codes',
  'POST /api/v1/rounds/:roundId/reminders',
  'POST /api/v1/awards/:awardId/publish',
  // tus speaks its own protocol (headers, not JSON); its refusals are tested in tus-refusals.integration-spec.ts.
  'POST /api/v1/uploads/tus',
]);

describe('bad input on every write endpoint', () => {
  let app: TestApp;
  let token: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp();
    await createUser(app.db, { email: 'admin@example.vn', isAdmin: true });
    token = await login(app, 'admin@example.vn');
    const award = (await app.request('POST', '/awards', { token, body: buildAward() })).body;
    ids['awardId'] = award.id;
    ids['categoryId'] = award.categories[0].id;
    ids['memberId'] = (
      await app.request('GET', `/awards/${award.id}/members`, { token })
    ).body.items[0].id;
    await app.request('POST', `/awards/${award.id}/status`, { token, body: { status: 'open' } });
    ids['entryId'] = (
      await app.request('POST', `/awards/${award.id}/entries`, {
        token,
        body: buildEntry(award.categories[0].id),
      })
    ).body.id;
    const rubric = { criteria: [{ key: 'content', name: 'Nội dung', maxScore: 10, step: 0.5 }] };
    // Validation runs before the handler looks the assignment up, so any well-formed id will do.
    ids['assignmentId'] = '00000000-0000-4000-8000-000000000000';
    ids['complaintId'] = '00000000-0000-4000-8000-000000000000';
    ids['roundId'] = (
      await app.request('POST', `/awards/${award.id}/rounds`, {
        token,
        body: { name: 'Sơ khảo', order: 1, judgesPerEntry: 1, rubric },
      })
    ).body.id;
  });
  afterAll(async () => app.close());

  const writeRoutes = () =>
    listRouteAccess(app.app, API_PREFIX).filter(
      (route) =>
        ['POST', 'PATCH', 'PUT'].includes(route.method) &&
        !BODYLESS.has(`${route.method} ${route.path}`),
    );

  it('should refuse an unknown field with 400 VALIDATION_FAILED naming it, and change nothing', async () => {
    const tables = [
      'users',
      'awards',
      'categories',
      'award_members',
      'invitations',
      'mail_messages',
      'entries',
      'entry_parts',
      'entry_authors',
      'entry_files',
      'screening_decisions',
      'rounds',
      'round_entries',
      'panels',
      'assignments',
      'judging_entries',
      'judging_files',
    ];
    const before = await Promise.all(tables.map((table) => countRows(app.db, table)));
    const routes = writeRoutes();
    expect(routes.length).toBeGreaterThanOrEqual(9);
    for (const route of routes) {
      const path = route.path.replace(
        /:([A-Za-z]+)/g,
        (_match, name: string) => ids[name] ?? 'missing',
      );
      const response = await app.request(route.method, path, {
        token,
        body: { unexpectedField: '<script>' },
      });
      expect([route.method, route.path, response.status, response.body.code]).toEqual([
        route.method,
        route.path,
        400,
        'VALIDATION_FAILED',
      ]);
      expect(response.body.details).toContainEqual(
        expect.objectContaining({ field: 'unexpectedField', code: 'whitelistValidation' }),
      );
      expect(Object.keys(response.body).sort()).toEqual([
        'code',
        'details',
        'message',
        'statusCode',
      ]);
    }
    expect(await Promise.all(tables.map((table) => countRows(app.db, table)))).toEqual(before);
  });

  it('should answer malformed JSON and wrong content types in the error shape', async () => {
    for (const route of writeRoutes()) {
      const path = route.path.replace(
        /:([A-Za-z]+)/g,
        (_match, name: string) => ids[name] ?? 'missing',
      );
      const response = await app.request(route.method, path, {
        token,
        raw: '{"name": "Giải',
        headers: { 'content-type': 'application/json' },
      });
      expect([route.path, response.status, response.body.code]).toEqual([
        route.path,
        400,
        'MALFORMED_JSON',
      ]);
    }
    const huge = await app.request('POST', '/auth/register', {
      raw: JSON.stringify({ fullName: 'x'.repeat(2 * 1024 * 1024) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
