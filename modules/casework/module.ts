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

// Facts for the rest of the platform: aggregates with small counts already suppressed, never a table read.
export { caseworkFacts, type CaseworkFactsQuery } from './server/queries/facts';
export { suppressSmallCounts } from './server/disclosure';
export { referralTies } from './server/queries/referralTies';
