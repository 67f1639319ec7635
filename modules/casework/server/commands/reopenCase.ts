import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import type { Actor } from '../../../../platform/access/roles';
import type { AuditInput } from '../../../../platform/http/route';
import { badRequest } from '../../../../platform/errors/appError';
import { caseStatuses } from '../../contract';
import { caseEvents, cases } from '../schema';

type Status = (typeof caseStatuses)[number];
type CaseRow = typeof cases.$inferSelect;

/** Reopens a closed case in the stage it had when it was closed; the closure stays in the history. */
export async function reopenCase(tx: Db, audit: (e: AuditInput) => Promise<void>, input: { actor: Actor; row: CaseRow; reason: string }): Promise<Status> {
  const { actor, row } = input;
  if (row.status !== 'closed') throw badRequest('case_not_closed');
  const [closing] = await tx
    .select({ fromStatus: caseEvents.fromStatus })
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, row.id), eq(caseEvents.kind, 'closed')))
    .orderBy(desc(caseEvents.at))
    .limit(1);
  // A case closed outside this module (imports, old data) has no closing event: it was at work.
  const previous = closing?.fromStatus as Status | null | undefined;
  const status: Status = previous && previous !== 'closed' && caseStatuses.includes(previous) ? previous : 'active';
  await tx.update(cases).set({ status, closedOn: null, closureOutcome: null, closureNote: null, updatedAt: new Date() }).where(eq(cases.id, row.id));
  await tx.insert(caseEvents).values({ caseId: row.id, kind: 'reopened', fromStatus: 'closed', toStatus: status, note: input.reason, userId: actor.userId });
  await audit({
    action: 'casework.case.reopen',
    entityType: 'case',
    entityId: row.id,
    personalData: true,
    reason: input.reason,
    details: { to: status, previousOutcome: row.closureOutcome, previousClosedOn: row.closedOn },
  });
  return status;
}
