import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../../platform/db/database';
import type { AuditInput } from '../../../../platform/http/route';
import type { goalUpdateBody } from '../../contract';
import { goals } from '../schema';

export async function updateGoal(tx: Db, audit: (e: AuditInput) => Promise<void>, input: { goalId: string; body: z.output<typeof goalUpdateBody> }): Promise<typeof goals.$inferSelect> {
  const [row] = await tx.update(goals).set(input.body).where(eq(goals.id, input.goalId)).returning();
  await audit({ action: 'casework.goal.update', entityType: 'case', entityId: row!.caseId, personalData: true, details: { goalId: row!.id, fields: Object.keys(input.body), status: row!.status } });
  return row!;
}
