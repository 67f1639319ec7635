import type { ModuleDefinition } from './modules/moduleDefinition';
import type { Permission } from './access/policy';
import { accountPermissions } from './auth/access';
import { authRoutes } from './auth/routes';
import { accountRoutes } from './auth/accountRoutes';
import { oidcRoutes } from './auth/oidcRoutes';
import { auditRoutes } from './audit/routes';
import { notificationRoutes } from './notifications/routes';

/** The platform's own routes (accounts, sessions, audit, notifications), mounted like a module. */
export function platformModule(allPermissions: () => Permission[]): ModuleDefinition {
  return {
    name: 'platform',
    permissions: accountPermissions,
    routes: [...authRoutes(allPermissions), ...oidcRoutes, ...accountRoutes, ...auditRoutes, ...notificationRoutes],
  };
}
