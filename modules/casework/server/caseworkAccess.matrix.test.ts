/**
 * The casework access matrix: every casework route has a declared rule (a route missing here fails),
 * and the routes that act on one case or person are called by the eight actors the issue names,
 * each expecting the status the rules in README.md give. Lists and search return the entitled subset.
 *
 * The network: an ordinary case C led by the lead service, the partner service joined with the
 * identity and needs sections; a restricted case R led by the same service, on which lead.operator2
 * is named and lead.operator is not. The other routes on one record (merge, households, closure,
 * referrals, documents, consent, lockouts, plan writes, erasure, resources) are in
 * caseworkAccess.records.test.ts, with a fresh record per call.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../platform/access/roles';
import { routeKey } from '../../../platform/http/route';
import type { TestApp } from '../../../platform/testing/testApp';
import { caseworkModule } from '../module';
import { actorNames, callAs, matrixActors, NOT_STAFF, onRestrictedCase, statusMismatch, type ActorName, type Expect } from './caseworkAccess.scenario';
import { addTestParticipant, createTestCase, createTestNetwork, createTestPerson, startCaseworkApp, type TestNetwork, type TestUser } from './testing';

const STAFF: Role[] = ['operator', 'org_admin'];
const ANALYSTS: Role[] = ['platform_admin', 'district_coordinator', 'analyst'];

/** Who passes each route's role check. A casework route missing from this table fails the suite. */
const roleRule: Record<string, Role[]> = {
  'POST /api/casework/persons/duplicates': STAFF,
  'POST /api/casework/persons/contact-requests': STAFF,
  'GET /api/casework/persons': STAFF,
  'POST /api/casework/persons': STAFF,
  'GET /api/casework/persons/:id': STAFF,
  'PATCH /api/casework/persons/:id': STAFF,
  'POST /api/casework/persons/:id/merge': STAFF,
  'GET /api/casework/persons/:id/history': STAFF,
  'POST /api/casework/households': STAFF,
  'GET /api/casework/households/:id': STAFF,
  'PATCH /api/casework/households/:id': STAFF,
  'PUT /api/casework/households/:id/members': STAFF,
  'GET /api/casework/cases': STAFF,
  'POST /api/casework/cases': STAFF,
  'GET /api/casework/cases/:id': STAFF,
  'PATCH /api/casework/cases/:id': STAFF,
  'POST /api/casework/cases/:id/status': STAFF,
  'POST /api/casework/cases/:id/close': STAFF,
  'POST /api/casework/cases/:id/reopen': STAFF,
  'GET /api/casework/cases/:id/events': STAFF,
  'PUT /api/casework/cases/:id/workers': STAFF,
  'POST /api/casework/cases/:id/emergency-access': STAFF,
  'GET /api/casework/cases/:id/notes': STAFF,
  'POST /api/casework/cases/:id/notes': STAFF,
  'GET /api/casework/reminders': STAFF,
  'POST /api/casework/cases/:id/referrals': STAFF,
  'GET /api/casework/referrals': STAFF,
  'GET /api/casework/referrals/:id': STAFF,
  'POST /api/casework/referrals/:id/accept': STAFF,
  'POST /api/casework/referrals/:id/decline': STAFF,
  'POST /api/casework/referrals/:id/revoke': STAFF,
  'GET /api/casework/documents/:id': STAFF,
  'GET /api/casework/persons/:id/consents': STAFF,
  'POST /api/casework/persons/:id/consents': STAFF,
  'POST /api/casework/consents/:id/withdraw': STAFF,
  'POST /api/casework/persons/:id/consents/:consentId/replace': STAFF,
  'GET /api/casework/persons/:id/lockouts': STAFF,
  'POST /api/casework/persons/:id/lockouts': STAFF,
  'POST /api/casework/lockouts/:id/lift': STAFF,
  'GET /api/casework/cases/:id/plan': STAFF,
  'POST /api/casework/cases/:id/assessments': STAFF,
  'POST /api/casework/assessments/:id/complete': STAFF,
  'POST /api/casework/cases/:id/goals': STAFF,
  'PATCH /api/casework/goals/:id': STAFF,
  'POST /api/casework/cases/:id/interventions': STAFF,
  'PATCH /api/casework/interventions/:id': STAFF,
  'POST /api/casework/mediations/:id/assign': STAFF,
  'POST /api/casework/mediations/:id/done': STAFF,
  'POST /api/casework/mediations/:id/cancel': STAFF,
  'GET /api/casework/mediations': STAFF,
  'GET /api/casework/mediators/available': ['platform_admin', 'district_coordinator', 'org_admin', 'operator'],
  'GET /api/casework/mediators': ['platform_admin', 'district_coordinator', 'org_admin', 'operator'],
  'POST /api/casework/mediators': ['platform_admin', 'district_coordinator', 'org_admin'],
  'PATCH /api/casework/mediators/:id': ['platform_admin', 'district_coordinator', 'org_admin'],
  'GET /api/casework/housing-units': ['platform_admin', 'district_coordinator', 'org_admin', 'operator'],
  'POST /api/casework/housing-units': ['platform_admin', 'district_coordinator', 'org_admin'],
  'PATCH /api/casework/housing-units/:id': ['platform_admin', 'district_coordinator', 'org_admin'],
  'GET /api/casework/persons/:id/export.json': STAFF,
  'GET /api/casework/persons/:id/export.pdf': STAFF,
  'POST /api/casework/persons/:id/erase': ['org_admin'],
  'POST /api/casework/retention/run': ['platform_admin'],
  'GET /api/casework/facts': ANALYSTS,
};

let t: TestApp;
let n: TestNetwork;
let actors: Record<ActorName, TestUser>;
/** The case and person each actor is pointed at: the restricted ones for the named worker and the colleague. */
let caseOf: (a: ActorName) => string;
let personOf: (a: ActorName) => string;
let ids: { C: string; R: string; P: string; Q: string };

beforeAll(async () => {
  t = await startCaseworkApp();
  n = await createTestNetwork(t);
  const P = await createTestPerson(t.db, { districtId: n.districtId, registeredByOrganizationId: n.lead.organizationId, registeredByServiceId: n.lead.serviceId, givenName: 'Amina', familyName: 'Benali', birthYear: 1990 });
  const Q = await createTestPerson(t.db, { districtId: n.districtId, registeredByOrganizationId: n.lead.organizationId, registeredByServiceId: n.lead.serviceId, givenName: 'Oksana', familyName: 'Shevchenko', birthYear: 1988 });
  const C = await createTestCase(t.db, { districtId: n.districtId, personId: P.id, lead: n.lead, ownerId: n.lead.operator.userId });
  await addTestParticipant(t.db, C.id, { organizationId: n.partner.organizationId, serviceId: n.partner.serviceId, sections: ['identity', 'needs'] });
  const R = await createTestCase(t.db, { districtId: n.districtId, personId: Q.id, lead: n.lead, ownerId: n.lead.operator2.userId, protection: 'restricted' });
  ids = { C: C.id, R: R.id, P: P.id, Q: Q.id };
  actors = matrixActors(n);
  caseOf = (a) => (onRestrictedCase(a) ? R.id : C.id);
  personOf = (a) => (onRestrictedCase(a) ? Q.id : P.id);
});
afterAll(() => t?.close());

const routes = caseworkModule.routes;

/** Routes on one case or person, with a valid body, so the record rule decides. */
const recordCases: Record<string, { kind: 'case' | 'person'; body?: unknown; expect: Expect }> = {
  // read
  'GET /api/casework/cases/:id': { kind: 'case', expect: { lead: 'ok', participant: 'ok', other: 404, named: 'ok', colleague: 'ok', ...NOT_STAFF } },
  'GET /api/casework/persons/:id': { kind: 'person', expect: { lead: 'ok', participant: 'ok', other: 404, named: 'ok', colleague: 'ok', ...NOT_STAFF } },
  'GET /api/casework/cases/:id/events': { kind: 'case', expect: { lead: 'ok', participant: 'ok', other: 404, named: 'ok', colleague: 'ok', ...NOT_STAFF } },
  'GET /api/casework/cases/:id/plan': { kind: 'case', expect: { lead: 'ok', participant: 403, other: 404, named: 'ok', colleague: 'ok', ...NOT_STAFF } },
  'GET /api/casework/persons/:id/history': { kind: 'person', expect: { lead: 'ok', participant: 'ok', other: 404, named: 'ok', colleague: 'ok', ...NOT_STAFF } },
  'GET /api/casework/persons/:id/consents': { kind: 'person', expect: { lead: 'ok', participant: 'ok', other: 404, named: 'ok', colleague: 'ok', ...NOT_STAFF } },
  'GET /api/casework/cases/:id/notes': { kind: 'case', expect: { lead: 'ok', participant: 403, other: 404, named: 'ok', colleague: 403, ...NOT_STAFF } },
  // write
  'PATCH /api/casework/cases/:id': { kind: 'case', body: { summary: 'Aggiornamento della situazione' }, expect: { lead: 'ok', participant: 403, other: 404, named: 'ok', colleague: 403, ...NOT_STAFF } },
  'POST /api/casework/cases/:id/status': { kind: 'case', body: { status: 'assessment' }, expect: { lead: 'ok', participant: 403, other: 404, named: 'ok', colleague: 403, ...NOT_STAFF } },
  'POST /api/casework/cases/:id/notes': { kind: 'case', body: { section: 'notes', body: 'Colloquio svolto.' }, expect: { lead: 'ok', participant: 403, other: 404, named: 'ok', colleague: 403, ...NOT_STAFF } },
  // export
  'GET /api/casework/persons/:id/export.json': { kind: 'person', expect: { lead: 'ok', participant: 'ok', other: 404, named: 'ok', colleague: 'ok', ...NOT_STAFF } },
  'GET /api/casework/persons/:id/export.pdf': { kind: 'person', expect: { lead: 'ok', participant: 'ok', other: 404, named: 'ok', colleague: 'ok', ...NOT_STAFF } },
  // Last: it gives the colleague full access to R.
  'POST /api/casework/cases/:id/emergency-access': {
    kind: 'case',
    body: { reason: 'Rischio immediato segnalato dal pronto soccorso' },
    // Only someone who sees the case as a placeholder has a reason to break the glass.
    expect: { lead: 403, participant: 403, other: 404, named: 403, colleague: 'ok', ...NOT_STAFF },
  },
};

const call = (method: string, url: string, who: TestUser, payload?: unknown) => callAs(t, method, url, who, payload);

describe('casework access matrix', () => {
  it('every casework route has a rule in this table, and the table matches the routes', () => {
    const keys = routes.map(routeKey);
    expect(keys.filter((k) => !(k in roleRule))).toEqual([]);
    expect(Object.keys(roleRule).filter((k) => !keys.includes(k))).toEqual([]);
    for (const r of routes) {
      expect(typeof r.access, routeKey(r)).toBe('object');
      if (typeof r.access === 'object') expect([...r.access.roles].sort(), routeKey(r)).toEqual([...roleRule[routeKey(r)]!].sort());
    }
  });

  it('actors without the role answer 403 on every route, before anything is looked up', async () => {
    for (const r of routes) {
      for (const name of actorNames) {
        const held: Role = name === 'coordinator' ? 'district_coordinator' : name === 'analyst' ? 'analyst' : name === 'admin' ? 'platform_admin' : 'operator';
        if (roleRule[routeKey(r)]!.includes(held)) continue;
        const url = r.url.replace(/:(\w+)/g, () => ids.C);
        const res = await call(r.method, url, actors[name], ['POST', 'PUT', 'PATCH'].includes(r.method) ? {} : undefined);
        expect(res.statusCode, `${name} ${routeKey(r)}`).toBe(403);
      }
    }
  });

  it('the colleague not named on the restricted case gets a placeholder without identity', async () => {
    const res = await call('GET', `/api/casework/cases/${ids.R}`, actors.colleague);
    expect(res.json().access.level).toBe('placeholder');
    expect(res.body).not.toContain('Oksana');
    const named = await call('GET', `/api/casework/cases/${ids.R}`, actors.named);
    expect(named.json().access.level).toBe('full');
    expect(named.body).toContain('Oksana');
  });

  for (const [key, c] of Object.entries(recordCases)) {
    it(`${key}: each actor gets the status the rules give`, async () => {
      expect(routes.some((r) => routeKey(r) === key), `${key} is a route`).toBe(true);
      const [method, path] = key.split(' ') as [string, string];
      for (const name of actorNames) {
        const id = c.kind === 'case' ? caseOf(name) : personOf(name);
        const res = await call(method, path.replace(':id', id), actors[name], c.body);
        expect(statusMismatch(`${name} ${key}`, res, c.expect[name])).toBeNull();
      }
    });
  }

  it('list: each actor receives exactly the cases they take part in', async () => {
    const want: Record<ActorName, string[] | number> = { lead: [ids.C, ids.R], participant: [ids.C], other: [], named: [ids.C, ids.R], colleague: [ids.C, ids.R], ...NOT_STAFF };
    for (const name of actorNames) {
      const res = await call('GET', '/api/casework/cases?scope=service&pageSize=200', actors[name]);
      const expected = want[name];
      if (typeof expected === 'number') expect(res.statusCode, name).toBe(expected);
      else expect((res.json().items as { id: string }[]).map((c) => c.id).sort(), name).toEqual([...expected].sort());
    }
    const mine = await call('GET', '/api/casework/cases?scope=mine&pageSize=200', actors.named);
    expect((mine.json().items as { id: string }[]).map((c) => c.id)).toEqual([ids.R]);
  });

  it('search: each actor finds only the persons they may see', async () => {
    const want: Record<ActorName, string[] | number> = { lead: [ids.P], participant: [ids.P], other: [], named: [ids.P], colleague: [ids.P], ...NOT_STAFF };
    for (const name of actorNames) {
      const res = await call('GET', `/api/casework/persons?q=${encodeURIComponent('Amina Benaly')}`, actors[name]);
      const expected = want[name];
      if (typeof expected === 'number') expect(res.statusCode, name).toBe(expected);
      else expect((res.json().items as { id: string }[]).map((p) => p.id), name).toEqual(expected);
    }
  });

  it('facts: aggregates for coordinators, analysts and administrators, never for operators', async () => {
    for (const name of actorNames) {
      const res = await call('GET', `/api/casework/facts?districtId=${n.districtId}&from=2026-01-01&to=2026-12-31&by=month`, actors[name]);
      if (['coordinator', 'analyst', 'admin'].includes(name)) expect(res.statusCode, `${name}: ${res.body}`).toBe(200);
      else expect(res.statusCode, name).toBe(403);
    }
  });
});
