import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  agendaItemKinds,
  attendanceSources,
  attendanceStatuses,
  meetingModes,
  meetingStatuses,
  recurrenceFrequencies,
  agendaItemBody,
  agendaItemSchema,
  agendaItemUpdateBody,
  attendanceBody,
  attendanceRowSchema,
  checkInInfoSchema,
  checkInResultSchema,
  meetingAttendanceSchema,
  meetingBody,
  meetingCreatedSchema,
  meetingDetailSchema,
  meetingDocumentBody,
  meetingDocumentSchema,
  meetingSchema,
  meetingUpdateBody,
} from '../../contract';
import { apiFetch, type Page } from '../../../../platform/web';

export type MeetingMode = (typeof meetingModes)[number];
export type MeetingStatus = (typeof meetingStatuses)[number];
export type RecurrenceFrequency = (typeof recurrenceFrequencies)[number];
export type AttendanceStatus = (typeof attendanceStatuses)[number];
export type AttendanceSource = (typeof attendanceSources)[number];
export type AgendaItemKind = (typeof agendaItemKinds)[number];

export type MeetingListItem = z.infer<typeof meetingSchema>;
export type MeetingDetail = z.infer<typeof meetingDetailSchema>;
export type MeetingCreated = z.infer<typeof meetingCreatedSchema>;
export type MeetingDocument = z.infer<typeof meetingDocumentSchema>;
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type AttendanceRow = z.infer<typeof attendanceRowSchema>;
export type Attendance = z.infer<typeof meetingAttendanceSchema>;
export type AttendanceTotals = Attendance['totals'];
export type CheckInView = z.infer<typeof checkInInfoSchema>;
export type CheckInResult = z.infer<typeof checkInResultSchema>;

export type MeetingBody = z.input<typeof meetingBody>;
export type MeetingUpdateBody = z.input<typeof meetingUpdateBody>;
export type AgendaItemBody = z.input<typeof agendaItemBody>;
export type AgendaItemUpdateBody = z.input<typeof agendaItemUpdateBody>;
export type AttendanceBody = z.input<typeof attendanceBody>;
export type DocumentBody = z.input<typeof meetingDocumentBody>;

const API = '/api/governance';

/** The agenda of a meeting, in order. */
export const agendaOf = (m: MeetingDetail): AgendaItem[] => [...m.agenda].sort((a, b) => a.position - b.position);

export const tableMeetingsQuery = (tableId: string, page: number) =>
  queryOptions({
    queryKey: ['governance', 'meetings', 'table', tableId, page],
    queryFn: ({ signal }) => apiFetch<Page<MeetingListItem>>(`${API}/roundtables/${tableId}/meetings`, { query: { page, pageSize: 25 }, signal }),
    placeholderData: (previous) => previous,
  });

export const myMeetingsQuery = (page: number, roundtableId = '') =>
  queryOptions({
    queryKey: ['governance', 'meetings', 'mine', roundtableId, page],
    queryFn: ({ signal }) => apiFetch<Page<MeetingListItem>>(`${API}/meetings`, { query: { roundtableId, page, pageSize: 25 }, signal }),
    placeholderData: (previous) => previous,
  });

export const meetingQuery = (id: string) =>
  queryOptions({
    queryKey: ['governance', 'meetings', 'detail', id],
    queryFn: ({ signal }) => apiFetch<MeetingDetail>(`${API}/meetings/${id}`, { signal }),
  });

export const attendanceQuery = (id: string) =>
  queryOptions({
    queryKey: ['governance', 'meetings', 'detail', id, 'attendance'],
    queryFn: ({ signal }) => apiFetch<Attendance>(`${API}/meetings/${id}/attendance`, { signal }),
  });

export const checkInQuery = (token: string) =>
  queryOptions({
    queryKey: ['governance', 'check-in', token],
    queryFn: ({ signal }) => apiFetch<CheckInView>(`${API}/check-in/${encodeURIComponent(token)}`, { signal }),
    retry: false,
  });

export const createMeeting = (tableId: string, body: MeetingBody) => apiFetch<MeetingCreated>(`${API}/roundtables/${tableId}/meetings`, { method: 'POST', body });
export const updateMeeting = (id: string, body: MeetingUpdateBody) => apiFetch<MeetingDetail>(`${API}/meetings/${id}`, { method: 'PATCH', body });
export const addAgendaItem = (id: string, body: AgendaItemBody) => apiFetch<MeetingDetail>(`${API}/meetings/${id}/agenda`, { method: 'POST', body });
export const updateAgendaItem = (id: string, itemId: string, body: AgendaItemUpdateBody) => apiFetch<MeetingDetail>(`${API}/meetings/${id}/agenda/${itemId}`, { method: 'PATCH', body });
export const removeAgendaItem = (id: string, itemId: string) => apiFetch<void>(`${API}/meetings/${id}/agenda/${itemId}`, { method: 'DELETE' });
export const reorderAgenda = (id: string, itemIds: string[]) => apiFetch<MeetingDetail>(`${API}/meetings/${id}/agenda/order`, { method: 'PUT', body: { itemIds } });
export const uploadDocument = (id: string, body: DocumentBody) =>
  apiFetch<MeetingDocument>(`${API}/meetings/${id}/documents`, { method: 'POST', body });
export const removeDocument = (id: string, documentId: string) => apiFetch<void>(`${API}/meetings/${id}/documents/${documentId}`, { method: 'DELETE' });
export const documentUrl = (id: string, documentId: string) => `${API}/meetings/${id}/documents/${documentId}`;
export const signInSheetUrl = (id: string) => `${API}/meetings/${id}/sign-in-sheet.pdf`;
export const saveAttendance = (id: string, body: AttendanceBody) => apiFetch<Attendance>(`${API}/meetings/${id}/attendance`, { method: 'PUT', body });
export const checkIn = (token: string) => apiFetch<CheckInResult>(`${API}/check-in/${encodeURIComponent(token)}`, { method: 'POST', body: {} });

/** A file as base64 (without the data: prefix), for the JSON upload. */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    reader.readAsDataURL(file);
  });
}

/** A local date and a time (HH:MM) as an ISO instant with the browser's offset. */
export function toInstant(date: string, time: string): string {
  const d = new Date(`${date}T${time}:00`);
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${date}T${time}:00${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The local date (YYYY-MM-DD) and time (HH:MM) of an instant, for the inputs. */
export function fromInstant(iso: string): { date: string; time: string } {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return { date: `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`, time: `${p(d.getHours())}:${p(d.getMinutes())}` };
}
