import type { z } from 'zod';
import type { CaseAccess, caseSubjectSchema, caseSubjectSummarySchema } from '../../contract';
import type { HouseholdRow, MemberRow, PersonRow } from '../queries/caseSubject';

type Subject = z.input<typeof caseSubjectSchema>;
type SubjectSummary = z.input<typeof caseSubjectSummarySchema>;
type Subjects = { persons: Map<string, PersonRow>; households: Map<string, { household: HouseholdRow; members: MemberRow[] }> };
type CaseRef = { personId: string | null; householdId: string | null };

/** Identifying data leaves only with the identity section in full; anyone else learns only that there is someone. */
export function identityVisible(access: CaseAccess): boolean {
  return access.level === 'full' && access.sections.includes('identity');
}

const kindOf = (c: CaseRef) => (c.personId ? 'person' : 'household') as 'person' | 'household';

const birthOf = (p: PersonRow) => ({ birthYear: p.birthYear, birthMonth: p.birthMonth, birthDay: p.birthDay });

export function presentSubject(c: CaseRef, access: CaseAccess, subjects: Subjects): Subject {
  const hidden = { kind: kindOf(c), hidden: true as const };
  if (!identityVisible(access)) return hidden;
  if (c.personId) {
    const p = subjects.persons.get(c.personId);
    if (!p) return hidden;
    return {
      kind: 'person',
      hidden: false,
      id: p.id,
      givenName: p.givenName,
      familyName: p.familyName,
      nativeGivenName: p.nativeGivenName,
      nativeFamilyName: p.nativeFamilyName,
      sex: p.sex,
      ...birthOf(p),
      birthCountry: p.birthCountry,
      citizenships: p.citizenships,
    };
  }
  const h = c.householdId ? subjects.households.get(c.householdId) : undefined;
  if (!h) return hidden;
  return {
    kind: 'household',
    hidden: false,
    id: h.household.id,
    name: h.household.name,
    singleParent: h.household.singleParent,
    members: h.members.map((m) => ({ personId: m.person.id, givenName: m.person.givenName, familyName: m.person.familyName, relationship: m.relationship, ...birthOf(m.person) })),
  };
}

/** The list's short form: a name, or the placeholder. */
export function presentSubjectSummary(c: CaseRef & { subjectName: string | null }, access: CaseAccess): SubjectSummary {
  const id = c.personId ?? c.householdId;
  if (!identityVisible(access) || !id || c.subjectName === null) return { kind: kindOf(c), hidden: true };
  return { kind: kindOf(c), hidden: false, id, name: c.subjectName };
}
