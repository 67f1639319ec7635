import { eq } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import type { Actor } from '../../../../platform/access/roles';
import type { AuditInput } from '../../../../platform/http/route';
import { badRequest } from '../../../../platform/errors/appError';
import type { closureOutcomes } from '../../contract';
import { caseEvents, cases } from '../schema';

type CaseRow = typeof cases.$inferSelect;

/**
 * Closes a case with its outcome. Participations, workers and the plan stay as they were: a closed
 * case is history, and reopening it must find everything in place.
 */
export async function closeCase(
  tx: Db,
  audit: (e: AuditInput) => Promise<void>,
  input: { actor: Actor; row: CaseRow; outcome: (typeof closureOutcomes)[number]; note: string | null | undefined; closedOn: string; today: string },
): Promise<void> {
  const { actor, row, closedOn } = input;
  if (row.status === 'closed') throw badRequest('case_closed');
  if (closedOn < row.openedOn) throw badRequest('case_closed_before_opening');
  if (closedOn > input.today) throw badRequest('case_date_in_future');
  await tx.update(cases).set({ status: 'closed', closedOn, closureOutcome: input.outcome, closureNote: input.note ?? null, updatedAt: new Date() }).where(eq(cases.id, row.id));
  // The event keeps the stage the case was in, so a reopening can return it there.
  await tx.insert(caseEvents).values({ caseId: row.id, kind: 'closed', fromStatus: row.status, toStatus: 'closed', note: input.note ?? null, userId: actor.userId });
  await audit({ action: 'casework.case.close', entityType: 'case', entityId: row.id, personalData: true, details: { outcome: input.outcome, closedOn, from: row.status } });
}
