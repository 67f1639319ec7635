import { lazyPage, type WebModule } from '../../../platform/web';

const READ = 'governance.read';
const MANAGE = 'governance.manage';

// Screens of the tables area: round tables and networks (merged in index.tsx).
export const tablesRoutes: WebModule['routes'] = [
  { path: '/governance', permission: READ, element: lazyPage(() => import('./pages/tables/TablesListPage'), 'TablesListPage') },
  { path: '/governance/tables/new', permission: MANAGE, element: lazyPage(() => import('./pages/tables/TableFormPage'), 'TableNewPage') },
  { path: '/governance/tables/:id', permission: READ, element: lazyPage(() => import('./pages/tables/TableDetailPage'), 'TableDetailPage') },
  { path: '/governance/tables/:id/edit', permission: MANAGE, element: lazyPage(() => import('./pages/tables/TableFormPage'), 'TableEditPage') },
  { path: '/governance/networks', permission: READ, element: lazyPage(() => import('./pages/networks/NetworksListPage'), 'NetworksListPage') },
  { path: '/governance/networks/:id', permission: READ, element: lazyPage(() => import('./pages/networks/NetworkDetailPage'), 'NetworkDetailPage') },
];
export const tablesNavigation: WebModule['navigation'] = [{ path: '/governance', labelKey: 'governance:nav.tables', permission: READ, icon: 'it-files' }];
