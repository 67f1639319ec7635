import type { WebModule } from '../../../platform/web';
import { territoryWeb } from '../../../modules/territory/web';
import { organizationsWeb } from '../../../modules/organizations/web';
import { governanceWeb } from '../../../modules/governance/web';
import { caseworkWeb } from '../../../modules/casework/web';

/** The modules with screens, in the order of DESIGN.md. Add a module's web registration here. */
export const webModules: WebModule[] = [territoryWeb, organizationsWeb, governanceWeb, caseworkWeb];

/** Every business module of DESIGN.md, in its order; those without screens show as "coming soon". */
export const moduleCatalogue = [
  'territory',
  'organizations',
  'governance',
  'casework',
  'directory',
  'observatory',
  'linkage',
  'surveys',
  'training',
  'participation',
  'monitoring',
  'inspections',
] as const;

export const plannedModules = moduleCatalogue.filter((name) => !webModules.some((m) => m.name === name));
