import { and, eq, inArray, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm';
import { roleGrants } from '../../../../platform/access/schema';
import type { Config } from '../../../../platform/config/config';
import type { Db } from '../../../../platform/db/database';
import { notify, type NewNotification } from '../../../../platform/notifications/notifications';
import { italianDay } from '../italianFormat';
import { actionItems, agreements, roundtables } from '../schema';
import { isoToday, openStatuses } from './queries';

const DAY_MS = 86_400_000;

/** Users holding a role in one of these scopes (org admins of organisations, coordinators of districts). */
async function usersWithRole(db: Db, role: 'org_admin' | 'district_coordinator', scopeKind: 'organization' | 'district', scopeIds: string[]): Promise<string[]> {
  const unique = [...new Set(scopeIds)];
  if (!unique.length) return [];
  const rows = await db
    .select({ userId: roleGrants.userId })
    .from(roleGrants)
    .where(and(eq(roleGrants.role, role), eq(roleGrants.scopeKind, scopeKind), inArray(roleGrants.scopeId, unique)));
  return [...new Set(rows.map((r) => r.userId))];
}

type ActionItemRow = typeof actionItems.$inferSelect;

/** Who hears about an overdue item: its owner person, else its owner organisation's admins, else the table's coordinators (or the agreement's keeper). */
async function recipientsOf(db: Db, item: ActionItemRow): Promise<string[]> {
  if (item.ownerUserId) return [item.ownerUserId];
  if (item.ownerOrganizationId) {
    const admins = await usersWithRole(db, 'org_admin', 'organization', [item.ownerOrganizationId]);
    if (admins.length) return admins;
  }
  if (item.roundtableId) {
    const [t] = await db.select({ org: roundtables.coordinatingOrganizationId }).from(roundtables).where(eq(roundtables.id, item.roundtableId));
    if (t) return usersWithRole(db, 'org_admin', 'organization', [t.org]);
  }
  if (item.agreementId) {
    const [a] = await db.select({ org: agreements.keeperOrganizationId }).from(agreements).where(eq(agreements.id, item.agreementId));
    if (a) return usersWithRole(db, 'org_admin', 'organization', [a.org]);
  }
  return [];
}

export type GovernanceReminderCounts = { actionItems: number; agreements: number; notifications: number };

/**
 * The hourly reminders. Overdue open or in-progress action items are reminded to their owner (see recipientsOf)
 * and again every `actionReminderDays`; agreements entering their renewal notice period are reminded once to the
 * keeper's org admins and the district's coordinators. Idempotent: the reminder stamps make a repeated run a no-op.
 */
export async function runGovernanceReminders(db: Db, config: Pick<Config, 'governance'>, now: Date): Promise<GovernanceReminderCounts> {
  const today = isoToday(now);
  const threshold = new Date(now.getTime() - config.governance.actionReminderDays * DAY_MS);
  let notifications = 0;

  const due = await db
    .select()
    .from(actionItems)
    .where(
      and(
        inArray(actionItems.status, [...openStatuses]),
        isNotNull(actionItems.dueDate),
        lt(actionItems.dueDate, today),
        or(isNull(actionItems.lastRemindedAt), lte(actionItems.lastRemindedAt, threshold)),
      ),
    );
  for (const item of due) {
    const to = await recipientsOf(db, item);
    const items: NewNotification[] = to.map((userId) => ({
      userId,
      kind: 'governance.action_item_overdue',
      messageKey: 'governance:notifications.actionItemOverdue',
      params: { title: item.title, dueDate: item.dueDate ? italianDay(item.dueDate) : '' },
      link: `/governance/action-items?mine=true`,
    }));
    await db.transaction(async (tx) => {
      await notify(tx as unknown as Db, items);
      await tx.update(actionItems).set({ lastRemindedAt: now }).where(eq(actionItems.id, item.id));
    });
    notifications += items.length;
  }

  // Active (or upcoming) agreements whose end falls within their notice period, not reminded yet and not renewed.
  const expiring = await db
    .select()
    .from(agreements)
    .where(
      and(
        isNull(agreements.renewalRemindedAt),
        isNotNull(agreements.validTo),
        sql`${agreements.validTo} >= ${today}::date`,
        sql`${agreements.validTo} <= ${today}::date + ${agreements.renewalNoticeDays}`,
        sql`not exists (select 1 from ${agreements} r where r.renews_id = ${agreements.id})`,
      ),
    );
  for (const a of expiring) {
    const to = [
      ...new Set([
        ...(await usersWithRole(db, 'org_admin', 'organization', [a.keeperOrganizationId])),
        ...(await usersWithRole(db, 'district_coordinator', 'district', a.districtId ? [a.districtId] : [])),
      ]),
    ];
    const items: NewNotification[] = to.map((userId) => ({
      userId,
      kind: 'governance.agreement_expiring',
      messageKey: 'governance:notifications.agreementExpiring',
      params: { title: a.title, validTo: a.validTo ? italianDay(a.validTo) : '' },
      link: `/governance/agreements/${a.id}`,
    }));
    await db.transaction(async (tx) => {
      await notify(tx as unknown as Db, items);
      await tx.update(agreements).set({ renewalRemindedAt: now }).where(eq(agreements.id, a.id));
    });
    notifications += items.length;
  }
  return { actionItems: due.length, agreements: expiring.length, notifications };
}
