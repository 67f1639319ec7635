import type { PersonView } from '../../contract';
import type { TaxCodeWarning } from '../personInput';
import { birthDateText, type PersonRow } from '../queries/persons';
import type { cases, households, householdMembers } from '../schema';

export type PersonExtras = {
  organizationName: string | null;
  serviceName: string | null;
  households: { household: typeof households.$inferSelect; member: typeof householdMembers.$inferSelect }[];
  /** Only the cases the caller may know about. */
  cases: (typeof cases.$inferSelect)[];
  warnings: TaxCodeWarning[];
  abilities: PersonView['abilities'];
};

export function presentPerson(row: PersonRow, extras: PersonExtras): PersonView {
  return {
    id: row.id,
    givenName: row.givenName,
    familyName: row.familyName,
    nativeGivenName: row.nativeGivenName,
    nativeFamilyName: row.nativeFamilyName,
    alternativeNames: row.alternativeNames,
    sex: row.sex,
    birthDate: birthDateText(row),
    birthPlace: row.birthPlace,
    birthCountry: row.birthCountry,
    citizenships: row.citizenships,
    languages: row.languages,
    needsMediator: row.needsMediator,
    permit: row.permitType ? { type: row.permitType, number: row.permitNumber, expiresOn: row.permitExpiresOn } : null,
    taxCode: row.taxCode,
    taxCodeCheck: row.taxCodeCheck,
    phone: row.phone,
    email: row.email,
    address: row.address,
    municipalityId: row.municipalityId,
    districtId: row.districtId,
    registeredBy: {
      organizationId: row.registeredByOrganizationId,
      organizationName: extras.organizationName,
      serviceId: row.registeredByServiceId,
      serviceName: extras.serviceName,
    },
    households: extras.households.map(({ household, member }) => ({ id: household.id, name: household.name, relationship: member.relationship })),
    cases: extras.cases.map((c) => ({ id: c.id, reference: c.reference, status: c.status, protection: c.protection })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    warnings: extras.warnings,
    abilities: extras.abilities,
  };
}
