import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * Page number and filters of a list, kept in the URL so that Back, reload and shared links
 * return to the same page. Changing a filter goes back to page 1.
 */
export function useListParams<F extends string>(filterNames: readonly F[], defaults: Partial<Record<F, string>> = {}) {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const key = filterNames.map((n) => params.get(n) ?? '').join('\u0000');
  const filters = useMemo(() => {
    const out = {} as Record<F, string>;
    for (const name of filterNames) out[name] = params.get(name) ?? defaults[name] ?? '';
    return out;
    // `key` captures every filter value; the arrays themselves are recreated on each render.
  }, [key]);

  const setPage = useCallback(
    (next: number) =>
      setParams((prev) => {
        const p = new URLSearchParams(prev);
        if (next <= 1) p.delete('page');
        else p.set('page', String(next));
        return p;
      }),
    [setParams],
  );

  const setFilters = useCallback(
    (next: Partial<Record<F, string>>) =>
      setParams((prev) => {
        const p = new URLSearchParams(prev);
        for (const [name, value] of Object.entries(next) as [F, string | undefined][]) {
          if (value) p.set(name, value);
          else p.delete(name);
        }
        p.delete('page');
        return p;
      }),
    [setParams],
  );

  return { page, filters, setPage, setFilters };
}
