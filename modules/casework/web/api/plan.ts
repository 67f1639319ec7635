import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { assessmentSchema, availableMediatorSchema, goalSchema, interventionSchema, mediationCalendarItemSchema, mediationSchema, planSchema } from '../../contract';
import type { housingUnitSchema } from '../../contract/resources';
import { apiFetch, type Page } from '../../../../platform/web';
import { itemsOf } from './cases';

export type Plan = z.infer<typeof planSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;
export type Goal = z.infer<typeof goalSchema>;
export type Intervention = z.infer<typeof interventionSchema>;
export type Mediation = z.infer<typeof mediationSchema>;
export type CalendarItem = z.infer<typeof mediationCalendarItemSchema>;
export type AvailableMediator = z.infer<typeof availableMediatorSchema>;
export type HousingUnit = z.infer<typeof housingUnitSchema>;

const API = '/api/casework';

export const planQuery = (caseId: string) =>
  queryOptions({
    queryKey: ['casework', 'cases', 'detail', caseId, 'plan'],
    queryFn: ({ signal }) => apiFetch<Plan>(`${API}/cases/${caseId}/plan`, { signal }),
  });

export type MediatorSearch = { language: string; at: string; durationMinutes: number; districtId: string };

export const availableMediatorsQuery = (s: MediatorSearch) =>
  queryOptions({
    queryKey: ['casework', 'mediators', 'available', s],
    queryFn: ({ signal }) => apiFetch<AvailableMediator[] | Page<AvailableMediator>>(`${API}/mediators/available`, { query: s, signal }).then(itemsOf),
  });

export const housingUnitsQuery = (districtId: string) =>
  queryOptions({
    queryKey: ['casework', 'housing-units', districtId],
    queryFn: ({ signal }) => apiFetch<Page<HousingUnit>>(`${API}/housing-units`, { query: { districtId, page: 1, pageSize: 200 }, signal }),
    staleTime: 60_000,
  });

export const mediationCalendarQuery = (from: string, to: string) =>
  queryOptions({
    queryKey: ['casework', 'mediations', from, to],
    queryFn: ({ signal }) => apiFetch<CalendarItem[] | Page<CalendarItem>>(`${API}/mediations`, { query: { from, to }, signal }).then(itemsOf),
    placeholderData: (previous) => previous,
  });
