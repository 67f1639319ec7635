import 'bootstrap-italia/dist/css/bootstrap-italia.min.css';
import './styles/fonts.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router-dom';
import { configureApi } from '../../../platform/web';
import i18n from './i18n';
import { queryClient } from './queryClient';
import { router } from './router';

const PUBLIC_PATHS = ['/login', '/setup'];

configureApi({
  language: () => i18n.language,
  // The session ended (expired, signed out elsewhere, account disabled): back to sign-in, then here again.
  onUnauthorized: () => {
    const { pathname, search } = window.location;
    if (PUBLIC_PATHS.includes(pathname)) return;
    const next = pathname + search;
    void router.navigate(next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`, { replace: true });
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
