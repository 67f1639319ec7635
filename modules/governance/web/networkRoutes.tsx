import { lazyPage, type WebModule } from '../../../platform/web';

const STEERING = 'governance.steering';

// Screens of the network area: routes and navigation entries (merged in index.tsx).
export const networkRoutes: WebModule['routes'] = [
  { path: '/governance/networks/:id/graph', permission: STEERING, element: lazyPage(() => import('./pages/network/NetworkGraphPage'), 'NetworkGraphPage') },
  { path: '/governance/districts/:id/graph', permission: STEERING, element: lazyPage(() => import('./pages/network/NetworkGraphPage'), 'DistrictGraphPage') },
  { path: '/governance/steering', permission: STEERING, element: lazyPage(() => import('./pages/network/SteeringPage'), 'SteeringPage') },
];
export const networkNavigation: WebModule['navigation'] = [{ path: '/governance/steering', labelKey: 'governance:network.nav.steering', permission: STEERING, icon: 'it-chart-line' }];
