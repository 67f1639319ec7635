import { queryOptions } from '@tanstack/react-query';
import type { NetworkGraphResponse, NetworkMetricsSeries, SteeringDashboard } from '../../contract';
import { apiFetch, type Page } from '../../../../platform/web';

export type { NetworkGraphResponse, NetworkMetricsSeries, SteeringDashboard };
export type GraphNode = NetworkGraphResponse['nodes'][number];
export type GraphEdge = NetworkGraphResponse['edges'][number];
export type MetricsSummary = NetworkGraphResponse['metrics'];
/** Whose graph: a network or a district. */
export type GraphScopeKind = 'networks' | 'districts';
export type MetricsStep = 'month' | 'quarter' | 'year';

const API = '/api/governance';

export const networkGraphQuery = (scope: GraphScopeKind, id: string, at: string) =>
  queryOptions({
    queryKey: ['governance', 'network', 'graph', scope, id, at],
    queryFn: ({ signal }) => apiFetch<NetworkGraphResponse>(`${API}/${scope}/${id}/graph`, { query: { at: at || undefined }, signal }),
    placeholderData: (previous) => previous,
  });

export const networkMetricsQuery = (scope: GraphScopeKind, id: string, step: MetricsStep) =>
  queryOptions({
    queryKey: ['governance', 'network', 'metrics', scope, id, step],
    queryFn: ({ signal }) => apiFetch<NetworkMetricsSeries>(`${API}/${scope}/${id}/metrics`, { query: { step }, signal }),
  });

export const steeringQuery = (districtId: string) =>
  queryOptions({
    queryKey: ['governance', 'steering', districtId],
    queryFn: ({ signal }) => apiFetch<SteeringDashboard>(`${API}/steering/${districtId}`, { signal }),
    enabled: !!districtId,
  });

export const steeringDistrictsQuery = queryOptions({
  queryKey: ['territory', 'districts', 'list', 'all'],
  queryFn: ({ signal }) => apiFetch<Page<{ id: string; name: string }>>('/api/territory/districts', { query: { page: 1, pageSize: 200 }, signal }),
});
