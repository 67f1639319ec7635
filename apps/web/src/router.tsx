import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { lazyPage, RequirePermission } from '../../../platform/web';
import { AppLayout } from './shell/AppLayout';
import { RequireSession } from './shell/RequireSession';
import { webModules } from './modules';

const platformRoutes: RouteObject[] = [
  { index: true, element: lazyPage(() => import('./pages/dashboard/DashboardPage'), 'DashboardPage') },
  {
    path: '/users',
    element: <RequirePermission permission="users.read">{lazyPage(() => import('./pages/users/UsersPage'), 'UsersPage')}</RequirePermission>,
  },
  {
    path: '/users/new',
    element: <RequirePermission permission="users.manage">{lazyPage(() => import('./pages/users/CreateUserPage'), 'CreateUserPage')}</RequirePermission>,
  },
  {
    path: '/users/:id',
    element: <RequirePermission permission="users.read">{lazyPage(() => import('./pages/users/UserDetailPage'), 'UserDetailPage')}</RequirePermission>,
  },
  {
    path: '/audit',
    element: <RequirePermission permission="audit.read">{lazyPage(() => import('./pages/audit/AuditPage'), 'AuditPage')}</RequirePermission>,
  },
];

const moduleRoutes: RouteObject[] = webModules.flatMap((m) =>
  m.routes.map((r) => ({ path: r.path, element: <RequirePermission permission={r.permission}>{r.element}</RequirePermission> })),
);

export const router = createBrowserRouter([
  {
    element: <AppLayout signedIn={false} />,
    children: [
      { path: '/login', element: lazyPage(() => import('./pages/auth/LoginPage'), 'LoginPage') },
      { path: '/setup', element: lazyPage(() => import('./pages/auth/SetupPage'), 'SetupPage') },
    ],
  },
  {
    path: '/',
    element: <RequireSession />,
    children: [...platformRoutes, ...moduleRoutes, { path: '*', element: lazyPage(() => import('./pages/NotFoundPage'), 'NotFoundPage') }],
  },
]);
