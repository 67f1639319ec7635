import type { WebModule } from '../../../platform/web';

// Screens of the network area: routes and navigation entries (merged in index.tsx).
export const networkRoutes: WebModule['routes'] = [];
export const networkNavigation: WebModule['navigation'] = [];
