import type { ReactNode } from 'react';

type Tone = 'primary' | 'secondary' | 'success' | 'danger' | 'warning' | 'light';

/** Status labels; warning/light use dark text so contrast stays above 4.5:1. */
export function Badge({ tone = 'secondary', children }: { tone?: Tone; children: ReactNode }) {
  const dark = tone === 'warning' || tone === 'light';
  return <span className={`badge bg-${tone}${dark ? ' text-dark' : ''} me-1`}>{children}</span>;
}
