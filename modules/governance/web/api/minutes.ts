import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  decisionOutcomes,
  decisionRegisterItemSchema,
  decisionSchema,
  minutesActionItemSchema,
  minutesCommentSchema,
  minutesItemSchema,
  minutesSchema,
  minutesStatuses,
  minutesVersionSchema,
  minutesVersionSummarySchema,
} from '../../contract';
import { apiFetch, type Page } from '../../../../platform/web';

// Shapes of the minutes API: z.output of the contract's schemas (contract/minutes.ts).
export type MinutesStatus = (typeof minutesStatuses)[number];
export type DecisionOutcome = (typeof decisionOutcomes)[number];
export type Minutes = z.output<typeof minutesSchema>;
export type MinutesItem = z.output<typeof minutesItemSchema>;
export type Decision = z.output<typeof decisionSchema>;
export type MinutesActionItem = z.output<typeof minutesActionItemSchema>;
export type MinutesComment = z.output<typeof minutesCommentSchema>;
export type MinutesVersionSummary = z.output<typeof minutesVersionSummarySchema>;
export type MinutesVersion = z.output<typeof minutesVersionSchema>;
export type RegisterDecision = z.output<typeof decisionRegisterItemSchema>;
export type MinutesAbilities = Minutes['abilities'];

/** What the approval dialog needs of a table's meetings (meetingSchema of contract/meetings.ts). */
export type MeetingRef = { id: string; title: string; startsAt: string; status: string };
export type OrganizationRef = { id: string; name: string };
export type StaffRef = { id: string; userId: string; displayName: string };

/** A section with its decisions and action items, whichever way the server nests them. */
export type Section = MinutesItem & { decisions: Decision[]; actionItems: MinutesActionItem[] };

export function sectionsOf(m: { items: MinutesItem[]; decisions: Decision[]; actionItems: MinutesActionItem[] }): Section[] {
  return [...m.items]
    .sort((a, b) => a.position - b.position)
    .map((item) => ({
      ...item,
      decisions: m.decisions.filter((d) => d.minutesItemId === item.id).sort((a, b) => a.number - b.number),
      actionItems: m.actionItems.filter((a) => a.minutesItemId === item.id),
    }));
}

/** Decisions and action items whose section was removed: still part of the minutes, listed apart. */
export function unplacedOf(m: { items: MinutesItem[]; decisions: Decision[]; actionItems: MinutesActionItem[] }) {
  const ids = new Set(m.items.map((i) => i.id));
  return {
    decisions: m.decisions.filter((d) => !d.minutesItemId || !ids.has(d.minutesItemId)).sort((a, b) => a.number - b.number),
    actionItems: m.actionItems.filter((a) => !a.minutesItemId || !ids.has(a.minutesItemId)),
  };
}

/** A list answered either as a bare array or as a page: the items either way. */
export function itemsOf<T>(data: T[] | Page<T> | { items: T[] } | undefined | null): T[] {
  if (!data) return [];
  return Array.isArray(data) ? data : data.items;
}

const API = '/api/governance';

export const minutesKeys = {
  all: ['governance', 'minutes'] as const,
  ofMeeting: (meetingId: string) => ['governance', 'minutes', 'meeting', meetingId] as const,
  detail: (id: string) => ['governance', 'minutes', 'detail', id] as const,
};

/** The minutes of a meeting; `null` when there are none yet (or they are not shown to the actor: 404). */
export const meetingMinutesQuery = (meetingId: string) =>
  queryOptions({
    queryKey: minutesKeys.ofMeeting(meetingId),
    queryFn: async ({ signal }) => {
      try {
        return await apiFetch<Minutes>(`${API}/meetings/${meetingId}/minutes`, { signal });
      } catch (error) {
        if (error && typeof error === 'object' && 'status' in error && (error as { status: number }).status === 404) return null;
        throw error;
      }
    },
  });

export const minutesQuery = (minutesId: string) =>
  queryOptions({
    queryKey: minutesKeys.detail(minutesId),
    queryFn: ({ signal }) => apiFetch<Minutes>(`${API}/minutes/${minutesId}`, { signal }),
  });

export const minutesCommentsQuery = (minutesId: string) =>
  queryOptions({
    queryKey: [...minutesKeys.detail(minutesId), 'comments'],
    queryFn: ({ signal }) => apiFetch<MinutesComment[] | Page<MinutesComment>>(`${API}/minutes/${minutesId}/comments`, { signal }).then(itemsOf),
  });

export const minutesVersionsQuery = (minutesId: string) =>
  queryOptions({
    queryKey: [...minutesKeys.detail(minutesId), 'versions'],
    queryFn: ({ signal }) => apiFetch<MinutesVersionSummary[] | Page<MinutesVersionSummary>>(`${API}/minutes/${minutesId}/versions`, { signal }).then(itemsOf),
  });

export const minutesVersionQuery = (minutesId: string, version: number) =>
  queryOptions({
    queryKey: [...minutesKeys.detail(minutesId), 'versions', version],
    queryFn: ({ signal }) => apiFetch<MinutesVersion>(`${API}/minutes/${minutesId}/versions/${version}`, { signal }),
  });

export const meetingRefQuery = (meetingId: string) =>
  queryOptions({
    queryKey: ['governance', 'meetings', 'ref', meetingId],
    queryFn: ({ signal }) => apiFetch<MeetingRef>(`${API}/meetings/${meetingId}`, { signal }),
    staleTime: 60_000,
  });

/** Meetings of the table from a day on (soonest first), to choose where minutes are approved. */
export const tableMeetingsFromQuery = (roundtableId: string, from: string) =>
  queryOptions({
    queryKey: ['governance', 'roundtables', roundtableId, 'meetings', 'from', from],
    queryFn: ({ signal }) =>
      apiFetch<Page<MeetingRef> | MeetingRef[]>(`${API}/roundtables/${roundtableId}/meetings`, { query: { from, page: 1, pageSize: 100 }, signal }).then(itemsOf),
  });

export const decisionsRegisterQuery = (roundtableId: string, q: string, page: number) =>
  queryOptions({
    queryKey: ['governance', 'roundtables', roundtableId, 'decisions', q, page],
    queryFn: ({ signal }) => apiFetch<Page<RegisterDecision>>(`${API}/roundtables/${roundtableId}/decisions`, { query: { q, page, pageSize: 25 }, signal }),
    placeholderData: (previous) => previous,
  });

export const roundtableNameQuery = (roundtableId: string) =>
  queryOptions({
    queryKey: ['governance', 'roundtables', 'detail', roundtableId],
    queryFn: ({ signal }) => apiFetch<{ id: string; name: string }>(`${API}/roundtables/${roundtableId}`, { signal }),
    staleTime: 60_000,
  });

// Owners of action items come from the organisations module's public API.
export const organizationsQuery = queryOptions({
  queryKey: ['organizations', 'list', 'all-options'],
  queryFn: ({ signal }) => apiFetch<Page<OrganizationRef>>('/api/organizations', { query: { page: 1, pageSize: 200 }, signal }),
  staleTime: 5 * 60_000,
});

/** Staff of an organisation (needs organizations.members.read; without it the person stays unset). */
export const organizationStaffQuery = (organizationId: string) =>
  queryOptions({
    queryKey: ['organizations', 'detail', organizationId, 'members', 'options'],
    queryFn: ({ signal }) => apiFetch<Page<StaffRef>>(`/api/organizations/${organizationId}/members`, { query: { page: 1, pageSize: 200 }, signal }),
    staleTime: 5 * 60_000,
    retry: false,
  });

/** Every write of the minutes area: under /api/governance. */
export const send = <T = unknown>(path: string, body?: unknown, method: 'POST' | 'PUT' | 'PATCH' | 'DELETE' = 'POST') =>
  apiFetch<T>(`${API}${path}`, { method, body });

export const minutesPdfUrl = (minutesId: string) => `${API}/minutes/${minutesId}/minutes.pdf`;
