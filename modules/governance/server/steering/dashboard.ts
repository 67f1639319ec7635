import { and, asc, eq, gte, inArray, isNotNull, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Actor } from '../../../../platform/access/roles';
import type { Db } from '../../../../platform/db/database';
import type { Locale } from '../../../../platform/i18n/i18n';
import { organizationNames } from '../../../organizations/module';
import type { SteeringDashboard } from '../../contract/steering';
import type { GovernanceExtensions } from '../extensions';
import { actionItems, agreements, attendance, meetings, networks, roundtables } from '../schema';
import { addDays, addMonths, daysBetween, lastQuarters } from '../network/dates';
import { graphAt } from '../network/graphRows';

const UPCOMING_DAYS = 60;
const EXPIRED_SHOWN_DAYS = 30;
const LIST_LIMIT = 50;

/** Tables of a district: its own, or in one of its networks; archived ones are left out. */
async function districtTables(db: Db, districtId: string): Promise<{ id: string; name: string }[]> {
  const districtNetworks = db.select({ id: networks.id }).from(networks).where(eq(networks.districtId, districtId));
  return db
    .select({ id: roundtables.id, name: roundtables.name })
    .from(roundtables)
    .where(and(isNull(roundtables.archivedAt), or(eq(roundtables.districtId, districtId), inArray(roundtables.networkId, districtNetworks))));
}

/**
 * The district's steering dashboard. The caller has checked governance.steering over the district.
 * `today` is a parameter so tests and the demo are deterministic.
 */
export async function steeringDashboard(
  db: Db,
  input: { districtId: string; districtName: string | null; actor: Actor; locale: Locale; today: string; disclosureThreshold: number; now?: Date },
  ext: GovernanceExtensions,
): Promise<SteeringDashboard> {
  const { districtId, today } = input;
  const now = input.now ?? new Date();
  const tables = await districtTables(db, districtId);
  const tableIds = tables.map((t) => t.id);
  const tableName = new Map(tables.map((t) => [t.id, t.name]));
  const none = ['00000000-0000-0000-0000-000000000000'];
  const ids = tableIds.length ? tableIds : none;

  const [upcoming, districtAgreements, attendanceRows] = await Promise.all([
    db
      .select()
      .from(meetings)
      .where(and(inArray(meetings.roundtableId, ids), ne(meetings.status, 'cancelled'), gte(meetings.startsAt, now), lt(meetings.startsAt, new Date(now.getTime() + UPCOMING_DAYS * 86_400_000))))
      .orderBy(asc(meetings.startsAt))
      .limit(LIST_LIMIT),
    // An agreement already renewed is dealt with: only the newest of a chain can be expiring.
    db
      .select()
      .from(agreements)
      .where(
        and(
          eq(agreements.districtId, districtId),
          isNotNull(agreements.validTo),
          gte(agreements.validTo, addDays(today, -EXPIRED_SHOWN_DAYS)),
          sql`not exists (select 1 from ${agreements} successor where successor.renews_id = ${agreements.id})`,
        ),
      ),
    db
      .select({
        organizationId: attendance.organizationId,
        expected: sql<number>`count(*)::int`,
        present: sql<number>`count(*) filter (where ${attendance.status} in ('present', 'delegated'))::int`,
      })
      .from(attendance)
      .innerJoin(meetings, eq(meetings.id, attendance.meetingId))
      .where(
        and(
          inArray(meetings.roundtableId, ids),
          isNotNull(attendance.organizationId),
          ne(meetings.status, 'cancelled'),
          gte(meetings.startsAt, new Date(`${addMonths(today, -12)}T00:00:00Z`)),
          lt(meetings.startsAt, now),
        ),
      )
      .groupBy(attendance.organizationId),
  ]);

  // Within their own notice period (renewalNoticeDays before validTo), or expired in the last 30 days.
  const expiring = districtAgreements
    .filter((a) => a.validTo && daysBetween(today, a.validTo) <= a.renewalNoticeDays)
    .map((a) => ({ id: a.id, title: a.title, kind: a.kind, validTo: a.validTo!, renewalNoticeDays: a.renewalNoticeDays, daysLeft: daysBetween(today, a.validTo!), expired: a.validTo! < today }))
    .sort((x, y) => x.validTo.localeCompare(y.validTo));

  // Open items of the district's tables and obligations of its agreements, due before today.
  const agreementIds = (await db.select({ id: agreements.id }).from(agreements).where(eq(agreements.districtId, districtId))).map((a) => a.id);
  const overdue = await db
    .select()
    .from(actionItems)
    .where(
      and(
        or(inArray(actionItems.roundtableId, ids), inArray(actionItems.agreementId, agreementIds.length ? agreementIds : none)),
        inArray(actionItems.status, ['open', 'in_progress']),
        isNotNull(actionItems.dueDate),
        lt(actionItems.dueDate, today),
      ),
    )
    .orderBy(asc(actionItems.dueDate))
    .limit(LIST_LIMIT);

  const orgIds = [...new Set([...overdue.map((o) => o.ownerOrganizationId), ...attendanceRows.map((r) => r.organizationId)].filter((x): x is string => !!x))];
  const names = await organizationNames(db, orgIds);

  const metricsTrend = [];
  for (const at of lastQuarters(today, 4)) metricsTrend.push({ at, metrics: (await graphAt(db, { kind: 'district', districtId }, at, ext.referralTies ? { source: ext.referralTies, threshold: input.disclosureThreshold } : undefined)).metrics });

  const slots = [];
  for (const slot of ext.steeringSlots ?? []) {
    const figures = await slot.load(db, { districtId, actor: input.actor, today, disclosureThreshold: input.disclosureThreshold });
    if (!figures) continue;
    slots.push({
      id: slot.id,
      title: slot.title[input.locale],
      figures: figures.map((f) => ({ key: f.key, label: f.label[input.locale], value: f.value, suppressed: !!f.suppressed, href: f.href ?? null })),
    });
  }

  return {
    districtId,
    districtName: input.districtName,
    today,
    upcomingMeetings: upcoming.map((m) => ({
      id: m.id,
      title: m.title,
      roundtableId: m.roundtableId,
      roundtableName: tableName.get(m.roundtableId) ?? '',
      startsAt: m.startsAt.toISOString(),
      endsAt: m.endsAt.toISOString(),
      mode: m.mode,
      place: m.place,
      status: m.status,
    })),
    overdueActionItems: overdue.map((a) => ({
      id: a.id,
      title: a.title,
      roundtableId: a.roundtableId,
      roundtableName: a.roundtableId ? (tableName.get(a.roundtableId) ?? null) : null,
      agreementId: a.agreementId,
      ownerOrganizationId: a.ownerOrganizationId,
      ownerOrganizationName: a.ownerOrganizationId ? (names[a.ownerOrganizationId] ?? null) : null,
      dueDate: a.dueDate!,
      status: a.status,
      daysOverdue: daysBetween(a.dueDate!, today),
    })),
    expiringAgreements: expiring,
    attendanceRates: attendanceRows
      .map((r) => ({ organizationId: r.organizationId!, name: names[r.organizationId!] ?? '', expected: r.expected, present: r.present, rate: r.expected ? r.present / r.expected : 0 }))
      .sort((a, b) => a.rate - b.rate || a.name.localeCompare(b.name, 'it')),
    metricsTrend,
    slots,
  };
}

