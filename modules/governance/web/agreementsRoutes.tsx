import { lazyPage, type WebModule } from '../../../platform/web';

// Screens of the agreements area: routes and navigation entries (merged in index.tsx).
export const agreementsRoutes: WebModule['routes'] = [
  {
    path: '/governance/agreements',
    permission: 'governance.read',
    element: lazyPage(() => import('./pages/agreements/AgreementsPage'), 'AgreementsPage'),
  },
  {
    path: '/governance/agreements/new',
    permission: 'governance.manage',
    element: lazyPage(() => import('./pages/agreements/AgreementCreatePage'), 'AgreementCreatePage'),
  },
  {
    path: '/governance/agreements/:id',
    permission: 'governance.read',
    element: lazyPage(() => import('./pages/agreements/AgreementDetailPage'), 'AgreementDetailPage'),
  },
];
export const agreementsNavigation: WebModule['navigation'] = [
  { path: '/governance/agreements', labelKey: 'governance:agreements.nav', permission: 'governance.read', icon: 'it-note' },
];
