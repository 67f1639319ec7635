import type { WebModule } from '../../../platform/web';

// Screens of the minutes area: routes and navigation entries (merged in index.tsx).
export const minutesRoutes: WebModule['routes'] = [];
export const minutesNavigation: WebModule['navigation'] = [];
