import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { z } from 'zod';
import type { meResponse } from '../auth/contract';

export type Me = z.infer<typeof meResponse>;
export type ScopeKind = Me['grants'][number]['scopeKind'];

/** Where the user is working: the whole platform, one district or one organisation. */
export type WorkScope = { key: string; kind: ScopeKind; id: string | null; name: string | null };

export type Session = {
  me: Me;
  /** True when the user holds the permission somewhere; the API decides per record. */
  can: (permission: string) => boolean;
  scopes: WorkScope[];
  scope: WorkScope | null;
  selectScope: (key: string) => void;
};

const SessionContext = createContext<Session | null>(null);
const STORAGE_KEY = 'crocevia.scope';

const scopeKey = (kind: ScopeKind, id: string | null) => `${kind}:${id ?? '*'}`;

function scopesOf(me: Me): WorkScope[] {
  const seen = new Map<string, WorkScope>();
  for (const g of me.grants) {
    const key = scopeKey(g.scopeKind, g.scopeId);
    if (!seen.has(key)) seen.set(key, { key, kind: g.scopeKind, id: g.scopeId, name: g.scopeName });
  }
  const order: Record<ScopeKind, number> = { platform: 0, district: 1, organization: 2 };
  return [...seen.values()].sort((a, b) => order[a.kind] - order[b.kind] || (a.name ?? '').localeCompare(b.name ?? ''));
}

function readStoredScope(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // Storage can be disabled (private mode, policies): the first scope is a fine default.
  }
}

export function SessionProvider({ me, children }: { me: Me; children: ReactNode }) {
  const [stored, setStored] = useState(readStoredScope);
  const scopes = useMemo(() => scopesOf(me), [me]);
  const permissions = useMemo(() => new Set(me.permissions), [me]);
  const selectScope = useCallback((key: string) => {
    setStored(key);
    try {
      localStorage.setItem(STORAGE_KEY, key);
    } catch {
      // Not remembered across visits, still applied now.
    }
  }, []);
  const value = useMemo<Session>(
    () => ({
      me,
      can: (permission) => permissions.has(permission),
      scopes,
      scope: scopes.find((s) => s.key === stored) ?? scopes[0] ?? null,
      selectScope,
    }),
    [me, permissions, scopes, stored, selectScope],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

export const usePermission = (permission: string): boolean => useSession().can(permission);

/** The district the user is working in, when the chosen scope is one. */
export function useCurrentDistrictId(): string | null {
  const { scope } = useSession();
  return scope?.kind === 'district' ? scope.id : null;
}
