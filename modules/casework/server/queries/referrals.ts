import { and, count, desc, eq, inArray, not, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import type { Actor } from '../../../../platform/access/roles';
import type { Page } from '../../../../platform/db/paging';
import { notFound } from '../../../../platform/errors/appError';
import { findServices } from '../../../organizations/module';
import type { Referral, ReferralsQuery } from '../../contract';
import { caseAccess, caseworkOrganizations, caseworkPermissions as P } from '../access';
import { isoToday } from '../visibility';
import { cases, households, persons, referrals } from '../schema';
import { DAY_MS } from '../planDates';
import { sidesOf } from '../sharingRules';
import { loadCaseFacts } from './caseFacts';
import { documentInfos } from './documents';

export type ReferralRow = typeof referrals.$inferSelect;

/** Days a referral has waited: until now while pending, until the decision once decided. */
export function ageDays(row: Pick<ReferralRow, 'sentAt' | 'decidedAt'>, now = new Date()): number {
  return Math.max(0, Math.floor(((row.decidedAt ?? now).getTime() - row.sentAt.getTime()) / DAY_MS));
}

/**
 * A lockout by the person the referral is about, of the caller or (on the receiving side) of the
 * receiving service: such referrals drop out of the caller's boxes like the case itself.
 * Table names are spelt out: this runs inside single-table selects, where drizzle leaves columns unqualified.
 */
function lockedOutOfReferral(actor: Actor, box: 'inbox' | 'outbox'): SQL {
  const service = box === 'inbox' ? sql` or l.service_id = "casework_referrals"."to_service_id"` : sql``;
  return sql`exists (
    select 1 from casework_lockouts l
    join casework_cases c on c.id = "casework_referrals"."case_id"
    where l.lifted_at is null
      and (l.person_id = c.person_id or l.person_id in (select hm.person_id from casework_household_members hm where hm.household_id = c.household_id))
      and (l.user_id = ${actor.userId}::uuid${service}))`;
}

/** A referral the caller's organisation sent or received; to anyone else, or anyone the person shut out, it does not exist. */
export async function loadReferralFor(db: Db, actor: Actor, id: string): Promise<ReferralRow> {
  const [row] = await db.select().from(referrals).where(eq(referrals.id, id));
  if (!row) throw notFound();
  const sides = sidesOf(caseworkOrganizations(actor), row);
  if (!sides.receiver && !sides.sender) throw notFound();
  const locks = (await loadCaseFacts(db, [row.caseId])).get(row.caseId)?.lockouts ?? [];
  if (locks.some((l) => l.userId === actor.userId || (!sides.sender && l.serviceId === row.toServiceId))) throw notFound();
  return row;
}

export async function listReferrals(db: Db, actor: Actor, query: ReferralsQuery, reminderDays: number): Promise<Page<Referral>> {
  const orgs = caseworkOrganizations(actor);
  if (orgs.length === 0) return { items: [], page: query.page, pageSize: query.pageSize, total: 0 };
  const conditions: SQL[] = [query.box === 'inbox' ? inArray(referrals.toOrganizationId, orgs) : inArray(referrals.fromOrganizationId, orgs), not(lockedOutOfReferral(actor, query.box))];
  if (query.status) conditions.push(eq(referrals.status, query.status));
  if (query.caseId) conditions.push(eq(referrals.caseId, query.caseId));
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(referrals)
      .where(where)
      .orderBy(desc(referrals.sentAt), desc(referrals.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(referrals).where(where),
  ]);
  return { items: await presentReferrals(db, actor, rows, reminderDays, query.box), page: query.page, pageSize: query.pageSize, total: total?.n ?? 0 };
}

/**
 * Referrals as the caller sees them. The receiving side gets a preview of who the referral is
 * about only when the identity section is shared and the person has not locked the caller out.
 */
export async function presentReferrals(db: Db, actor: Actor, rows: ReferralRow[], reminderDays: number, box?: 'inbox' | 'outbox'): Promise<Referral[]> {
  if (rows.length === 0) return [];
  const caseIds = [...new Set(rows.map((r) => r.caseId))];
  const [caseRows, services, docs, facts] = await Promise.all([
    db.select({ id: cases.id, reference: cases.reference, personId: cases.personId, householdId: cases.householdId }).from(cases).where(inArray(cases.id, caseIds)),
    findServices(db, rows.flatMap((r) => [r.fromServiceId, r.toServiceId])),
    documentInfos(db, rows.flatMap((r) => r.attachmentIds)),
    loadCaseFacts(db, caseIds),
  ]);
  const caseById = new Map(caseRows.map((c) => [c.id, c]));
  const personIds = caseRows.map((c) => c.personId).filter((p): p is string => !!p);
  const householdIds = caseRows.map((c) => c.householdId).filter((h): h is string => !!h);
  const [people, homes] = await Promise.all([
    personIds.length ? db.select({ id: persons.id, givenName: persons.givenName, familyName: persons.familyName, birthYear: persons.birthYear }).from(persons).where(inArray(persons.id, personIds)) : [],
    householdIds.length ? db.select({ id: households.id, name: households.name }).from(households).where(inArray(households.id, householdIds)) : [],
  ]);
  const orgs = caseworkOrganizations(actor);
  const writerOrgs = caseworkOrganizations(actor, P['casework.cases.write']);
  const now = new Date();
  const today = isoToday(now);

  return rows.map((r) => {
    const c = caseById.get(r.caseId);
    const sides = sidesOf(orgs, r);
    const side = box ?? (sides.receiver ? 'inbox' : 'outbox');
    const age = ageDays(r, now);
    const lockedOut = facts.get(r.caseId)?.lockouts.some((l) => l.userId === actor.userId || l.serviceId === r.toServiceId) ?? true;
    // Someone who sees a restricted case only as a placeholder reads no free text about it; the receiver
    // of a pending referral does, since it must decide on what the sender chose to tell it.
    const f = facts.get(r.caseId);
    const access = f ? caseAccess(actor, f, today) : null;
    const redacted = access?.level === 'placeholder' && !(side === 'inbox' && r.status === 'pending');
    let subject: Referral['subject'] = null;
    if (side === 'inbox' && r.sections.includes('identity') && !lockedOut && c) {
      const person = people.find((p) => p.id === c.personId);
      const home = homes.find((h) => h.id === c.householdId);
      if (person) subject = { name: `${person.givenName} ${person.familyName}`, birthYear: person.birthYear };
      else if (home) subject = { name: home.name, birthYear: null };
    }
    const party = (serviceId: string, organizationId: string) => {
      const s = services.get(serviceId);
      return { serviceId, serviceName: s?.name ?? null, organizationId, organizationName: s?.organizationName ?? null };
    };
    return {
      id: r.id,
      caseId: r.caseId,
      caseReference: c?.reference ?? '',
      from: party(r.fromServiceId, r.fromOrganizationId),
      to: party(r.toServiceId, r.toOrganizationId),
      reason: redacted ? null : r.reason,
      basis: r.basis,
      consentId: r.consentId,
      legalBasisNote: redacted ? null : r.legalBasisNote,
      sections: r.sections,
      until: r.until,
      status: r.status,
      sentAt: r.sentAt.toISOString(),
      decidedAt: r.decidedAt?.toISOString() ?? null,
      decisionReason: redacted ? null : r.decisionReason,
      ageDays: age,
      overdue: r.status === 'pending' && age >= reminderDays,
      attachments: redacted ? [] : r.attachmentIds.map((id) => docs.get(id)).filter((d) => d !== undefined),
      subject,
      box: side,
      can: {
        accept: r.status === 'pending' && writerOrgs.includes(r.toOrganizationId),
        decline: r.status === 'pending' && writerOrgs.includes(r.toOrganizationId),
        revoke: (r.status === 'pending' || r.status === 'accepted') && writerOrgs.includes(r.fromOrganizationId) && access?.can.refer === true,
      },
    };
  });
}
