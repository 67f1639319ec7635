import { and, eq, gt, gte, inArray, isNotNull, isNull, lt, lte, ne, or } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import { servicesOfDistrict } from '../../../organizations/module';
import type { ReferralTieSource } from '../extensions';
import { agreementParties, agreements, attendance, meetings, networkOrganizations, networks, roundtableMembers, roundtables } from '../schema';
import { addDays, addMonths } from './dates';
import { buildGraphFromRows, type BuiltGraph, type GraphRows } from './graph';
import { organisationProfiles } from './organisations';

/** Whose graph: a network's organisations, or a district's. */
export type GraphScope = { kind: 'network'; networkId: string } | { kind: 'district'; districtId: string };

/** Organisations of a network that joined on or before the date. */
async function networkOrganisationIds(db: Db, networkId: string, at: string): Promise<string[]> {
  const rows = await db
    .select({ id: networkOrganizations.organizationId })
    .from(networkOrganizations)
    .where(and(eq(networkOrganizations.networkId, networkId), lte(networkOrganizations.joinedOn, at)));
  return rows.map((r) => r.id);
}

/**
 * Organisations of a district. The organizations module has no "organisations of a district" export, so this is
 * the union of those with services there (servicesOfDistrict) and those appearing in the district's governance:
 * coordinators and members of its tables (own or its networks'), organisations of its networks, parties to its agreements.
 */
async function districtOrganisationIds(db: Db, districtId: string, at: string): Promise<string[]> {
  const districtNetworks = db.select({ id: networks.id }).from(networks).where(eq(networks.districtId, districtId));
  const tableInDistrict = or(eq(roundtables.districtId, districtId), inArray(roundtables.networkId, districtNetworks));
  const [services, coordinators, members, networkOrgs, parties] = await Promise.all([
    servicesOfDistrict(db, districtId),
    db.select({ id: roundtables.coordinatingOrganizationId }).from(roundtables).where(tableInDistrict),
    db
      .select({ id: roundtableMembers.organizationId })
      .from(roundtableMembers)
      .innerJoin(roundtables, eq(roundtables.id, roundtableMembers.roundtableId))
      .where(and(tableInDistrict, isNotNull(roundtableMembers.organizationId), lte(roundtableMembers.mandateFrom, at))),
    db
      .select({ id: networkOrganizations.organizationId })
      .from(networkOrganizations)
      .innerJoin(networks, eq(networks.id, networkOrganizations.networkId))
      .where(and(eq(networks.districtId, districtId), lte(networkOrganizations.joinedOn, at))),
    db
      .select({ id: agreementParties.organizationId })
      .from(agreementParties)
      .innerJoin(agreements, eq(agreements.id, agreementParties.agreementId))
      .where(and(eq(agreements.districtId, districtId), lte(agreements.validFrom, at))),
  ]);
  const ids = [...services.map((s) => s.organizationId), ...coordinators.map((r) => r.id), ...members.map((r) => r.id), ...networkOrgs.map((r) => r.id), ...parties.map((r) => r.id)];
  return [...new Set(ids.filter((id): id is string => !!id))];
}

export async function scopeOrganisationIds(db: Db, scope: GraphScope, at: string): Promise<string[]> {
  return scope.kind === 'network' ? networkOrganisationIds(db, scope.networkId, at) : districtOrganisationIds(db, scope.districtId, at);
}

/**
 * The rows behind the graph at a date, for the given organisations:
 * - membership: seated (mandate covering the date) at a table not archived at the date;
 * - coattendance: present or delegated at a meeting (not cancelled) in the 12 months up to the date;
 * - agreement: parties of an agreement valid at the date;
 * - referral: the provider's counts over the 12 whole months before the date's month (none without a provider);
 *   pairs with fewer referrals than the disclosure threshold are left out, and whole months keep two dates in
 *   the same month from telling by difference what was sent on one day (as casework's own facts do).
 */
export type ReferralInput = { source: ReferralTieSource; threshold: number };

export async function loadGraphRows(db: Db, organisationIds: string[], at: string, referral?: ReferralInput): Promise<GraphRows> {
  if (organisationIds.length === 0) return { organisations: [], memberships: [], attendances: [], agreementParties: [], referrals: [] };
  const yearBefore = addMonths(at, -12);
  const dayAfter = new Date(`${addDays(at, 1)}T00:00:00Z`);
  const [organisations, memberships, attendances, parties, referrals] = await Promise.all([
    organisationProfiles(db, organisationIds),
    db
      .select({ groupId: roundtableMembers.roundtableId, organizationId: roundtableMembers.organizationId })
      .from(roundtableMembers)
      .innerJoin(roundtables, eq(roundtables.id, roundtableMembers.roundtableId))
      .where(
        and(
          inArray(roundtableMembers.organizationId, organisationIds),
          lte(roundtableMembers.mandateFrom, at),
          or(isNull(roundtableMembers.mandateTo), gte(roundtableMembers.mandateTo, at)),
          or(isNull(roundtables.archivedAt), gte(roundtables.archivedAt, dayAfter)),
        ),
      ),
    db
      .select({ groupId: attendance.meetingId, organizationId: attendance.organizationId })
      .from(attendance)
      .innerJoin(meetings, eq(meetings.id, attendance.meetingId))
      .where(
        and(
          inArray(attendance.organizationId, organisationIds),
          inArray(attendance.status, ['present', 'delegated']),
          ne(meetings.status, 'cancelled'),
          gt(meetings.startsAt, new Date(`${addDays(yearBefore, 1)}T00:00:00Z`)),
          lt(meetings.startsAt, dayAfter),
        ),
      ),
    db
      .select({ groupId: agreementParties.agreementId, organizationId: agreementParties.organizationId })
      .from(agreementParties)
      .innerJoin(agreements, eq(agreements.id, agreementParties.agreementId))
      .where(and(inArray(agreementParties.organizationId, organisationIds), lte(agreements.validFrom, at), or(isNull(agreements.validTo), gte(agreements.validTo, at)))),
    referral ? wholeMonthReferrals(db, referral, at) : Promise.resolve([]),
  ]);
  const withOrg = (rows: { groupId: string; organizationId: string | null }[]) =>
    rows.filter((r): r is { groupId: string; organizationId: string } => r.organizationId !== null);
  return { organisations, memberships: withOrg(memberships), attendances: withOrg(attendances), agreementParties: parties, referrals };
}

async function wholeMonthReferrals(db: Db, referral: ReferralInput, at: string) {
  const monthStart = `${at.slice(0, 7)}-01`;
  const ties = await referral.source(db, { from: addMonths(monthStart, -12), to: addDays(monthStart, -1) });
  return ties.filter((t) => t.count >= referral.threshold);
}

export async function graphAt(db: Db, scope: GraphScope, at: string, referral?: ReferralInput): Promise<BuiltGraph> {
  const ids = await scopeOrganisationIds(db, scope, at);
  return buildGraphFromRows(await loadGraphRows(db, ids, at, referral));
}
