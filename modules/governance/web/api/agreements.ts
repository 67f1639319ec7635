import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { agreementDetailSchema, agreementDocumentSchema, agreementSchema } from '../../contract';
import { apiFetch, type Page } from '../../../../platform/web';
import type { Named } from './actions';

// The register of agreements (README "API" → "Agreements"; contract/agreements.ts).

const API = '/api/governance/agreements';

export type Agreement = z.output<typeof agreementSchema>;
export type AgreementDetail = z.output<typeof agreementDetailSchema>;
export type AgreementDocument = z.output<typeof agreementDocumentSchema>;
export type AgreementObligation = AgreementDetail['obligations'][number];

export const AGREEMENT_FILTERS = ['q', 'districtId', 'organizationId', 'status', 'expiring'] as const;
export type AgreementFilters = Record<(typeof AGREEMENT_FILTERS)[number], string>;

export const agreementsQuery = (f: AgreementFilters, page: number) =>
  queryOptions({
    queryKey: ['governance', 'agreements', 'list', f, page],
    queryFn: ({ signal }) =>
      apiFetch<Page<Agreement>>(API, {
        query: { q: f.q, districtId: f.districtId, organizationId: f.organizationId, status: f.status, expiring: f.expiring === 'true' ? 'true' : undefined, page, pageSize: 25 },
        signal,
      }),
    placeholderData: (previous) => previous,
  });

export const agreementQuery = (id: string) =>
  queryOptions({
    queryKey: ['governance', 'agreements', 'detail', id],
    queryFn: ({ signal }) => apiFetch<AgreementDetail>(`${API}/${id}`, { signal }),
  });

/** Every write under /api/governance/agreements. */
export const sendAgreement = <T>(path: string, body: unknown, method: 'POST' | 'PUT' | 'PATCH' = 'POST') => apiFetch<T>(`${API}${path}`, { method, body });

export const deleteAgreementDocument = (id: string, documentId: string) => apiFetch<void>(`${API}/${id}/documents/${documentId}`, { method: 'DELETE' });

export const agreementDocumentUrl = (id: string, documentId: string) => `${API}/${id}/documents/${documentId}`;

// ---- options ----

export const districtOptionsQuery = queryOptions({
  queryKey: ['territory', 'districts', 'options'],
  queryFn: ({ signal }) => apiFetch<Page<Named>>('/api/territory/districts', { query: { page: 1, pageSize: 200 }, signal }),
  select: (page) => page.items,
  staleTime: 5 * 60_000,
});

export const networkOptionsQuery = queryOptions({
  queryKey: ['governance', 'networks', 'options'],
  queryFn: ({ signal }) => apiFetch<Page<Named>>('/api/governance/networks', { query: { page: 1, pageSize: 200 }, signal }),
  select: (page) => page.items,
  staleTime: 5 * 60_000,
});

/** A file as base64 for a JSON body. */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
