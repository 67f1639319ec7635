import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  memberBody,
  memberSchema,
  memberUpdateBody,
  networkDetailSchema,
  networkOrganizationsBody,
  networkSchema,
  roundtableBody,
  roundtableDetailSchema,
  roundtableSchema,
  roundtableUpdateBody,
} from '../../contract';
import { apiFetch, type Page } from '../../../../platform/web';

export type Network = z.infer<typeof networkSchema>;
export type NetworkDetail = z.infer<typeof networkDetailSchema>;
export type NetworkOrganizationsBody = z.input<typeof networkOrganizationsBody>;
export type Roundtable = z.infer<typeof roundtableSchema>;
export type RoundtableDetail = z.infer<typeof roundtableDetailSchema>;
export type RoundtableBody = z.input<typeof roundtableBody>;
export type RoundtableUpdateBody = z.input<typeof roundtableUpdateBody>;
export type TableMember = z.infer<typeof memberSchema>;
export type MemberBody = z.input<typeof memberBody>;
export type MemberUpdateBody = z.input<typeof memberUpdateBody>;

const API = '/api/governance';

export type TableFilters = { q: string; kind: string; districtId: string; networkId: string; archived: string };

export const roundtablesQuery = (f: TableFilters, page: number) =>
  queryOptions({
    queryKey: ['governance', 'roundtables', 'list', f, page],
    queryFn: ({ signal }) =>
      apiFetch<Page<Roundtable>>(`${API}/roundtables`, {
        query: { q: f.q, kind: f.kind, districtId: f.districtId, networkId: f.networkId, archived: f.archived === 'true' ? 'true' : undefined, page, pageSize: 25 },
        signal,
      }),
    placeholderData: (previous) => previous,
  });

/** Every table (one large page), for the "parent table" choice. */
export const allRoundtablesQuery = queryOptions({
  queryKey: ['governance', 'roundtables', 'list', 'all'],
  queryFn: ({ signal }) => apiFetch<Page<Roundtable>>(`${API}/roundtables`, { query: { page: 1, pageSize: 200 }, signal }),
  staleTime: 60_000,
});

export const roundtableQuery = (id: string) =>
  queryOptions({
    queryKey: ['governance', 'roundtables', 'detail', id],
    queryFn: ({ signal }) => apiFetch<RoundtableDetail>(`${API}/roundtables/${id}`, { signal }),
  });

export const createRoundtable = (body: RoundtableBody) => apiFetch<RoundtableDetail>(`${API}/roundtables`, { method: 'POST', body });
export const updateRoundtable = (id: string, body: RoundtableUpdateBody) => apiFetch<RoundtableDetail>(`${API}/roundtables/${id}`, { method: 'PATCH', body });

export const addMember = (tableId: string, body: MemberBody) => apiFetch<TableMember>(`${API}/roundtables/${tableId}/members`, { method: 'POST', body });
export const updateMember = (tableId: string, memberId: string, body: MemberUpdateBody) =>
  apiFetch<TableMember>(`${API}/roundtables/${tableId}/members/${memberId}`, { method: 'PATCH', body });
export const removeMember = (tableId: string, memberId: string) => apiFetch<void>(`${API}/roundtables/${tableId}/members/${memberId}`, { method: 'DELETE' });

// ---- networks ----
export const networksQuery = (f: { q: string; districtId: string }, page: number) =>
  queryOptions({
    queryKey: ['governance', 'networks', 'list', f, page],
    queryFn: ({ signal }) => apiFetch<Page<Network>>(`${API}/networks`, { query: { q: f.q, districtId: f.districtId, page, pageSize: 25 }, signal }),
    placeholderData: (previous) => previous,
  });

export const allNetworksQuery = queryOptions({
  queryKey: ['governance', 'networks', 'list', 'all'],
  queryFn: ({ signal }) => apiFetch<Page<Network>>(`${API}/networks`, { query: { page: 1, pageSize: 200 }, signal }),
  staleTime: 60_000,
});

export const networkQuery = (id: string) =>
  queryOptions({
    queryKey: ['governance', 'networks', 'detail', id],
    queryFn: ({ signal }) => apiFetch<NetworkDetail>(`${API}/networks/${id}`, { signal }),
  });

export const replaceNetworkOrganizations = (id: string, body: NetworkOrganizationsBody) =>
  apiFetch<NetworkDetail>(`${API}/networks/${id}/organizations`, { method: 'PUT', body });

// ---- other modules' public API: organisations, their staff, districts ----
export type Named = { id: string; name: string };
export type OrganizationStaff = { id: string; userId: string; displayName: string; email: string; jobTitle: string | null };

export const organizationsOptionsQuery = queryOptions({
  queryKey: ['organizations', 'list', 'all'],
  queryFn: ({ signal }) => apiFetch<Page<Named>>('/api/organizations', { query: { page: 1, pageSize: 200 }, signal }),
  staleTime: 5 * 60_000,
});

export const districtsOptionsQuery = queryOptions({
  queryKey: ['territory', 'districts', 'list', 'all'],
  queryFn: ({ signal }) => apiFetch<Page<Named>>('/api/territory/districts', { query: { page: 1, pageSize: 200 }, signal }),
  staleTime: 5 * 60_000,
});

/** The people of an organisation (needs organizations.members.read; the caller falls back to a user id field). */
export const organizationStaffQuery = (organizationId: string) =>
  queryOptions({
    queryKey: ['organizations', 'detail', organizationId, 'members', 'all'],
    queryFn: ({ signal }) => apiFetch<Page<OrganizationStaff>>(`/api/organizations/${organizationId}/members`, { query: { page: 1, pageSize: 200 }, signal }),
    staleTime: 60_000,
    retry: false,
  });
