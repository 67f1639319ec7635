/**
 * The entry the current page belongs to: the longest path that prefixes it, so "/casework/facts" lights
 * "Dati" and not also "/casework", while "/casework/cases/…" still lights "/casework".
 */
export function activeNavPath(paths: string[], pathname: string): string | null {
  const matches = paths.filter((p) => (p === '/' ? pathname === '/' : pathname === p || pathname.startsWith(`${p}/`)));
  return matches.sort((a, b) => b.length - a.length)[0] ?? null;
}
