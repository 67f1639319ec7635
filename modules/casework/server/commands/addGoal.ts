import type { z } from 'zod';
import type { Db } from '../../../../platform/db/database';
import type { AuditInput } from '../../../../platform/http/route';
import type { goalBody } from '../../contract';
import { goals } from '../schema';

export async function addGoal(tx: Db, audit: (e: AuditInput) => Promise<void>, input: { caseId: string; body: z.output<typeof goalBody>; by: string }): Promise<typeof goals.$inferSelect> {
  const { body } = input;
  const [row] = await tx
    .insert(goals)
    .values({ caseId: input.caseId, title: body.title, needArea: body.needArea ?? null, targetDate: body.targetDate ?? null, reviewDate: body.reviewDate ?? null, createdBy: input.by })
    .returning();
  await audit({ action: 'casework.goal.add', entityType: 'case', entityId: input.caseId, personalData: true, details: { goalId: row!.id, needArea: row!.needArea } });
  return row!;
}
