import type { WebModule } from '../../../platform/web';

// Screens of the meetings area: routes and navigation entries (merged in index.tsx).
export const meetingsRoutes: WebModule['routes'] = [];
export const meetingsNavigation: WebModule['navigation'] = [];
