import { eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../../platform/access/roles';
import type { Db } from '../../../../platform/db/database';
import { notFound } from '../../../../platform/errors/appError';
import type { HouseholdView } from '../../contract';
import { caseworkOrganizations, caseworkPermissions } from '../access';
import { householdMembers, households, persons } from '../schema';
import { isoToday } from '../visibility';
import { accessToPersons, birthDateText, type PersonAccess, type PersonRow } from './persons';

type HouseholdRow = typeof households.$inferSelect;
type MemberRow = typeof householdMembers.$inferSelect;
export type LoadedHousehold = { row: HouseholdRow; members: { member: MemberRow; person: PersonRow; access: PersonAccess }[] };

/**
 * A household is visible to whoever sees one of its members, and to the organisation that
 * registered it (which keeps it even when no member is left it may see); anything else is a 404.
 */
export async function loadHouseholdFor(db: Db, actor: Actor, id: string): Promise<LoadedHousehold> {
  const [row] = await db.select().from(households).where(eq(households.id, id));
  if (!row) throw notFound();
  const memberRows = await db.select().from(householdMembers).where(eq(householdMembers.householdId, id));
  const people = memberRows.length ? await db.select().from(persons).where(inArray(persons.id, memberRows.map((m) => m.personId))) : [];
  const access = await accessToPersons(db, actor, people);
  const members = memberRows.map((member) => {
    const person = people.find((p) => p.id === member.personId)!;
    return { member, person, access: access.get(person.id)! };
  });
  const visible = members.some((m) => m.access.visible) || caseworkOrganizations(actor).includes(row.registeredByOrganizationId);
  if (!visible) throw notFound();
  return { row, members };
}

/** The registering organisation's staff, or the lead of a household case with full access. */
export function canEditHousehold(actor: Actor, loaded: LoadedHousehold): boolean {
  if (caseworkOrganizations(actor, caseworkPermissions['casework.cases.write']).includes(loaded.row.registeredByOrganizationId)) return true;
  return loaded.members.some((m) => m.access.cases.some((c) => c.householdId === loaded.row.id && m.access.access.get(c.id)?.can.update === true));
}

/**
 * Under 18 today. A partial date is read as its first day (1 January, or the 1st of the month),
 * the convention offices use when only the year is known; no year means unknown age.
 */
export function isMinor(p: Pick<PersonRow, 'birthYear' | 'birthMonth' | 'birthDay'>, today = isoToday()): boolean | null {
  if (p.birthYear === null) return null;
  const born = `${p.birthYear}-${String(p.birthMonth ?? 1).padStart(2, '0')}-${String(p.birthDay ?? 1).padStart(2, '0')}`;
  const adultFrom = `${p.birthYear + 18}${born.slice(4)}`;
  return today < adultFrom;
}

export function presentHousehold(loaded: LoadedHousehold, abilities: HouseholdView['abilities']): HouseholdView {
  const ages = loaded.members.map((m) => isMinor(m.person));
  return {
    id: loaded.row.id,
    name: loaded.row.name,
    districtId: loaded.row.districtId,
    singleParent: loaded.row.singleParent,
    minors: ages.filter((a) => a === true).length,
    unknownAge: ages.filter((a) => a === null).length,
    members: loaded.members.map(({ member, person, access }, i) =>
      access.visible
        ? {
            kind: 'visible' as const,
            personId: person.id,
            relationship: member.relationship,
            givenName: person.givenName,
            familyName: person.familyName,
            birthDate: birthDateText(person),
            sex: person.sex,
            minor: ages[i] ?? null,
          }
        : { kind: 'hidden' as const, relationship: member.relationship },
    ),
    abilities,
  };
}
