import type { ModuleDefinition } from '../../platform/modules/moduleDefinition';
import type { Permission } from '../../platform/access/policy';
import { platformModule } from '../../platform/platformModule';
import { territoryModule } from '../../modules/territory/module';
import { organizationsModule } from '../../modules/organizations/module';
import { linkageModule } from '../../modules/linkage/module';
import { caseworkModule } from '../../modules/casework/module';
import { createGovernanceModule } from '../../modules/governance/module';
import { governanceExtensions } from './governanceExtensions';

/** Business modules in dependency order (seeds run in this order). */
const businessModules: ModuleDefinition[] = [territoryModule, organizationsModule, linkageModule, createGovernanceModule(governanceExtensions()), caseworkModule];

export function allModules(): ModuleDefinition[] {
  const platform = platformModule(() => allPermissions);
  const modules = [platform, ...businessModules];
  const allPermissions: Permission[] = modules.flatMap((m) => Object.values(m.permissions));
  return modules;
}
