import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../../test/test-app';

describe('OpenAPI document', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => app.close());

  it('should publish an OpenAPI 3 document with the contract paths', async () => {
    const response = await app.request('GET', '/api/docs-json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(response.body.info).toMatchObject({ title: expect.any(String), version: '1' });
    const paths = Object.keys(response.body.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/register',
        '/api/v1/auth/login',
        '/api/v1/auth/logout',
        '/api/v1/me',
        '/api/v1/awards',
        '/api/v1/awards/{awardId}',
        '/api/v1/awards/{awardId}/categories',
        '/api/v1/awards/{awardId}/status',
        '/api/v1/awards/{awardId}/members',
        '/api/v1/public/awards',
      ]),
    );
    // Bodies are described from the class-validator rules.
    expect(response.body.components.schemas.RegisterDto.properties.password).toMatchObject({
      type: 'string',
      minLength: 10,
    });
    expect(response.body.components.schemas.CreateEntryDto.properties.parts.items).toEqual({
      $ref: '#/components/schemas/EntryPartDto',
    });
    // Every operation has responses and every $ref resolves.
    const text = JSON.stringify(response.body);
    for (const [, name] of text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)) {
      expect(response.body.components.schemas[name!]).toBeDefined();
    }
    for (const operations of Object.values(response.body.paths) as Record<
      string,
      { responses: object }
    >[]) {
      for (const operation of Object.values(operations))
        expect(Object.keys(operation.responses).length).toBeGreaterThan(0);
    }
  });

  it('should be a valid OpenAPI document by the official schema, whatever routes are added', async () => {
    const response = await app.request('GET', '/api/docs-json');
    const { Validator } = await import('@seriousme/openapi-schema-validator');
    const result = await new Validator().validate(response.body);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    // OpenAPI 3.0 knows eight operations per path; Express's catch-all adds others (SEARCH, PROPFIND…).
    const allowed = new Set([
      'get',
      'put',
      'post',
      'delete',
      'options',
      'head',
      'patch',
      'trace',
      'parameters',
      'summary',
      'description',
      'servers',
    ]);
    const strays = Object.entries(response.body.paths as Record<string, object>).flatMap(
      ([path, item]) =>
        Object.keys(item)
          .filter((key) => !allowed.has(key))
          .map((key) => `${key} ${path}`),
    );
    expect(strays).toEqual([]);
  });

  it('should serve the interactive docs page', async () => {
    const response = await fetch(`${app.baseUrl}/api/docs`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('swagger');
  });
});
