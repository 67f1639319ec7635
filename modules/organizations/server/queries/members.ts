import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { grantsInScope } from '../../../../platform/access/grants';
import { users } from '../../../../platform/auth/schema';
import type { Db } from '../../../../platform/db/database';
import type { memberSchema } from '../../contract';
import { staff } from '../schema';

type Member = z.input<typeof memberSchema>;

export async function listMembers(db: Db, organizationId: string, page: { page: number; pageSize: number }): Promise<{ items: Member[]; total: number }> {
  const where = and(eq(staff.organizationId, organizationId), isNull(staff.validTo));
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(staff).where(where);
  const rows = await db
    .select({ id: staff.id, userId: staff.userId, jobTitle: staff.jobTitle, validFrom: staff.validFrom, displayName: users.displayName, email: users.email })
    .from(staff)
    .innerJoin(users, eq(users.id, staff.userId))
    .where(where)
    .orderBy(asc(users.displayName))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  const grants = (await grantsInScope(db, 'organization', organizationId)).filter((g) => rows.some((r) => r.userId === g.userId));
  return {
    items: rows.map((r) => ({ ...r, roles: grants.filter((g) => g.userId === r.userId).map((g) => ({ grantId: g.id, role: g.role })) })),
    total: count?.n ?? 0,
  };
}

export async function findMember(db: Db, organizationId: string, staffId: string) {
  const [row] = await db.select().from(staff).where(and(eq(staff.id, staffId), eq(staff.organizationId, organizationId), isNull(staff.validTo)));
  return row;
}

export async function staffUserIds(db: Db, organizationIds: string[]): Promise<string[]> {
  if (organizationIds.length === 0) return [];
  const rows = await db.select({ u: staff.userId }).from(staff).where(and(inArray(staff.organizationId, organizationIds), isNull(staff.validTo)));
  return rows.map((r) => r.u);
}
