import { eq } from 'drizzle-orm';
import type { Actor } from '../../../platform/access/roles';
import type { Db } from '../../../platform/db/database';
import { AppError, conflict, notFound } from '../../../platform/errors/appError';
import { loadCaseFor, type CaseRow } from './guards';
import type { CaseAccess } from '../contract';
import { assessments, goals, interventions, mediations } from './schema';

export type PlanCase = { row: CaseRow; access: CaseAccess };

// Same code as the case guard's: the case is seen, the plan is not the caller's to read or change.
const planForbidden = () => new AppError(403, 'case_action_forbidden', 'errors.case_action_forbidden');

/**
 * The plan is a section of the case: an invisible case answers 404, a visible one without the
 * 'plan' section 403. Writing needs the plan ability and an open case.
 */
export async function loadPlanCase(db: Db, actor: Actor, caseId: string, mode: 'read' | 'write'): Promise<PlanCase> {
  const loaded = await loadCaseFor(db, actor, caseId);
  if (!loaded.access.sections.includes('plan')) throw planForbidden();
  if (mode === 'write') {
    if (!loaded.access.can.plan) throw planForbidden();
    if (loaded.row.status === 'closed') throw conflict('case_closed');
  }
  return loaded;
}

/** Plan records are reached through their case, so the case's rule decides, and an unknown id is a 404 too. */
async function caseIdOr404(rows: Promise<{ caseId: string }[]>): Promise<string> {
  const [row] = await rows;
  if (!row) throw notFound();
  return row.caseId;
}

export const caseOfAssessment = (db: Db, id: string) => caseIdOr404(db.select({ caseId: assessments.caseId }).from(assessments).where(eq(assessments.id, id)));
export const caseOfGoal = (db: Db, id: string) => caseIdOr404(db.select({ caseId: goals.caseId }).from(goals).where(eq(goals.id, id)));
export const caseOfIntervention = (db: Db, id: string) => caseIdOr404(db.select({ caseId: interventions.caseId }).from(interventions).where(eq(interventions.id, id)));
export const caseOfMediation = (db: Db, id: string) => caseIdOr404(db.select({ caseId: mediations.caseId }).from(mediations).where(eq(mediations.id, id)));

