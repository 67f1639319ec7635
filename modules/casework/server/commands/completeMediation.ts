import { eq } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import { conflict } from '../../../../platform/errors/appError';
import type { AuditInput } from '../../../../platform/http/route';
import { mediations } from '../schema';
import { settleMediationIntervention } from './settleMediationIntervention';

/** Records the hours a mediator did: they feed the mediator's load and the facts on mediation hours by language. */
export async function completeMediation(tx: Db, audit: (e: AuditInput) => Promise<void>, input: { mediationId: string; hours: number }): Promise<void> {
  const [mediation] = await tx.select().from(mediations).where(eq(mediations.id, input.mediationId)).for('update');
  if (mediation!.status === 'requested') throw conflict('mediation_not_assigned');
  if (mediation!.status !== 'assigned') throw conflict('mediation_closed');
  await tx.update(mediations).set({ status: 'done', hoursDone: input.hours.toFixed(2) }).where(eq(mediations.id, mediation!.id));
  await settleMediationIntervention(tx, mediation!.interventionId);
  await audit({ action: 'casework.mediation.done', entityType: 'case', entityId: mediation!.caseId, personalData: true, details: { mediationId: mediation!.id, hours: input.hours, language: mediation!.language } });
}
