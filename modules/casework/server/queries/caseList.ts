import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../../platform/db/database';
import type { Actor } from '../../../../platform/access/roles';
import { offsetOf, type Page } from '../../../../platform/db/paging';
import { findServices } from '../../../organizations/module';
import type { CaseListQuery, caseListItemSchema } from '../../contract';
import { cases, households, persons } from '../schema';
import { caseworkOrganizations } from '../access';
import { isoToday, visibleCaseCondition } from '../visibility';
import { presentSubjectSummary } from '../presenters/case';
import { accessToCases } from './caseFacts';

type Item = z.input<typeof caseListItemSchema>;

// Escapes LIKE wildcards so a reference prefix is matched literally.
const likePrefix = (q: string) => `${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * A caseload page. Visibility is decided in SQL (visibleCaseCondition), so totals and pages are exact
 * and invisible cases never leave the database; the page's rows then get their access in one batch.
 */
export async function listCases(db: Db, actor: Actor, query: CaseListQuery, today = isoToday()): Promise<Page<Item>> {
  const orgs = caseworkOrganizations(actor);
  if (orgs.length === 0) return { items: [], page: query.page, pageSize: query.pageSize, total: 0 };
  // Candidates first, from an index (my organisations' participations, or the cases I am named on),
  // as an array the planner must compute before touching casework_cases: left to itself it checks the
  // visibility rule on every case of the district. The rule then runs on the candidates only.
  const candidates =
    query.scope === 'mine'
      ? sql`select w.case_id from casework_case_workers w where w.user_id = ${actor.userId}::uuid`
      : sql`select p.case_id from casework_participants p where p.organization_id in (${sql.join(orgs.map((o) => sql`${o}::uuid`), sql`, `)})`;
  const filters: SQL[] = [sql`"casework_cases"."id" = any(array(${candidates}))`, visibleCaseCondition(actor, today)];
  if (query.status) filters.push(eq(cases.status, query.status));
  if (query.protection) filters.push(eq(cases.protection, query.protection));
  if (query.need) filters.push(sql`${cases.needs} @> ${JSON.stringify([query.need])}::jsonb`);
  if (query.q) filters.push(sql`${cases.reference} like ${likePrefix(query.q)}`);
  const where = and(...filters);

  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(cases).where(where);
  const rows = await db
    .select({
      id: cases.id,
      reference: cases.reference,
      status: cases.status,
      protection: cases.protection,
      needs: cases.needs,
      openedOn: cases.openedOn,
      closedOn: cases.closedOn,
      personId: cases.personId,
      householdId: cases.householdId,
      leadServiceId: cases.leadServiceId,
      // Read with the row, shown only where the batch access below allows identity.
      subjectName: sql<string | null>`coalesce(${persons.givenName} || ' ' || ${persons.familyName}, ${households.name})`,
    })
    .from(cases)
    .leftJoin(persons, eq(persons.id, cases.personId))
    .leftJoin(households, eq(households.id, cases.householdId))
    .where(where)
    .orderBy(desc(cases.openedOn), desc(cases.reference))
    .limit(query.pageSize)
    .offset(offsetOf(query));

  const [accesses, services] = await Promise.all([
    accessToCases(db, actor, rows.map((r) => r.id), today),
    findServices(db, rows.map((r) => r.leadServiceId)),
  ]);
  const items: Item[] = [];
  for (const r of rows) {
    const access = accesses.get(r.id);
    // The SQL and the pure rule agree (property-tested); should they ever not, the stricter one wins.
    if (!access) continue;
    const service = services.get(r.leadServiceId);
    items.push({
      id: r.id,
      reference: r.reference,
      status: r.status,
      protection: r.protection,
      needs: r.needs,
      openedOn: r.openedOn,
      closedOn: r.closedOn,
      leadServiceName: service?.name ?? '',
      leadOrganizationName: service?.organizationName ?? '',
      subject: presentSubjectSummary(r, access),
      access,
    });
  }
  return { items, page: query.page, pageSize: query.pageSize, total: count?.n ?? 0 };
}
