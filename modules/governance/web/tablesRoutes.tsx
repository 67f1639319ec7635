import type { WebModule } from '../../../platform/web';

// Screens of the tables area: routes and navigation entries (merged in index.tsx).
export const tablesRoutes: WebModule['routes'] = [];
export const tablesNavigation: WebModule['navigation'] = [];
