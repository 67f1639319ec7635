import { and, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import { roleGrants } from '../../../platform/access/schema';
import type { Db } from '../../../platform/db/database';
import { roundtableMembers } from './schema';

/**
 * Who is told what happens at a table (minutes circulated, a meeting moved or cancelled): the delegates and
 * substitutes of the members with a mandate on `day`, and the organisation admins of the member organisations.
 */
export async function tableRecipients(db: Db, roundtableId: string, day: string): Promise<string[]> {
  const members = await db
    .select({ organizationId: roundtableMembers.organizationId, delegate: roundtableMembers.delegateUserId, substitute: roundtableMembers.substituteUserId })
    .from(roundtableMembers)
    .where(and(eq(roundtableMembers.roundtableId, roundtableId), lte(roundtableMembers.mandateFrom, day), or(isNull(roundtableMembers.mandateTo), gte(roundtableMembers.mandateTo, day))));
  const orgs = [...new Set(members.map((m) => m.organizationId).filter((x): x is string => !!x))];
  const admins = orgs.length
    ? await db
        .select({ userId: roleGrants.userId })
        .from(roleGrants)
        .where(and(eq(roleGrants.role, 'org_admin'), eq(roleGrants.scopeKind, 'organization'), inArray(roleGrants.scopeId, orgs)))
    : [];
  const people = [...members.flatMap((m) => [m.delegate, m.substitute]), ...admins.map((a) => a.userId)];
  return [...new Set(people.filter((x): x is string => !!x))];
}
