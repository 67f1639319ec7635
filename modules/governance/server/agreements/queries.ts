import { and, asc, desc, eq, gt, ilike, inArray, isNotNull, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../../../platform/access/roles';
import type { Db } from '../../../../platform/db/database';
import { containsPattern } from '../../../../platform/db/like';
import { notFound } from '../../../../platform/errors/appError';
import { districtNames } from '../../../territory/module';
import { organizationNames } from '../../../organizations/module';
import type { agreementDetailSchema, agreementSchema, agreementsQuery } from '../../contract';
import { actionItems, agreementParties, agreements, documents, roundtables } from '../schema';
import { isOverdue, userNames } from '../actions/queries';
import { agreementAccess, visibleAgreementCondition, type AgreementAccess } from './agreementAccess';

export type AgreementRow = typeof agreements.$inferSelect;
type PartyRow = typeof agreementParties.$inferSelect;
const DAY_MS = 86_400_000;
const ids = <T>(xs: (T | null | undefined)[]) => [...new Set(xs.filter((x): x is T => x != null))];

export function agreementStatus(a: Pick<AgreementRow, 'validFrom' | 'validTo'>, today: string): 'active' | 'expired' | 'upcoming' {
  if (a.validFrom > today) return 'upcoming';
  if (a.validTo && a.validTo < today) return 'expired';
  return 'active';
}

export const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

export async function loadAgreement(db: Db, id: string): Promise<AgreementRow> {
  const [row] = await db.select().from(agreements).where(eq(agreements.id, id));
  if (!row) throw notFound();
  return row;
}

export async function partiesOf(db: Db, agreementIds: string[]): Promise<PartyRow[]> {
  if (!agreementIds.length) return [];
  return db.select().from(agreementParties).where(inArray(agreementParties.agreementId, agreementIds));
}

/** Loads an agreement and enforces the rule; missing ability answers 404 (existence never leaks). */
export async function loadAgreementFor(db: Db, actor: Actor, id: string, need: keyof AgreementAccess = 'see'): Promise<{ agreement: AgreementRow; access: AgreementAccess }> {
  const agreement = await loadAgreement(db, id);
  const parties = await partiesOf(db, [id]);
  const access = agreementAccess(actor, { ...agreement, partyOrganizationIds: parties.map((p) => p.organizationId) });
  if (!access.see || !access[need]) throw notFound();
  return { agreement, access };
}

export async function presentAgreements(db: Db, actor: Actor, rows: AgreementRow[], today: string): Promise<z.input<typeof agreementSchema>[]> {
  if (!rows.length) return [];
  const parties = await partiesOf(db, rows.map((r) => r.id));
  const tableIds = ids(rows.map((r) => r.roundtableId));
  const [orgs, dNames, tables] = await Promise.all([
    organizationNames(db, ids([...rows.map((r) => r.keeperOrganizationId), ...parties.map((p) => p.organizationId)])),
    districtNames(db, ids(rows.map((r) => r.districtId))),
    tableIds.length ? db.select({ id: roundtables.id, name: roundtables.name }).from(roundtables).where(inArray(roundtables.id, tableIds)) : Promise.resolve([]),
  ]);
  const tableName = new Map(tables.map((t) => [t.id, t.name]));
  return rows.map((r) => {
    const own = parties.filter((p) => p.agreementId === r.id);
    const status = agreementStatus(r, today);
    const daysToExpiry = r.validTo ? daysBetween(today, r.validTo) : null;
    return {
      id: r.id,
      kind: r.kind,
      title: r.title,
      subject: r.subject,
      networkId: r.networkId,
      roundtableId: r.roundtableId,
      roundtableName: r.roundtableId ? (tableName.get(r.roundtableId) ?? null) : null,
      districtId: r.districtId,
      districtName: r.districtId ? (dNames[r.districtId] ?? null) : null,
      keeperOrganizationId: r.keeperOrganizationId,
      keeperOrganizationName: orgs[r.keeperOrganizationId] ?? null,
      signedOn: r.signedOn,
      validFrom: r.validFrom,
      validTo: r.validTo,
      renewalNoticeDays: r.renewalNoticeDays,
      status,
      daysToExpiry,
      expiring: status === 'active' && daysToExpiry != null && daysToExpiry <= r.renewalNoticeDays,
      renewsId: r.renewsId,
      parties: own
        .map((p) => ({ organizationId: p.organizationId, organizationName: orgs[p.organizationId] ?? null, signatoryName: p.signatoryName, signatoryRole: p.signatoryRole }))
        .sort((a, b) => (a.organizationName ?? '').localeCompare(b.organizationName ?? '')),
      abilities: { manage: agreementAccess(actor, { ...r, partyOrganizationIds: own.map((p) => p.organizationId) }).manage },
    };
  });
}

const link = (a: AgreementRow) => ({ id: a.id, title: a.title, validFrom: a.validFrom, validTo: a.validTo });

export async function presentAgreementDetail(db: Db, actor: Actor, row: AgreementRow, today: string): Promise<z.input<typeof agreementDetailSchema>> {
  const [base] = await presentAgreements(db, actor, [row], today);
  const [obligations, docs, renews, renewedBy] = await Promise.all([
    db.select().from(actionItems).where(eq(actionItems.agreementId, row.id)).orderBy(sql`${actionItems.dueDate} asc nulls last`, asc(actionItems.createdAt)),
    db
      .select({ id: documents.id, filename: documents.filename, mediaType: documents.mediaType, size: documents.size, createdAt: documents.createdAt })
      .from(documents)
      .where(eq(documents.agreementId, row.id))
      .orderBy(asc(documents.createdAt)),
    row.renewsId ? db.select().from(agreements).where(eq(agreements.id, row.renewsId)) : Promise.resolve([]),
    db.select().from(agreements).where(eq(agreements.renewsId, row.id)).orderBy(asc(agreements.validFrom)),
  ]);
  const [orgs, people] = await Promise.all([organizationNames(db, ids(obligations.map((o) => o.ownerOrganizationId))), userNames(db, ids(obligations.map((o) => o.ownerUserId)))]);
  return {
    ...base!,
    obligations: obligations.map((o) => ({
      id: o.id,
      title: o.title,
      description: o.description,
      ownerOrganizationId: o.ownerOrganizationId,
      ownerOrganizationName: o.ownerOrganizationId ? (orgs[o.ownerOrganizationId] ?? null) : null,
      ownerUserId: o.ownerUserId,
      ownerName: o.ownerUserId ? (people[o.ownerUserId] ?? null) : null,
      dueDate: o.dueDate,
      status: o.status,
      overdue: isOverdue(o, today),
    })),
    documents: docs.map((d) => ({ ...d, createdAt: d.createdAt.toISOString() })),
    renews: renews[0] ? link(renews[0]) : null,
    renewedBy: renewedBy.map(link),
  };
}

export async function listAgreements(db: Db, actor: Actor, q: z.output<typeof agreementsQuery>, today: string) {
  const c: (SQL | undefined)[] = [visibleAgreementCondition(actor)];
  if (q.q) c.push(or(ilike(agreements.title, containsPattern(q.q)), ilike(agreements.subject, containsPattern(q.q))));
  if (q.districtId) c.push(eq(agreements.districtId, q.districtId));
  if (q.organizationId) {
    c.push(
      or(
        eq(agreements.keeperOrganizationId, q.organizationId),
        sql`exists (select 1 from ${agreementParties} p where p.agreement_id = ${agreements.id} and p.organization_id = ${q.organizationId}::uuid)`,
      ),
    );
  }
  const active = and(lte(agreements.validFrom, today), or(isNull(agreements.validTo), sql`${agreements.validTo} >= ${today}::date`));
  if (q.status === 'upcoming') c.push(gt(agreements.validFrom, today));
  if (q.status === 'expired') c.push(lt(agreements.validTo, today));
  if (q.status === 'active') c.push(active);
  if (q.expiring === 'true') c.push(and(active, isNotNull(agreements.validTo), sql`${agreements.validTo} <= ${today}::date + ${agreements.renewalNoticeDays}`));
  const where = and(...c);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(agreements).where(where);
  const rows = await db
    .select()
    .from(agreements)
    .where(where)
    .orderBy(sql`${agreements.validTo} asc nulls last`, desc(agreements.validFrom), asc(agreements.title), asc(agreements.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: await presentAgreements(db, actor, rows, today), page: q.page, pageSize: q.pageSize, total: count?.n ?? 0 };
}
