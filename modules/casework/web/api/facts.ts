import { queryOptions } from '@tanstack/react-query';
import type { FactDimension, FactsResponse } from '../../contract';
import { apiFetch } from '../../../../platform/web';

export type { FactDimension, FactsResponse };
export type FactsFilters = { districtId: string; from: string; to: string; by: FactDimension };

export const factsQuery = (f: FactsFilters) =>
  queryOptions({
    queryKey: ['casework', 'facts', f],
    queryFn: ({ signal }) => apiFetch<FactsResponse>('/api/casework/facts', { query: f, signal }),
    enabled: !!f.from && !!f.to,
    placeholderData: (previous) => previous,
  });
