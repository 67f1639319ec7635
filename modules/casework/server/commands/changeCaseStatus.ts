import { eq } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import type { Actor } from '../../../../platform/access/roles';
import type { AuditInput } from '../../../../platform/http/route';
import { badRequest } from '../../../../platform/errors/appError';
import { caseStatuses } from '../../contract';
import { caseEvents, cases } from '../schema';

type Status = (typeof caseStatuses)[number];
type CaseRow = typeof cases.$inferSelect;

// The working stages in order; 'closed' is reached and left only through close and reopen.
const stages: readonly Status[] = caseStatuses.filter((s) => s !== 'closed');

/** One step forward or back along intake → assessment → plan → active. */
export function isStatusStep(from: Status, to: Status): boolean {
  const a = stages.indexOf(from);
  const b = stages.indexOf(to);
  return a >= 0 && b >= 0 && Math.abs(a - b) === 1;
}

export async function changeCaseStatus(tx: Db, audit: (e: AuditInput) => Promise<void>, input: { actor: Actor; row: CaseRow; status: Status; note: string | null | undefined }): Promise<void> {
  const { actor, row, status } = input;
  if (row.status === 'closed') throw badRequest('case_closed');
  if (!isStatusStep(row.status, status)) throw badRequest('case_status_step');
  await tx.update(cases).set({ status, updatedAt: new Date() }).where(eq(cases.id, row.id));
  await tx.insert(caseEvents).values({ caseId: row.id, kind: 'status_changed', fromStatus: row.status, toStatus: status, note: input.note ?? null, userId: actor.userId });
  await audit({ action: 'casework.case.status', entityType: 'case', entityId: row.id, personalData: true, details: { from: row.status, to: status } });
}
