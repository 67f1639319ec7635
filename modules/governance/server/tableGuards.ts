import { and, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../platform/access/roles';
import type { Db } from '../../../platform/db/database';
import { notFound } from '../../../platform/errors/appError';
import { networks, roundtableMembers, roundtables } from './schema';
import { tableAccess, type TableAccess, type TableFacts } from './tableAccess';
import { loadRoundtable, type RoundtableRow } from './guards';

export async function tableFacts(db: Db, row: RoundtableRow): Promise<TableFacts> {
  const [members, net] = await Promise.all([
    db
      .select({ organizationId: roundtableMembers.organizationId, delegate: roundtableMembers.delegateUserId, substitute: roundtableMembers.substituteUserId })
      .from(roundtableMembers)
      .where(eq(roundtableMembers.roundtableId, row.id)),
    row.networkId ? db.select({ districtId: networks.districtId }).from(networks).where(eq(networks.id, row.networkId)) : Promise.resolve([]),
  ]);
  return {
    coordinatingOrganizationId: row.coordinatingOrganizationId,
    districtId: row.districtId,
    networkDistrictId: net[0]?.districtId ?? null,
    memberOrganizationIds: members.map((m) => m.organizationId).filter((x): x is string => !!x),
    memberUserIds: members.flatMap((m) => [m.delegate, m.substitute]).filter((x): x is string => !!x),
  };
}

export async function accessToTable(db: Db, actor: Actor, row: RoundtableRow): Promise<TableAccess> {
  return tableAccess(actor, await tableFacts(db, row));
}

/**
 * Loads a round table the actor may see, with what they may do there; a table they may not see answers 404.
 * `need` names an ability the route requires (also 404 when missing, so a table's existence never leaks).
 */
export async function loadTableFor(db: Db, actor: Actor, id: string, need: keyof TableAccess = 'see'): Promise<{ table: RoundtableRow; access: TableAccess }> {
  const table = await loadRoundtable(db, id);
  const access = await accessToTable(db, actor, table);
  if (!access.see || !access[need]) throw notFound();
  return { table, access };
}

/** The SQL twin of tableAccess(...).see, for lists: kept next to it so the two change together. */
export function visibleTableCondition(actor: Actor): SQL | undefined {
  if (actor.grants.some((g) => g.scopeKind === 'platform')) return undefined;
  const orgs = actor.grants.filter((g) => g.scopeKind === 'organization' && g.scopeId).map((g) => g.scopeId!);
  const districts = actor.grants.filter((g) => g.scopeKind === 'district' && g.scopeId).map((g) => g.scopeId!);
  const c: SQL[] = [
    sql`exists (select 1 from ${roundtableMembers} m where m.roundtable_id = ${roundtables.id} and (m.delegate_user_id = ${actor.userId} or m.substitute_user_id = ${actor.userId}))`,
  ];
  if (orgs.length) {
    c.push(inArray(roundtables.coordinatingOrganizationId, orgs));
    c.push(sql`exists (select 1 from ${roundtableMembers} m where m.roundtable_id = ${roundtables.id} and m.organization_id in (${sql.join(orgs.map((o) => sql`${o}::uuid`), sql`, `)}))`);
  }
  if (districts.length) {
    c.push(inArray(roundtables.districtId, districts));
    c.push(sql`exists (select 1 from ${networks} n where n.id = ${roundtables.networkId} and n.district_id in (${sql.join(districts.map((d) => sql`${d}::uuid`), sql`, `)}))`);
  }
  return or(...c);
}

/** Ids of the (non-archived) tables the actor may see; for cross-table lists such as the action tracker. */
export async function visibleTableIds(db: Db, actor: Actor, includeArchived = false): Promise<string[] | 'all'> {
  const cond = visibleTableCondition(actor);
  if (!cond && includeArchived) return 'all';
  const rows = await db
    .select({ id: roundtables.id })
    .from(roundtables)
    .where(and(cond, includeArchived ? undefined : isNull(roundtables.archivedAt)));
  return rows.map((r) => r.id);
}
