import { lazyPage, type WebModule } from '../../../platform/web';
import it from '../locales/it.json';
import en from '../locales/en.json';
import { OrganizationsNavCard } from './components/OrganizationsNavCard';

export const organizationsWeb: WebModule = {
  name: 'organizations',
  locales: { it, en },
  navigation: [{ path: '/organizations', labelKey: 'organizations:nav.title', permission: 'organizations.read', icon: 'it-pa' }],
  routes: [
    { path: '/organizations', permission: 'organizations.read', element: lazyPage(() => import('./pages/OrganizationsPage'), 'OrganizationsPage') },
    { path: '/organizations/new', permission: 'organizations.create', element: lazyPage(() => import('./pages/OrganizationCreatePage'), 'OrganizationCreatePage') },
    { path: '/organizations/:id', permission: 'organizations.read', element: lazyPage(() => import('./pages/OrganizationDetailPage'), 'OrganizationDetailPage') },
    { path: '/organizations/:id/edit', permission: 'organizations.update', element: lazyPage(() => import('./pages/OrganizationEditPage'), 'OrganizationEditPage') },
  ],
  dashboardCards: [{ key: 'organizations', permission: 'organizations.read', element: <OrganizationsNavCard /> }],
};
