import { lazyPage, type WebModule } from '../../../platform/web';

// Screens of the minutes area: routes and navigation entries (merged in index.tsx).
// The minutes themselves live in the meeting page's "Verbale" tab (components/minutes/MinutesPanel);
// the decisions register is reached from the table page, so it has no navigation entry.
export const minutesRoutes: WebModule['routes'] = [
  {
    path: '/governance/tables/:id/decisions',
    permission: 'governance.read',
    element: lazyPage(() => import('./pages/minutes/DecisionsRegisterPage'), 'DecisionsRegisterPage'),
  },
  // Where notifications about minutes point: opens the meeting's "Verbale" tab.
  {
    path: '/governance/minutes/:id',
    permission: 'governance.read',
    element: lazyPage(() => import('./pages/minutes/MinutesRedirectPage'), 'MinutesRedirectPage'),
  },
];
export const minutesNavigation: WebModule['navigation'] = [];
