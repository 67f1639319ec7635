import { z } from 'zod';

/** The module's value lists: one source for requests, responses and column types. */
export const roundtableKinds = ['regional_working_table', 'co_action_table', 'immigration_council', 'steering', 'district_thematic_table', 'technical_team'] as const;
export const quorumRules = ['none', 'majority', 'two_thirds', 'fixed'] as const;
export const memberRoles = ['chair', 'secretary', 'member', 'observer'] as const;
export const roundtableKindSchema = z.enum(roundtableKinds);
export const quorumRuleSchema = z.enum(quorumRules);
export const memberRoleSchema = z.enum(memberRoles);

// ---- vocabulary of meetings, minutes, action items and agreements ----
export const meetingModes = ['in_person', 'online', 'hybrid'] as const;
export const meetingStatuses = ['scheduled', 'held', 'cancelled'] as const;
export const recurrenceFrequencies = ['weekly', 'monthly', 'quarterly', 'yearly'] as const;
export const attendanceStatuses = ['present', 'absent', 'excused', 'delegated'] as const;
export const attendanceSources = ['register', 'qr', 'sheet'] as const;
/** draft: secretary edits; circulated: members comment; approved: locked, changes only as a new version. */
export const minutesStatuses = ['draft', 'circulated', 'approved'] as const;
export const decisionOutcomes = ['approved', 'rejected', 'noted'] as const;
export const actionItemStatuses = ['open', 'in_progress', 'done', 'cancelled'] as const;
export const agreementKinds = ['memorandum', 'convention', 'agreement'] as const;
export const agendaItemKinds = ['item', 'minutes_approval', 'action_review'] as const;
export const meetingModeSchema = z.enum(meetingModes);
export const meetingStatusSchema = z.enum(meetingStatuses);
export const recurrenceFrequencySchema = z.enum(recurrenceFrequencies);
export const attendanceStatusSchema = z.enum(attendanceStatuses);
export const attendanceSourceSchema = z.enum(attendanceSources);
export const minutesStatusSchema = z.enum(minutesStatuses);
export const decisionOutcomeSchema = z.enum(decisionOutcomes);
export const actionItemStatusSchema = z.enum(actionItemStatuses);
export const agreementKindSchema = z.enum(agreementKinds);
export const agendaItemKindSchema = z.enum(agendaItemKinds);

/** Optional free text: trimmed, bounded, and an empty string stored as null. */
export const optionalText = (max: number) => z.string().trim().max(max).nullable().optional().transform((v) => (v === '' ? null : v));
export const isoDate = z.iso.date();
