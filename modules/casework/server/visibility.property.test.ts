/**
 * Random networks of services, users, persons, cases, referrals' participations, consents, named
 * workers, lockouts and emergency accesses, written to a real database. For every user:
 *  - the SQL rule (visibleCaseCondition), the pure rule (caseAccess over loadCaseFacts) and an
 *    independent reference model written from README.md agree on which cases exist for them, and
 *    the pure rule and the model agree on the level and the sections;
 *  - person visibility (personVisible) agrees with the model.
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
import { visibleCaseCondition } from './visibility';
import {
  actorOf,
  casesOfPerson,
  materialize,
  referenceCaseAccess,
  referencePersonVisible,
  userGrants,
  worldSpec,
  writeWorld,
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
