import type { Db } from '../db/database';
import type { ScopeKind } from './roles';

export type ScopeNamer = (db: Db, ids: string[]) => Promise<Record<string, string>>;

/** Modules that own districts or organisations tell the platform their names, for grant listings. */
const namers = new Map<ScopeKind, ScopeNamer>();

export function registerScopeNamer(kind: ScopeKind, namer: ScopeNamer): void {
  namers.set(kind, namer);
}

export async function nameScopes(db: Db, scopes: { scopeKind: ScopeKind; scopeId: string | null }[]): Promise<(s: { scopeKind: ScopeKind; scopeId: string | null }) => string | null> {
  const byKind = new Map<ScopeKind, Record<string, string>>();
  for (const kind of ['district', 'organization'] as const) {
    const ids = [...new Set(scopes.filter((s) => s.scopeKind === kind && s.scopeId).map((s) => s.scopeId!))];
    const namer = namers.get(kind);
    byKind.set(kind, ids.length && namer ? await namer(db, ids) : {});
  }
  return (s) => (s.scopeKind === 'platform' ? null : s.scopeId ? (byKind.get(s.scopeKind)?.[s.scopeId] ?? null) : null);
}
