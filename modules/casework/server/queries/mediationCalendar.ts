import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../../../platform/access/roles';
import type { Db } from '../../../../platform/db/database';
import { findServices } from '../../../organizations/module';
import type { mediationCalendarItemSchema } from '../../contract';
import { caseworkOrganizations } from '../access';
import { cases, households, interventions, mediations, mediators, persons } from '../schema';
import { isoToday, visibleCaseCondition } from '../visibility';
import { accessToCases } from './caseFacts';

/** A calendar is a bounded window; this caps one answer even in a busy district. */
export const CALENDAR_LIMIT = 1000;

/**
 * Mediations booked by the caller's own services on cases they still see, in time order. The
 * person's name appears only to whoever sees the case's identity in full.
 */
export async function mediationCalendar(db: Db, actor: Actor, q: { from: string; to: string; language?: string }): Promise<z.input<typeof mediationCalendarItemSchema>[]> {
  const orgs = caseworkOrganizations(actor);
  if (orgs.length === 0) return [];
  const today = isoToday();
  const rows = await db
    .select({
      m: mediations,
      reference: cases.reference,
      personId: cases.personId,
      householdId: cases.householdId,
      serviceId: interventions.serviceId,
      mediatorName: mediators.displayName,
    })
    .from(mediations)
    .innerJoin(interventions, eq(interventions.id, mediations.interventionId))
    .innerJoin(cases, eq(cases.id, mediations.caseId))
    .leftJoin(mediators, eq(mediators.id, mediations.mediatorId))
    .where(
      and(
        inArray(interventions.organizationId, orgs),
        sql`${mediations.scheduledAt} >= ${q.from}::date`,
        sql`${mediations.scheduledAt} < ${q.to}::date + 1`,
        q.language ? eq(mediations.language, q.language) : undefined,
        visibleCaseCondition(actor, today),
      ),
    )
    .orderBy(asc(mediations.scheduledAt))
    .limit(CALENDAR_LIMIT);
  if (rows.length === 0) return [];

  // The SQL rule says the case is visible; the sections (plan, identity) come from the full rule.
  const access = await accessToCases(db, actor, [...new Set(rows.map((r) => r.m.caseId))], today);
  const shown = rows.filter((r) => access.get(r.m.caseId)?.sections.includes('plan'));
  const identified = shown.filter((r) => {
    const a = access.get(r.m.caseId)!;
    return a.level === 'full' && a.sections.includes('identity');
  });
  const personIds = [...new Set(identified.map((r) => r.personId).filter((p): p is string => !!p))];
  const householdIds = [...new Set(identified.map((r) => r.householdId).filter((h): h is string => !!h))];
  const [personRows, householdRows, services] = await Promise.all([
    personIds.length ? db.select({ id: persons.id, givenName: persons.givenName, familyName: persons.familyName }).from(persons).where(inArray(persons.id, personIds)) : Promise.resolve([]),
    householdIds.length ? db.select({ id: households.id, name: households.name }).from(households).where(inArray(households.id, householdIds)) : Promise.resolve([]),
    findServices(db, shown.map((r) => r.serviceId)),
  ]);
  const names = new Map<string, string>([...personRows.map((p) => [p.id, `${p.givenName} ${p.familyName}`] as const), ...householdRows.map((h) => [h.id, h.name] as const)]);
  const identifiedIds = new Set(identified.map((r) => r.m.id));
  return shown.map((r) => ({
    id: r.m.id,
    caseId: r.m.caseId,
    caseReference: r.reference,
    subjectName: identifiedIds.has(r.m.id) ? (names.get(r.personId ?? r.householdId ?? '') ?? null) : null,
    language: r.m.language,
    scheduledAt: r.m.scheduledAt.toISOString(),
    durationMinutes: r.m.durationMinutes,
    place: r.m.place,
    mediatorId: r.m.mediatorId,
    mediatorName: r.mediatorName ?? null,
    status: r.m.status,
    serviceId: r.serviceId,
    serviceName: services.get(r.serviceId)?.name ?? null,
  }));
}
