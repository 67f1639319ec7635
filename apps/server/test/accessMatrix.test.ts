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
// Only the staff of a service reach persons and cases; the record rule then decides which ones.
const STAFF: Role[] = ['operator', 'org_admin'];

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
  'GET /api/notifications': 'authenticated',
  'POST /api/notifications/:id/read': 'authenticated',
  'POST /api/notifications/read-all': 'authenticated',
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
  'PATCH /api/organizations/:id/services/:serviceId': MANAGERS,
  'DELETE /api/organizations/:id/services/:serviceId': MANAGERS,
  'PATCH /api/organizations/:id/help-desks/:helpDeskId': MANAGERS,
  'DELETE /api/organizations/:id/help-desks/:helpDeskId': MANAGERS,
  'GET /api/organizations/:id/members': [...MANAGERS, 'operator'],
  'POST /api/organizations/:id/members': MANAGERS,
  'DELETE /api/organizations/:id/members/:memberId': MANAGERS,
  'GET /api/governance/networks': [...ALL],
  'POST /api/governance/networks': MANAGERS,
  'GET /api/governance/networks/:id': [...ALL],
  'PATCH /api/governance/networks/:id': MANAGERS,
  'PUT /api/governance/networks/:id/organizations': MANAGERS,
  'GET /api/governance/roundtables': [...ALL],
  'POST /api/governance/roundtables': MANAGERS,
  'GET /api/governance/roundtables/:id': [...ALL],
  'PATCH /api/governance/roundtables/:id': MANAGERS,
  'POST /api/governance/roundtables/:id/members': MANAGERS,
  'PATCH /api/governance/roundtables/:id/members/:memberId': MANAGERS,
  'DELETE /api/governance/roundtables/:id/members/:memberId': MANAGERS,
  // Meetings, agenda, documents, attendance, check-in: record rules in modules/governance/server/meetings/*.http.test.ts.
  'GET /api/governance/roundtables/:id/meetings': [...ALL],
  'POST /api/governance/roundtables/:id/meetings': MANAGERS,
  'GET /api/governance/meetings': [...ALL],
  'GET /api/governance/meetings/:id': [...ALL],
  'PATCH /api/governance/meetings/:id': MANAGERS,
  'POST /api/governance/meetings/:id/agenda': MANAGERS,
  'PATCH /api/governance/meetings/:id/agenda/:itemId': MANAGERS,
  'DELETE /api/governance/meetings/:id/agenda/:itemId': MANAGERS,
  'PUT /api/governance/meetings/:id/agenda/order': MANAGERS,
  'POST /api/governance/meetings/:id/documents': MANAGERS,
  'GET /api/governance/meetings/:id/documents/:documentId': [...ALL],
  'DELETE /api/governance/meetings/:id/documents/:documentId': MANAGERS,
  'GET /api/governance/meetings/:id/attendance': [...ALL],
  'PUT /api/governance/meetings/:id/attendance': MANAGERS,
  'GET /api/governance/meetings/:id/sign-in-sheet.pdf': MANAGERS,
  'GET /api/governance/check-in/:token': 'authenticated',
  'POST /api/governance/check-in/:token': 'authenticated',
  // Invitations and calendar feeds (modules/governance/server/invitations/invitations.http.test.ts).
  'POST /api/governance/meetings/:id/invitations': MANAGERS,
  'GET /api/governance/meetings/:id/invitations': MANAGERS,
  'GET /api/governance/meetings/:id/calendar.ics': [...ALL],
  'POST /api/governance/calendar-feeds': 'authenticated',
  'GET /api/governance/calendar-feeds': 'authenticated',
  'DELETE /api/governance/calendar-feeds/:id': 'authenticated',
  // A secret token in the address stands for the feed's owner; access is rebuilt from their grants at each read.
  'GET /api/governance/calendar/:token.ics': 'public',
  // The network measured and the steering dashboard: governance.steering, in the district (network.http.test.ts).
  'GET /api/governance/networks/:id/graph': ['platform_admin', 'district_coordinator', 'analyst'],
  'GET /api/governance/networks/:id/metrics': ['platform_admin', 'district_coordinator', 'analyst'],
  'GET /api/governance/districts/:id/graph': ['platform_admin', 'district_coordinator', 'analyst'],
  'GET /api/governance/districts/:id/metrics': ['platform_admin', 'district_coordinator', 'analyst'],
  'GET /api/governance/steering/:districtId': ['platform_admin', 'district_coordinator', 'analyst'],
  // Minutes: drafts only to members and managers (modules/governance/server/minutes/minutes.http.test.ts).
  'GET /api/governance/meetings/:id/minutes': [...ALL],
  'POST /api/governance/meetings/:id/minutes': MANAGERS,
  'GET /api/governance/minutes/:id': [...ALL],
  'PATCH /api/governance/minutes/:id': MANAGERS,
  'POST /api/governance/minutes/:id/decisions': MANAGERS,
  'PATCH /api/governance/minutes/:id/decisions/:decisionId': MANAGERS,
  'DELETE /api/governance/minutes/:id/decisions/:decisionId': MANAGERS,
  'POST /api/governance/minutes/:id/action-items': MANAGERS,
  'POST /api/governance/minutes/:id/circulate': MANAGERS,
  'GET /api/governance/minutes/:id/comments': [...ALL],
  'POST /api/governance/minutes/:id/comments': [...ALL],
  'POST /api/governance/minutes/:id/comments/:commentId/resolve': MANAGERS,
  'POST /api/governance/minutes/:id/approve': MANAGERS,
  'POST /api/governance/minutes/:id/amendments': MANAGERS,
  'GET /api/governance/minutes/:id/versions': [...ALL],
  'GET /api/governance/minutes/:id/versions/:version': [...ALL],
  'GET /api/governance/minutes/:id/minutes.pdf': [...ALL],
  'GET /api/governance/roundtables/:id/decisions': [...ALL],
  // Action items and agreements: record rules in modules/governance/server/{actions,agreements}/*.test.ts.
  'GET /api/governance/action-items': [...ALL],
  'GET /api/governance/action-items.csv': [...ALL],
  'GET /api/governance/action-items/:id': [...ALL],
  'POST /api/governance/action-items': MANAGERS,
  // Owners may be any role: the handler lets them change the status only.
  'PATCH /api/governance/action-items/:id': [...ALL],
  'POST /api/governance/meetings/:id/agenda/carry-over': MANAGERS,
  'GET /api/governance/agreements': [...ALL],
  'POST /api/governance/agreements': MANAGERS,
  'GET /api/governance/agreements/:id': [...ALL],
  'PATCH /api/governance/agreements/:id': MANAGERS,
  'PUT /api/governance/agreements/:id/parties': MANAGERS,
  'POST /api/governance/agreements/:id/obligations': MANAGERS,
  'POST /api/governance/agreements/:id/documents': MANAGERS,
  'GET /api/governance/agreements/:id/documents/:documentId': [...ALL],
  'DELETE /api/governance/agreements/:id/documents/:documentId': MANAGERS,
  'POST /api/governance/agreements/:id/renew': MANAGERS,
  'GET /api/casework/cases': STAFF,
  'GET /api/casework/cases/:id': STAFF,
  'GET /api/casework/cases/:id/events': STAFF,
  'GET /api/casework/cases/:id/notes': STAFF,
  'GET /api/casework/cases/:id/plan': STAFF,
  'GET /api/casework/documents/:id': STAFF,
  'GET /api/casework/facts': [...COORD, 'analyst'],
  'GET /api/casework/households/:id': STAFF,
  'GET /api/casework/housing-units': [...MANAGERS, 'operator'],
  'GET /api/casework/mediations': STAFF,
  'GET /api/casework/mediators': [...MANAGERS, 'operator'],
  'GET /api/casework/mediators/available': [...MANAGERS, 'operator'],
  'GET /api/casework/persons': STAFF,
  'GET /api/casework/persons/:id': STAFF,
  'GET /api/casework/persons/:id/consents': STAFF,
  'GET /api/casework/persons/:id/export.json': STAFF,
  'GET /api/casework/persons/:id/export.pdf': STAFF,
  'GET /api/casework/persons/:id/history': STAFF,
  'GET /api/casework/persons/:id/lockouts': STAFF,
  'GET /api/casework/referrals': STAFF,
  'GET /api/casework/referrals/:id': STAFF,
  'GET /api/casework/reminders': STAFF,
  'PATCH /api/casework/cases/:id': STAFF,
  'PATCH /api/casework/goals/:id': STAFF,
  'PATCH /api/casework/households/:id': STAFF,
  'PATCH /api/casework/housing-units/:id': MANAGERS,
  'PATCH /api/casework/interventions/:id': STAFF,
  'PATCH /api/casework/mediators/:id': MANAGERS,
  'PATCH /api/casework/persons/:id': STAFF,
  'POST /api/casework/assessments/:id/complete': STAFF,
  'POST /api/casework/cases': STAFF,
  'POST /api/casework/cases/:id/assessments': STAFF,
  'POST /api/casework/cases/:id/close': STAFF,
  'POST /api/casework/cases/:id/emergency-access': STAFF,
  'POST /api/casework/cases/:id/goals': STAFF,
  'POST /api/casework/cases/:id/interventions': STAFF,
  'POST /api/casework/cases/:id/notes': STAFF,
  'POST /api/casework/cases/:id/referrals': STAFF,
  'POST /api/casework/cases/:id/reopen': STAFF,
  'POST /api/casework/cases/:id/status': STAFF,
  'POST /api/casework/consents/:id/withdraw': STAFF,
  'POST /api/casework/households': STAFF,
  'POST /api/casework/housing-units': MANAGERS,
  'POST /api/casework/lockouts/:id/lift': STAFF,
  'POST /api/casework/mediations/:id/assign': STAFF,
  'POST /api/casework/mediations/:id/cancel': STAFF,
  'POST /api/casework/mediations/:id/done': STAFF,
  'POST /api/casework/mediators': MANAGERS,
  'POST /api/casework/persons': STAFF,
  'POST /api/casework/persons/:id/consents': STAFF,
  'POST /api/casework/persons/:id/consents/:consentId/replace': STAFF,
  'POST /api/casework/persons/:id/erase': ['org_admin'],
  'POST /api/casework/persons/:id/lockouts': STAFF,
  'POST /api/casework/persons/:id/merge': STAFF,
  'POST /api/casework/persons/contact-requests': STAFF,
  'POST /api/casework/persons/duplicates': STAFF,
  'POST /api/casework/referrals/:id/accept': STAFF,
  'POST /api/casework/referrals/:id/decline': STAFF,
  'POST /api/casework/referrals/:id/revoke': STAFF,
  'POST /api/casework/retention/run': ADMIN,
  'PUT /api/casework/cases/:id/workers': STAFF,
  'PUT /api/casework/households/:id/members': STAFF,
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

/**
 * The scope dimension: every route that acts on one record, called by every role that holds its permission,
 * once with the role held over the record's organisation or district (in scope) and once over another
 * organisation or district (out of scope). Bodies are valid, so the record rule is what decides.
 */
type ScopedCase = { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string; body?: () => Promise<unknown> | unknown; inScope: number; outOfScope: number };

const naturalScope = (role: Role) => (role === 'district_coordinator' || role === 'analyst' ? 'district' : 'organization');

describe('access matrix: every role in and out of scope', () => {
  let otherDistrictId: string;
  let adminCookie: string;
  beforeAll(async () => {
    adminCookie = (await t.userWith('platform_admin', 'platform')).cookie;
    otherDistrictId = (await t.request({ method: 'POST', url: '/api/territory/districts', as: adminCookie, payload: { code: 'MATRIX-OTHER', name: 'Altro ambito', kind: 'zona' } })).json().id;
  });

  const newMemberId = async () =>
    (await t.request({ method: 'POST', url: `/api/organizations/${organizationId}/members`, as: adminCookie, payload: { email: `m-${randomUUID()}@example.org`, displayName: 'Membro Prova', role: 'viewer' } })).json().id as string;
  const newServiceId = async () =>
    (await t.request({ method: 'POST', url: `/api/organizations/${organizationId}/services`, as: adminCookie, payload: { name: `Servizio ${randomUUID().slice(0, 8)}` } })).json().id as string;
  const newHelpDeskId = async () =>
    (await t.request({ method: 'POST', url: `/api/organizations/${organizationId}/help-desks`, as: adminCookie, payload: { name: `Sportello ${randomUUID().slice(0, 8)}` } })).json().id as string;
  const newDistrictGrant = async () => {
    const u = await t.userWith('viewer', 'organization', organizationId);
    return (await t.request({ method: 'POST', url: `/api/territory/districts/${districtId}/roles`, as: adminCookie, payload: { userId: u.userId, role: 'viewer' } })).json().id as string;
  };

  const cases: Record<string, ScopedCase> = {
    'PATCH /api/territory/districts/:id': { method: 'PATCH', url: `/api/territory/districts/{district}`, body: () => ({ description: 'Aggiornato' }), inScope: 200, outOfScope: 404 },
    'PUT /api/territory/districts/:id/composition': { method: 'PUT', url: `/api/territory/districts/{district}/composition`, body: () => ({ municipalityIds: [], validFrom: '2099-01-01' }), inScope: 200, outOfScope: 404 },
    'GET /api/territory/districts/:id/roles': { method: 'GET', url: `/api/territory/districts/{district}/roles`, inScope: 200, outOfScope: 404 },
    'POST /api/territory/districts/:id/roles': { method: 'POST', url: `/api/territory/districts/{district}/roles`, body: () => ({ userId, role: 'viewer' }), inScope: 201, outOfScope: 404 },
    'DELETE /api/territory/districts/:id/roles/:grantId': { method: 'DELETE', url: `/api/territory/districts/{district}/roles/{grant}`, inScope: 204, outOfScope: 404 },
    'PATCH /api/organizations/:id': { method: 'PATCH', url: `/api/organizations/{org}`, body: () => ({ shortName: 'Bersaglio' }), inScope: 200, outOfScope: 404 },
    'POST /api/organizations/:id/archive': { method: 'POST', url: `/api/organizations/{org}/archive`, body: () => ({ archived: false }), inScope: 200, outOfScope: 404 },
    'POST /api/organizations/:id/services': { method: 'POST', url: `/api/organizations/{org}/services`, body: () => ({ name: 'Servizio di prova' }), inScope: 201, outOfScope: 404 },
    'POST /api/organizations/:id/help-desks': { method: 'POST', url: `/api/organizations/{org}/help-desks`, body: () => ({ name: 'Sportello di prova' }), inScope: 201, outOfScope: 404 },
    'PATCH /api/organizations/:id/services/:serviceId': { method: 'PATCH', url: `/api/organizations/{org}/services/{service}`, body: () => ({ description: 'Aggiornato' }), inScope: 200, outOfScope: 404 },
    'DELETE /api/organizations/:id/services/:serviceId': { method: 'DELETE', url: `/api/organizations/{org}/services/{service}`, inScope: 204, outOfScope: 404 },
    'PATCH /api/organizations/:id/help-desks/:helpDeskId': { method: 'PATCH', url: `/api/organizations/{org}/help-desks/{desk}`, body: () => ({ openingHours: 'Lun 9-12' }), inScope: 200, outOfScope: 404 },
    'DELETE /api/organizations/:id/help-desks/:helpDeskId': { method: 'DELETE', url: `/api/organizations/{org}/help-desks/{desk}`, inScope: 204, outOfScope: 404 },
    'GET /api/organizations/:id/members': { method: 'GET', url: `/api/organizations/{org}/members`, inScope: 200, outOfScope: 404 },
    'POST /api/organizations/:id/members': { method: 'POST', url: `/api/organizations/{org}/members`, body: () => ({ email: `n-${randomUUID()}@example.org`, displayName: 'Nuovo Membro', role: 'viewer' }), inScope: 201, outOfScope: 404 },
    'DELETE /api/organizations/:id/members/:memberId': { method: 'DELETE', url: `/api/organizations/{org}/members/{member}`, inScope: 204, outOfScope: 404 },
    'GET /api/users/:id': { method: 'GET', url: `/api/users/{user}`, inScope: 200, outOfScope: 404 },
  };

  it('lists every record route of the platform and modules', () => {
    const recordRoutes = routes.filter((r) => /\/:id/.test(r.url) && typeof r.access === 'object' && !r.access.roles.every((x) => x === 'platform_admin'));
    const readableByAll = (r: (typeof routes)[number]) => typeof r.access === 'object' && r.access.roles.length === roles.length;
    // Casework's records are scoped by participation in a case, not by organisation or district: its own matrix
    // (modules/casework/server/caseworkAccess.matrix.test.ts) covers every one of its routes for every actor.
    // Governance's scope depends on the record (a network's district, a table's coordinating organisation or
    // district): modules/governance/server/governance.http.test.ts checks each write in and out of scope.
    const ownMatrix = (r: (typeof routes)[number]) => r.url.startsWith('/api/casework/') || r.url.startsWith('/api/governance/');
    const uncovered = recordRoutes.filter((r) => !readableByAll(r) && !ownMatrix(r) && !(routeKey(r) in cases)).map(routeKey);
    expect(uncovered).toEqual([]);
  });

  for (const role of roles.filter((r) => r !== 'platform_admin')) {
    it(`role ${role}: allowed in its own scope, 404 in another`, async () => {
      const scopeKind = naturalScope(role);
      const inside = await t.userWith(role, scopeKind, scopeKind === 'district' ? districtId : organizationId);
      const outside = await t.userWith(role, scopeKind, scopeKind === 'district' ? otherDistrictId : otherOrganizationId);
      for (const [key, c] of Object.entries(cases)) {
        const route = routes.find((r) => routeKey(r) === key)!;
        if (typeof route.access !== 'object' || !route.access.roles.includes(role)) continue;
        // Users are visible in the scopes where they hold a role: for a district role, a user with a district grant.
        const target = key === 'GET /api/users/:id' && scopeKind === 'district' ? (await t.request({ method: 'GET', url: `/api/territory/districts/${districtId}/roles`, as: adminCookie })).json()[0].userId : userId;
        for (const [who, expected] of [
          [outside, c.outOfScope],
          [inside, c.inScope],
        ] as const) {
          const url = c.url
            .replace('{district}', districtId)
            .replace('{org}', organizationId)
            .replace('{user}', target)
            .replace('{member}', await newMemberId())
            .replace('{grant}', await newDistrictGrant())
            .replace('{service}', await newServiceId())
            .replace('{desk}', await newHelpDeskId());
          const res = await t.request({ method: c.method, url, as: who.cookie, payload: (c.body ? await c.body() : undefined) as Record<string, unknown> | undefined });
          expect(res.statusCode, `${role} ${who === inside ? 'in' : 'out of'} scope: ${key} → ${res.body}`).toBe(expected);
        }
      }
    });
  }
});
