import type { ModuleDefinition } from '../../platform/modules/moduleDefinition';
import { caseworkPermissions } from './server/access';
import { caseworkRoutes } from './server/routes';
import { seedCaseworkDemo } from './server/seeds';

export const caseworkModule: ModuleDefinition = {
  name: 'casework',
  permissions: caseworkPermissions,
  routes: caseworkRoutes,
  seedDemo: seedCaseworkDemo,
};
