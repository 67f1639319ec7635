import { eq } from 'drizzle-orm';
import type { Actor } from '../../../../platform/access/roles';
import type { Db } from '../../../../platform/db/database';
import { findServices, organizationNames } from '../../../organizations/module';
import type { PersonView } from '../../contract';
import type { TaxCodeWarning } from '../personInput';
import { presentPerson } from '../presenters/person';
import { householdMembers, households } from '../schema';
import { personAbilities, type PersonAccess, type PersonRow } from './persons';

/** The whole record as the caller may see it, with what they may do on it. */
export async function personView(db: Db, actor: Actor, row: PersonRow, access: PersonAccess, warnings: TaxCodeWarning[] = []): Promise<PersonView> {
  const [memberships, service, orgNames] = await Promise.all([
    db.select({ household: households, member: householdMembers }).from(householdMembers).innerJoin(households, eq(households.id, householdMembers.householdId)).where(eq(householdMembers.personId, row.id)),
    row.registeredByServiceId ? findServices(db, [row.registeredByServiceId]).then((m) => m.get(row.registeredByServiceId!)) : Promise.resolve(undefined),
    organizationNames(db, [row.registeredByOrganizationId]),
  ]);
  return presentPerson(row, {
    organizationName: orgNames[row.registeredByOrganizationId] ?? null,
    serviceName: service?.name ?? null,
    households: memberships,
    cases: access.cases,
    warnings,
    abilities: personAbilities(actor, { row, access }),
  });
}
