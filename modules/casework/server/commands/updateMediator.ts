import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../../platform/db/database';
import type { AuditInput } from '../../../../platform/http/route';
import type { mediatorUpdateBody } from '../../contract';
import { mediators } from '../schema';

/** Deactivating keeps the mediator's past mediations and hours; only new assignments stop. */
export async function updateMediator(tx: Db, audit: (e: AuditInput) => Promise<void>, input: { id: string; body: z.output<typeof mediatorUpdateBody> }): Promise<typeof mediators.$inferSelect> {
  const { languages, phone, ...rest } = input.body;
  const [row] = await tx
    .update(mediators)
    .set({ ...rest, ...(languages ? { languages: [...new Set(languages)] } : {}), ...(phone !== undefined ? { phone: phone || null } : {}) })
    .where(eq(mediators.id, input.id))
    .returning();
  await audit({ action: 'casework.mediator.update', entityType: 'mediator', entityId: input.id, details: { fields: Object.keys(input.body), active: row!.active } });
  return row!;
}
