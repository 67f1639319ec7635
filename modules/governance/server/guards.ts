import { eq } from 'drizzle-orm';
import { can, type Permission } from '../../../platform/access/policy';
import type { RouteContext } from '../../../platform/http/route';
import type { Db } from '../../../platform/db/database';
import { badRequest, notFound } from '../../../platform/errors/appError';
import { translate, type Locale } from '../../../platform/i18n/i18n';
import { findUserById } from '../../../platform/auth/users';
import { districtExists } from '../../territory/module';
import { organizationNames } from '../../organizations/module';
import { networkScope, roundtableScope } from './access';
import { networks, roundtables } from './schema';

type Ctx = Pick<RouteContext<unknown, unknown, unknown>, 'db' | 'actor'>;
export type NetworkRow = typeof networks.$inferSelect;
export type RoundtableRow = typeof roundtables.$inferSelect;
export type FieldIssue = { field: string; key: string };

/** A 400 naming fields, with messages from the `validation` catalogue (keys without prefix) in the caller's language. */
export const invalidFields = (issues: FieldIssue[], locale: Locale) =>
  badRequest(
    'validation',
    'errors.validation',
    {},
    issues.map((i) => ({ field: i.field, message: translate(locale, `validation.${i.key}`) })),
  );
export const invalidField = (field: string, key: string, locale: Locale) => invalidFields([{ field, key }], locale);

export async function loadNetwork(db: Db, id: string): Promise<NetworkRow> {
  const [row] = await db.select().from(networks).where(eq(networks.id, id));
  if (!row) throw notFound();
  return row;
}

export async function loadRoundtable(db: Db, id: string): Promise<RoundtableRow> {
  const [row] = await db.select().from(roundtables).where(eq(roundtables.id, id));
  if (!row) throw notFound();
  return row;
}

export async function networkDistrictOf(db: Db, networkId: string | null): Promise<string | null> {
  if (!networkId) return null;
  const [row] = await db.select({ districtId: networks.districtId }).from(networks).where(eq(networks.id, networkId));
  return row?.districtId ?? null;
}

/** Loads a network and checks the record-level rule; out of scope answers 404. */
export async function loadAllowedNetwork(ctx: Ctx, id: string, permission: Permission): Promise<NetworkRow> {
  const row = await loadNetwork(ctx.db, id);
  if (!can(ctx.actor, permission, networkScope(row))) throw notFound();
  return row;
}

/** Loads a round table and checks the record-level rule; out of scope answers 404. */
export async function loadAllowedRoundtable(ctx: Ctx, id: string, permission: Permission): Promise<RoundtableRow> {
  const row = await loadRoundtable(ctx.db, id);
  if (!can(ctx.actor, permission, roundtableScope(row, await networkDistrictOf(ctx.db, row.networkId)))) throw notFound();
  return row;
}

export async function missingOrganizations(db: Db, ids: string[]): Promise<string[]> {
  const names = await organizationNames(db, [...new Set(ids)]);
  return ids.filter((id) => !(id in names));
}

/** Network fields: a district or a region, not both; the district must exist. */
export async function checkNetwork(db: Db, n: { districtId: string | null; regionCode: string | null }, locale: Locale): Promise<void> {
  const issues: FieldIssue[] = [];
  if (n.districtId && n.regionCode) issues.push({ field: 'regionCode', key: 'governance_network_scope' });
  if (n.districtId && !(await districtExists(db, n.districtId))) issues.push({ field: 'districtId', key: 'unknown_district' });
  if (issues.length) throw invalidFields(issues, locale);
}

type TableState = {
  id?: string;
  networkId: string | null;
  parentId: string | null;
  districtId: string | null;
  coordinatingOrganizationId: string;
  quorumRule: RoundtableRow['quorumRule'];
  quorumFixed: number | null;
};

/**
 * The rules of a round table as it will be after the write: references exist, the quorum number goes with
 * the fixed rule only, the parent sits in the same network, and the parent chain has no cycle.
 */
export async function checkRoundtable(db: Db, t: TableState, locale: Locale): Promise<void> {
  const issues: FieldIssue[] = [];
  if ((t.quorumRule === 'fixed') !== (t.quorumFixed != null)) issues.push({ field: 'quorumFixed', key: 'governance_quorum_fixed' });
  if (t.districtId && !(await districtExists(db, t.districtId))) issues.push({ field: 'districtId', key: 'unknown_district' });
  if ((await missingOrganizations(db, [t.coordinatingOrganizationId])).length) issues.push({ field: 'coordinatingOrganizationId', key: 'organization_unknown' });
  if (t.networkId) {
    const [n] = await db.select({ id: networks.id }).from(networks).where(eq(networks.id, t.networkId));
    if (!n) issues.push({ field: 'networkId', key: 'governance_network_unknown' });
  }
  if (t.parentId) {
    const [parent] = await db.select().from(roundtables).where(eq(roundtables.id, t.parentId));
    if (!parent) issues.push({ field: 'parentId', key: 'governance_parent_unknown' });
    else if (parent.networkId !== t.networkId) issues.push({ field: 'parentId', key: 'governance_parent_network' });
    else if (t.id && (await chainReaches(db, t.parentId, t.id))) issues.push({ field: 'parentId', key: 'governance_parent_cycle' });
  }
  if (issues.length) throw invalidFields(issues, locale);
}

/** Walks up from `start` through the parents; true when `target` is met (or a cycle is already there). */
async function chainReaches(db: Db, start: string, target: string): Promise<boolean> {
  const seen = new Set<string>();
  let current: string | null = start;
  while (current) {
    if (current === target || seen.has(current)) return true;
    seen.add(current);
    const [row]: { parentId: string | null }[] = await db.select({ parentId: roundtables.parentId }).from(roundtables).where(eq(roundtables.id, current));
    current = row?.parentId ?? null;
  }
  return false;
}

type MemberState = {
  organizationId: string | null;
  delegateUserId: string | null;
  substituteUserId: string | null;
  expertName: string | null;
  mandateFrom: string;
  mandateTo: string | null;
};

/** A member is an organisation (with delegate and substitute) or an individual expert, never both; dates in order. */
export async function checkMember(db: Db, m: MemberState, locale: Locale): Promise<void> {
  const issues: FieldIssue[] = [];
  if (!!m.organizationId === !!m.expertName) issues.push({ field: 'organizationId', key: 'governance_member_subject' });
  else if (m.organizationId && (await missingOrganizations(db, [m.organizationId])).length) issues.push({ field: 'organizationId', key: 'organization_unknown' });
  if (!m.organizationId && (m.delegateUserId || m.substituteUserId)) issues.push({ field: 'delegateUserId', key: 'governance_delegate_without_organization' });
  for (const field of ['delegateUserId', 'substituteUserId'] as const) {
    const id = m[field];
    if (id && m.organizationId && !(await findUserById(db, id))) issues.push({ field, key: 'user_unknown' });
  }
  if (m.mandateTo && m.mandateTo < m.mandateFrom) issues.push({ field: 'mandateTo', key: 'date_range' });
  if (issues.length) throw invalidFields(issues, locale);
}
