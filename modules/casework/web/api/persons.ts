import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiFetch } from '../../../../platform/web';
import type {
  contactRequestSchema,
  duplicateCheckBody,
  duplicateCheckSchema,
  eraseBody,
  eraseResponse,
  householdBody,
  householdSchema,
  personBody,
  personHistorySchema,
  personPageSchema,
  personSchema,
  personUpdateBody,
  relationships,
} from '../../contract';

export type PersonBody = z.input<typeof personBody>;
export type PersonUpdateBody = z.input<typeof personUpdateBody>;
export type Person = z.output<typeof personSchema>;
export type PersonPage = z.output<typeof personPageSchema>;
export type PersonSummary = PersonPage['items'][number];
export type DuplicateCheckBody = z.input<typeof duplicateCheckBody>;
export type DuplicatesResponse = z.output<typeof duplicateCheckSchema>;
export type DuplicateMatch = DuplicatesResponse['matches'][number];
export type PersonHistory = z.output<typeof personHistorySchema>;
export type Household = z.output<typeof householdSchema>;
export type HouseholdBody = z.input<typeof householdBody>;
export type Relationship = (typeof relationships)[number];


export const personsQuery = (q: string, page: number, birthYear = '') =>
  queryOptions({
    queryKey: ['casework', 'persons', 'list', q, page, birthYear],
    queryFn: ({ signal }) => apiFetch<PersonPage>('/api/casework/persons', { query: { q, page, pageSize: 25, ...(birthYear && q ? { birthYear } : {}) }, signal }),
    placeholderData: (previous) => previous,
  });

export const personQuery = (id: string) =>
  queryOptions({
    queryKey: ['casework', 'persons', 'detail', id],
    queryFn: ({ signal }) => apiFetch<Person>(`/api/casework/persons/${id}`, { signal }),
  });

export const personHistoryQuery = (id: string) =>
  queryOptions({
    queryKey: ['casework', 'persons', 'detail', id, 'history'],
    queryFn: ({ signal }) => apiFetch<PersonHistory>(`/api/casework/persons/${id}/history`, { signal }),
  });

export const householdQuery = (id: string) =>
  queryOptions({
    queryKey: ['casework', 'households', id],
    queryFn: ({ signal }) => apiFetch<Household>(`/api/casework/households/${id}`, { signal }),
  });

/** Lists come either bare or wrapped in {items}; the web accepts both until every route settles. */
export function itemsOf<T>(data: T[] | { items: T[] }): T[] {
  return Array.isArray(data) ? data : data.items;
}

export const checkDuplicates = (body: DuplicateCheckBody, signal?: AbortSignal) =>
  apiFetch<DuplicatesResponse>('/api/casework/persons/duplicates', { method: 'POST', body, signal });
export const sendContactRequest = (matchToken: string, message: string) =>
  apiFetch<z.output<typeof contactRequestSchema>>('/api/casework/persons/contact-requests', { method: 'POST', body: { matchToken, message } });
export const createPerson = (body: PersonBody) => apiFetch<Person>('/api/casework/persons', { method: 'POST', body });
export const updatePerson = (id: string, body: PersonUpdateBody) => apiFetch<Person>(`/api/casework/persons/${id}`, { method: 'PATCH', body });
export const mergePerson = (id: string, duplicateId: string, reason: string) =>
  apiFetch<Person>(`/api/casework/persons/${id}/merge`, { method: 'POST', body: { duplicateId, reason } });
export const erasePerson = (id: string, mode: z.input<typeof eraseBody>['mode'], reason: string) =>
  apiFetch<z.output<typeof eraseResponse>>(`/api/casework/persons/${id}/erase`, { method: 'POST', body: { mode, reason } });
export const createHousehold = (body: HouseholdBody) => apiFetch<Household>('/api/casework/households', { method: 'POST', body });
