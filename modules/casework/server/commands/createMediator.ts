import type { z } from 'zod';
import type { Db } from '../../../../platform/db/database';
import type { AuditInput } from '../../../../platform/http/route';
import type { mediatorBody } from '../../contract';
import { mediators } from '../schema';

export async function createMediator(tx: Db, audit: (e: AuditInput) => Promise<void>, body: z.output<typeof mediatorBody>): Promise<typeof mediators.$inferSelect> {
  const languages = [...new Set(body.languages)];
  const [row] = await tx
    .insert(mediators)
    .values({ districtId: body.districtId, organizationId: body.organizationId, displayName: body.displayName, languages, email: body.email ?? null, phone: body.phone || null })
    .returning();
  await audit({ action: 'casework.mediator.create', entityType: 'mediator', entityId: row!.id, details: { districtId: body.districtId, organizationId: body.organizationId, languages } });
  return row!;
}
