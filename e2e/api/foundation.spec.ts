import { expect, test, type APIRequestContext } from '@playwright/test';
import {
  BINH_DINH_AWARD_ID,
  DECIDED_AWARD_ID,
  DEMO,
  DEMO_PASSWORD,
  NATIONAL_AWARD_ID,
  OPEN_AWARD_ID,
} from './demo';

async function token(request: APIRequestContext, email: string): Promise<string> {
  const response = await request.post('/api/v1/auth/login', {
    data: { email, password: DEMO_PASSWORD },
  });
  expect(response.status()).toBe(200);
  return (await response.json()).accessToken;
}

test.describe('the built application, as npm start runs it', () => {
  test('lists the demo awards publicly: the two of 2020, Gia Lai 2025 and the open call', async ({
    request,
  }) => {
    const response = await request.get('/api/v1/public/awards');
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.total).toBe(4);
    expect(body.items.map((award: { id: string }) => award.id).sort()).toEqual(
      [NATIONAL_AWARD_ID, BINH_DINH_AWARD_ID, DECIDED_AWARD_ID, OPEN_AWARD_ID].sort(),
    );
    expect(body.items.find((award: { id: string }) => award.id === OPEN_AWARD_ID).status).toBe(
      'open',
    );
    expect(
      body.items.find((award: { id: string }) => award.id === NATIONAL_AWARD_ID).name,
    ).toContain('Búa liềm vàng');
  });

  test('publishes a valid OpenAPI 3 document and its UI', async ({ request }) => {
    const json = await request.get('/api/docs-json');
    expect(json.status()).toBe(200);
    const document = await json.json();
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toContain('/api/v1/awards/{awardId}/members');
    expect((await request.get('/api/docs')).status()).toBe(200);
  });

  test('serves the web app at / and for deep links', async ({ request }) => {
    for (const path of ['/', '/awards/' + NATIONAL_AWARD_ID, '/login']) {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('text/html');
      expect(await response.text()).toContain('<pa-root');
    }
    const missingApi = await request.get('/api/v1/nothing-here');
    expect(missingApi.status()).toBe(404);
    expect(await missingApi.json()).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
  });

  test('lets the demo organizer run the set-up journey over the REST contract', async ({
    request,
  }) => {
    const organizer = await token(request, DEMO.organizer);
    const headers = { authorization: `Bearer ${organizer}` };
    const me = await (await request.get('/api/v1/me', { headers })).json();
    expect(me.memberships).toContainEqual({ awardId: NATIONAL_AWARD_ID, role: 'organizer' });

    const deadline = new Date(Date.now() + 20 * 86_400_000).toISOString();
    const created = await request.post('/api/v1/awards', {
      headers,
      data: {
        name: 'Giải báo chí toàn quốc về xây dựng Đảng (Giải Búa liềm vàng)',
        edition: 11,
        year: 2026,
        level: 'national',
        rules: {
          publicationFrom: '2025-11-01',
          publicationTo: '2026-10-31',
          submissionDeadline: deadline,
          maxEntriesPerAuthor: 2,
          maxCoAuthors: 5,
          maxSeriesParts: 5,
          languages: ['vi'],
          files: { print: { maxBytes: 50_000_000, types: ['application/pdf'] } },
        },
      },
    });
    expect(created.status()).toBe(201);
    const award = await created.json();
    const categoryResponse = await request.post(`/api/v1/awards/${award.id}/categories`, {
      headers,
      data: { code: 'IN', name: 'Báo in', mediaType: 'print' },
    });
    expect(categoryResponse.status()).toBe(201);
    const opened = await request.post(`/api/v1/awards/${award.id}/status`, {
      headers,
      data: { status: 'open' },
    });
    expect((await opened.json()).status).toBe('open');
    const illegal = await request.post(`/api/v1/awards/${award.id}/status`, {
      headers,
      data: { status: 'published' },
    });
    expect(illegal.status()).toBe(409);
    expect(await illegal.json()).toMatchObject({ code: 'AWARD_STATUS_TRANSITION_INVALID' });
    const publicList = await (await request.get('/api/v1/public/awards')).json();
    expect(publicList.total).toBe(5);
  });

  test('refuses bad input with the documented error shape, in Vietnamese by default', async ({
    request,
  }) => {
    const organizer = await token(request, DEMO.organizer);
    const response = await request.post('/api/v1/awards', {
      headers: { authorization: `Bearer ${organizer}` },
      data: {
        name: '',
        edition: 'V',
        year: 2020,
        level: 'galactic',
        rules: { publicationFrom: '2020-10-31', publicationTo: '2019-11-01' },
      },
    });
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body).toMatchObject({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('không hợp lệ'),
    });
    const fields = body.details.map((detail: { field: string }) => detail.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'name',
        'edition',
        'level',
        'rules.publicationTo',
        'rules.submissionDeadline',
      ]),
    );

    const asReporter = await request.post('/api/v1/awards', {
      headers: { authorization: `Bearer ${await token(request, DEMO.reporter)}` },
      data: {},
    });
    // The guard answers before validation: a reporter may not create awards at all.
    expect(asReporter.status()).toBe(403);
  });
});
