import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../../platform/db/database';
import { badRequest, conflict } from '../../../../platform/errors/appError';
import type { AuditInput } from '../../../../platform/http/route';
import type { assessmentBody } from '../../contract';
import { addDays, addWorkingDays } from '../planDates';
import type { CaseRow } from '../guards';
import { assessments, cases } from '../schema';

/** Deadlines of the national inclusion schemes' pact: 30 days for the preliminary analysis, 20 working days for the full one. */
export const PRELIMINARY_DAYS = 30;
export const MULTIDIMENSIONAL_WORKING_DAYS = 20;

/**
 * Starts an assessment. The multidimensional one follows only a completed preliminary analysis
 * that found complex needs; one open assessment of each kind at a time.
 */
export async function addAssessment(
  tx: Db,
  audit: (e: AuditInput) => Promise<void>,
  input: { caseRow: CaseRow; body: z.output<typeof assessmentBody>; by: string },
): Promise<typeof assessments.$inferSelect> {
  const { caseRow, body } = input;
  // Locking the case serialises assessment starts on it, so two requests cannot both find none open.
  await tx.select({ id: cases.id }).from(cases).where(eq(cases.id, caseRow.id)).for('update');
  const [open] = await tx
    .select({ id: assessments.id })
    .from(assessments)
    .where(and(eq(assessments.caseId, caseRow.id), eq(assessments.kind, body.kind), isNull(assessments.completedOn)));
  if (open) throw conflict('assessment_open');

  let dueOn = body.dueOn;
  if (body.kind === 'multidimensional') {
    const [preliminary] = await tx
      .select()
      .from(assessments)
      .where(and(eq(assessments.caseId, caseRow.id), eq(assessments.kind, 'preliminary'), isNotNull(assessments.completedOn)))
      .orderBy(desc(assessments.completedOn))
      .limit(1);
    if (!preliminary?.complexNeeds) throw badRequest('assessment_preliminary_required');
    dueOn ??= addWorkingDays(preliminary.completedOn!, MULTIDIMENSIONAL_WORKING_DAYS);
  }
  dueOn ??= addDays(caseRow.openedOn, PRELIMINARY_DAYS);

  const [row] = await tx.insert(assessments).values({ caseId: caseRow.id, kind: body.kind, dueOn, createdBy: input.by }).returning();
  await audit({ action: 'casework.assessment.add', entityType: 'case', entityId: caseRow.id, personalData: true, details: { assessmentId: row!.id, kind: body.kind, dueOn } });
  return row!;
}
