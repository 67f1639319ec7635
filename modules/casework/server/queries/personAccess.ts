import { eq, inArray, isNull, and, or } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import type { Actor } from '../../../../platform/access/roles';
import { notFound } from '../../../../platform/errors/appError';
import type { CaseAccess } from '../../contract';
import { caseworkOrganizations, personVisible } from '../access';
import { cases, householdMembers, lockouts, persons } from '../schema';
import { accessToCases } from './caseFacts';

export type PersonRow = typeof persons.$inferSelect;

export type PersonAccess = {
  row: PersonRow;
  /** The person's cases (their own and their households') that the caller sees, with the access to each. */
  cases: { id: string; status: string; ownerId: string; leadServiceId: string; access: CaseAccess }[];
  /** The caller works at the organisation that registered the person. */
  registering: boolean;
  /** The caller's service leads one of the person's cases. */
  lead: boolean;
};

/** Every case about the person: opened for them, or for a household they belong to. */
export async function casesOfPerson(db: Db, personId: string) {
  const households = db.select({ id: householdMembers.householdId }).from(householdMembers).where(eq(householdMembers.personId, personId));
  return db
    .select({ id: cases.id, status: cases.status, ownerId: cases.ownerId, leadServiceId: cases.leadServiceId, leadOrganizationId: cases.leadOrganizationId })
    .from(cases)
    .where(or(eq(cases.personId, personId), inArray(cases.householdId, households)));
}

/**
 * Loads a person the caller may see (personVisible over the person's cases); anyone else gets a
 * 404, so the record's existence is not revealed.
 */
export async function loadPersonFor(db: Db, actor: Actor, personId: string): Promise<PersonAccess> {
  const [row] = await db.select().from(persons).where(eq(persons.id, personId));
  if (!row) throw notFound();
  const [theirCases, locks] = await Promise.all([
    casesOfPerson(db, personId),
    db.select({ userId: lockouts.userId, organizationId: lockouts.organizationId }).from(lockouts).where(and(eq(lockouts.personId, personId), isNull(lockouts.liftedAt))),
  ]);
  const accesses = await accessToCases(db, actor, theirCases.map((c) => c.id));
  const lockedOrganizationIds = locks.map((l) => l.organizationId).filter((o): o is string => !!o);
  const lockedUserIds = locks.map((l) => l.userId).filter((u): u is string => !!u);
  const visible = personVisible(actor, { registeredByOrganizationId: row.registeredByOrganizationId, lockedUserIds, lockedOrganizationIds }, [...accesses.values()]);
  if (!visible) throw notFound();
  const seen = theirCases.filter((c) => accesses.has(c.id)).map((c) => ({ id: c.id, status: c.status, ownerId: c.ownerId, leadServiceId: c.leadServiceId, access: accesses.get(c.id)! }));
  return {
    row,
    cases: seen,
    registering: caseworkOrganizations(actor).includes(row.registeredByOrganizationId) && !lockedOrganizationIds.includes(row.registeredByOrganizationId),
    lead: seen.some((c) => c.access.isLead),
  };
}
