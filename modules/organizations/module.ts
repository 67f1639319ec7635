import type { ModuleDefinition } from '../../platform/modules/moduleDefinition';
import { organizationPermissions } from './server/access';
import { organizationRoutes } from './server/routes';
import { serviceRoutes } from './server/serviceRoutes';
import { seedOrganizationsDemo } from './server/seeds';
import { organizationNames } from './server/queries/organizations';

export const organizationsModule: ModuleDefinition = {
  name: 'organizations',
  permissions: organizationPermissions,
  routes: [...organizationRoutes, ...serviceRoutes],
  seedDemo: seedOrganizationsDemo,
  scopeNamers: { organization: organizationNames },
};

export { organizationNames, organizationProfiles } from './server/queries/organizations';
export { DEMO_PASSWORD, demoUsers } from './server/seeds';
export * as organizationsTesting from './server/testing';
export { findServices, servicesOfDistrict, servicesOfOrganizations, type ServiceInfo } from './server/queries/serviceDirectory';
export { staffUserIds } from './server/queries/members';
