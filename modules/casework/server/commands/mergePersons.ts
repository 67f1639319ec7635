import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../../../platform/access/roles';
import type { Db } from '../../../../platform/db/database';
import type { AuditInput } from '../../../../platform/http/route';
import { normalizedFullName } from '../../../linkage/module';
import { cases, consents, documents, householdMembers, lockouts, personKeys, personMerges, persons } from '../schema';
import type { PersonRow } from '../queries/persons';
import { writePersonKeys } from './writePersonKeys';

// Fields the survivor takes from the duplicate when it has none of its own.
const FILLABLE = ['nativeGivenName', 'nativeFamilyName', 'sex', 'birthPlace', 'birthCountry', 'phone', 'email', 'address', 'municipalityId'] as const;

function absorbedFields(survivor: PersonRow, duplicate: PersonRow): Partial<typeof persons.$inferInsert> {
  const out: Partial<typeof persons.$inferInsert> = {};
  for (const field of FILLABLE) if (survivor[field] === null && duplicate[field] !== null) Object.assign(out, { [field]: duplicate[field] });
  // Grouped fields move together: a birth date or a permit is not stitched from two records.
  if (survivor.birthYear === null && duplicate.birthYear !== null) Object.assign(out, { birthYear: duplicate.birthYear, birthMonth: duplicate.birthMonth, birthDay: duplicate.birthDay });
  if (survivor.permitType === null && duplicate.permitType !== null)
    Object.assign(out, { permitType: duplicate.permitType, permitNumber: duplicate.permitNumber, permitExpiresOn: duplicate.permitExpiresOn });
  if (survivor.taxCode === null && duplicate.taxCode !== null) Object.assign(out, { taxCode: duplicate.taxCode, taxCodeCheck: duplicate.taxCodeCheck });
  const own = normalizedFullName(`${survivor.givenName} ${survivor.familyName}`);
  const alternatives = [...survivor.alternativeNames];
  for (const name of [`${duplicate.givenName} ${duplicate.familyName}`, ...duplicate.alternativeNames]) {
    const key = normalizedFullName(name);
    if (key !== own && !alternatives.some((a) => normalizedFullName(a) === key)) alternatives.push(name);
  }
  out.alternativeNames = alternatives;
  out.citizenships = [...new Set([...survivor.citizenships, ...duplicate.citizenships])];
  out.languages = [...new Set([...survivor.languages, ...duplicate.languages])];
  out.needsMediator = survivor.needsMediator || duplicate.needsMediator;
  return out;
}

const snapshot = (row: PersonRow): Record<string, unknown> => JSON.parse(JSON.stringify(row)) as Record<string, unknown>;

/**
 * Folds the duplicate into the survivor: cases, household memberships, consents (withdrawn ones
 * too, as the record of what was refused), lockouts and documents move; the duplicate stays,
 * marked as merged, with a snapshot in the merge record so the operation can be explained and
 * undone by hand.
 */
export async function mergePersons(tx: Db, audit: (e: AuditInput) => Promise<void>, input: { actor: Actor; survivor: PersonRow; duplicate: PersonRow; reason: string }): Promise<PersonRow> {
  const { survivor, duplicate } = input;
  const movedCases = await tx.update(cases).set({ personId: survivor.id, updatedAt: new Date() }).where(eq(cases.personId, duplicate.id)).returning({ id: cases.id });
  const sharedHouseholds = tx.select({ id: householdMembers.householdId }).from(householdMembers).where(eq(householdMembers.personId, survivor.id));
  await tx.delete(householdMembers).where(and(eq(householdMembers.personId, duplicate.id), inArray(householdMembers.householdId, sharedHouseholds)));
  await tx.update(householdMembers).set({ personId: survivor.id }).where(eq(householdMembers.personId, duplicate.id));
  await tx.update(consents).set({ personId: survivor.id }).where(eq(consents.personId, duplicate.id));
  await tx.update(lockouts).set({ personId: survivor.id }).where(eq(lockouts.personId, duplicate.id));
  await tx.update(documents).set({ personId: survivor.id }).where(eq(documents.personId, duplicate.id));

  const [merged] = await tx
    .update(persons)
    .set({ ...absorbedFields(survivor, duplicate), updatedAt: new Date() })
    .where(eq(persons.id, survivor.id))
    .returning();
  await writePersonKeys(tx, merged!);
  await tx.update(persons).set({ mergedIntoId: survivor.id, updatedAt: new Date() }).where(and(eq(persons.id, duplicate.id), sql`${persons.mergedIntoId} is null`));
  // Out of search and of the duplicate check: only the survivor is found from now on.
  await tx.delete(personKeys).where(eq(personKeys.personId, duplicate.id));
  await tx.insert(personMerges).values({ survivorId: survivor.id, mergedId: duplicate.id, mergedSnapshot: snapshot(duplicate), reason: input.reason, mergedBy: input.actor.userId });
  await audit({
    action: 'casework.person.merge',
    entityType: 'casework_person',
    entityId: survivor.id,
    personalData: true,
    reason: input.reason,
    details: { mergedId: duplicate.id, movedCases: movedCases.length },
  });
  return merged!;
}
