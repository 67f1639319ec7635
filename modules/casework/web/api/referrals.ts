import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { consentSchema, referralSchema } from '../../contract';
import { apiFetch, type Page } from '../../../../platform/web';
import { itemsOf } from './cases';

export type Referral = z.infer<typeof referralSchema>;
export type Consent = z.infer<typeof consentSchema>;
export type Box = Referral['box'];

const API = '/api/casework';

export const referralsQuery = (box: Box, status: string, page: number) =>
  queryOptions({
    queryKey: ['casework', 'referrals', 'list', box, status, page],
    queryFn: ({ signal }) => apiFetch<Page<Referral>>(`${API}/referrals`, { query: { box, status, page, pageSize: 25 }, signal }),
    placeholderData: (previous) => previous,
  });

/** How many referrals wait for my services: the count on the home page's link. */
export const pendingInboxCountQuery = queryOptions({
  queryKey: ['casework', 'referrals', 'list', 'inbox', 'pending', 'count'],
  queryFn: ({ signal }) => apiFetch<Page<Referral>>(`${API}/referrals`, { query: { box: 'inbox', status: 'pending', page: 1, pageSize: 1 }, signal }),
  select: (p) => p.total,
});

/** The referrals of one case, from its lead service's side. */
export const caseReferralsQuery = (caseId: string) =>
  queryOptions({
    queryKey: ['casework', 'referrals', 'case', caseId],
    queryFn: ({ signal }) =>
      apiFetch<Page<Referral>>(`${API}/referrals`, { query: { box: 'outbox', caseId, page: 1, pageSize: 200 }, signal }).then((p) => p.items),
  });

export const personConsentsQuery = (personId: string) =>
  queryOptions({
    queryKey: ['casework', 'persons', personId, 'consents'],
    queryFn: ({ signal }) => apiFetch<Consent[] | Page<Consent>>(`${API}/persons/${personId}/consents`, { signal }).then(itemsOf),
  });

/** Reads a chosen file as base64 for the JSON body (attachments are small documents). */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    reader.readAsDataURL(file);
  });
}
