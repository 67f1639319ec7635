import { asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { openText } from '../caseText';
import type { Db } from '../../../../platform/db/database';
import { findServices } from '../../../organizations/module';
import type { assessmentSchema, CaseAccess, goalSchema, interventionSchema, mediationSchema, planSchema } from '../../contract';
import { daysBetween } from '../planDates';
import type { PlanCase } from '../planGuards';
import { assessments, goals, housingUnits, interventions, mediations, mediators, placements } from '../schema';
import { isoToday } from '../visibility';
import { userNames } from './userNames';

type AssessmentRow = typeof assessments.$inferSelect;
type InterventionRow = typeof interventions.$inferSelect;

/** What a consultation stores in interventions.details; on restricted cases the texts are sealed. */
export type ConsultationDetails = {
  heldOn: string;
  participants: string[];
  discussion?: string;
  recommendations?: string;
  discussionEnc?: string;
  recommendationsEnc?: string;
};

export function presentAssessment(a: AssessmentRow, today = isoToday()): z.input<typeof assessmentSchema> {
  const open = a.completedOn === null;
  return {
    id: a.id,
    caseId: a.caseId,
    kind: a.kind,
    dueOn: a.dueOn,
    completedOn: a.completedOn,
    complexNeeds: a.complexNeeds,
    summary: a.summary,
    participants: a.participants,
    overdue: open && a.dueOn < today,
    daysLeft: open ? daysBetween(today, a.dueOn) : null,
  };
}

export const presentGoal = (g: typeof goals.$inferSelect): z.input<typeof goalSchema> => ({
  id: g.id,
  caseId: g.caseId,
  title: g.title,
  needArea: g.needArea,
  targetDate: g.targetDate,
  reviewDate: g.reviewDate,
  status: g.status,
});

const open = (key: Buffer, sealed: string | undefined) => (sealed === undefined ? null : openText(key, sealed));

/** Consultation contents are clinical: shown only to callers who see the case's health section. */
function presentConsultation(details: Record<string, unknown>, access: CaseAccess, key: Buffer) {
  const d = details as ConsultationDetails;
  const shown = access.sections.includes('health');
  return {
    heldOn: d.heldOn ?? null,
    participants: d.participants ?? [],
    discussion: shown ? (d.discussion ?? open(key, d.discussionEnc)) : null,
    recommendations: shown ? (d.recommendations ?? open(key, d.recommendationsEnc)) : null,
    hidden: !shown,
  };
}

export const presentMediation = (m: typeof mediations.$inferSelect, mediatorName: string | null): z.input<typeof mediationSchema> => ({
  id: m.id,
  interventionId: m.interventionId,
  language: m.language,
  scheduledAt: m.scheduledAt.toISOString(),
  place: m.place,
  durationMinutes: m.durationMinutes,
  mediatorId: m.mediatorId,
  mediatorName,
  status: m.status,
  hoursDone: m.hoursDone === null ? null : Number(m.hoursDone),
});

export async function presentMediationById(db: Db, id: string) {
  const [row] = await db.select({ m: mediations, mediatorName: mediators.displayName }).from(mediations).leftJoin(mediators, eq(mediators.id, mediations.mediatorId)).where(eq(mediations.id, id));
  return presentMediation(row!.m, row!.mediatorName);
}

const intOrNull = (v: unknown) => (typeof v === 'number' ? v : null);

/** Interventions with their kind-specific parts and the names the plan shows, in a fixed number of queries. */
export async function presentInterventions(db: Db, key: Buffer, access: CaseAccess, rows: InterventionRow[]): Promise<z.input<typeof interventionSchema>[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [services, mediationRows, placementRows, assignees] = await Promise.all([
    findServices(db, rows.map((r) => r.serviceId)),
    db
      .select({ m: mediations, mediatorName: mediators.displayName })
      .from(mediations)
      .leftJoin(mediators, eq(mediators.id, mediations.mediatorId))
      .where(inArray(mediations.interventionId, ids))
      .orderBy(asc(mediations.scheduledAt)),
    db
      .select({ p: placements, unitName: housingUnits.name })
      .from(placements)
      .innerJoin(housingUnits, eq(housingUnits.id, placements.housingUnitId))
      .where(inArray(placements.interventionId, ids)),
    userNames(db, rows.map((r) => r.assignedUserId)),
  ]);
  return rows.map((r) => {
    const service = services.get(r.serviceId);
    const placement = placementRows.find((p) => p.p.interventionId === r.id);
    return {
      id: r.id,
      caseId: r.caseId,
      goalId: r.goalId,
      kind: r.kind,
      serviceId: r.serviceId,
      serviceName: service?.name ?? null,
      organizationId: r.organizationId,
      organizationName: service?.organizationName ?? null,
      assignedUserId: r.assignedUserId,
      assignedUserName: r.assignedUserId ? (assignees.get(r.assignedUserId) ?? null) : null,
      status: r.status,
      startsOn: r.startsOn,
      endsOn: r.endsOn,
      description: r.description,
      sessionsPlanned: intOrNull(r.details.sessionsPlanned),
      sessionsHeld: intOrNull(r.details.sessionsHeld),
      targetService: typeof r.details.targetService === 'string' ? r.details.targetService : null,
      mediations: mediationRows
        .filter((m) => m.m.interventionId === r.id)
        .map(({ m, mediatorName }) => presentMediation(m, mediatorName)),
      consultation: r.kind === 'ethnoclinical_consultation' ? presentConsultation(r.details, access, key) : null,
      placement: placement
        ? {
            id: placement.p.id,
            housingUnitId: placement.p.housingUnitId,
            housingUnitName: placement.unitName,
            startsOn: placement.p.startsOn,
            endsOn: placement.p.endsOn,
            milestones: placement.p.milestones,
          }
        : null,
    };
  });
}

export async function presentInterventionById(db: Db, key: Buffer, access: CaseAccess, id: string) {
  const rows = await db.select().from(interventions).where(eq(interventions.id, id));
  return (await presentInterventions(db, key, access, rows))[0]!;
}

/** The whole care plan of one case, as the caller may see it. */
export async function loadPlan(db: Db, key: Buffer, { row, access }: PlanCase): Promise<z.input<typeof planSchema>> {
  const caseId = row.id;
  const [assessmentRows, goalRows, interventionRows] = await Promise.all([
    db.select().from(assessments).where(eq(assessments.caseId, caseId)).orderBy(asc(assessments.createdAt)),
    db.select().from(goals).where(eq(goals.caseId, caseId)).orderBy(asc(goals.createdAt)),
    db.select().from(interventions).where(eq(interventions.caseId, caseId)).orderBy(asc(interventions.createdAt)),
  ]);
  const today = isoToday();
  return {
    caseId,
    canPlan: access.can.plan && row.status !== 'closed',
    assessments: assessmentRows.map((a) => presentAssessment(a, today)),
    goals: goalRows.map(presentGoal),
    interventions: await presentInterventions(db, key, access, interventionRows),
  };
}
