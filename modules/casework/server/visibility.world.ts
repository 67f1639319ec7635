/**
 * Test support for visibility.property.test.ts (not used by the server): random networks of
 * services, users, persons, cases and restrictions, written straight to the casework tables, and an
 * independent reference model of who sees what, written from the rules in README.md ("Who sees
 * what") without calling access.ts, so that a mistake shared by caseAccess and its SQL twin shows.
 */
import fc from 'fast-check';
import type { Db } from '../../../platform/db/database';
import type { Actor, Grant, Role } from '../../../platform/access/roles';
import { roles } from '../../../platform/access/roles';
import { sections as allSections } from '../contract';
import { caseWorkers, cases, consents, emergencyAccesses, householdMembers, households, lockouts, participants, personKeys, persons } from './schema';
import { blockingKeys } from '../../linkage/module';
import { searchNameOf } from './commands/writePersonKeys';
import { organizationsTesting } from '../../organizations/module';
import { addGrant } from '../../../platform/access/grants';
import type { TestApp } from '../../../platform/testing/testApp';

type Section = (typeof allSections)[number];

/** A fixed day to evaluate the rules on; participations and consents end the day before, on or after it. */
export const TODAY = '2026-06-15';
type DayChoice = 'past' | 'today' | 'future' | null;
function day(d: DayChoice, today: string): string | null {
  if (d === null) return null;
  const shift = { past: -1, today: 0, future: 1 }[d];
  return new Date(Date.parse(`${today}T12:00:00Z`) + shift * 86_400_000).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------- the random network, by index

type GrantSpec = { role: Role; scopeKind: Grant['scopeKind']; org: number };
export type WorldSpec = {
  orgs: { services: number; staff: { role: 'operator' | 'org_admin'; second: { org: number; role: 'operator' | 'org_admin' } | null }[] }[];
  /** Users whose grants give no casework access: district, platform or non-staff organisation roles. */
  outsiders: GrantSpec[][];
  persons: { org: number; service: number; name: number; birthYear: number }[];
  households: { members: number[] }[];
  consents: { person: number; withdrawn: boolean; validUntil: DayChoice }[];
  cases: {
    subject: { person: number } | { household: number };
    lead: { org: number; service: number; ended: boolean; until: DayChoice };
    protection: 'ordinary' | 'restricted';
    participants: { org: number; service: number; sections: Section[]; until: DayChoice; ended: boolean; consent: number | null }[];
    workers: number[];
    emergencies: { user: number; expired: boolean }[];
  }[];
  lockouts: { person: number; target: { user: number } | { org: number; service: number }; lifted: boolean }[];
};

const staffRole = fc.constantFrom('operator' as const, 'org_admin' as const);
const dayChoice = fc.constantFrom<DayChoice>(null, null, 'past', 'today', 'future');
const NON_STAFF_ORG_ROLES = roles.filter((r) => r !== 'operator' && r !== 'org_admin');
const outsiderGrant: fc.Arbitrary<GrantSpec> = fc.oneof(
  fc.record({ role: fc.constantFrom(...roles), scopeKind: fc.constant('district' as const), org: fc.constant(0) }),
  fc.record({ role: fc.constantFrom(...roles), scopeKind: fc.constant('platform' as const), org: fc.constant(0) }),
  fc.record({ role: fc.constantFrom(...NON_STAFF_ORG_ROLES), scopeKind: fc.constant('organization' as const), org: fc.nat() }),
);

/** Names drawn from a small pool so that search and duplicate checks meet people of other services. */
export const NAME_POOL = [
  ['Mohamed', 'Ali'],
  ['Muhammad', 'Aly'],
  ['Ahmed', 'Hassan'],
  ['Olena', 'Kovalenko'],
  ['Elena', 'Kovalenko'],
  ['Fatima', 'Zahra'],
] as const;

export const worldSpec: fc.Arbitrary<WorldSpec> = fc.record({
  orgs: fc.array(
    fc.record({
      services: fc.integer({ min: 1, max: 2 }),
      staff: fc.array(fc.record({ role: staffRole, second: fc.option(fc.record({ org: fc.nat(), role: staffRole }), { freq: 3 }) }), { minLength: 1, maxLength: 3 }),
    }),
    { minLength: 2, maxLength: 5 },
  ),
  outsiders: fc.array(fc.array(outsiderGrant, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 }),
  persons: fc.array(fc.record({ org: fc.nat(), service: fc.nat(), name: fc.nat(NAME_POOL.length - 1), birthYear: fc.constantFrom(1985, 1990) }), { minLength: 1, maxLength: 6 }),
  households: fc.array(fc.record({ members: fc.uniqueArray(fc.nat(), { minLength: 1, maxLength: 3 }) }), { maxLength: 2 }),
  consents: fc.array(fc.record({ person: fc.nat(), withdrawn: fc.boolean(), validUntil: dayChoice }), { maxLength: 4 }),
  cases: fc.array(
    fc.record({
      subject: fc.oneof({ weight: 3, arbitrary: fc.record({ person: fc.nat() }) }, { weight: 1, arbitrary: fc.record({ household: fc.nat() }) }),
      lead: fc.record({ org: fc.nat(), service: fc.nat(), ended: fc.constantFrom(false, false, false, true), until: fc.constantFrom<DayChoice>(null, null, null, 'past') }),
      protection: fc.constantFrom('ordinary' as const, 'restricted' as const),
      participants: fc.array(
        fc.record({
          org: fc.nat(),
          service: fc.nat(),
          sections: fc.subarray([...allSections]),
          until: dayChoice,
          ended: fc.constantFrom(false, false, true),
          consent: fc.option(fc.nat(), { freq: 2 }),
        }),
        { maxLength: 3 },
      ),
      workers: fc.uniqueArray(fc.nat(), { maxLength: 3 }),
      emergencies: fc.array(fc.record({ user: fc.nat(), expired: fc.boolean() }), { maxLength: 2 }),
    }),
    { minLength: 1, maxLength: 8 },
  ),
  lockouts: fc.array(
    fc.record({
      person: fc.nat(),
      target: fc.oneof(fc.record({ user: fc.nat() }), fc.record({ org: fc.nat(), service: fc.nat() })),
      lifted: fc.boolean(),
    }),
    { maxLength: 3 },
  ),
});

// ---------------------------------------------------------------- the same network with ids

export type WorldUser = { userId: string; grants: Grant[] };
export type World = {
  districtId: string;
  today: string;
  orgs: { id: string; services: string[] }[];
  users: WorldUser[];
  persons: { id: string; registeredByOrganizationId: string; registeredByServiceId: string; givenName: string; familyName: string; birthYear: number }[];
  households: { id: string; registeredByOrganizationId: string; memberIds: string[] }[];
  consents: { id: string; personId: string; withdrawn: boolean; validUntil: string | null }[];
  cases: {
    id: string;
    personId: string | null;
    householdId: string | null;
    protection: 'ordinary' | 'restricted';
    leadOrganizationId: string;
    leadServiceId: string;
    participants: { serviceId: string; organizationId: string; role: 'lead' | 'participant'; sections: Section[]; until: string | null; ended: boolean; consentId: string | null }[];
    workerIds: string[];
    emergencies: { userId: string; expired: boolean }[];
  }[];
  lockouts: { personId: string; userId: string | null; serviceId: string | null; organizationId: string | null; lifted: boolean }[];
};

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

/** The users a spec asks for, as grants over the given organisation ids (staff first, then outsiders). */
export function userGrants(spec: WorldSpec, orgIds: readonly string[], districtId: string): Grant[][] {
  const staff = spec.orgs.flatMap((o, i) =>
    o.staff.map((s) => {
      const grants: Grant[] = [{ role: s.role, scopeKind: 'organization', scopeId: orgIds[i]! }];
      if (s.second && pick(orgIds, s.second.org) !== orgIds[i]) grants.push({ role: s.second.role, scopeKind: 'organization', scopeId: pick(orgIds, s.second.org) });
      return grants;
    }),
  );
  const outsiders = spec.outsiders.map((gs) =>
    gs.map((g): Grant => ({ role: g.role, scopeKind: g.scopeKind, scopeId: g.scopeKind === 'platform' ? null : g.scopeKind === 'district' ? districtId : pick(orgIds, g.org) })),
  );
  return [...staff, ...outsiders];
}

/** Gives every record of the spec an id; organisations, services and users are made by the caller. */
export function materialize(spec: WorldSpec, base: { districtId: string; orgs: World['orgs']; users: WorldUser[]; newId: () => string; today?: string }): World {
  const { orgs, users, newId } = base;
  const today = base.today ?? TODAY;
  const service = (o: number, s: number) => {
    const org = pick(orgs, o);
    return { organizationId: org.id, serviceId: pick(org.services, s) };
  };
  const worldPersons = spec.persons.map((p) => {
    const s = service(p.org, p.service);
    const [givenName, familyName] = NAME_POOL[p.name]!;
    return { id: newId(), registeredByOrganizationId: s.organizationId, registeredByServiceId: s.serviceId, givenName, familyName, birthYear: p.birthYear };
  });
  const worldHouseholds = spec.households.map((h) => {
    const memberIds = [...new Set(h.members.map((m) => pick(worldPersons, m).id))];
    return { id: newId(), registeredByOrganizationId: worldPersons.find((p) => p.id === memberIds[0])!.registeredByOrganizationId, memberIds };
  });
  const worldConsents = spec.consents.map((k) => ({ id: newId(), personId: pick(worldPersons, k.person).id, withdrawn: k.withdrawn, validUntil: day(k.validUntil, today) }));
  const worldCases = spec.cases.map((c) => {
    const household = 'household' in c.subject && worldHouseholds.length > 0 ? pick(worldHouseholds, c.subject.household) : null;
    const person = household ? null : pick(worldPersons, 'person' in c.subject ? c.subject.person : c.subject.household);
    const lead = service(c.lead.org, c.lead.service);
    return {
      id: newId(),
      personId: person?.id ?? null,
      householdId: household?.id ?? null,
      protection: c.protection,
      leadOrganizationId: lead.organizationId,
      leadServiceId: lead.serviceId,
      participants: [
        { ...lead, role: 'lead' as const, sections: [...allSections], until: day(c.lead.until, today), ended: c.lead.ended, consentId: null },
        ...c.participants.map((p) => ({
          ...service(p.org, p.service),
          role: 'participant' as const,
          sections: p.sections,
          until: day(p.until, today),
          ended: p.ended,
          consentId: p.consent === null || worldConsents.length === 0 ? null : pick(worldConsents, p.consent).id,
        })),
      ],
      workerIds: [...new Set(c.workers.map((w) => pick(users, w).userId))],
      emergencies: c.emergencies.map((e) => ({ userId: pick(users, e.user).userId, expired: e.expired })),
    };
  });
  const worldLockouts = spec.lockouts.map((l) => {
    const personId = pick(worldPersons, l.person).id;
    if ('user' in l.target) return { personId, userId: pick(users, l.target.user).userId, serviceId: null, organizationId: null, lifted: l.lifted };
    const s = service(l.target.org, l.target.service);
    return { personId, userId: null, serviceId: s.serviceId, organizationId: s.organizationId, lifted: l.lifted };
  });
  return { districtId: base.districtId, today, orgs, users, persons: worldPersons, households: worldHouseholds, consents: worldConsents, cases: worldCases, lockouts: worldLockouts };
}

export const actorOf = (u: WorldUser): Actor => ({ userId: u.userId, email: `${u.userId}@test.crocevia.it`, displayName: 'Utente di prova', grants: u.grants, sessionId: null, mustChangePassword: false });

/** Writes the world to the casework tables in one multi-row insert per table. */
export async function writeWorld(db: Db, w: World): Promise<void> {
  const recorder = w.users[0]!.userId;
  const hour = 3_600_000;
  await db.insert(persons).values(
    w.persons.map((p) => ({
      id: p.id,
      districtId: w.districtId,
      registeredByOrganizationId: p.registeredByOrganizationId,
      registeredByServiceId: p.registeredByServiceId,
      givenName: p.givenName,
      familyName: p.familyName,
      birthYear: p.birthYear,
      searchName: searchNameOf(p),
    })),
  );
  const keys = w.persons.flatMap((p) => blockingKeys({ names: [`${p.givenName} ${p.familyName}`], birthDate: { year: p.birthYear } }).map((key) => ({ personId: p.id, key })));
  if (keys.length) await db.insert(personKeys).values(keys).onConflictDoNothing();
  if (w.households.length) {
    await db.insert(households).values(w.households.map((h) => ({ id: h.id, districtId: w.districtId, registeredByOrganizationId: h.registeredByOrganizationId, name: 'Nucleo di prova' })));
    await db.insert(householdMembers).values(w.households.flatMap((h) => h.memberIds.map((personId, i) => ({ householdId: h.id, personId, relationship: i === 0 ? ('head' as const) : ('child' as const) }))));
  }
  if (w.consents.length) {
    await db.insert(consents).values(
      w.consents.map((k) => ({
        id: k.id,
        personId: k.personId,
        purpose: 'Presa in carico congiunta',
        sections: [...allSections],
        givenOn: '2026-01-10',
        validUntil: k.validUntil,
        recordedBy: recorder,
        withdrawnAt: k.withdrawn ? new Date('2026-03-01T10:00:00Z') : null,
        withdrawnBy: k.withdrawn ? recorder : null,
      })),
    );
  }
  await db.insert(cases).values(
    w.cases.map((c) => ({
      id: c.id,
      districtId: w.districtId,
      reference: `P-${c.id}`,
      personId: c.personId,
      householdId: c.householdId,
      leadServiceId: c.leadServiceId,
      leadOrganizationId: c.leadOrganizationId,
      ownerId: recorder,
      protection: c.protection,
      openedOn: '2026-01-15',
    })),
  );
  await db.insert(participants).values(
    w.cases.flatMap((c) =>
      c.participants.map((p) => ({
        caseId: c.id,
        serviceId: p.serviceId,
        organizationId: p.organizationId,
        role: p.role,
        sections: p.sections,
        until: p.until,
        consentId: p.consentId,
        endedAt: p.ended ? new Date('2026-05-01T10:00:00Z') : null,
      })),
    ),
  );
  const workers = w.cases.flatMap((c) => c.workerIds.map((userId) => ({ caseId: c.id, userId, organizationId: c.leadOrganizationId, addedBy: recorder })));
  if (workers.length) await db.insert(caseWorkers).values(workers);
  const now = Date.now();
  const emergencies = w.cases.flatMap((c) => c.emergencies.map((e) => ({ caseId: c.id, userId: e.userId, reason: 'Urgenza', expiresAt: new Date(now + (e.expired ? -hour : hour)) })));
  if (emergencies.length) await db.insert(emergencyAccesses).values(emergencies);
  if (w.lockouts.length) {
    await db.insert(lockouts).values(
      w.lockouts.map((l) => ({
        personId: l.personId,
        userId: l.userId,
        serviceId: l.serviceId,
        organizationId: l.organizationId,
        reason: 'Richiesta della persona',
        recordedBy: recorder,
        liftedAt: l.lifted ? new Date('2026-04-01T10:00:00Z') : null,
        liftedBy: l.lifted ? recorder : null,
      })),
    );
  }
}

// ---------------------------------------------------------------- the reference model (README "Who sees what")

export type ReferenceAccess = { level: 'full' | 'placeholder'; sections: Section[] } | null;

/** Organisations where the user works on cases: organisation-scoped operator or org_admin grants, nothing else. */
function staffOrganizations(user: WorldUser): string[] {
  return user.grants.filter((g) => g.scopeKind === 'organization' && (g.role === 'operator' || g.role === 'org_admin')).map((g) => g.scopeId!);
}

/** The people a case is about: its person, or every member of its household. */
function peopleOfCase(w: World, c: World['cases'][number]): string[] {
  if (c.personId) return [c.personId];
  return w.households.find((h) => h.id === c.householdId)?.memberIds ?? [];
}

function consentStands(w: World, consentId: string | null): boolean {
  if (consentId === null) return true;
  const k = w.consents.find((x) => x.id === consentId)!;
  if (k.withdrawn) return false;
  return k.validUntil === null || k.validUntil >= w.today;
}

export function referenceCaseAccess(w: World, user: WorldUser, c: World['cases'][number]): ReferenceAccess {
  const myOrgs = staffOrganizations(user);
  const people = peopleOfCase(w, c);
  const activeLockouts = w.lockouts.filter((l) => !l.lifted && people.includes(l.personId));
  // "A lockout (person → worker or service) hides the person's cases from that worker or service."
  if (activeLockouts.some((l) => l.userId === user.userId)) return null;
  const standing = c.participants.filter((p) => {
    if (!myOrgs.includes(p.organizationId)) return false;
    if (p.ended) return false;
    if (p.until !== null && p.until < w.today) return false;
    if (!consentStands(w, p.consentId)) return false;
    if (activeLockouts.some((l) => l.serviceId === p.serviceId)) return false;
    return true;
  });
  if (standing.length === 0) return null;
  const granted = new Set<Section>();
  for (const p of standing) for (const s of p.role === 'lead' ? allSections : p.sections) granted.add(s);
  const named = c.workerIds.includes(user.userId);
  const emergency = c.emergencies.some((e) => e.userId === user.userId && !e.expired);
  const full = c.protection === 'ordinary' || named || emergency;
  const sections = allSections.filter((s) => granted.has(s) && (full || s === 'needs' || s === 'plan'));
  return { level: full ? 'full' : 'placeholder', sections };
}

/** Cases about a person: theirs, or their household's. */
export function casesOfPerson(w: World, personId: string): World['cases'] {
  const homes = w.households.filter((h) => h.memberIds.includes(personId)).map((h) => h.id);
  return w.cases.filter((c) => c.personId === personId || (c.householdId !== null && homes.includes(c.householdId)));
}

/**
 * A person is visible to the registering organisation (unless the user, or a service of that
 * organisation, is locked out) and to whoever sees a case of theirs in full with the identity section.
 */
export function referencePersonVisible(w: World, user: WorldUser, personId: string): boolean {
  const person = w.persons.find((p) => p.id === personId)!;
  const activeLockouts = w.lockouts.filter((l) => !l.lifted && l.personId === personId);
  if (activeLockouts.some((l) => l.userId === user.userId)) return false;
  const registeringOrgLocked = activeLockouts.some((l) => l.organizationId === person.registeredByOrganizationId);
  if (staffOrganizations(user).includes(person.registeredByOrganizationId) && !registeringOrgLocked) return true;
  return casesOfPerson(w, personId).some((c) => {
    const a = referenceCaseAccess(w, user, c);
    return a !== null && a.level === 'full' && a.sections.includes('identity');
  });
}

// ---------------------------------------------------------------- the same network with accounts (HTTP layer)

export type SignedInUser = WorldUser & { cookie: string };

/**
 * Organisations and services written through the organisations module's factories, and users with
 * accounts, grants and sessions, so the world can be driven over HTTP.
 */
export async function createAccounts(t: TestApp, spec: WorldSpec, districtId: string): Promise<{ orgs: World['orgs']; users: SignedInUser[] }> {
  const orgs: World['orgs'] = [];
  for (const o of spec.orgs) {
    const org = await organizationsTesting.createTestOrganization(t.db, { districtId });
    const services: string[] = [];
    for (let i = 0; i < o.services; i++) services.push((await organizationsTesting.createTestService(t.db, org.id)).id);
    orgs.push({ id: org.id, services });
  }
  const users: SignedInUser[] = [];
  for (const grants of userGrants(
    spec,
    orgs.map((o) => o.id),
    districtId,
  )) {
    const [first, ...rest] = grants;
    const account = await t.userWith(first!.role, first!.scopeKind, first!.scopeId);
    for (const g of rest) await addGrant(t.db, { ...g, userId: account.userId, createdBy: null });
    users.push({ userId: account.userId, cookie: account.cookie, grants });
  }
  return { orgs, users };
}
