import type { ModuleDefinition } from '../../platform/modules/moduleDefinition';
import { territoryPermissions } from './server/access';
import { territoryRoutes } from './server/routes';
import { seedTerritoryDemo } from './server/seeds';
import { districtNames } from './server/queries/districts';

export const territoryModule: ModuleDefinition = {
  name: 'territory',
  permissions: territoryPermissions,
  routes: territoryRoutes,
  seedDemo: seedTerritoryDemo,
  scopeNamers: { district: districtNames },
};

// The public entry other modules use: services, never tables.
export { districtNames } from './server/queries/districts';
export { districtIdsOfMunicipalities, municipalityIdsOn } from './server/queries/districtComposition';
export { municipalityExists } from './server/queries/districtGeoJson';
export { districtExists } from './server/queries/districtExists';
export { DEMO_DISTRICT_CODE, demoDistrictId } from './server/seeds';
