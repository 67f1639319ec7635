import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../../platform/db/database';
import { conflict } from '../../../../platform/errors/appError';
import type { AuditInput } from '../../../../platform/http/route';
import type { Locale } from '../../../../platform/i18n/i18n';
import type { interventionUpdateBody } from '../../contract';
import { invalidField } from '../input';
import { unitHasRoom } from '../queries/housingOccupancy';
import { housingUnits, interventions, mediations, placements } from '../schema';
import { isoToday } from '../visibility';
import { isCaseworker } from './addIntervention';

type Body = z.output<typeof interventionUpdateBody>;

/** Progress on an intervention: status, who is in charge, end date, sessions held, placement milestones reached. */
export async function updateIntervention(tx: Db, audit: (e: AuditInput) => Promise<void>, input: { interventionId: string; body: Body; locale: Locale }): Promise<void> {
  const { body, locale } = input;
  const [current] = await tx.select().from(interventions).where(eq(interventions.id, input.interventionId)).for('update');
  const row = current!;
  const supportKind = row.kind === 'psychosocial' || row.kind === 'socio_educational';
  if (body.sessionsHeld !== undefined && !supportKind) throw invalidField('sessionsHeld', 'not_for_kind', locale);
  if (body.milestones && row.kind !== 'housing_placement') throw invalidField('milestones', 'not_for_kind', locale);
  if (body.assignedUserId && !(await isCaseworker(tx, row.organizationId, body.assignedUserId))) throw invalidField('assignedUserId', 'assignee_not_staff', locale);

  const [placement] = row.kind === 'housing_placement' ? await tx.select().from(placements).where(eq(placements.interventionId, row.id)) : [];
  let endsOn = body.endsOn === undefined ? row.endsOn : body.endsOn;
  // Leaving a placement frees the place: it ends today unless an end was already set.
  if (placement && body.status === 'done' && endsOn === null) endsOn = isoToday() < placement.startsOn ? placement.startsOn : isoToday();
  const startsOn = placement?.startsOn ?? row.startsOn;
  if (endsOn && startsOn && endsOn < startsOn) throw invalidField('endsOn', 'ends_before_start', locale);

  if (placement) {
    const milestones = placement.milestones.map((m) => ({ ...m }));
    for (const change of body.milestones ?? []) {
      const milestone = milestones[change.index];
      if (!milestone) throw invalidField('milestones', 'unknown_milestone', locale);
      milestone.reachedOn = change.reachedOn;
    }
    const longer = endsOn !== placement.endsOn && (endsOn === null || (placement.endsOn !== null && endsOn > placement.endsOn));
    const revived = row.status === 'cancelled' && body.status !== undefined && body.status !== 'cancelled';
    if (longer || revived) {
      const [unit] = await tx.select().from(housingUnits).where(eq(housingUnits.id, placement.housingUnitId)).for('update');
      if (!(await unitHasRoom(tx, unit!, placement.startsOn, endsOn, placement.id))) throw conflict('housing_unit_full');
    }
    await tx.update(placements).set({ endsOn, milestones }).where(eq(placements.id, placement.id));
  }

  const details = body.sessionsHeld === undefined ? row.details : { ...row.details, sessionsHeld: body.sessionsHeld };
  await tx
    .update(interventions)
    .set({
      status: body.status ?? row.status,
      assignedUserId: body.assignedUserId === undefined ? row.assignedUserId : body.assignedUserId,
      description: body.description === undefined ? row.description : body.description,
      endsOn,
      details,
    })
    .where(eq(interventions.id, row.id));
  // Cancelling a mediation intervention releases the mediators booked for it.
  if (body.status === 'cancelled' && row.kind === 'mediation') {
    await tx
      .update(mediations)
      .set({ status: 'cancelled' })
      .where(and(eq(mediations.interventionId, row.id), inArray(mediations.status, ['requested', 'assigned'])));
  }
  await audit({
    action: 'casework.intervention.update',
    entityType: 'case',
    entityId: row.caseId,
    personalData: true,
    details: { interventionId: row.id, kind: row.kind, fields: Object.keys(body), status: body.status ?? row.status },
  });
}
