import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../../platform/db/database';
import { conflict } from '../../../../platform/errors/appError';
import type { AuditInput } from '../../../../platform/http/route';
import type { Locale } from '../../../../platform/i18n/i18n';
import type { completeAssessmentBody } from '../../contract';
import { invalidField } from '../input';
import { assessments } from '../schema';
import { isoToday } from '../visibility';

/** Closes an assessment with the team's findings; the preliminary one must say whether needs are complex. */
export async function completeAssessment(
  tx: Db,
  audit: (e: AuditInput) => Promise<void>,
  input: { assessmentId: string; body: z.output<typeof completeAssessmentBody>; locale: Locale },
): Promise<typeof assessments.$inferSelect> {
  const { body, locale } = input;
  // Locked so two workers completing at once do not both pass the "still open" check.
  const [current] = await tx.select().from(assessments).where(eq(assessments.id, input.assessmentId)).for('update');
  if (current!.completedOn) throw conflict('assessment_completed');
  if (current!.kind === 'preliminary' && body.complexNeeds === undefined) throw invalidField('complexNeeds', 'complex_needs_required', locale);
  if (body.completedOn > isoToday()) throw invalidField('completedOn', 'future_date', locale);
  const [row] = await tx
    .update(assessments)
    .set({
      completedOn: body.completedOn,
      summary: body.summary,
      participants: body.participants,
      complexNeeds: current!.kind === 'preliminary' ? body.complexNeeds! : null,
    })
    .where(eq(assessments.id, input.assessmentId))
    .returning();
  await audit({
    action: 'casework.assessment.complete',
    entityType: 'case',
    entityId: current!.caseId,
    personalData: true,
    details: { assessmentId: current!.id, kind: current!.kind, completedOn: body.completedOn, complexNeeds: row!.complexNeeds },
  });
  return row!;
}
