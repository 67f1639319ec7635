import { useQuery } from '@tanstack/react-query';
import { Navigate, useLocation } from 'react-router-dom';
import { ApiError, ErrorState, LoadingState, SessionProvider } from '../../../../platform/web';
import { meQuery } from '../session/queries';
import { AppLayout } from './AppLayout';

/** Every signed-in page goes through here: no session, no page (the API would refuse anyway). */
export function RequireSession() {
  const location = useLocation();
  const me = useQuery(meQuery);
  if (me.isPending) {
    return (
      <div className="container-xxl py-5">
        <LoadingState />
      </div>
    );
  }
  if (me.isError) {
    if (me.error instanceof ApiError && me.error.status === 401) {
      const next = location.pathname + location.search;
      return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
    }
    return (
      <main className="container-xxl py-5">
        <ErrorState error={me.error} onRetry={() => void me.refetch()} />
      </main>
    );
  }
  // A temporary password opens only the dashboard, where it is replaced: the server refuses everything else,
  // so the navigation and cards (all permission-gated) are hidden by presenting no permissions.
  if (me.data.user.mustChangePassword && location.pathname !== '/') return <Navigate to="/" replace />;
  const session = me.data.user.mustChangePassword ? { ...me.data, permissions: [] } : me.data;
  return (
    <SessionProvider me={session}>
      <AppLayout signedIn />
    </SessionProvider>
  );
}
