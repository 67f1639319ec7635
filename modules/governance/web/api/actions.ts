import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { actionItemBody, type actionItemSchema } from '../../contract';
import { apiFetch, toQueryString, type Page, type QueryParams } from '../../../../platform/web';

// The action tracker (README "API" → "Action items"). Shapes mirror contract/actions.ts.

const API = '/api/governance';

export type ActionItem = z.output<typeof actionItemSchema>;
export type ActionItemStatus = ActionItem['status'];

/** The filters of the tracker, as kept in the URL. */
/** `agreementId` has no control of its own: it comes from an agreement's obligations tab and shows as a removable note. */
export const ACTION_FILTERS = ['roundtableId', 'organizationId', 'mine', 'status', 'dueFrom', 'dueTo', 'overdue', 'agreementId', 'sort'] as const;
export type ActionFilters = Record<(typeof ACTION_FILTERS)[number], string>;

/** The filters as API parameters (booleans only when set). */
export function actionQueryParams(f: ActionFilters): QueryParams {
  return {
    roundtableId: f.roundtableId,
    agreementId: f.agreementId,
    organizationId: f.organizationId,
    mine: f.mine === 'true' ? 'true' : undefined,
    status: f.status,
    dueFrom: f.dueFrom,
    dueTo: f.dueTo,
    overdue: f.overdue === 'true' ? 'true' : undefined,
    sort: f.sort,
  };
}

export const actionItemsQuery = (f: ActionFilters, page: number) =>
  queryOptions({
    queryKey: ['governance', 'action-items', 'list', f, page],
    queryFn: ({ signal }) => apiFetch<Page<ActionItem>>(`${API}/action-items`, { query: { ...actionQueryParams(f), page, pageSize: 25 }, signal }),
    placeholderData: (previous) => previous,
  });

/** The CSV export with the same filters (a plain link: the browser downloads it with the session cookie). */
export const actionItemsCsvUrl = (f: ActionFilters) => `${API}/action-items.csv${toQueryString(actionQueryParams(f))}`;

export const createActionItem = (body: unknown) => apiFetch<ActionItem>(`${API}/action-items`, { method: 'POST', body });

export const updateActionItem = (id: string, body: unknown) => apiFetch<ActionItem>(`${API}/action-items/${id}`, { method: 'PATCH', body });

// ---- options for filters and forms ----

export type Named = { id: string; name: string };
export type RoundtableOption = Named & { abilities?: { manage?: boolean } };

/** The tables the caller sees (for the table filter and the "new action" dialog). */
export const roundtableOptionsQuery = queryOptions({
  queryKey: ['governance', 'roundtables', 'options'],
  queryFn: ({ signal }) => apiFetch<Page<RoundtableOption>>(`${API}/roundtables`, { query: { page: 1, pageSize: 200 }, signal }),
  select: (page) => page.items,
  staleTime: 5 * 60_000,
});

/** Organisations from the organisations module's API. */
export const organizationOptionsQuery = queryOptions({
  queryKey: ['organizations', 'list', 'options'],
  queryFn: ({ signal }) => apiFetch<Page<Named>>('/api/organizations', { query: { page: 1, pageSize: 200 }, signal }),
  select: (page) => page.items,
  staleTime: 5 * 60_000,
});

/** The people of one organisation (owner person of an action). */
export const organizationPeopleQuery = (organizationId: string) =>
  queryOptions({
    queryKey: ['organizations', 'detail', organizationId, 'members', 'all'],
    queryFn: ({ signal }) =>
      apiFetch<Page<{ id: string; userId: string; displayName: string }>>(`/api/organizations/${organizationId}/members`, { query: { page: 1, pageSize: 200 }, signal }),
    enabled: !!organizationId,
    staleTime: 60_000,
  });

// ---- client-side checks ----
/** The tracker's "new action" is always on a table (obligations of agreements are added from the agreement). */
export const actionItemCreateSchema = actionItemBody.extend({ roundtableId: z.uuid() });
