import { and, eq, gte, isNull, or } from 'drizzle-orm';
import { grantsInScope } from '../../../../platform/access/grants';
import { sealText } from '../caseText';
import type { Db } from '../../../../platform/db/database';
import { badRequest, conflict } from '../../../../platform/errors/appError';
import type { AuditInput } from '../../../../platform/http/route';
import type { Locale } from '../../../../platform/i18n/i18n';
import type { InterventionBody } from '../../contract';
import type { CaseRow } from '../guards';
import { invalidField } from '../input';
import type { ConsultationDetails } from '../queries/plan';
import { unitHasRoom } from '../queries/housingOccupancy';
import { goals, housingUnits, interventions, mediations, participants, placements } from '../schema';
import { isoToday } from '../visibility';

type Audit = (e: AuditInput) => Promise<void>;

/** The organisation of a service that currently takes part in the case (lead, or a participant whose access stands). */
export async function participatingOrganization(tx: Db, caseId: string, serviceId: string, today = isoToday()): Promise<string | null> {
  const [p] = await tx
    .select({ organizationId: participants.organizationId })
    .from(participants)
    .where(and(eq(participants.caseId, caseId), eq(participants.serviceId, serviceId), isNull(participants.endedAt), or(isNull(participants.until), gte(participants.until, today))))
    .limit(1);
  return p?.organizationId ?? null;
}

/** A worker may be put in charge only if they work on cases in the service's organisation. */
export async function isCaseworker(tx: Db, organizationId: string, userId: string): Promise<boolean> {
  const grants = await grantsInScope(tx, 'organization', organizationId);
  return grants.some((g) => g.userId === userId && (g.role === 'operator' || g.role === 'org_admin'));
}

function detailsOf(body: InterventionBody, restricted: boolean, key: Buffer): Record<string, unknown> {
  switch (body.kind) {
    case 'psychosocial':
    case 'socio_educational':
      return body.sessionsPlanned === undefined ? {} : { sessionsPlanned: body.sessionsPlanned };
    case 'orientation':
      return body.targetService ? { targetService: body.targetService } : {};
    case 'ethnoclinical_consultation': {
      // Clinical discussion of a restricted case is sealed like its notes.
      const d: ConsultationDetails = restricted
        ? { heldOn: body.heldOn, participants: body.participants, discussionEnc: sealText(key, body.discussion), recommendationsEnc: sealText(key, body.recommendations) }
        : { heldOn: body.heldOn, participants: body.participants, discussion: body.discussion, recommendations: body.recommendations };
      return d;
    }
    default:
      return {};
  }
}

/** Adds an intervention with its kind-specific part (mediation request, consultation, placement) in one transaction. */
export async function addIntervention(tx: Db, audit: Audit, input: { caseRow: CaseRow; body: InterventionBody; by: string; key: Buffer; locale: Locale }): Promise<string> {
  const { caseRow, body, locale } = input;
  const organizationId = await participatingOrganization(tx, caseRow.id, body.serviceId);
  if (!organizationId) throw invalidField('serviceId', 'service_not_in_case', locale);
  if (body.assignedUserId && !(await isCaseworker(tx, organizationId, body.assignedUserId))) throw invalidField('assignedUserId', 'assignee_not_staff', locale);
  if (body.goalId) {
    const [goal] = await tx.select({ id: goals.id }).from(goals).where(and(eq(goals.id, body.goalId), eq(goals.caseId, caseRow.id)));
    if (!goal) throw invalidField('goalId', 'goal_not_in_case', locale);
  }
  if (body.startsOn && body.endsOn && body.endsOn < body.startsOn) throw invalidField('endsOn', 'ends_before_start', locale);

  const startsOn = body.kind === 'mediation' ? body.scheduledAt.slice(0, 10) : body.kind === 'ethnoclinical_consultation' ? body.heldOn : (body.startsOn ?? null);
  const consultationHeld = body.kind === 'ethnoclinical_consultation' && body.heldOn <= isoToday();
  const [row] = await tx
    .insert(interventions)
    .values({
      caseId: caseRow.id,
      goalId: body.goalId ?? null,
      kind: body.kind,
      serviceId: body.serviceId,
      organizationId,
      assignedUserId: body.assignedUserId ?? null,
      status: consultationHeld ? 'done' : 'planned',
      startsOn,
      endsOn: body.endsOn ?? null,
      description: body.description ?? null,
      details: detailsOf(body, caseRow.protection === 'restricted', input.key),
      createdBy: input.by,
    })
    .returning({ id: interventions.id });
  const interventionId = row!.id;

  if (body.kind === 'mediation') {
    await tx.insert(mediations).values({
      interventionId,
      caseId: caseRow.id,
      language: body.language,
      scheduledAt: new Date(body.scheduledAt),
      place: body.place,
      durationMinutes: body.durationMinutes,
      requestedBy: input.by,
    });
  }
  if (body.kind === 'housing_placement') {
    // Locking the unit serialises placements into it, so two requests cannot both take its last place.
    const [unit] = await tx.select().from(housingUnits).where(eq(housingUnits.id, body.housingUnitId)).for('update');
    if (!unit || !unit.active || unit.districtId !== caseRow.districtId) throw badRequest('housing_unit_unavailable');
    if (!(await unitHasRoom(tx, unit, body.startsOn, body.endsOn ?? null))) throw conflict('housing_unit_full');
    await tx.insert(placements).values({
      interventionId,
      caseId: caseRow.id,
      housingUnitId: unit.id,
      startsOn: body.startsOn,
      endsOn: body.endsOn ?? null,
      milestones: body.milestones.map((m) => ({ title: m.title, dueOn: m.dueOn ?? null, reachedOn: null })),
    });
  }
  await audit({ action: 'casework.intervention.add', entityType: 'case', entityId: caseRow.id, personalData: true, details: { interventionId, kind: body.kind, serviceId: body.serviceId } });
  return interventionId;
}
