import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database';
import type { Actor } from '../../../platform/access/roles';
import { AppError, notFound } from '../../../platform/errors/appError';
import type { CaseAccess } from '../contract';
import { cases } from './schema';
import { accessToCases } from './queries/caseFacts';

// Seen but not theirs to act on: a participant with a partial view, or a restricted case without a name on it.
const forbiddenOnCase = () => new AppError(403, 'case_action_forbidden', 'errors.case_action_forbidden');

export type CaseRow = typeof cases.$inferSelect;

/**
 * Loads a case the caller may know about, with their access to it; anything else is a 404, so
 * the case's existence is not revealed. `need` names the ability the action requires: a case the
 * caller sees but may not act on answers 403.
 */
export async function loadCaseFor(db: Db, actor: Actor, caseId: string, need?: keyof CaseAccess['can']): Promise<{ row: CaseRow; access: CaseAccess }> {
  const [row] = await db.select().from(cases).where(eq(cases.id, caseId));
  if (!row) throw notFound();
  const access = (await accessToCases(db, actor, [caseId])).get(caseId);
  if (!access) throw notFound();
  if (need && !access.can[need]) throw forbiddenOnCase();
  return { row, access };
}

