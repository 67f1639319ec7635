import { can } from '../../../platform/access/policy';
import type { Actor } from '../../../platform/access/roles';
import { governancePermissions as P, roundtableScope } from './access';

/** What access needs to know about one round table. */
export type TableFacts = {
  coordinatingOrganizationId: string;
  districtId: string | null;
  networkDistrictId: string | null;
  /** Organisations seated at the table (any mandate). */
  memberOrganizationIds: readonly string[];
  /** Delegates, substitutes: the people named at the table. */
  memberUserIds: readonly string[];
};

export type TableAccess = {
  /** The table, its meetings, approved minutes, decisions and action items. */
  see: boolean;
  /** Sits at the table: its organisation is a member or coordinates it, or the person is a delegate or substitute. */
  member: boolean;
  /** Schedules meetings, records attendance, writes and approves minutes, edits members. */
  manage: boolean;
  /** Draft and circulated minutes and their comments: members and managers only. */
  seeDrafts: boolean;
};

/**
 * The one rule of round-table access. Members see their tables; the platform and the table's district see
 * all of theirs (they govern the network); everybody else sees nothing (404).
 */
export function tableAccess(actor: Actor, t: TableFacts): TableAccess {
  const districts = [t.districtId, t.networkDistrictId].filter((d): d is string => !!d);
  const manage = can(actor, P['governance.manage'], roundtableScope(t, t.networkDistrictId));
  const orgs = new Set([t.coordinatingOrganizationId, ...t.memberOrganizationIds]);
  const member = t.memberUserIds.includes(actor.userId) || actor.grants.some((g) => g.scopeKind === 'organization' && !!g.scopeId && orgs.has(g.scopeId));
  const overseer = actor.grants.some((g) => g.scopeKind === 'platform' || (g.scopeKind === 'district' && !!g.scopeId && districts.includes(g.scopeId)));
  return { see: member || manage || overseer, member, manage, seeDrafts: member || manage };
}
