import type { ModuleDefinition } from '../../platform/modules/moduleDefinition';
import { governancePermissions } from './server/access';
import { governanceRoutes } from './server/routes';
import { seedGovernanceDemo } from './server/seeds';

export const governanceModule: ModuleDefinition = {
  name: 'governance',
  permissions: governancePermissions,
  routes: governanceRoutes,
  seedDemo: seedGovernanceDemo,
};

export * as governanceTesting from './server/testing';
