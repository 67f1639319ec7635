import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiFetch, type Page } from '../../../../platform/web';
import type { housingUnitSchema, mediatorBody, mediatorSchema, mediatorUpdateBody } from '../../contract';

export type Mediator = z.output<typeof mediatorSchema>;
export type MediatorBody = z.input<typeof mediatorBody>;
export type MediatorUpdateBody = z.input<typeof mediatorUpdateBody>;
export type HousingUnit = z.output<typeof housingUnitSchema>;

export const mediatorsQuery = (filters: { language: string; active: string }, page: number) =>
  queryOptions({
    queryKey: ['casework', 'mediators', filters, page],
    queryFn: ({ signal }) => apiFetch<Page<Mediator>>('/api/casework/mediators', { query: { ...filters, page, pageSize: 25 }, signal }),
    placeholderData: (previous) => previous,
  });

export const housingUnitsQuery = (page: number) =>
  queryOptions({
    queryKey: ['casework', 'housing-units', page],
    queryFn: ({ signal }) => apiFetch<Page<HousingUnit>>('/api/casework/housing-units', { query: { page, pageSize: 25 }, signal }),
    placeholderData: (previous) => previous,
  });

export const createMediator = (body: MediatorBody) => apiFetch<Mediator>('/api/casework/mediators', { method: 'POST', body });
export const updateMediator = (id: string, body: MediatorUpdateBody) => apiFetch<Mediator>(`/api/casework/mediators/${id}`, { method: 'PATCH', body });
