import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { caseEventSchema, caseListItemSchema, caseSchema, noteSchema, reminderSchema } from '../../contract';
import type { memberSchema, serviceSchema } from '../../../organizations/contract';
import { apiFetch, type Page } from '../../../../platform/web';

export type CaseView = z.infer<typeof caseSchema>;
export type CaseListItem = z.infer<typeof caseListItemSchema>;
export type CaseEvent = z.infer<typeof caseEventSchema>;
export type Note = z.infer<typeof noteSchema>;
export type Reminder = z.infer<typeof reminderSchema>;
export type Service = z.infer<typeof serviceSchema>;
export type Member = z.infer<typeof memberSchema>;

const API = '/api/casework';

export type CaseFilters = { status: string; protection: string; need: string; q: string };

export const casesQuery = (scope: 'mine' | 'service', f: CaseFilters, page: number) =>
  queryOptions({
    queryKey: ['casework', 'cases', 'list', scope, f, page],
    queryFn: ({ signal }) =>
      apiFetch<Page<CaseListItem>>(`${API}/cases`, { query: { scope, status: f.status, protection: f.protection, need: f.need, q: f.q, page, pageSize: 25 }, signal }),
    placeholderData: (previous) => previous,
  });

export const caseQuery = (id: string) =>
  queryOptions({
    queryKey: ['casework', 'cases', 'detail', id],
    queryFn: ({ signal }) => apiFetch<CaseView>(`${API}/cases/${id}`, { signal }),
  });

export const caseEventsQuery = (id: string) =>
  queryOptions({
    queryKey: ['casework', 'cases', 'detail', id, 'events'],
    queryFn: ({ signal }) => apiFetch<CaseEvent[] | Page<CaseEvent>>(`${API}/cases/${id}/events`, { signal }).then(itemsOf),
  });

export const caseNotesQuery = (id: string, page: number) =>
  queryOptions({
    queryKey: ['casework', 'cases', 'detail', id, 'notes', page],
    queryFn: ({ signal }) => apiFetch<Page<Note>>(`${API}/cases/${id}/notes`, { query: { page, pageSize: 20 }, signal }),
    placeholderData: (previous) => previous,
  });

export const remindersQuery = queryOptions({
  queryKey: ['casework', 'reminders'],
  queryFn: ({ signal }) => apiFetch<{ items: Reminder[] }>(`${API}/reminders`, { signal }),
});

/** A list answered either as a bare array or as a page: the items either way. */
export function itemsOf<T>(data: T[] | Page<T> | { items: T[] }): T[] {
  return Array.isArray(data) ? data : data.items;
}

/** Every write of this module: POST/PUT/PATCH under /api/casework. */
export const send = <T>(path: string, body: unknown, method: 'POST' | 'PUT' | 'PATCH' = 'POST') => apiFetch<T>(`${API}${path}`, { method, body });

// Services and staff come from the organisations module's public API.
export type ServiceOption = { id: string; name: string; organizationId: string; organizationName: string };

type OrgRef = { id: string; name: string };

export const organizationServicesQuery = (org: OrgRef) =>
  queryOptions({
    queryKey: ['organizations', 'detail', org.id, 'services'],
    queryFn: ({ signal }) => apiFetch<Service[]>(`/api/organizations/${org.id}/services`, { signal }),
    select: (services): ServiceOption[] => services.map((s) => ({ id: s.id, name: s.name, organizationId: org.id, organizationName: org.name })),
    staleTime: 5 * 60_000,
  });

export const districtOrganizationsQuery = (districtId: string) =>
  queryOptions({
    queryKey: ['organizations', 'list', 'district', districtId],
    queryFn: ({ signal }) => apiFetch<Page<OrgRef>>('/api/organizations', { query: { districtId, page: 1, pageSize: 200 }, signal }),
    staleTime: 5 * 60_000,
  });

export const organizationMembersQuery = (organizationId: string) =>
  queryOptions({
    queryKey: ['organizations', 'detail', organizationId, 'members', 'all'],
    queryFn: ({ signal }) => apiFetch<Page<Member>>(`/api/organizations/${organizationId}/members`, { query: { page: 1, pageSize: 200 }, signal }),
    staleTime: 60_000,
  });
