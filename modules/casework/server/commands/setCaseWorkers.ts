import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import type { Actor } from '../../../../platform/access/roles';
import type { AuditInput } from '../../../../platform/http/route';
import { grantsOfUsers } from '../../../../platform/access/grants';
import { users } from '../../../../platform/auth/schema';
import { badRequest } from '../../../../platform/errors/appError';
import { caseWorkers, householdMembers, lockouts, participants, type cases } from '../schema';

type CaseRow = typeof cases.$inferSelect;
const CASE_ROLES = ['operator', 'org_admin'];

/**
 * Where each user could work on the case: an organisation taking part in it (active participation) in
 * which they hold a casework role, and which no lockout of the person keeps away. Null when none.
 */
async function workplaces(tx: Db, row: CaseRow, userIds: string[], today: string): Promise<Map<string, string | null>> {
  const parts = (await tx.select().from(participants).where(and(eq(participants.caseId, row.id), isNull(participants.endedAt)))).filter((p) => !p.until || p.until >= today);
  const personIds = row.personId
    ? [row.personId]
    : (await tx.select({ id: householdMembers.personId }).from(householdMembers).where(eq(householdMembers.householdId, row.householdId!))).map((m) => m.id);
  const locks = personIds.length ? await tx.select().from(lockouts).where(and(inArray(lockouts.personId, personIds), isNull(lockouts.liftedAt))) : [];
  const [grants, accounts] = await Promise.all([
    grantsOfUsers(tx, userIds),
    tx.select({ id: users.id, status: users.status }).from(users).where(inArray(users.id, userIds)),
  ]);
  const out = new Map<string, string | null>();
  for (const userId of userIds) {
    const active = accounts.some((a) => a.id === userId && a.status === 'active');
    const personallyLocked = locks.some((l) => l.userId === userId);
    const org = parts.find(
      (p) =>
        !locks.some((l) => l.serviceId === p.serviceId || l.organizationId === p.organizationId) &&
        grants.some((g) => g.userId === userId && g.scopeKind === 'organization' && g.scopeId === p.organizationId && CASE_ROLES.includes(g.role)),
    )?.organizationId;
    out.set(userId, active && !personallyLocked && org ? org : null);
  }
  return out;
}

/** Replaces the workers named on a case; the owner always stays. */
export async function setCaseWorkers(tx: Db, audit: (e: AuditInput) => Promise<void>, input: { actor: Actor; row: CaseRow; userIds: string[]; today: string }): Promise<void> {
  const { actor, row } = input;
  const wanted = [...new Set([row.ownerId, ...input.userIds])];
  const current = await tx.select().from(caseWorkers).where(eq(caseWorkers.caseId, row.id));
  const toAdd = wanted.filter((u) => !current.some((w) => w.userId === u));
  const toRemove = current.filter((w) => !wanted.includes(w.userId)).map((w) => w.userId);
  const places = toAdd.length ? await workplaces(tx, row, toAdd, input.today) : new Map<string, string | null>();
  // One neutral refusal for every reason (not on the case, disabled, locked out): a lockout must not be revealed.
  if ([...places.values()].some((org) => org === null)) throw badRequest('case_worker_not_eligible');
  if (toRemove.length) await tx.delete(caseWorkers).where(and(eq(caseWorkers.caseId, row.id), or(...toRemove.map((u) => eq(caseWorkers.userId, u)))));
  if (toAdd.length) await tx.insert(caseWorkers).values(toAdd.map((userId) => ({ caseId: row.id, userId, organizationId: places.get(userId)!, addedBy: actor.userId })));
  await audit({ action: 'casework.case.workers', entityType: 'case', entityId: row.id, personalData: true, details: { added: toAdd, removed: toRemove } });
}
