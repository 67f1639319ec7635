import { Suspense, useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { LoadingState } from '../../../../platform/web';

/**
 * The main landmark. After a client-side navigation focus moves here, so keyboard and
 * screen-reader users start at the new page's content rather than at the old link.
 */
export function MainContent({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    ref.current?.focus();
  }, [pathname]);
  return (
    <main id="main-content" ref={ref} tabIndex={-1} className="container-xxl px-4 py-4 flex-grow-1">
      <Suspense fallback={<LoadingState />}>{children}</Suspense>
    </main>
  );
}
