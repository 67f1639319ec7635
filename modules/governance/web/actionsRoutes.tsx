import type { WebModule } from '../../../platform/web';

// Screens of the actions area: routes and navigation entries (merged in index.tsx).
export const actionsRoutes: WebModule['routes'] = [];
export const actionsNavigation: WebModule['navigation'] = [];
