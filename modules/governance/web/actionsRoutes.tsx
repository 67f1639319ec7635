import { lazyPage, type WebModule } from '../../../platform/web';

// Screens of the actions area: routes and navigation entries (merged in index.tsx).
export const actionsRoutes: WebModule['routes'] = [
  {
    path: '/governance/action-items',
    permission: 'governance.read',
    element: lazyPage(() => import('./pages/actions/ActionItemsPage'), 'ActionItemsPage'),
  },
];
export const actionsNavigation: WebModule['navigation'] = [
  { path: '/governance/action-items', labelKey: 'governance:actions.nav', permission: 'governance.read', icon: 'it-check-circle' },
];
