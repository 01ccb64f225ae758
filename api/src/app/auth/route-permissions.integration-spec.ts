import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { API_PREFIX } from '../../bootstrap';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { PERMISSIONS, type Permission, type PermissionSpec } from '@press-award/contracts';
import { listRouteAccess, type RouteAccess } from './route-permissions';

/** The permission, and the jury work it opens to the secretaries of an award that delegates it. */
function accessLabel(access: RouteAccess['access']): string {
  const spec: PermissionSpec | undefined =
    access in PERMISSIONS ? PERMISSIONS[access as Permission] : undefined;
  return spec?.delegable ? `${access} (+secretariat:${spec.delegable})` : access;
}

describe(listRouteAccess.name, () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => app.close());

  it('should declare access on every route (deny by default)', () => {
    const undeclared = listRouteAccess(app.app, API_PREFIX).filter(
      (route) => route.access === 'UNDECLARED',
    );
    expect(undeclared).toEqual([]);
  });

  /** A change to who may reach an endpoint shows up here as a reviewed snapshot diff. */
  it('should match the reviewed permission of every route', () => {
    const table = listRouteAccess(app.app, API_PREFIX).map(
      (route) => `${route.method.padEnd(6)} ${route.path.padEnd(52)} ${accessLabel(route.access)}`,
    );
    expect(table).toMatchSnapshot();
  });

  it('should refuse every non-public route to an anonymous caller with the error shape', async () => {
    for (const route of listRouteAccess(app.app, API_PREFIX).filter(
      (candidate) => candidate.access !== 'public',
    )) {
      const path = route.path
        .replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000')
        .replace('*path', 'x');
      const method = route.method === 'ALL' ? 'POST' : route.method;
      const response = await app.request(method, path, { body: method === 'GET' ? undefined : {} });
      expect([route.method, route.path, response.status, response.body.code]).toEqual([
        route.method,
        route.path,
        401,
        'AUTH_REQUIRED',
      ]);
    }
  });
});
