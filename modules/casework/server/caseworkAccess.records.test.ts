/**
 * The casework access matrix, record by record: the routes on one record that
 * caseworkAccess.matrix.test.ts checks only by role, called by each actor with a valid body, so
 * the record rule decides. Invisible → 404, visible but not the caller's to act on → 403,
 * allowed → 2xx. Every call gets a record of its own (made by someone entitled to), so a success
 * changes nothing another call sees.
 *
 * The actors are the matrix's (caseworkAccess.scenario.ts), each on a fresh copy of their case:
 * an ordinary case led by the lead service with the partner service joined on identity and needs,
 * or, for `named` and `colleague`, a restricted case led by the same service with lead.operator2
 * named on it. Erasure and the district's resources need heads of organisations and people of
 * another district, added here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeKey } from '../../../platform/http/route';
import type { TestApp } from '../../../platform/testing/testApp';
import { organizationsTesting } from '../../organizations/module';
import { caseworkModule } from '../module';
import { callAs, matrixActors, NOT_STAFF, onRestrictedCase, statusMismatch, type ActorName, type Expect, type Status } from './caseworkAccess.scenario';
import { lockouts } from './schema';
import { addTestParticipant, createTestCase, createTestConsent, createTestNetwork, createTestPerson, startCaseworkApp, type TestNetwork, type TestService, type TestUser } from './testing';

/** Heads of the three services, and a coordinator and a head of organisation of another district. */
type ExtraName = 'leadAdmin' | 'partnerAdmin' | 'otherAdmin' | 'farCoordinator' | 'farAdmin';
type Who = ActorName | ExtraName;
type Want = Expect & Partial<Record<ExtraName, Status>>;

let t: TestApp;
let n: TestNetwork;
let people: Record<Who, TestUser>;
let mediatorId: string;
let housingUnitId: string;

beforeAll(async () => {
  t = await startCaseworkApp();
  n = await createTestNetwork(t);
  const farOrg = await organizationsTesting.createTestOrganization(t.db, { name: 'Cooperativa lontana', districtId: n.otherDistrictId });
  await organizationsTesting.createTestService(t.db, farOrg.id, 'Servizio lontano');
  people = {
    ...matrixActors(n),
    leadAdmin: n.lead.admin,
    partnerAdmin: n.partner.admin,
    otherAdmin: n.other.admin,
    farCoordinator: await t.userWith('district_coordinator', 'district', n.otherDistrictId),
    farAdmin: await t.userWith('org_admin', 'organization', farOrg.id),
  };
  const resource = { districtId: n.districtId, organizationId: n.lead.organizationId };
  mediatorId = (await setup('POST', '/api/casework/mediators', n.platformAdmin, { ...resource, displayName: 'Samira Haddad', languages: ['ar'] })).id as string;
  housingUnitId = (await setup('POST', '/api/casework/housing-units', n.platformAdmin, { ...resource, name: 'Alloggio via Roma', capacity: 3 })).id as string;
});
afterAll(() => t?.close());

/** A call made to build a record: it must succeed. */
async function setup(method: string, url: string, as: TestUser, payload?: unknown): Promise<Record<string, unknown>> {
  const res = await callAs(t, method, url, as, payload);
  expect(res.statusCode, `setup ${method} ${url}: ${res.body}`).toBeLessThan(300);
  return res.json() as Record<string, unknown>;
}

// ---- Fresh records, copies of the actor's case ---------------------------------------------------

const restricted = (who: Who) => onRestrictedCase(who);
/** The worker who may do everything on the actor's case: its owner. */
const ownerOf = (who: Who) => (restricted(who) ? n.lead.operator2 : n.lead.operator);
/** The service the actor works for. */
function serviceOf(who: Who): TestService {
  if (who === 'participant' || who === 'partnerAdmin') return n.partner;
  if (who === 'other' || who === 'otherAdmin') return n.other;
  return n.lead;
}

/** A person registered by the lead service, with a case like the actor's. */
async function freshCase(who: Who): Promise<{ personId: string; caseId: string }> {
  const person = await createTestPerson(t.db, { districtId: n.districtId, registeredByOrganizationId: n.lead.organizationId, registeredByServiceId: n.lead.serviceId, birthYear: 1987 });
  const c = await createTestCase(t.db, { districtId: n.districtId, personId: person.id, lead: n.lead, ownerId: ownerOf(who).userId, protection: restricted(who) ? 'restricted' : 'ordinary' });
  if (!restricted(who)) await addTestParticipant(t.db, c.id, { organizationId: n.partner.organizationId, serviceId: n.partner.serviceId, sections: ['identity', 'needs'] });
  return { personId: person.id, caseId: c.id };
}

const today = new Date().toISOString().slice(0, 10);
const PDF = { fileName: 'relazione.pdf', contentType: 'application/pdf', contentBase64: Buffer.from('%PDF-1.4\n% relazione\n').toString('base64') };
const referralTo = (serviceId: string, attachments: unknown[] = []) => ({
  toServiceId: serviceId,
  reason: 'Supporto nella ricerca di un alloggio',
  basis: 'public_task',
  legalBasisNote: 'Presa in carico congiunta prevista dal piano di zona',
  sections: ['identity', 'needs'],
  attachments,
});
const consentTerms = { purpose: 'Presa in carico congiunta con i servizi del territorio', sections: ['identity', 'needs'], givenOn: today };

/** A pending referral of a fresh case to the `other` service, sent by the case's owner. */
async function freshReferral(who: Who, attachments: unknown[] = []): Promise<Record<string, unknown>> {
  const { caseId } = await freshCase(who);
  return setup('POST', `/api/casework/cases/${caseId}/referrals`, ownerOf(who), referralTo(n.other.serviceId, attachments));
}

/** A household registered by the lead service around a fresh person with a case like the actor's. */
async function freshHousehold(who: Who): Promise<{ householdId: string; personId: string }> {
  const { personId } = await freshCase(who);
  const h = await setup('POST', '/api/casework/households', ownerOf(who), { name: 'Nucleo familiare', registeredByServiceId: n.lead.serviceId, members: [{ personId, relationship: 'head' }] });
  return { householdId: h.id as string, personId };
}

/** A requested mediation on a fresh case, each in a slot of its own so the one mediator is never busy. */
let slot = 0;
async function freshMediation(who: Who, assigned = false): Promise<string> {
  const { caseId } = await freshCase(who);
  const scheduledAt = new Date(Date.UTC(2027, 0, 4, 8) + slot++ * 3 * 3_600_000).toISOString();
  const intervention = await setup('POST', `/api/casework/cases/${caseId}/interventions`, ownerOf(who), {
    kind: 'mediation',
    serviceId: n.lead.serviceId,
    language: 'ar',
    scheduledAt,
    place: 'Sede dei servizi sociali',
    durationMinutes: 60,
  });
  const id = (intervention.mediations as { id: string }[])[0]!.id;
  if (assigned) await setup('POST', `/api/casework/mediations/${id}/assign`, ownerOf(who), { mediatorId });
  return id;
}

// ---- Expected statuses ----------------------------------------------------------------------------

/** Acting on the case: the lead service's workers who see it in full. */
const CASE_WRITE: Want = { lead: 'ok', participant: 403, other: 404, named: 'ok', colleague: 403, ...NOT_STAFF };
/** Writing on a person (consent, merge): anyone with casework write who sees them. */
const PERSON_WRITE: Want = { lead: 'ok', participant: 'ok', other: 404, named: 'ok', colleague: 'ok', ...NOT_STAFF };
/** Lockouts: the registering organisation or a lead service; a participant sees the person but may not. */
const LOCKOUTS: Want = { lead: 'ok', participant: 403, other: 404, named: 'ok', colleague: 'ok', ...NOT_STAFF };
/** Editing a household: its registering organisation (here the lead's). */
const HOUSEHOLD_WRITE: Want = { lead: 'ok', participant: 403, other: 404, named: 'ok', colleague: 'ok', ...NOT_STAFF };
/** Deciding on a referral: the receiving organisation only; the sender sees it, anyone else does not. */
const RECEIVER: Want = { lead: 403, participant: 404, other: 'ok', named: 403, colleague: 403, ...NOT_STAFF };
/** The district's resources: managed by the platform, the district's coordinator and the owning organisation's head. */
const RESOURCE_MANAGE: Want = {
  lead: 403,
  participant: 403,
  other: 403,
  named: 403,
  colleague: 403,
  coordinator: 'ok',
  analyst: 403,
  admin: 'ok',
  leadAdmin: 'ok',
  partnerAdmin: 403,
  otherAdmin: 403,
  farCoordinator: 404,
  farAdmin: 404,
};

type Prepared = { params?: Record<string, string>; body?: unknown };
type RecordCase = { route: string; label?: string; expect: Want; prepare: (who: Who) => Promise<Prepared> };

/** A fresh case (or its person) like the actor's; the body is built when called, once the network exists. */
const onCase = (body?: () => unknown) => async (who: Who) => ({ params: { id: (await freshCase(who)).caseId }, body: body?.() });
const onPerson = (body?: () => unknown) => async (who: Who) => ({ params: { id: (await freshCase(who)).personId }, body: body?.() });

const recordCases: RecordCase[] = [
  // Persons and households
  {
    route: 'POST /api/casework/persons/:id/merge',
    // Survivor: the actor's person; duplicate: one registered by the actor's own organisation, so the survivor decides.
    expect: PERSON_WRITE,
    prepare: async (who) => {
      const { personId } = await freshCase(who);
      const svc = serviceOf(who);
      const duplicate = await createTestPerson(t.db, { districtId: n.districtId, registeredByOrganizationId: svc.organizationId, registeredByServiceId: svc.serviceId });
      return { params: { id: personId }, body: { duplicateId: duplicate.id, reason: 'Stessa persona registrata due volte' } };
    },
  },
  {
    route: 'POST /api/casework/households',
    // The record is the member: one the caller does not see is refused like an unknown id (a 400 on the field, see below).
    expect: { lead: 'ok', participant: 'ok', other: 400, named: 'ok', colleague: 'ok', ...NOT_STAFF },
    prepare: async (who) => {
      const { personId } = await freshCase(who);
      return { body: { name: 'Nucleo familiare', registeredByServiceId: serviceOf(who).serviceId, members: [{ personId, relationship: 'head' }] } };
    },
  },
  {
    route: 'GET /api/casework/households/:id',
    expect: { lead: 'ok', participant: 'ok', other: 404, named: 'ok', colleague: 'ok', ...NOT_STAFF },
    prepare: async (who) => ({ params: { id: (await freshHousehold(who)).householdId } }),
  },
  {
    route: 'PATCH /api/casework/households/:id',
    expect: HOUSEHOLD_WRITE,
    prepare: async (who) => ({ params: { id: (await freshHousehold(who)).householdId }, body: { singleParent: true } }),
  },
  {
    route: 'PUT /api/casework/households/:id/members',
    expect: HOUSEHOLD_WRITE,
    prepare: async (who) => {
      const { householdId, personId } = await freshHousehold(who);
      return { params: { id: householdId }, body: { members: [{ personId, relationship: 'partner' }] } };
    },
  },
  {
    route: 'POST /api/casework/persons/contact-requests',
    // The record is the hidden match, reached only through a token bound to the user who ran the
    // check (here `other`, who does not see the person): anyone else's use of it is an invalid token.
    expect: { lead: 400, participant: 400, other: 'ok', named: 400, colleague: 400, ...NOT_STAFF },
    prepare: async (who) => {
      const person = await createTestPerson(t.db, { districtId: n.districtId, registeredByOrganizationId: n.lead.organizationId, registeredByServiceId: n.lead.serviceId, birthYear: 1979 });
      const check = await setup('POST', '/api/casework/persons/duplicates', n.other.operator, {
        givenName: person.givenName,
        familyName: person.familyName,
        birthDate: '1979',
        registeredByServiceId: n.other.serviceId,
      });
      const hidden = (check.matches as { kind: string; matchToken?: string }[]).filter((m) => m.kind === 'hidden');
      expect(hidden.length, `${who}: the duplicate check finds the hidden person`).toBeGreaterThan(0);
      return { body: { matchToken: hidden[0]!.matchToken, message: 'Potremmo seguire la stessa persona: contattateci.' } };
    },
  },
  // Cases
  { route: 'POST /api/casework/cases/:id/close', expect: CASE_WRITE, prepare: onCase(() => ({ outcome: 'autonomy_reached', note: 'Obiettivi raggiunti' })) },
  {
    route: 'POST /api/casework/cases/:id/reopen',
    expect: CASE_WRITE,
    prepare: async (who) => {
      const { caseId } = await freshCase(who);
      await setup('POST', `/api/casework/cases/${caseId}/close`, ownerOf(who), { outcome: 'moved_away' });
      return { params: { id: caseId }, body: { reason: 'La persona è tornata nel territorio' } };
    },
  },
  { route: 'PUT /api/casework/cases/:id/workers', expect: CASE_WRITE, prepare: onCase(() => ({ userIds: [] })) },
  { route: 'POST /api/casework/cases/:id/referrals', expect: CASE_WRITE, prepare: onCase(() => referralTo(n.other.serviceId)) },
  // Referrals: a pending referral of the actor's case to the `other` service.
  { route: 'GET /api/casework/referrals/:id', expect: { lead: 'ok', participant: 404, other: 'ok', named: 'ok', colleague: 'ok', ...NOT_STAFF }, prepare: async (who) => ({ params: { id: (await freshReferral(who)).id as string } }) },
  { route: 'POST /api/casework/referrals/:id/accept', expect: RECEIVER, prepare: async (who) => ({ params: { id: (await freshReferral(who)).id as string }, body: { note: 'Presa in carico' } }) },
  { route: 'POST /api/casework/referrals/:id/decline', expect: RECEIVER, prepare: async (who) => ({ params: { id: (await freshReferral(who)).id as string }, body: { reason: 'Nessuna disponibilità al momento' } }) },
  {
    route: 'POST /api/casework/referrals/:id/revoke',
    // The sender takes it back, as it sent it: the lead service's workers who may refer (full view).
    // The colleague sees the restricted case only as a placeholder and may not refer it, so may not revoke either.
    expect: { lead: 'ok', participant: 404, other: 403, named: 'ok', colleague: 403, ...NOT_STAFF },
    prepare: async (who) => ({ params: { id: (await freshReferral(who)).id as string }, body: { reason: 'Inviato per errore' } }),
  },
  {
    route: 'GET /api/casework/documents/:id',
    label: 'referral attachment',
    // A referral's attachment: for the lead service seeing the case in full, and for the service it was sent to.
    // A participant joined through another referral does not read it: it may hold parts it was not given.
    expect: { lead: 'ok', participant: 404, other: 'ok', named: 'ok', colleague: 404, ...NOT_STAFF },
    prepare: async (who) => ({ params: { id: ((await freshReferral(who, [PDF])).attachments as { id: string }[])[0]!.id } }),
  },
  {
    route: 'GET /api/casework/documents/:id',
    label: 'signed consent form',
    // Documents of a person: for whoever sees the person.
    expect: { lead: 'ok', participant: 'ok', other: 404, named: 'ok', colleague: 'ok', ...NOT_STAFF },
    prepare: async (who) => {
      const { personId } = await freshCase(who);
      const consent = await setup('POST', `/api/casework/persons/${personId}/consents`, ownerOf(who), { ...consentTerms, document: { ...PDF, fileName: 'consenso.pdf' } });
      return { params: { id: (consent.document as { id: string }).id } };
    },
  },
  // Consent
  { route: 'POST /api/casework/persons/:id/consents', expect: PERSON_WRITE, prepare: onPerson(() => consentTerms) },
  {
    route: 'POST /api/casework/consents/:id/withdraw',
    expect: PERSON_WRITE,
    prepare: async (who) => {
      const { personId } = await freshCase(who);
      const consent = await createTestConsent(t.db, { personId, recordedBy: ownerOf(who).userId });
      return { params: { id: consent.id }, body: { note: 'Revocato durante il colloquio' } };
    },
  },
  {
    route: 'POST /api/casework/persons/:id/consents/:consentId/replace',
    expect: PERSON_WRITE,
    prepare: async (who) => {
      const { personId } = await freshCase(who);
      const consent = await createTestConsent(t.db, { personId, recordedBy: ownerOf(who).userId });
      return { params: { id: personId, consentId: consent.id }, body: consentTerms };
    },
  },
  // Lockouts (of a worker of the `other` service, who is no actor here)
  { route: 'GET /api/casework/persons/:id/lockouts', expect: LOCKOUTS, prepare: onPerson() },
  { route: 'POST /api/casework/persons/:id/lockouts', expect: LOCKOUTS, prepare: async (who) => ({ params: { id: (await freshCase(who)).personId }, body: { userId: n.other.operator2.userId, reason: 'Conoscente della persona' } }) },
  {
    route: 'POST /api/casework/lockouts/:id/lift',
    expect: LOCKOUTS,
    prepare: async (who) => {
      const { personId } = await freshCase(who);
      const [row] = await t.db.insert(lockouts).values({ personId, userId: n.other.operator2.userId, reason: 'Conoscente della persona', recordedBy: ownerOf(who).userId }).returning();
      return { params: { id: row!.id }, body: {} };
    },
  },
  // Care plan
  { route: 'POST /api/casework/cases/:id/assessments', expect: CASE_WRITE, prepare: onCase(() => ({ kind: 'preliminary' })) },
  {
    route: 'POST /api/casework/assessments/:id/complete',
    expect: CASE_WRITE,
    prepare: async (who) => {
      const { caseId } = await freshCase(who);
      const a = await setup('POST', `/api/casework/cases/${caseId}/assessments`, ownerOf(who), { kind: 'preliminary' });
      return { params: { id: a.id as string }, body: { completedOn: today, summary: 'Bisogni definiti, nessuna complessità', complexNeeds: false, participants: ['Assistente sociale'] } };
    },
  },
  { route: 'POST /api/casework/cases/:id/goals', expect: CASE_WRITE, prepare: onCase(() => ({ title: 'Trovare un alloggio stabile', needArea: 'housing' })) },
  {
    route: 'PATCH /api/casework/goals/:id',
    expect: CASE_WRITE,
    prepare: async (who) => {
      const { caseId } = await freshCase(who);
      const goal = await setup('POST', `/api/casework/cases/${caseId}/goals`, ownerOf(who), { title: 'Trovare un alloggio stabile' });
      return { params: { id: goal.id as string }, body: { status: 'achieved' } };
    },
  },
  { route: 'POST /api/casework/cases/:id/interventions', expect: CASE_WRITE, prepare: onCase(() => ({ kind: 'orientation', serviceId: n.lead.serviceId, targetService: "Centro per l'impiego" })) },
  {
    route: 'PATCH /api/casework/interventions/:id',
    expect: CASE_WRITE,
    prepare: async (who) => {
      const { caseId } = await freshCase(who);
      const i = await setup('POST', `/api/casework/cases/${caseId}/interventions`, ownerOf(who), { kind: 'orientation', serviceId: n.lead.serviceId });
      return { params: { id: i.id as string }, body: { description: 'Primo colloquio svolto' } };
    },
  },
  { route: 'POST /api/casework/mediations/:id/assign', expect: CASE_WRITE, prepare: async (who) => ({ params: { id: await freshMediation(who) }, body: { mediatorId } }) },
  { route: 'POST /api/casework/mediations/:id/done', expect: CASE_WRITE, prepare: async (who) => ({ params: { id: await freshMediation(who, true) }, body: { hours: 1.5 } }) },
  { route: 'POST /api/casework/mediations/:id/cancel', expect: CASE_WRITE, prepare: async (who) => ({ params: { id: await freshMediation(who) } }) },
  // Rights of the person: the head of the registering organisation only (every operator fails the role check).
  {
    route: 'POST /api/casework/persons/:id/erase',
    expect: { lead: 403, participant: 403, other: 403, named: 403, colleague: 403, ...NOT_STAFF, leadAdmin: 'ok', partnerAdmin: 403, otherAdmin: 404 },
    prepare: onPerson(() => ({ mode: 'pseudonymise', reason: 'Richiesta di cancellazione della persona' })),
  },
  // The district's resources (shared records: the same one for everyone, the change is idempotent)
  { route: 'PATCH /api/casework/mediators/:id', expect: RESOURCE_MANAGE, prepare: () => Promise.resolve({ params: { id: mediatorId }, body: { phone: '0471 555 0101' } }) },
  { route: 'PATCH /api/casework/housing-units/:id', expect: RESOURCE_MANAGE, prepare: () => Promise.resolve({ params: { id: housingUnitId }, body: { capacity: 4 } }) },
];

describe('casework access matrix, record by record', () => {
  for (const c of recordCases) {
    it(`${c.route}${c.label ? ` (${c.label})` : ''}: each actor gets the status the rules give`, async () => {
      expect(caseworkModule.routes.some((r) => routeKey(r) === c.route), `${c.route} is a route`).toBe(true);
      const [method, path] = c.route.split(' ') as [string, string];
      const mismatches: string[] = [];
      for (const [who, want] of Object.entries(c.expect) as [Who, Status][]) {
        const { params = {}, body } = await c.prepare(who);
        const url = path.replace(/:(\w+)/g, (_, name: string) => params[name] ?? '');
        const res = await callAs(t, method, url, people[who], body);
        const problem = statusMismatch(who, res, want);
        if (problem) mismatches.push(problem);
      }
      expect(mismatches).toEqual([]);
    });
  }

  it('a household member the caller does not see is refused exactly like an unknown one', async () => {
    const { personId } = await freshCase('lead');
    const register = (id: string) =>
      callAs(t, 'POST', '/api/casework/households', n.other.operator, { name: 'Nucleo', registeredByServiceId: n.other.serviceId, members: [{ personId: id, relationship: 'head' }] });
    const hidden = await register(personId);
    const unknown = await register('00000000-0000-4000-8000-000000000000');
    expect(hidden.statusCode).toBe(400);
    expect(hidden.body).toBe(unknown.body);
  });
});
