import { lazy, type ComponentType, type ReactElement } from 'react';

/**
 * A route element whose page is code-split: `lazyPage(() => import('./pages/X'), 'X')`.
 * Pages keep named exports; React.lazy wants a default one, so it is adapted here.
 */
export function lazyPage<K extends string, M extends Record<K, ComponentType>>(load: () => Promise<M>, name: K): ReactElement {
  const Page = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  return <Page />;
}
