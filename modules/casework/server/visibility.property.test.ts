/**
 * Random networks of services, users, persons, cases, referrals' participations, consents, named
 * workers, lockouts and emergency accesses, written to a real database. For every user:
 *  - the SQL rule (visibleCaseCondition), the pure rule (caseAccess over loadCaseFacts) and an
 *    independent reference model written from README.md agree on which cases exist for them, and
 *    the pure rule and the model agree on the level and the sections;
 *  - person visibility (personVisible) agrees with the model;
 *  - over HTTP (the case list, each case, each person, the name search and the duplicate check), no
 *    user receives a case, a person or a hit the model does not entitle them to.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { and, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../platform/testing/testApp';
import { caseAccess, caseworkOrganizations, personVisible } from './access';
import { loadCaseFacts } from './queries/caseFacts';
import { cases } from './schema';
import { startCaseworkApp } from './testing';
import { isoToday, visibleCaseCondition } from './visibility';
import {
  actorOf,
  casesOfPerson,
  createAccounts,
  materialize,
  referenceCaseAccess,
  referencePersonVisible,
  userGrants,
  worldSpec,
  writeWorld,
  type SignedInUser,
  type World,
  type WorldSpec,
} from './visibility.world';

let t: TestApp;
beforeAll(async () => {
  t = await startCaseworkApp();
});
afterAll(() => t?.close());

/** Layer a needs no accounts: the rules read only the actor's grants, and ids of other modules carry no foreign keys. */
function inMemoryWorld(spec: WorldSpec): World {
  const districtId = randomUUID();
  const orgs = spec.orgs.map((o) => ({ id: randomUUID(), services: Array.from({ length: o.services }, () => randomUUID()) }));
  const users = userGrants(
    spec,
    orgs.map((o) => o.id),
    districtId,
  ).map((grants) => ({ userId: randomUUID(), grants }));
  return materialize(spec, { districtId, orgs, users, newId: randomUUID });
}

const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('case visibility: SQL twin, pure rule and reference model agree', () => {
  it('on random networks, for every user and every case', async () => {
    await fc.assert(
      fc.asyncProperty(worldSpec, async (spec) => {
        const w = inMemoryWorld(spec);
        await writeWorld(t.db, w);
        const caseIds = w.cases.map((c) => c.id);
        const facts = await loadCaseFacts(t.db, caseIds);
        expect(facts.size).toBe(caseIds.length);

        for (const user of w.users) {
          const actor = actorOf(user);
          const sqlRows = await t.db
            .select({ id: cases.id })
            .from(cases)
            .where(and(inArray(cases.id, caseIds), visibleCaseCondition(actor, w.today)));
          const bySql = sorted(sqlRows.map((r) => r.id));
          const pure = new Map(w.cases.map((c) => [c.id, caseAccess(actor, facts.get(c.id)!, w.today)]));
          const byPure = sorted(caseIds.filter((id) => pure.get(id) !== null));
          const reference = new Map(w.cases.map((c) => [c.id, referenceCaseAccess(w, user, c)]));
          const byReference = sorted(caseIds.filter((id) => reference.get(id) !== null));

          expect(bySql, `SQL vs pure rule for ${JSON.stringify(user.grants)}`).toEqual(byPure);
          expect(byPure, `pure rule vs reference model for ${JSON.stringify(user.grants)}`).toEqual(byReference);
          for (const c of w.cases) {
            const got = pure.get(c.id);
            const want = reference.get(c.id);
            if (!got || !want) continue;
            expect({ level: got.level, sections: got.sections }, `case ${c.id}`).toEqual(want);
          }

          for (const p of w.persons) {
            const activeLockouts = w.lockouts.filter((l) => !l.lifted && l.personId === p.id);
            const visible = personVisible(
              actor,
              {
                registeredByOrganizationId: p.registeredByOrganizationId,
                lockedUserIds: activeLockouts.flatMap((l) => (l.userId ? [l.userId] : [])),
                lockedOrganizationIds: activeLockouts.flatMap((l) => (l.organizationId ? [l.organizationId] : [])),
              },
              casesOfPerson(w, p.id).map((c) => pure.get(c.id) ?? null),
            );
            expect(visible, `person ${p.id} for ${JSON.stringify(user.grants)}`).toBe(referencePersonVisible(w, user, p.id));
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('users without an organisation-scoped operator or org_admin grant never see a case or a person', async () => {
    await fc.assert(
      fc.asyncProperty(worldSpec, async (spec) => {
        const w = inMemoryWorld(spec);
        await writeWorld(t.db, w);
        const caseIds = w.cases.map((c) => c.id);
        const facts = await loadCaseFacts(t.db, caseIds);
        const outsiders = w.users.filter((u) => caseworkOrganizations(actorOf(u)).length === 0);
        expect(outsiders.length).toBeGreaterThan(0);
        for (const user of outsiders) {
          const actor = actorOf(user);
          const rows = await t.db
            .select({ id: cases.id })
            .from(cases)
            .where(and(inArray(cases.id, caseIds), visibleCaseCondition(actor, w.today)));
          expect(rows).toEqual([]);
          for (const id of caseIds) expect(caseAccess(actor, facts.get(id)!, w.today)).toBeNull();
          for (const p of w.persons) expect(referencePersonVisible(w, user, p.id)).toBe(false);
        }
      }),
      { numRuns: 20 },
    );
  });

  it('a restricted case is full only for its named workers and holders of an unexpired emergency access', async () => {
    await fc.assert(
      fc.asyncProperty(worldSpec, async (spec) => {
        const w = inMemoryWorld(spec);
        await writeWorld(t.db, w);
        const restricted = w.cases.filter((c) => c.protection === 'restricted');
        const facts = await loadCaseFacts(
          t.db,
          restricted.map((c) => c.id),
        );
        for (const c of restricted) {
          for (const user of w.users) {
            const access = caseAccess(actorOf(user), facts.get(c.id)!, w.today);
            if (!access) continue;
            const entitled = c.workerIds.includes(user.userId) || c.emergencies.some((e) => e.userId === user.userId && !e.expired);
            expect(access.level).toBe(entitled ? 'full' : 'placeholder');
            if (!entitled) expect(access.sections.every((s) => s === 'needs' || s === 'plan')).toBe(true);
          }
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe('over HTTP: nobody receives a case, a person or a search hit they are not entitled to', () => {
  const staffOf = (u: SignedInUser) => u.grants.filter((g) => g.scopeKind === 'organization' && (g.role === 'operator' || g.role === 'org_admin')).map((g) => g.scopeId!);

  it('on random networks, for every user', async () => {
    await fc.assert(
      fc.asyncProperty(worldSpec, async (spec) => {
        const districtId = randomUUID();
        const { orgs, users } = await createAccounts(t, spec, districtId);
        const w = materialize(spec, { districtId, orgs, users, newId: randomUUID, today: isoToday() });
        await writeWorld(t.db, w);
        const worldPersonIds = w.persons.map((p) => p.id);
        const names = [...new Set(w.persons.map((p) => `${p.givenName} ${p.familyName}`))].slice(0, 2);

        for (const user of users) {
          const as = user.cookie;
          const staff = staffOf(user).length > 0;
          // The routes' role check passes for operator and org_admin held in any scope; the record rule then finds nothing.
          const holdsRole = user.grants.some((g) => g.role === 'operator' || g.role === 'org_admin');
          const hidden = holdsRole ? 404 : 403;
          const entitledCases = new Map(w.cases.map((c) => [c.id, referenceCaseAccess(w, user, c)]));
          const entitledPersons = new Set(worldPersonIds.filter((id) => referencePersonVisible(w, user, id)));
          const who = JSON.stringify(user.grants);

          // The caseload: exactly the cases the user is entitled to, of this world.
          const list = await t.request({ method: 'GET', url: '/api/casework/cases?scope=service&pageSize=200', as });
          if (!holdsRole) expect(list.statusCode, who).toBe(403);
          else {
            expect(list.statusCode, who).toBe(200);
            const listed = (list.json().items as { id: string }[]).map((c) => c.id).filter((id) => entitledCases.has(id));
            expect(sorted(listed), who).toEqual(sorted(w.cases.filter((c) => entitledCases.get(c.id)).map((c) => c.id)));
          }

          // Each case: 404 unless entitled; the level and sections of the reference model; no identity on a placeholder.
          for (const c of w.cases) {
            const res = await t.request({ method: 'GET', url: `/api/casework/cases/${c.id}`, as });
            const want = entitledCases.get(c.id);
            if (!want) expect(res.statusCode, `case ${c.id} ${who}: ${res.body}`).toBe(hidden);
            else {
              expect(res.statusCode, `case ${c.id} ${who}: ${res.body}`).toBe(200);
              const access = res.json().access as { level: string; sections: string[] };
              expect({ level: access.level, sections: access.sections }, who).toEqual(want);
              if (want.level === 'placeholder') {
                const subjects = c.personId ? [c.personId] : (w.households.find((h) => h.id === c.householdId)?.memberIds ?? []);
                for (const p of w.persons.filter((x) => subjects.includes(x.id))) {
                  expect(res.body, 'placeholder reveals the person').not.toContain(p.id);
                  expect(res.body, 'placeholder reveals the person').not.toContain(p.givenName);
                }
              }
            }
          }

          // Each person: only the entitled ones answer.
          for (const id of worldPersonIds) {
            const res = await t.request({ method: 'GET', url: `/api/casework/persons/${id}`, as });
            expect(res.statusCode, `person ${id} ${who}: ${res.body}`).toBe(entitledPersons.has(id) ? 200 : hidden);
          }

          for (const q of names) {
            // Name search: hits only among the persons the user is entitled to.
            const search = await t.request({ method: 'GET', url: `/api/casework/persons?q=${encodeURIComponent(q)}&pageSize=200`, as });
            expect(search.statusCode, search.body).toBe(holdsRole ? 200 : 403);
            if (!staff) {
              expect((search.json().items ?? []) as unknown[]).toEqual([]);
              continue;
            }
            for (const hit of search.json().items as { id: string }[]) if (worldPersonIds.includes(hit.id)) expect(entitledPersons.has(hit.id), `search hit ${hit.id} for ${who}`).toBe(true);

            // Duplicate check: visible matches are entitled persons; hidden ones carry neither an id nor a name.
            const [givenName, familyName] = q.split(' ');
            const serviceId = w.orgs.find((o) => o.id === staffOf(user)[0])!.services[0]!;
            const dup = await t.request({ method: 'POST', url: '/api/casework/persons/duplicates', as, payload: { givenName, familyName, birthDate: '1990', registeredByServiceId: serviceId } });
            expect(dup.statusCode, dup.body).toBe(200);
            for (const m of dup.json().matches as ({ kind: 'visible'; person: { id: string } } | { kind: 'hidden' })[]) {
              if (m.kind === 'visible') {
                if (worldPersonIds.includes(m.person.id)) expect(entitledPersons.has(m.person.id), `duplicate ${m.person.id} for ${who}`).toBe(true);
                continue;
              }
              const text = JSON.stringify(m);
              for (const p of w.persons) {
                expect(text).not.toContain(p.id);
                expect(text).not.toContain(p.givenName);
                expect(text).not.toContain(p.familyName);
              }
            }
          }
        }
      }),
      { numRuns: 6 },
    );
    // About 150 requests per network; a loaded machine needs more than the default minute.
  }, 180_000);
});
