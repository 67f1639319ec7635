import { eq } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import { badRequest, conflict } from '../../../../platform/errors/appError';
import type { AuditInput } from '../../../../platform/http/route';
import type { CaseRow } from '../guards';
import { mediatorBusy } from '../queries/mediatorPool';
import { mediations, mediators } from '../schema';

/** Books a mediator of the case's district who speaks the language and is free for the slot. */
export async function assignMediator(tx: Db, audit: (e: AuditInput) => Promise<void>, input: { caseRow: CaseRow; mediationId: string; mediatorId: string }): Promise<void> {
  const [mediation] = await tx.select().from(mediations).where(eq(mediations.id, input.mediationId)).for('update');
  if (mediation!.status !== 'requested' && mediation!.status !== 'assigned') throw conflict('mediation_closed');
  // Locking the mediator serialises bookings of the same person, so two slots cannot both pass the overlap check.
  const [mediator] = await tx.select().from(mediators).where(eq(mediators.id, input.mediatorId)).for('update');
  if (!mediator || !mediator.active || mediator.districtId !== input.caseRow.districtId) throw badRequest('mediator_unavailable');
  if (!mediator.languages.includes(mediation!.language)) throw badRequest('mediator_language');
  if (await mediatorBusy(tx, mediator.id, mediation!.scheduledAt, mediation!.durationMinutes, mediation!.id)) throw conflict('mediator_busy');
  await tx.update(mediations).set({ mediatorId: mediator.id, status: 'assigned' }).where(eq(mediations.id, mediation!.id));
  await audit({
    action: 'casework.mediation.assign',
    entityType: 'case',
    entityId: input.caseRow.id,
    personalData: true,
    details: { mediationId: mediation!.id, mediatorId: mediator.id, previousMediatorId: mediation!.mediatorId },
  });
}
