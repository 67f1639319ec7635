import { lazyPage, type WebModule } from '../../../platform/web';

// Screens of the calendar area: routes and navigation entries (merged in index.tsx).
export const calendarRoutes: WebModule['routes'] = [
  { path: '/governance/calendar', permission: 'governance.read', element: lazyPage(() => import('./pages/calendar/CalendarPage'), 'CalendarPage') },
];
export const calendarNavigation: WebModule['navigation'] = [
  { path: '/governance/calendar', labelKey: 'governance:calendar.nav', permission: 'governance.read', icon: 'it-calendar' },
];
