import { eq } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import type { AuditInput } from '../../../../platform/http/route';
import type { PersonUpdateBody } from '../../contract';
import { persons } from '../schema';
import { personColumns, type TaxCodeCheck } from '../personInput';
import { writePersonKeys } from './writePersonKeys';

export async function updatePerson(
  tx: Db,
  audit: (e: AuditInput) => Promise<void>,
  input: { personId: string; body: PersonUpdateBody; taxCode: TaxCodeCheck },
): Promise<typeof persons.$inferSelect> {
  const [row] = await tx
    .update(persons)
    .set({ ...personColumns(input.body), taxCodeCheck: input.taxCode.taxCodeCheck, updatedAt: new Date() })
    .where(eq(persons.id, input.personId))
    .returning();
  await writePersonKeys(tx, row!);
  // Field names only: the values are personal data and stay out of the log.
  await audit({ action: 'casework.person.update', entityType: 'casework_person', entityId: input.personId, personalData: true, details: { fields: Object.keys(input.body) } });
  return row!;
}
