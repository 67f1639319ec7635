import { and, asc, eq, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { abilities } from '../../../../platform/access/policy';
import type { Actor } from '../../../../platform/access/roles';
import { containsPattern } from '../../../../platform/db/like';
import type { Db } from '../../../../platform/db/database';
import { notFound } from '../../../../platform/errors/appError';
import { districtNames } from '../../../territory/module';
import type { organizationSchema, organizationsQuery } from '../../contract';
import { organizationPermissions as P, organizationScope } from '../access';
import { helpDesks, organizations, services, staff } from '../schema';

export type OrganizationRow = typeof organizations.$inferSelect;

export async function loadOrganization(db: Db, id: string): Promise<OrganizationRow> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  if (!row) throw notFound();
  return row;
}

async function countBy(db: Db, table: typeof services | typeof helpDesks | typeof staff, ids: string[]): Promise<Record<string, number>> {
  if (ids.length === 0) return {};
  const active = 'archivedAt' in table ? isNull(table.archivedAt) : isNull(staff.validTo);
  const rows = await db
    .select({ id: table.organizationId, n: sql<number>`count(*)::int` })
    .from(table)
    .where(and(inArray(table.organizationId, ids), active))
    .groupBy(table.organizationId);
  return Object.fromEntries(rows.map((r) => [r.id, r.n]));
}

export async function presentOrganizations(db: Db, actor: Actor, rows: OrganizationRow[]): Promise<z.input<typeof organizationSchema>[]> {
  const ids = rows.map((r) => r.id);
  const [names, svc, desks, members] = await Promise.all([
    districtNames(db, [...new Set(rows.map((r) => r.districtId).filter((d): d is string => !!d))]),
    countBy(db, services, ids),
    countBy(db, helpDesks, ids),
    countBy(db, staff, ids),
  ]);
  return rows.map((r) => ({
    ...r,
    districtName: r.districtId ? (names[r.districtId] ?? null) : null,
    archived: !!r.archivedAt,
    counts: { services: svc[r.id] ?? 0, helpDesks: desks[r.id] ?? 0, members: members[r.id] ?? 0 },
    abilities: abilities(actor, organizationScope(r), {
      update: P['organizations.update'],
      archive: P['organizations.archive'],
      manageServices: P['organizations.services.manage'],
      readMembers: P['organizations.members.read'],
      manageMembers: P['organizations.members.manage'],
    }),
  }));
}

export async function listOrganizations(db: Db, actor: Actor, q: z.output<typeof organizationsQuery>) {
  const c: SQL[] = [q.archived === 'true' ? isNotNull(organizations.archivedAt) : isNull(organizations.archivedAt)];
  if (q.q) {
    const term = containsPattern(q.q);
    c.push(or(ilike(organizations.name, term), ilike(organizations.shortName, term), ilike(organizations.taxId, term))!);
  }
  if (q.kind) c.push(eq(organizations.kind, q.kind));
  if (q.sector) c.push(eq(organizations.sector, q.sector));
  if (q.districtId) c.push(eq(organizations.districtId, q.districtId));
  const where = and(...c);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(organizations).where(where);
  const rows = await db.select().from(organizations).where(where).orderBy(asc(organizations.name)).limit(q.pageSize).offset((q.page - 1) * q.pageSize);
  return { items: await presentOrganizations(db, actor, rows), page: q.page, pageSize: q.pageSize, total: count?.n ?? 0 };
}

export async function organizationNames(db: Db, ids: string[]): Promise<Record<string, string>> {
  if (ids.length === 0) return {};
  const rows = await db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(inArray(organizations.id, ids));
  return Object.fromEntries(rows.map((r) => [r.id, r.name]));
}
