import { definePermissions } from '../../../platform/access/policy';
import { roles } from '../../../platform/access/roles';

export const territoryPermissions = definePermissions({
  'territory.read': { roles, description: 'See regions, provinces, municipalities, districts and maps' },
  'territory.import': { roles: ['platform_admin', 'analyst'], description: 'Import the ISTAT list of municipalities and boundaries (platform-wide grant only)' },
  'territory.districts.create': { roles: ['platform_admin'], description: 'Create districts' },
  'territory.districts.update': { roles: ['platform_admin', 'district_coordinator'], description: "Edit a district and its composition over time" },
  'territory.districts.roles': { roles: ['platform_admin', 'district_coordinator'], description: 'Give people a role over a district' },
});

/** A district's records live in the district itself. */
export const districtScope = (districtId: string) => ({ districtIds: [districtId] });
