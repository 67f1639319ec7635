import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { organizationSchema, serviceSchema } from '../../../organizations/contract';
import { apiFetch, useSession, type Page } from '../../../../platform/web';

type Service = z.infer<typeof serviceSchema>;
type Organization = z.infer<typeof organizationSchema>;
export type MyService = Service & { organizationName: string | null };

const CASE_ROLES = ['operator', 'org_admin'];

/** The organisations where the user works on cases (only organisation-scoped grants reach people). */
export function useMyOrganizations(): { id: string; name: string | null }[] {
  const { me } = useSession();
  const seen = new Map<string, string | null>();
  for (const g of me.grants) if (g.scopeKind === 'organization' && g.scopeId && CASE_ROLES.includes(g.role)) seen.set(g.scopeId, g.scopeName);
  return [...seen].map(([id, name]) => ({ id, name }));
}

const servicesOf = (organizationId: string) =>
  queryOptions({
    queryKey: ['organizations', 'detail', organizationId, 'services'],
    queryFn: ({ signal }) => apiFetch<Service[]>(`/api/organizations/${organizationId}/services`, { signal }),
    staleTime: 5 * 60_000,
  });

/** The services the user may register people and open cases for, from the organisations module's API. */
export function useMyServices(): { services: MyService[]; isPending: boolean; error: unknown } {
  const orgs = useMyOrganizations();
  const results = useQueries({ queries: orgs.map((o) => servicesOf(o.id)) });
  const services = results.flatMap((r, i) => (r.data ?? []).map((s) => ({ ...s, organizationName: orgs[i]?.name ?? null })));
  return { services, isPending: results.some((r) => r.isPending), error: results.find((r) => r.error)?.error ?? null };
}

export const organizationQuery = (id: string) =>
  queryOptions({
    queryKey: ['organizations', 'detail', id],
    queryFn: ({ signal }) => apiFetch<Organization>(`/api/organizations/${id}`, { signal }),
    staleTime: 5 * 60_000,
  });

type Municipality = { id: string; name: string };

/** The municipalities of the district an organisation belongs to. */
export function useMunicipalities(organizationId: string | null) {
  const org = useQuery({ ...organizationQuery(organizationId ?? ''), enabled: !!organizationId });
  const districtId = org.data?.districtId ?? null;
  return useQuery({
    queryKey: ['territory', 'municipalities', 'options', districtId],
    queryFn: ({ signal }) => apiFetch<Page<Municipality>>('/api/territory/municipalities', { query: { districtId, page: 1, pageSize: 500 }, signal }),
    enabled: !!districtId,
    staleTime: 5 * 60_000,
  });
}
