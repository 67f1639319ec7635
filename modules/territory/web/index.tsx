import { lazyPage, type WebModule } from '../../../platform/web';
import it from '../locales/it.json';
import en from '../locales/en.json';
import { MunicipalityCountCard } from './components/MunicipalityCountCard';

export const territoryWeb: WebModule = {
  name: 'territory',
  locales: { it, en },
  navigation: [{ path: '/territory', labelKey: 'territory:nav.title', permission: 'territory.read', icon: 'it-map-marker-circle' }],
  routes: [
    { path: '/territory', permission: 'territory.read', element: lazyPage(() => import('./pages/MunicipalitiesPage'), 'MunicipalitiesPage') },
    { path: '/territory/districts', permission: 'territory.read', element: lazyPage(() => import('./pages/DistrictsPage'), 'DistrictsPage') },
    { path: '/territory/districts/new', permission: 'territory.districts.create', element: lazyPage(() => import('./pages/DistrictCreatePage'), 'DistrictCreatePage') },
    { path: '/territory/districts/:id/edit', permission: 'territory.districts.update', element: lazyPage(() => import('./pages/DistrictEditPage'), 'DistrictEditPage') },
    { path: '/territory/districts/:id', permission: 'territory.read', element: lazyPage(() => import('./pages/DistrictDetailPage'), 'DistrictDetailPage') },
    { path: '/territory/map', permission: 'territory.read', element: lazyPage(() => import('./pages/MapPage'), 'MapPage') },
    { path: '/territory/imports', permission: 'territory.import', element: lazyPage(() => import('./pages/ImportPage'), 'ImportPage') },
  ],
  dashboardCards: [{ key: 'municipalities', permission: 'territory.read', element: <MunicipalityCountCard /> }],
};
