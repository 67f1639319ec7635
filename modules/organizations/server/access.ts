import { definePermissions } from '../../../platform/access/policy';
import { roles, type ResourceScope } from '../../../platform/access/roles';

export const organizationPermissions = definePermissions({
  'organizations.read': { roles, description: "See the network's organisations, services and help desks" },
  'organizations.create': { roles: ['platform_admin', 'district_coordinator'], description: 'Register an organisation (coordinators: in their district)' },
  'organizations.update': { roles: ['platform_admin', 'district_coordinator', 'org_admin'], description: "Edit an organisation's details" },
  'organizations.archive': { roles: ['platform_admin', 'district_coordinator'], description: 'Archive an organisation' },
  'organizations.services.manage': { roles: ['platform_admin', 'district_coordinator', 'org_admin'], description: "Edit an organisation's services and help desks" },
  'organizations.members.read': { roles: ['platform_admin', 'district_coordinator', 'org_admin', 'operator'], description: 'See who works at an organisation' },
  'organizations.members.manage': { roles: ['platform_admin', 'district_coordinator', 'org_admin'], description: 'Add and remove people and their roles in an organisation' },
});

/** An organisation's records live in the organisation and in its district. */
export function organizationScope(org: { id: string; districtId: string | null }): ResourceScope {
  return { organizationId: org.id, districtIds: org.districtId ? [org.districtId] : [] };
}
