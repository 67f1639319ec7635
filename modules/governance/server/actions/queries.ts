import { and, asc, desc, eq, gte, ilike, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { can } from '../../../../platform/access/policy';
import type { Actor } from '../../../../platform/access/roles';
import { users } from '../../../../platform/auth/schema';
import type { Db } from '../../../../platform/db/database';
import { containsPattern } from '../../../../platform/db/like';
import { notFound } from '../../../../platform/errors/appError';
import { organizationNames } from '../../../organizations/module';
import type { actionItemFilters, actionItemSchema } from '../../contract';
import { governancePermissions as P, roundtableScope } from '../access';
import { agendaItems, actionItems, agreementParties, agreements, decisions, networks, roundtables } from '../schema';
import { accessToTable, visibleTableCondition } from '../tableGuards';
import { agreementAccess, visibleAgreementCondition } from '../agreements/agreementAccess';

export type ActionItemRow = typeof actionItems.$inferSelect;
type ActionItemOut = z.input<typeof actionItemSchema>;
type Filters = z.output<typeof actionItemFilters>;

/** Today as an ISO date in the server's time zone (the day an item falls overdue on). */
export function isoToday(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

export const openStatuses = ['open', 'in_progress'] as const;
export const isOverdue = (r: { dueDate: string | null; status: string }, today: string) => !!r.dueDate && r.dueDate < today && (openStatuses as readonly string[]).includes(r.status);

const ids = <T>(xs: (T | null | undefined)[]) => [...new Set(xs.filter((x): x is T => x != null))];

/** Staff roles of an organisation that may move its items' status. */
const ownerStaffRoles = new Set(['operator', 'org_admin']);

/**
 * The SQL twin of "may see this action item": an item of a round table the actor sees, or an obligation of an
 * agreement the actor sees (undefined = all).
 */
export function visibleActionItemCondition(db: Db, actor: Actor): SQL | undefined {
  const tables = visibleTableCondition(actor);
  const agreementsCond = visibleAgreementCondition(actor);
  if (!tables || !agreementsCond) return undefined;
  return or(
    inArray(actionItems.roundtableId, db.select({ id: roundtables.id }).from(roundtables).where(tables)),
    inArray(actionItems.agreementId, db.select({ id: agreements.id }).from(agreements).where(agreementsCond)),
  );
}

export function actionItemWhere(db: Db, actor: Actor, f: Filters, today: string): SQL | undefined {
  const c: (SQL | undefined)[] = [visibleActionItemCondition(db, actor)];
  if (f.roundtableId) c.push(eq(actionItems.roundtableId, f.roundtableId));
  if (f.organizationId) c.push(eq(actionItems.ownerOrganizationId, f.organizationId));
  if (f.ownerUserId) c.push(eq(actionItems.ownerUserId, f.ownerUserId));
  if (f.agreementId) c.push(eq(actionItems.agreementId, f.agreementId));
  if (f.status) c.push(eq(actionItems.status, f.status));
  if (f.dueFrom) c.push(gte(actionItems.dueDate, f.dueFrom));
  if (f.dueTo) c.push(lte(actionItems.dueDate, f.dueTo));
  if (f.overdue === 'true') c.push(and(lt(actionItems.dueDate, today), inArray(actionItems.status, [...openStatuses])));
  if (f.mine === 'true') {
    const orgs = actor.grants.filter((g) => g.scopeKind === 'organization' && g.scopeId).map((g) => g.scopeId!);
    c.push(or(eq(actionItems.ownerUserId, actor.userId), orgs.length ? inArray(actionItems.ownerOrganizationId, orgs) : undefined));
  }
  if (f.q) c.push(or(ilike(actionItems.title, containsPattern(f.q)), ilike(actionItems.description, containsPattern(f.q))));
  return and(...c);
}

function orderOf(sort: Filters['sort']): SQL[] {
  const tail = [asc(actionItems.createdAt), asc(actionItems.id)];
  switch (sort) {
    case '-dueDate':
      return [sql`${actionItems.dueDate} desc nulls last`, ...tail];
    case 'title':
      return [asc(actionItems.title), ...tail];
    case 'status':
      return [asc(actionItems.status), sql`${actionItems.dueDate} asc nulls last`, ...tail];
    case 'createdAt':
      return tail;
    case '-createdAt':
      return [desc(actionItems.createdAt), desc(actionItems.id)];
    default:
      return [sql`${actionItems.dueDate} asc nulls last`, ...tail];
  }
}

export async function findActionItems(db: Db, actor: Actor, f: Filters, today: string, page: { limit: number; offset: number }): Promise<ActionItemRow[]> {
  return db
    .select()
    .from(actionItems)
    .where(actionItemWhere(db, actor, f, today))
    .orderBy(...orderOf(f.sort))
    .limit(page.limit)
    .offset(page.offset);
}

export async function countActionItems(db: Db, actor: Actor, f: Filters, today: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(actionItems).where(actionItemWhere(db, actor, f, today));
  return row?.n ?? 0;
}

export async function userNames(db: Db, userIds: string[]): Promise<Record<string, string>> {
  const unique = ids(userIds);
  if (!unique.length) return {};
  const rows = await db.select({ id: users.id, displayName: users.displayName }).from(users).where(inArray(users.id, unique));
  return Object.fromEntries(rows.map((r) => [r.id, r.displayName]));
}

/** What the actor may do to an item: edit (managers of its table or agreement), changeStatus (also its owners). */
export type ItemAbilities = { see: boolean; edit: boolean; changeStatus: boolean };

export function ownerAbilities(actor: Actor, item: Pick<ActionItemRow, 'ownerUserId' | 'ownerOrganizationId'>): boolean {
  if (item.ownerUserId && item.ownerUserId === actor.userId) return true;
  return !!item.ownerOrganizationId && actor.grants.some((g) => g.scopeKind === 'organization' && g.scopeId === item.ownerOrganizationId && ownerStaffRoles.has(g.role));
}

/** Full access of one item (its table's rule, or its agreement's). */
export async function actionItemAccess(db: Db, actor: Actor, item: ActionItemRow): Promise<ItemAbilities> {
  let see = false;
  let manage = false;
  if (item.roundtableId) {
    const [table] = await db.select().from(roundtables).where(eq(roundtables.id, item.roundtableId));
    if (table) {
      const a = await accessToTable(db, actor, table);
      see ||= a.see;
      manage ||= a.manage;
    }
  }
  if (item.agreementId) {
    const a = await agreementAccessById(db, actor, item.agreementId);
    see ||= a.see;
    manage ||= a.manage;
  }
  return { see, edit: see && manage, changeStatus: see && (manage || ownerAbilities(actor, item)) };
}

export async function agreementAccessById(db: Db, actor: Actor, agreementId: string) {
  const [row] = await db.select().from(agreements).where(eq(agreements.id, agreementId));
  if (!row) return { see: false, manage: false };
  const parties = await db.select({ id: agreementParties.organizationId }).from(agreementParties).where(eq(agreementParties.agreementId, agreementId));
  return agreementAccess(actor, { ...row, partyOrganizationIds: parties.map((p) => p.id) });
}

export async function loadActionItem(db: Db, id: string): Promise<ActionItemRow> {
  const [row] = await db.select().from(actionItems).where(eq(actionItems.id, id));
  if (!row) throw notFound();
  return row;
}

/** Rows as the tracker shows them: names resolved, decision number, overdue flag, the meetings that review them, abilities. */
export async function presentActionItems(db: Db, actor: Actor, rows: ActionItemRow[], today: string): Promise<ActionItemOut[]> {
  if (!rows.length) return [];
  const tableIds = ids(rows.map((r) => r.roundtableId));
  const agreementIds = ids(rows.map((r) => r.agreementId));
  const decisionIds = ids(rows.map((r) => r.decisionId));
  const [tables, agreementRows, decisionRows, carried, orgNames, people, parties] = await Promise.all([
    tableIds.length
      ? db
          .select({ id: roundtables.id, name: roundtables.name, coordinatingOrganizationId: roundtables.coordinatingOrganizationId, districtId: roundtables.districtId, networkDistrictId: networks.districtId })
          .from(roundtables)
          .leftJoin(networks, eq(networks.id, roundtables.networkId))
          .where(inArray(roundtables.id, tableIds))
      : Promise.resolve([]),
    agreementIds.length ? db.select().from(agreements).where(inArray(agreements.id, agreementIds)) : Promise.resolve([]),
    decisionIds.length ? db.select({ id: decisions.id, number: decisions.number }).from(decisions).where(inArray(decisions.id, decisionIds)) : Promise.resolve([]),
    db
      .select({ actionItemId: agendaItems.actionItemId, meetingId: agendaItems.meetingId })
      .from(agendaItems)
      .where(inArray(agendaItems.actionItemId, rows.map((r) => r.id))),
    organizationNames(db, ids(rows.map((r) => r.ownerOrganizationId))),
    userNames(db, ids(rows.map((r) => r.ownerUserId))),
    agreementIds.length ? db.select().from(agreementParties).where(inArray(agreementParties.agreementId, agreementIds)) : Promise.resolve([]),
  ]);
  const tableOf = new Map(tables.map((t) => [t.id, t]));
  const agreementOf = new Map(agreementRows.map((a) => [a.id, a]));
  const numberOf = new Map(decisionRows.map((d) => [d.id, d.number]));
  return rows.map((r) => {
    const table = r.roundtableId ? tableOf.get(r.roundtableId) : undefined;
    const agreement = r.agreementId ? agreementOf.get(r.agreementId) : undefined;
    const manage =
      (!!table && can(actor, P['governance.manage'], roundtableScope(table, table.networkDistrictId))) ||
      (!!agreement &&
        agreementAccess(actor, { ...agreement, partyOrganizationIds: parties.filter((p) => p.agreementId === agreement.id).map((p) => p.organizationId) }).manage);
    return {
      id: r.id,
      title: r.title,
      description: r.description,
      roundtableId: r.roundtableId,
      roundtableName: table?.name ?? null,
      agreementId: r.agreementId,
      agreementTitle: agreement?.title ?? null,
      minutesId: r.minutesId,
      decisionId: r.decisionId,
      decisionNumber: r.decisionId ? (numberOf.get(r.decisionId) ?? null) : null,
      ownerOrganizationId: r.ownerOrganizationId,
      ownerOrganizationName: r.ownerOrganizationId ? (orgNames[r.ownerOrganizationId] ?? null) : null,
      ownerUserId: r.ownerUserId,
      ownerName: r.ownerUserId ? (people[r.ownerUserId] ?? null) : null,
      dueDate: r.dueDate,
      status: r.status,
      completedAt: r.completedAt ? r.completedAt.toISOString() : null,
      overdue: isOverdue(r, today),
      carriedToMeetingIds: ids(carried.filter((c) => c.actionItemId === r.id).map((c) => c.meetingId)),
      abilities: { edit: manage, changeStatus: manage || ownerAbilities(actor, r) },
    };
  });
}
