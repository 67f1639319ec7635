import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { districtDetailSchema, districtSchema, featureCollectionSchema, importReportSchema, municipalitySchema, provinceSchema } from '../contract';
import { apiFetch, type Page } from '../../../platform/web';

export type Municipality = z.infer<typeof municipalitySchema>;
export type Province = z.infer<typeof provinceSchema>;
export type District = z.infer<typeof districtSchema>;
export type DistrictDetail = z.infer<typeof districtDetailSchema>;
export type FeatureCollection = z.infer<typeof featureCollectionSchema>;
export type ImportReport = z.infer<typeof importReportSchema>;

export type MunicipalityFilters = { q: string; provinceCode: string; districtId: string; date: string; page: number };

export const municipalitiesQuery = (f: MunicipalityFilters) =>
  queryOptions({
    queryKey: ['territory', 'municipalities', f],
    queryFn: ({ signal }) =>
      apiFetch<Page<Municipality>>('/api/territory/municipalities', {
        query: { q: f.q, provinceCode: f.provinceCode, districtId: f.districtId, date: f.districtId ? f.date : '', page: f.page, pageSize: 25 },
        signal,
      }),
    placeholderData: (previous) => previous,
  });

export const municipalityCountQuery = queryOptions({
  queryKey: ['territory', 'municipalities', 'count'],
  queryFn: ({ signal }) => apiFetch<Page<Municipality>>('/api/territory/municipalities', { query: { page: 1, pageSize: 1 }, signal }),
});

export const provincesQuery = queryOptions({
  queryKey: ['territory', 'provinces'],
  queryFn: ({ signal }) => apiFetch<Province[]>('/api/territory/provinces', { signal }),
  staleTime: 10 * 60_000,
});

export const districtsQuery = (q: string, page: number) =>
  queryOptions({
    queryKey: ['territory', 'districts', q, page],
    queryFn: ({ signal }) => apiFetch<Page<District>>('/api/territory/districts', { query: { q, page, pageSize: 25 }, signal }),
    placeholderData: (previous) => previous,
  });

/** Every district (for filters and pickers); the API caps a page at 200, more than any region has. */
export const allDistrictsQuery = queryOptions({
  queryKey: ['territory', 'districts', 'all'],
  queryFn: ({ signal }) => apiFetch<Page<District>>('/api/territory/districts', { query: { page: 1, pageSize: 200 }, signal }),
  staleTime: 5 * 60_000,
});

export const districtQuery = (id: string, date: string) =>
  queryOptions({
    queryKey: ['territory', 'district', id, date],
    queryFn: ({ signal }) => apiFetch<DistrictDetail>(`/api/territory/districts/${id}`, { query: { date }, signal }),
    placeholderData: (previous) => previous,
  });

export const districtGeoJsonQuery = (id: string, date: string) =>
  queryOptions({
    queryKey: ['territory', 'geojson', id, date],
    queryFn: ({ signal }) => apiFetch<FeatureCollection>(`/api/territory/districts/${id}/geojson`, { query: { date }, signal }),
    staleTime: 5 * 60_000,
  });

export type Region = { code: string; name: string };

export const regionsQuery = queryOptions({
  queryKey: ['territory', 'regions'],
  queryFn: ({ signal }) => apiFetch<Region[]>('/api/territory/regions', { signal }),
  staleTime: 10 * 60_000,
});

/** Every municipality of a province, for the composition editor (the API allows up to 500 a page). */
export const provinceMunicipalitiesQuery = (provinceCode: string) =>
  queryOptions({
    queryKey: ['territory', 'municipalities', 'province', provinceCode],
    queryFn: ({ signal }) => apiFetch<Page<Municipality>>('/api/territory/municipalities', { query: { provinceCode, page: 1, pageSize: 500 }, signal }),
    enabled: !!provinceCode,
    staleTime: 5 * 60_000,
  });

export const districtRoles = ['district_coordinator', 'analyst', 'inspector', 'trainer', 'viewer'] as const;
export type DistrictRoleGrant = { id: string; userId: string; role: string };

export const districtRolesQuery = (id: string) =>
  queryOptions({
    queryKey: ['territory', 'district', id, 'roles'],
    queryFn: ({ signal }) => apiFetch<DistrictRoleGrant[]>(`/api/territory/districts/${id}/roles`, { signal }),
  });

/** The few user fields the territory screens show. */
export type UserSummary = { id: string; displayName: string; email: string };

export const userQuery = (id: string) =>
  queryOptions({
    queryKey: ['users', 'detail', id],
    queryFn: ({ signal }) => apiFetch<UserSummary>(`/api/users/${id}`, { signal }),
    staleTime: 5 * 60_000,
    retry: false,
  });

export const userSearchQuery = (q: string) =>
  queryOptions({
    queryKey: ['users', 'search', q],
    queryFn: ({ signal }) => apiFetch<Page<UserSummary>>('/api/users', { query: { q, page: 1, pageSize: 20 }, signal }),
    enabled: q.length > 0,
  });
