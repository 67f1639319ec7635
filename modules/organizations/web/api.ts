import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { addMemberResponse, helpDeskSchema, memberSchema, organizationSchema, serviceSchema } from '../contract';
import { apiFetch, type Page } from '../../../platform/web';

export type Organization = z.infer<typeof organizationSchema>;
export type Service = z.infer<typeof serviceSchema>;
export type HelpDesk = z.infer<typeof helpDeskSchema>;
export type Member = z.infer<typeof memberSchema>;
export type AddedMember = z.infer<typeof addMemberResponse>;

export type OrganizationFilters = { q: string; kind: string; districtId: string; archived: string };

export const organizationsQuery = (f: OrganizationFilters, page: number) =>
  queryOptions({
    queryKey: ['organizations', 'list', f, page],
    queryFn: ({ signal }) =>
      apiFetch<Page<Organization>>('/api/organizations', {
        query: { q: f.q, kind: f.kind, districtId: f.districtId, archived: f.archived === 'true' ? 'true' : undefined, page, pageSize: 25 },
        signal,
      }),
    placeholderData: (previous) => previous,
  });

export const organizationCountQuery = queryOptions({
  queryKey: ['organizations', 'count'],
  queryFn: ({ signal }) => apiFetch<Page<Organization>>('/api/organizations', { query: { page: 1, pageSize: 1 }, signal }),
});

export const organizationQuery = (id: string) =>
  queryOptions({
    queryKey: ['organizations', 'detail', id],
    queryFn: ({ signal }) => apiFetch<Organization>(`/api/organizations/${id}`, { signal }),
  });

export const servicesQuery = (id: string) =>
  queryOptions({
    queryKey: ['organizations', 'detail', id, 'services'],
    queryFn: ({ signal }) => apiFetch<Service[]>(`/api/organizations/${id}/services`, { signal }),
  });

export const helpDesksQuery = (id: string) =>
  queryOptions({
    queryKey: ['organizations', 'detail', id, 'help-desks'],
    queryFn: ({ signal }) => apiFetch<HelpDesk[]>(`/api/organizations/${id}/help-desks`, { signal }),
  });

export const membersQuery = (id: string, page: number) =>
  queryOptions({
    queryKey: ['organizations', 'detail', id, 'members', page],
    queryFn: ({ signal }) => apiFetch<Page<Member>>(`/api/organizations/${id}/members`, { query: { page, pageSize: 25 }, signal }),
    placeholderData: (previous) => previous,
  });

/** Districts and municipalities come from the territory module's public API (never its code). */
type Named = { id: string; name: string };

export const districtOptionsQuery = queryOptions({
  queryKey: ['territory', 'districts', 'all'],
  queryFn: ({ signal }) => apiFetch<Page<Named>>('/api/territory/districts', { query: { page: 1, pageSize: 200 }, signal }),
  staleTime: 5 * 60_000,
});

export const municipalityOptionsQuery = (districtId: string) =>
  queryOptions({
    queryKey: ['territory', 'municipalities', 'options', districtId],
    queryFn: ({ signal }) => apiFetch<Page<Named & { istatCode: string }>>('/api/territory/municipalities', { query: { districtId, page: 1, pageSize: 500 }, signal }),
    staleTime: 5 * 60_000,
  });
