import { definePermissions } from '../../../platform/access/policy';
import { roles, type ResourceScope } from '../../../platform/access/roles';

export const governancePermissions = definePermissions({
  'governance.read': { roles, description: 'See networks, round tables and their members' },
  'governance.manage': {
    roles: ['platform_admin', 'district_coordinator', 'org_admin'],
    description: 'Create and edit networks and round tables (coordinators: in their district; organisation admins: tables their organisation coordinates)',
  },
  'governance.steering': {
    roles: ['platform_admin', 'district_coordinator', 'analyst'],
    description: "See a district's steering dashboard and the network measures (in their district)",
  },
});

/** A network lives in its district; a regional or unscoped network only in the platform scope. */
export function networkScope(n: { districtId: string | null }): ResourceScope {
  return { districtIds: n.districtId ? [n.districtId] : [] };
}

/** A round table lives in its coordinating organisation and in its own district (or its network's). */
export function roundtableScope(t: { coordinatingOrganizationId: string; districtId: string | null }, networkDistrictId: string | null = null): ResourceScope {
  return { organizationId: t.coordinatingOrganizationId, districtIds: [t.districtId, networkDistrictId].filter((d): d is string => !!d) };
}
