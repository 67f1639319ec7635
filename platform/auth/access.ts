import { definePermissions } from '../access/policy';

export const accountPermissions = definePermissions({
  'users.read': { roles: ['platform_admin', 'district_coordinator', 'org_admin'], description: 'See user accounts and their roles' },
  'users.manage': { roles: ['platform_admin'], description: 'Create, disable, unlock accounts, reset passwords, grant platform-wide roles' },
  'audit.read': { roles: ['platform_admin'], description: 'Browse, verify and export the audit log' },
});
