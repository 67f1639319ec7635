import type { Actor } from '../../../../platform/access/roles';
import type { Db } from '../../../../platform/db/database';
import type { AuditInput } from '../../../../platform/http/route';
import type { PersonBody } from '../../contract';
import { persons } from '../schema';
import type { TaxCodeCheck } from '../personInput';
import { personColumns } from '../personInput';
import { writePersonKeys } from './writePersonKeys';

export async function registerPerson(
  tx: Db,
  audit: (e: AuditInput) => Promise<void>,
  input: { actor: Actor; body: PersonBody; service: { id: string; organizationId: string; districtId: string }; taxCode: TaxCodeCheck },
): Promise<typeof persons.$inferSelect> {
  const { registeredByServiceId: _service, ...fields } = input.body;
  const [row] = await tx
    .insert(persons)
    .values({
      givenName: fields.givenName,
      familyName: fields.familyName,
      ...personColumns(fields),
      taxCodeCheck: input.taxCode.taxCodeCheck,
      districtId: input.service.districtId,
      registeredByOrganizationId: input.service.organizationId,
      registeredByServiceId: input.service.id,
    })
    .returning();
  await writePersonKeys(tx, row!);
  await audit({
    action: 'casework.person.register',
    entityType: 'casework_person',
    entityId: row!.id,
    personalData: true,
    details: { serviceId: input.service.id, taxCodeCheck: input.taxCode.taxCodeCheck },
  });
  return row!;
}
