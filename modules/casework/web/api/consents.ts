import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiFetch, type Page } from '../../../../platform/web';
import type { consentBody, consentSchema, lockoutBody, lockoutSchema } from '../../contract';
import { itemsOf } from './persons';

export type Consent = z.output<typeof consentSchema>;
export type ConsentBody = z.input<typeof consentBody>;
export type Lockout = z.output<typeof lockoutSchema>;
export type LockoutBody = z.input<typeof lockoutBody>;

export const consentsQuery = (personId: string) =>
  queryOptions({
    queryKey: ['casework', 'persons', 'detail', personId, 'consents'],
    queryFn: ({ signal }) => apiFetch<Consent[] | { items: Consent[] }>(`/api/casework/persons/${personId}/consents`, { signal }).then(itemsOf),
  });

export const lockoutsQuery = (personId: string) =>
  queryOptions({
    queryKey: ['casework', 'persons', 'detail', personId, 'lockouts'],
    queryFn: ({ signal }) => apiFetch<Lockout[] | { items: Lockout[] }>(`/api/casework/persons/${personId}/lockouts`, { signal }).then(itemsOf),
  });

export const recordConsent = (personId: string, body: ConsentBody, replacesId?: string) =>
  apiFetch<Consent>(replacesId ? `/api/casework/persons/${personId}/consents/${replacesId}/replace` : `/api/casework/persons/${personId}/consents`, { method: 'POST', body });
export const withdrawConsent = (id: string, note: string) => apiFetch<Consent>(`/api/casework/consents/${id}/withdraw`, { method: 'POST', body: note ? { note } : {} });
export const addLockout = (personId: string, body: LockoutBody) => apiFetch<Lockout>(`/api/casework/persons/${personId}/lockouts`, { method: 'POST', body });
export const liftLockout = (id: string) => apiFetch<Lockout>(`/api/casework/lockouts/${id}/lift`, { method: 'POST', body: {} });

type Named = { id: string; name: string };

/** The organisations of a district, to name who receives the data or who is locked out. */
export const districtOrganizationsQuery = (districtId: string) =>
  queryOptions({
    queryKey: ['organizations', 'list', 'district', districtId],
    queryFn: ({ signal }) => apiFetch<Page<Named>>('/api/organizations', { query: { districtId, page: 1, pageSize: 200 }, signal }),
    staleTime: 5 * 60_000,
  });

export const organizationServicesQuery = (organizationId: string) =>
  queryOptions({
    queryKey: ['organizations', 'detail', organizationId, 'services'],
    queryFn: ({ signal }) => apiFetch<Named[]>(`/api/organizations/${organizationId}/services`, { signal }),
    staleTime: 5 * 60_000,
  });

/** A file as base64 for a JSON body (signed consent forms). */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
