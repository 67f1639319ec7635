import { eq } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import { conflict } from '../../../../platform/errors/appError';
import type { AuditInput } from '../../../../platform/http/route';
import { mediations } from '../schema';
import { settleMediationIntervention } from './settleMediationIntervention';

/** Calls off a mediation not yet held; the mediator's slot is freed. */
export async function cancelMediation(tx: Db, audit: (e: AuditInput) => Promise<void>, input: { mediationId: string }): Promise<void> {
  const [mediation] = await tx.select().from(mediations).where(eq(mediations.id, input.mediationId)).for('update');
  if (mediation!.status !== 'requested' && mediation!.status !== 'assigned') throw conflict('mediation_closed');
  await tx.update(mediations).set({ status: 'cancelled' }).where(eq(mediations.id, mediation!.id));
  await settleMediationIntervention(tx, mediation!.interventionId);
  await audit({ action: 'casework.mediation.cancel', entityType: 'case', entityId: mediation!.caseId, personalData: true, details: { mediationId: mediation!.id, mediatorId: mediation!.mediatorId } });
}
