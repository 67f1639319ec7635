import type { WebModule } from '../../../platform/web';

// Screens of the agreements area: routes and navigation entries (merged in index.tsx).
export const agreementsRoutes: WebModule['routes'] = [];
export const agreementsNavigation: WebModule['navigation'] = [];
