import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import type { Actor } from '../../../../platform/access/roles';
import { personVisible } from '../access';
import { cases, householdMembers, households, lockouts, persons } from '../schema';
import { accessToCases } from './caseFacts';

export type PersonRow = typeof persons.$inferSelect;
export type HouseholdRow = typeof households.$inferSelect;
export type MemberRow = { householdId: string; relationship: string; person: PersonRow };

/** Who a batch of cases is about: persons, and households with their members, in three queries. */
export async function loadSubjects(db: Db, rows: readonly { personId: string | null; householdId: string | null }[]) {
  const personIds = [...new Set(rows.map((r) => r.personId).filter((v): v is string => !!v))];
  const householdIds = [...new Set(rows.map((r) => r.householdId).filter((v): v is string => !!v))];
  const [personRows, householdRows, memberRows] = await Promise.all([
    personIds.length ? db.select().from(persons).where(inArray(persons.id, personIds)) : [],
    householdIds.length ? db.select().from(households).where(inArray(households.id, householdIds)) : [],
    householdIds.length
      ? db
          .select({ householdId: householdMembers.householdId, relationship: householdMembers.relationship, person: persons })
          .from(householdMembers)
          .innerJoin(persons, eq(persons.id, householdMembers.personId))
          .where(inArray(householdMembers.householdId, householdIds))
      : [],
  ]);
  return {
    persons: new Map(personRows.map((p) => [p.id, p])),
    households: new Map(householdRows.map((h) => [h.id, { household: h, members: memberRows.filter((m) => m.householdId === h.id) as MemberRow[] }])),
  };
}

/**
 * The person or household a new case is about, if the caller may see it (the rule of access.ts
 * `personVisible`, applied to a household through its members' lockouts); otherwise null, and the
 * caller answers 404 as if it did not exist. Merged-away records take no new cases.
 */
export async function visibleSubject(
  db: Db,
  actor: Actor,
  subject: { personId?: string; householdId?: string },
): Promise<{ districtId: string; municipalityId: string | null } | null> {
  let registeredByOrganizationId: string;
  let personIds: string[];
  let municipalityId: string | null;
  let districtId: string;
  let caseFilter;
  if (subject.personId) {
    const [p] = await db.select().from(persons).where(eq(persons.id, subject.personId));
    if (!p || p.mergedIntoId) return null;
    ({ registeredByOrganizationId, municipalityId, districtId } = p);
    personIds = [p.id];
    const theirHouseholds = db.select({ id: householdMembers.householdId }).from(householdMembers).where(eq(householdMembers.personId, p.id));
    caseFilter = or(eq(cases.personId, p.id), inArray(cases.householdId, theirHouseholds));
  } else {
    const [h] = await db.select().from(households).where(eq(households.id, subject.householdId!));
    if (!h) return null;
    ({ registeredByOrganizationId, districtId } = h);
    const members = await db
      .select({ id: persons.id, municipalityId: persons.municipalityId, relationship: householdMembers.relationship })
      .from(householdMembers)
      .innerJoin(persons, eq(persons.id, householdMembers.personId))
      .where(eq(householdMembers.householdId, h.id));
    personIds = members.map((m) => m.id);
    // Counted under the head's municipality, or any member's when the head has none.
    municipalityId = (members.find((m) => m.relationship === 'head' && m.municipalityId) ?? members.find((m) => m.municipalityId))?.municipalityId ?? null;
    caseFilter = eq(cases.householdId, h.id);
  }
  const locks = personIds.length ? await db.select().from(lockouts).where(and(inArray(lockouts.personId, personIds), isNull(lockouts.liftedAt))) : [];
  const caseIds = (await db.select({ id: cases.id }).from(cases).where(caseFilter)).map((c) => c.id);
  const accesses = [...(await accessToCases(db, actor, caseIds)).values()];
  const visible = personVisible(
    actor,
    {
      registeredByOrganizationId,
      lockedUserIds: locks.map((l) => l.userId).filter((v): v is string => !!v),
      lockedOrganizationIds: locks.map((l) => l.organizationId).filter((v): v is string => !!v),
    },
    accesses,
  );
  return visible ? { districtId, municipalityId } : null;
}
