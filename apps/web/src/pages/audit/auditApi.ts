import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { auditEntrySchema, verifyResponse } from '../../../../../platform/audit/contract';
import { apiFetch, type Page } from '../../../../../platform/web';

export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type VerifyResult = z.infer<typeof verifyResponse>;
export type AuditFilters = { action: string; entityType: string; personalData: string; from: string; to: string };

/** The filters as the API expects them; also used for the CSV export link. */
export const auditQueryParams = (f: AuditFilters) => ({
  action: f.action,
  entityType: f.entityType,
  personalData: f.personalData === 'true' ? 'true' : undefined,
  from: f.from,
  to: f.to,
});

export const auditListQuery = (f: AuditFilters, page: number) =>
  queryOptions({
    queryKey: ['audit', 'list', f, page],
    queryFn: ({ signal }) => apiFetch<Page<AuditEntry>>('/api/audit', { query: { ...auditQueryParams(f), page, pageSize: 50 }, signal }),
    placeholderData: (previous) => previous,
  });

export const verifyAudit = () => apiFetch<VerifyResult>('/api/audit/verify');
