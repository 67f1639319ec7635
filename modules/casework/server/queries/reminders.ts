import { and, eq, inArray, isNull, lt, lte, ne, or } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import type { Actor } from '../../../../platform/access/roles';
import type { Config } from '../../../../platform/config/config';
import { findServices } from '../../../organizations/module';
import type { Reminder } from '../../contract';
import { caseworkOrganizations } from '../access';
import { assessments, caseWorkers, cases, goals, householdMembers, persons, referrals } from '../schema';
import { addDays, DAY_MS, daysBetween } from '../planDates';
import { isoToday, visibleCaseCondition } from '../visibility';
import { identityVisible } from '../presenters/case';
import { accessToCases } from './caseFacts';

/** An assessment is worth a reminder this many days before its deadline. */
const ASSESSMENT_NOTICE_DAYS = 7;

type Ranked = Reminder & { urgency: number };

/**
 * What needs doing soon on the cases I am named on, and referrals waiting too long in my
 * organisations' inbox. Each part is one query; urgency is days left (negative when overdue).
 */
export async function listReminders(db: Db, actor: Actor, settings: Config['casework'], now = new Date()): Promise<Reminder[]> {
  const today = isoToday(now);
  const mine = await db
    .select({ id: cases.id, reference: cases.reference, personId: cases.personId, householdId: cases.householdId })
    .from(cases)
    .where(
      and(
        ne(cases.status, 'closed'),
        inArray(cases.id, db.select({ id: caseWorkers.caseId }).from(caseWorkers).where(eq(caseWorkers.userId, actor.userId))),
        visibleCaseCondition(actor, today),
      ),
    );
  const access = await accessToCases(db, actor, mine.map((c) => c.id), today);
  const byId = new Map(mine.map((c) => [c.id, c]));
  const sees = (caseId: string, section: 'legal_status' | 'plan') => access.get(caseId)?.sections.includes(section) ?? false;
  const out: Ranked[] = [];

  const permitCases = mine.filter((c) => sees(c.id, 'legal_status'));
  if (permitCases.length) {
    const horizon = addDays(today, settings.permitReminderDays);
    const holders = await db
      .select({ caseId: cases.id, givenName: persons.givenName, familyName: persons.familyName, permitType: persons.permitType, expiresOn: persons.permitExpiresOn })
      .from(cases)
      .leftJoin(householdMembers, eq(householdMembers.householdId, cases.householdId))
      .innerJoin(persons, or(eq(persons.id, cases.personId), eq(persons.id, householdMembers.personId)))
      .where(and(inArray(cases.id, permitCases.map((c) => c.id)), lte(persons.permitExpiresOn, horizon)));
    for (const h of holders) {
      const left = daysBetween(today, h.expiresOn!);
      const showName = identityVisible(access.get(h.caseId)!);
      out.push({
        kind: 'permit_expiring',
        caseId: h.caseId,
        reference: byId.get(h.caseId)!.reference,
        dueOn: h.expiresOn,
        ageDays: null,
        overdue: left < 0,
        params: { days: left, permitType: h.permitType ?? 'other', ...(showName ? { name: `${h.givenName} ${h.familyName}` } : {}) },
        urgency: left,
      });
    }
  }

  const planCases = mine.filter((c) => sees(c.id, 'plan')).map((c) => c.id);
  if (planCases.length) {
    const [due, reviews] = await Promise.all([
      db
        .select()
        .from(assessments)
        .where(and(inArray(assessments.caseId, planCases), isNull(assessments.completedOn), lte(assessments.dueOn, addDays(today, ASSESSMENT_NOTICE_DAYS)))),
      db
        .select()
        .from(goals)
        .where(and(inArray(goals.caseId, planCases), eq(goals.status, 'open'), lt(goals.reviewDate, today))),
    ]);
    for (const a of due) {
      const left = daysBetween(today, a.dueOn);
      out.push({ kind: 'assessment_due', caseId: a.caseId, reference: byId.get(a.caseId)!.reference, dueOn: a.dueOn, ageDays: null, overdue: left < 0, params: { days: left, assessmentKind: a.kind }, urgency: left });
    }
    for (const g of reviews) {
      const left = daysBetween(today, g.reviewDate!);
      out.push({ kind: 'goal_review', caseId: g.caseId, reference: byId.get(g.caseId)!.reference, dueOn: g.reviewDate, ageDays: null, overdue: true, params: { days: left, goal: g.title }, urgency: left });
    }
  }

  // The inbox is the organisation's, not the case's: the receiving service does not see the case yet.
  const orgs = caseworkOrganizations(actor);
  if (orgs.length) {
    const cutoff = new Date(now.getTime() - settings.referralReminderDays * DAY_MS);
    const waiting = await db
      .select({ id: referrals.id, caseId: referrals.caseId, reference: cases.reference, sentAt: referrals.sentAt, fromServiceId: referrals.fromServiceId, toServiceId: referrals.toServiceId })
      .from(referrals)
      .innerJoin(cases, eq(cases.id, referrals.caseId))
      .where(and(inArray(referrals.toOrganizationId, orgs), eq(referrals.status, 'pending'), lt(referrals.sentAt, cutoff)));
    const services = await findServices(db, waiting.flatMap((r) => [r.fromServiceId, r.toServiceId]));
    for (const r of waiting) {
      const age = Math.floor((now.getTime() - r.sentAt.getTime()) / DAY_MS);
      out.push({
        kind: 'referral_waiting',
        caseId: r.caseId,
        reference: r.reference,
        dueOn: null,
        ageDays: age,
        overdue: true,
        params: { days: age, referralId: r.id, fromService: services.get(r.fromServiceId)?.name ?? '', toService: services.get(r.toServiceId)?.name ?? '' },
        urgency: settings.referralReminderDays - age,
      });
    }
  }

  return out.sort((a, b) => a.urgency - b.urgency || a.reference.localeCompare(b.reference)).map(({ urgency: _urgency, ...r }) => r);
}
