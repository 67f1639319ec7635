import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles, type Role } from '../../../platform/access/roles';
import { routeKey } from '../../../platform/http/route';
import type { TestApp } from '../../../platform/testing/testApp';
import { allModules } from '../modules';
import { startCrocevia } from './helpers';

const ALL = roles;
const ADMIN: Role[] = ['platform_admin'];
const COORD: Role[] = ['platform_admin', 'district_coordinator'];
const MANAGERS: Role[] = ['platform_admin', 'district_coordinator', 'org_admin'];

/**
 * Who may call each route at all (first-level rule, role held in a scope that covers the record).
 * 'public' and 'authenticated' routes are listed too. A route missing here fails the suite.
 */
const expected: Record<string, Role[] | 'public' | 'authenticated'> = {
  'GET /api/auth/info': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/setup': 'public',
  'GET /api/auth/oidc/login': 'public',
  'GET /api/auth/oidc/callback': 'public',
  'POST /api/auth/logout': 'authenticated',
  'POST /api/auth/logout-all': 'authenticated',
  'GET /api/auth/me': 'authenticated',
  'POST /api/auth/password': 'authenticated',
  'GET /api/users': MANAGERS,
  'GET /api/users/:id': MANAGERS,
  'POST /api/users': ADMIN,
  'PATCH /api/users/:id': ADMIN,
  'POST /api/users/:id/reset-password': ADMIN,
  'POST /api/users/:id/unlock': ADMIN,
  'POST /api/users/:id/logout-all': ADMIN,
  'POST /api/users/:id/platform-roles': ADMIN,
  'DELETE /api/platform-roles/:id': ADMIN,
  'GET /api/audit': ADMIN,
  'GET /api/audit/export.csv': ADMIN,
  'GET /api/audit/verify': ADMIN,
  'GET /api/territory/regions': [...ALL],
  'GET /api/territory/provinces': [...ALL],
  'GET /api/territory/municipalities': [...ALL],
  'GET /api/territory/districts': [...ALL],
  'POST /api/territory/districts': ADMIN,
  'GET /api/territory/districts/:id': [...ALL],
  'PATCH /api/territory/districts/:id': COORD,
  'PUT /api/territory/districts/:id/composition': COORD,
  'GET /api/territory/districts/:id/geojson': [...ALL],
  'GET /api/territory/districts/:id/roles': COORD,
  'POST /api/territory/districts/:id/roles': COORD,
  'DELETE /api/territory/districts/:id/roles/:grantId': COORD,
  'POST /api/territory/imports/municipalities': ['platform_admin', 'analyst'],
  'POST /api/territory/imports/boundaries': ['platform_admin', 'analyst'],
  'GET /api/organizations': [...ALL],
  'POST /api/organizations': COORD,
  'GET /api/organizations/:id': [...ALL],
  'PATCH /api/organizations/:id': MANAGERS,
  'POST /api/organizations/:id/archive': COORD,
  'GET /api/organizations/:id/services': [...ALL],
  'POST /api/organizations/:id/services': MANAGERS,
  'GET /api/organizations/:id/help-desks': [...ALL],
  'POST /api/organizations/:id/help-desks': MANAGERS,
  'GET /api/organizations/:id/members': [...MANAGERS, 'operator'],
  'POST /api/organizations/:id/members': MANAGERS,
  'DELETE /api/organizations/:id/members/:memberId': MANAGERS,
};

const routes = allModules().flatMap((m) => m.routes);

let t: TestApp;
let districtId: string;
let organizationId: string;
let otherOrganizationId: string;
let userId: string;

beforeAll(async () => {
  t = await startCrocevia();
  const admin = await t.userWith('platform_admin', 'platform');
  districtId = (await t.request({ method: 'GET', url: '/api/territory/districts', as: admin.cookie })).json().items[0].id;
  const mk = async (name: string) =>
    (await t.request({ method: 'POST', url: '/api/organizations', as: admin.cookie, payload: { name, kind: 'third_sector', sector: 'third_sector', districtId } })).json().id as string;
  organizationId = await mk('Matrix target');
  otherOrganizationId = await mk('Matrix other');
  userId = (await t.userWith('viewer', 'organization', organizationId)).userId;
});
afterAll(() => t.close());

function urlFor(url: string): string {
  return url
    .replace('/api/users/:id', `/api/users/${userId}`)
    .replace('/api/territory/districts/:id', `/api/territory/districts/${districtId}`)
    .replace('/api/organizations/:id', `/api/organizations/${organizationId}`)
    .replace(/:(\w+)/g, () => randomUUID());
}

// Bodies are empty on purpose: an allowed caller then meets validation (400), never a permission error.
async function call(method: string, url: string, cookie?: string) {
  const payload = ['POST', 'PUT', 'PATCH'].includes(method) ? {} : undefined;
  return t.request({ method: method as 'GET', url: urlFor(url), as: cookie, payload });
}

describe('access matrix', () => {
  it('every route has an expected rule (add new routes to this table)', () => {
    const missing = routes.map(routeKey).filter((k) => !(k in expected));
    expect(missing).toEqual([]);
    const stale = Object.keys(expected).filter((k) => !routes.some((r) => routeKey(r) === k));
    expect(stale).toEqual([]);
  });

  it('the route table declares the same roles as the permissions', () => {
    for (const r of routes) {
      const want = expected[routeKey(r)];
      if (typeof r.access === 'string') expect(want, routeKey(r)).toBe(r.access);
      else expect([...r.access.roles].sort(), routeKey(r)).toEqual([...(want as Role[])].sort());
    }
  });

  it('anonymous callers get 401 on every non-public route', async () => {
    for (const r of routes.filter((r) => r.access !== 'public')) {
      const res = await call(r.method, r.url);
      expect(res.statusCode, routeKey(r)).toBe(401);
    }
  });

  // Each role held platform-wide, so the scope covers every record: this isolates the role rule. Scopes are tested below.
  for (const role of roles) {
    it(`role ${role}: allowed routes pass the permission check, the others answer 403`, async () => {
      const u = await t.userWith(role, 'platform');
      for (const r of routes.filter((r) => typeof r.access === 'object')) {
        const allowed = (expected[routeKey(r)] as Role[]).includes(role);
        const res = await call(r.method, r.url, u.cookie);
        if (allowed) expect([401, 403], `${role} ${routeKey(r)} → ${res.statusCode} ${res.body}`).not.toContain(res.statusCode);
        else expect(res.statusCode, `${role} ${routeKey(r)}`).toBe(403);
        expect(res.statusCode, `${role} ${routeKey(r)} must not fail`).toBeLessThan(500);
      }
    });
  }

  it('an organisation role does not reach another organisation: records out of scope answer 404', async () => {
    const orgAdmin = await t.userWith('org_admin', 'organization', otherOrganizationId);
    for (const [method, url, payload] of [
      ['PATCH', `/api/organizations/${organizationId}`, { name: 'Hijacked' }],
      ['POST', `/api/organizations/${organizationId}/services`, { name: 'Intruso' }],
      ['GET', `/api/organizations/${organizationId}/members`, undefined],
      ['POST', `/api/organizations/${organizationId}/members`, { email: 'x@example.org', displayName: 'X Y', role: 'operator' }],
    ] as const) {
      const res = await t.request({ method, url, as: orgAdmin.cookie, payload });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    const same = await t.request({ method: 'PATCH', url: `/api/organizations/${otherOrganizationId}`, as: orgAdmin.cookie, payload: { shortName: 'Altro' } });
    expect(same.statusCode).toBe(200);
  });

  it('a district coordinator does not reach another district', async () => {
    const admin = await t.userWith('platform_admin', 'platform');
    const other = await t.request({ method: 'POST', url: '/api/territory/districts', as: admin.cookie, payload: { code: 'ALTRO', name: 'Altro ambito', kind: 'ambito' } });
    expect(other.statusCode).toBe(201);
    const coord = await t.userWith('district_coordinator', 'district', other.json().id);
    const res = await t.request({ method: 'PATCH', url: `/api/territory/districts/${districtId}`, as: coord.cookie, payload: { name: 'Preso' } });
    expect(res.statusCode).toBe(404);
    const archive = await t.request({ method: 'POST', url: `/api/organizations/${organizationId}/archive`, as: coord.cookie, payload: {} });
    expect(archive.statusCode).toBe(404);
  });
});
