import { lazyPage, type WebModule } from '../../../platform/web';

const READ = 'governance.read';

// Screens of the meetings area: my meetings, one meeting, the QR self check-in (merged in index.tsx).
export const meetingsRoutes: WebModule['routes'] = [
  { path: '/governance/meetings', permission: READ, element: lazyPage(() => import('./pages/meetings/MyMeetingsPage'), 'MyMeetingsPage') },
  { path: '/governance/meetings/:id', permission: READ, element: lazyPage(() => import('./pages/meetings/MeetingDetailPage'), 'MeetingDetailPage') },
  // Opened from the QR code of the sign-in sheet; without a session RequireSession sends to /login?next= and back here.
  { path: '/governance/check-in/:token', permission: READ, element: lazyPage(() => import('./pages/meetings/CheckInPage'), 'CheckInPage') },
];
export const meetingsNavigation: WebModule['navigation'] = [
  { path: '/governance/meetings', labelKey: 'governance:nav.meetings', permission: READ, icon: 'it-calendar' },
];
