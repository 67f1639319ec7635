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
import { organizations } from '../schema';

export type OrganizationRow = typeof organizations.$inferSelect;

export async function loadOrganization(db: Db, id: string): Promise<OrganizationRow> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  if (!row) throw notFound();
  return row;
}

type Counts = { services: number; helpDesks: number; members: number };

/** The three counts of every listed organisation in one round trip (each query is a serialised step on PGlite). */
async function countsOf(db: Db, ids: string[]): Promise<Record<string, Counts>> {
  if (ids.length === 0) return {};
  const rows = await db
    .select({
      id: organizations.id,
      // Spelled out: Drizzle leaves columns unqualified inside a single-table select, and "id" would bind to the subquery's table.
      services: sql<number>`(select count(*)::int from organizations_services s where s.organization_id = organizations_organizations.id and s.archived_at is null)`,
      helpDesks: sql<number>`(select count(*)::int from organizations_help_desks h where h.organization_id = organizations_organizations.id and h.archived_at is null)`,
      members: sql<number>`(select count(*)::int from organizations_staff m where m.organization_id = organizations_organizations.id and m.valid_to is null)`,
    })
    .from(organizations)
    .where(inArray(organizations.id, ids));
  return Object.fromEntries(rows.map(({ id, ...counts }) => [id, counts]));
}

export async function presentOrganizations(db: Db, actor: Actor, rows: OrganizationRow[]): Promise<z.input<typeof organizationSchema>[]> {
  const ids = rows.map((r) => r.id);
  const [names, counts] = await Promise.all([
    districtNames(db, [...new Set(rows.map((r) => r.districtId).filter((d): d is string => !!d))]),
    countsOf(db, ids),
  ]);
  return rows.map((r) => ({
    ...r,
    districtName: r.districtId ? (names[r.districtId] ?? null) : null,
    archived: !!r.archivedAt,
    counts: counts[r.id] ?? { services: 0, helpDesks: 0, members: 0 },
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

/** Name, sector and kind of organisations by id, archived ones included (other modules show who was there). */
export async function organizationProfiles(db: Db, ids: readonly string[]): Promise<{ id: string; name: string; sector: (typeof organizations.$inferSelect)['sector']; kind: string }[]> {
  if (ids.length === 0) return [];
  return db.select({ id: organizations.id, name: organizations.name, sector: organizations.sector, kind: organizations.kind }).from(organizations).where(inArray(organizations.id, [...ids]));
}
