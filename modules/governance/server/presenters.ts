import { and, asc, eq, ilike, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { abilities } from '../../../platform/access/policy';
import type { Actor } from '../../../platform/access/roles';
import { containsPattern } from '../../../platform/db/like';
import type { Db } from '../../../platform/db/database';
import { users } from '../../../platform/auth/schema';
import { districtNames } from '../../territory/module';
import { organizationNames } from '../../organizations/module';
import type { memberSchema, networkDetailSchema, networkSchema, networksQuery, roundtableDetailSchema, roundtableSchema, roundtablesQuery } from '../contract';
import { governancePermissions as P, networkScope } from './access';
import { tableAccess, type TableAccess } from './tableAccess';
import { visibleTableCondition } from './tableGuards';
import { networkOrganizations, networks, roundtableMembers, roundtables } from './schema';
import type { NetworkRow, RoundtableRow } from './guards';

const ids = <T>(xs: (T | null | undefined)[]) => [...new Set(xs.filter((x): x is T => x != null))];

export async function presentNetworks(db: Db, actor: Actor, rows: NetworkRow[]): Promise<z.input<typeof networkSchema>[]> {
  const [names, counts] = await Promise.all([
    districtNames(db, ids(rows.map((r) => r.districtId))),
    rows.length
      ? db
          .select({ id: networkOrganizations.networkId, n: sql<number>`count(*)::int` })
          .from(networkOrganizations)
          .where(inArray(networkOrganizations.networkId, rows.map((r) => r.id)))
          .groupBy(networkOrganizations.networkId)
      : Promise.resolve([]),
  ]);
  const countOf = Object.fromEntries(counts.map((c) => [c.id, c.n]));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    description: r.description,
    districtId: r.districtId,
    districtName: r.districtId ? (names[r.districtId] ?? null) : null,
    regionCode: r.regionCode,
    organizationCount: countOf[r.id] ?? 0,
    abilities: abilities(actor, networkScope(r), { update: P['governance.manage'] }),
  }));
}

export async function presentNetworkDetail(db: Db, actor: Actor, row: NetworkRow): Promise<z.input<typeof networkDetailSchema>> {
  const [base] = await presentNetworks(db, actor, [row]);
  const orgs = await db.select().from(networkOrganizations).where(eq(networkOrganizations.networkId, row.id));
  const names = await organizationNames(db, orgs.map((o) => o.organizationId));
  const organizations = orgs
    .map((o) => ({ organizationId: o.organizationId, organizationName: names[o.organizationId] ?? null, joinedOn: o.joinedOn }))
    .sort((a, b) => (a.organizationName ?? '').localeCompare(b.organizationName ?? ''));
  return { ...base!, organizations };
}

export async function listNetworks(db: Db, actor: Actor, q: z.output<typeof networksQuery>) {
  const c: SQL[] = [];
  if (q.q) c.push(ilike(networks.name, containsPattern(q.q)));
  if (q.districtId) c.push(eq(networks.districtId, q.districtId));
  const where = c.length ? and(...c) : undefined;
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(networks).where(where);
  const rows = await db.select().from(networks).where(where).orderBy(asc(networks.name)).limit(q.pageSize).offset((q.page - 1) * q.pageSize);
  return { items: await presentNetworks(db, actor, rows), page: q.page, pageSize: q.pageSize, total: count?.n ?? 0 };
}

export async function presentRoundtables(db: Db, actor: Actor, rows: RoundtableRow[]): Promise<z.input<typeof roundtableSchema>[]> {
  const networkIds = ids(rows.map((r) => r.networkId));
  const [dNames, oNames, nets] = await Promise.all([
    districtNames(db, ids(rows.map((r) => r.districtId))),
    organizationNames(db, ids(rows.map((r) => r.coordinatingOrganizationId))),
    networkIds.length ? db.select({ id: networks.id, districtId: networks.districtId }).from(networks).where(inArray(networks.id, networkIds)) : Promise.resolve([]),
  ]);
  const netDistrict = Object.fromEntries(nets.map((n) => [n.id, n.districtId]));
  const seated = rows.length ? await db.select().from(roundtableMembers).where(inArray(roundtableMembers.roundtableId, rows.map((r) => r.id))) : [];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    mandate: r.mandate,
    networkId: r.networkId,
    parentId: r.parentId,
    districtId: r.districtId,
    districtName: r.districtId ? (dNames[r.districtId] ?? null) : null,
    coordinatingOrganizationId: r.coordinatingOrganizationId,
    coordinatingOrganizationName: oNames[r.coordinatingOrganizationId] ?? null,
    quorumRule: r.quorumRule,
    quorumFixed: r.quorumFixed,
    archived: !!r.archivedAt,
    abilities: tableAbilities(
      tableAccess(actor, {
        coordinatingOrganizationId: r.coordinatingOrganizationId,
        districtId: r.districtId,
        networkDistrictId: r.networkId ? (netDistrict[r.networkId] ?? null) : null,
        memberOrganizationIds: seated.filter((m) => m.roundtableId === r.id && m.organizationId).map((m) => m.organizationId!),
        memberUserIds: seated.filter((m) => m.roundtableId === r.id).flatMap((m) => [m.delegateUserId, m.substituteUserId].filter((x): x is string => !!x)),
      }),
    ),
  }));
}

export async function presentMembers(db: Db, rows: (typeof roundtableMembers.$inferSelect)[]): Promise<z.input<typeof memberSchema>[]> {
  const names = await organizationNames(db, ids(rows.map((r) => r.organizationId)));
  const userIds = ids(rows.flatMap((r) => [r.delegateUserId, r.substituteUserId]));
  const people = userIds.length ? await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, userIds)) : [];
  const person = (id: string | null) => (id ? (people.find((p) => p.id === id)?.name ?? null) : null);
  return rows.map(({ createdAt: _c, ...r }) => ({
    ...r,
    organizationName: r.organizationId ? (names[r.organizationId] ?? null) : null,
    delegateName: person(r.delegateUserId),
    substituteName: person(r.substituteUserId),
  }));
}

export async function presentRoundtableDetail(db: Db, actor: Actor, row: RoundtableRow): Promise<z.input<typeof roundtableDetailSchema>> {
  const [base] = await presentRoundtables(db, actor, [row]);
  const members = await db.select().from(roundtableMembers).where(eq(roundtableMembers.roundtableId, row.id)).orderBy(asc(roundtableMembers.createdAt));
  const subs = await db.select().from(roundtables).where(eq(roundtables.parentId, row.id)).orderBy(asc(roundtables.name));
  return {
    ...base!,
    members: await presentMembers(db, members),
    subTables: subs.map((s) => ({ id: s.id, name: s.name, kind: s.kind, archived: !!s.archivedAt })),
  };
}

export async function listRoundtables(db: Db, actor: Actor, q: z.output<typeof roundtablesQuery>) {
  const c: SQL[] = [q.archived === 'true' ? isNotNull(roundtables.archivedAt) : isNull(roundtables.archivedAt)];
  const visible = visibleTableCondition(actor);
  if (visible) c.push(visible);
  if (q.q) c.push(ilike(roundtables.name, containsPattern(q.q)));
  if (q.networkId) c.push(eq(roundtables.networkId, q.networkId));
  if (q.districtId) c.push(eq(roundtables.districtId, q.districtId));
  if (q.kind) c.push(eq(roundtables.kind, q.kind));
  const where = and(...c);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(roundtables).where(where);
  const rows = await db.select().from(roundtables).where(where).orderBy(asc(roundtables.name)).limit(q.pageSize).offset((q.page - 1) * q.pageSize);
  return { items: await presentRoundtables(db, actor, rows), page: q.page, pageSize: q.pageSize, total: count?.n ?? 0 };
}

/** What the web may offer on a table: computed here so the screens never re-implement the rule. */
export const tableAbilities = (a: TableAccess) => ({ update: a.manage, manageMembers: a.manage, manage: a.manage, member: a.member, seeDrafts: a.seeDrafts });
