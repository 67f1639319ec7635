import type { WebModule } from '../../../platform/web';

// Screens of the calendar area: routes and navigation entries (merged in index.tsx).
export const calendarRoutes: WebModule['routes'] = [];
export const calendarNavigation: WebModule['navigation'] = [];
