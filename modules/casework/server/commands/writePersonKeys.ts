import { eq } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import { blockingKeys, normalizedFullName, type PersonRecord } from '../../../linkage/module';
import { personKeys, persons } from '../schema';

type PersonNames = Pick<typeof persons.$inferSelect, 'id' | 'givenName' | 'familyName' | 'nativeGivenName' | 'nativeFamilyName' | 'alternativeNames' | 'birthYear' | 'birthMonth' | 'birthDay' | 'sex' | 'taxCode'>;

/** The person as the matching library reads it: every spelling of the name, the partial birth date. */
export function matchRecord(p: Omit<PersonNames, 'id'>): PersonRecord {
  const native = [p.nativeGivenName, p.nativeFamilyName].filter(Boolean).join(' ');
  return {
    names: [`${p.givenName} ${p.familyName}`, ...(native ? [native] : []), ...p.alternativeNames],
    birthDate: p.birthYear ? { year: p.birthYear, month: p.birthMonth ?? undefined, day: p.birthMonth ? (p.birthDay ?? undefined) : undefined } : undefined,
    sex: p.sex ?? undefined,
    taxCode: p.taxCode ?? undefined,
  };
}

export const searchNameOf = (p: Pick<PersonNames, 'givenName' | 'familyName'>) => normalizedFullName(`${p.givenName} ${p.familyName}`);

/** Rewrites the blocking keys and the search name after any change of names or birth date. */
export async function writePersonKeys(tx: Db, p: PersonNames): Promise<void> {
  await tx.delete(personKeys).where(eq(personKeys.personId, p.id));
  const keys = blockingKeys(matchRecord(p));
  if (keys.length) await tx.insert(personKeys).values(keys.map((key) => ({ personId: p.id, key }))).onConflictDoNothing();
  await tx.update(persons).set({ searchName: searchNameOf(p) }).where(eq(persons.id, p.id));
}
