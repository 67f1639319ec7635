import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../../../platform/web';
import type { CalendarFeed, CalendarFeedBody, InvitationsList, InvitationsResult } from '../../contract';

export type { CalendarFeed, InvitationsList, InvitationsResult };

export const calendarFeedsKey = ['governance', 'calendar-feeds'] as const;
export const invitationsKey = (meetingId: string) => ['governance', 'meetings', meetingId, 'invitations'] as const;

/** The signed-in user's live calendar feed addresses. */
export const calendarFeedsQuery = () =>
  queryOptions({
    queryKey: calendarFeedsKey,
    queryFn: ({ signal }) => apiFetch<{ items: CalendarFeed[] }>('/api/governance/calendar-feeds', { signal }).then((r) => r.items),
  });

export const createCalendarFeed = (body: CalendarFeedBody = {}) => apiFetch<CalendarFeed>('/api/governance/calendar-feeds', { method: 'POST', body });
export const revokeCalendarFeed = (id: string) => apiFetch<void>(`/api/governance/calendar-feeds/${id}`, { method: 'DELETE' });

/** The record of invitation e-mails of a meeting (managers only). */
export const invitationsQuery = (meetingId: string) =>
  queryOptions({
    queryKey: invitationsKey(meetingId),
    queryFn: ({ signal }) => apiFetch<InvitationsList>(`/api/governance/meetings/${meetingId}/invitations`, { signal }),
  });

export const sendInvitations = (meetingId: string) => apiFetch<InvitationsResult>(`/api/governance/meetings/${meetingId}/invitations`, { method: 'POST', body: {} });

/** The address of one meeting's .ics file (a plain link: the browser downloads it with the session cookie). */
export const meetingIcsUrl = (meetingId: string) => `/api/governance/meetings/${meetingId}/calendar.ics`;
