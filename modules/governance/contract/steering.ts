import { z } from 'zod';
import { networkMetricsPointSchema } from './network';

// Request and response shapes of the steering routes (see README.md "API").

export const steeringParams = z.object({ districtId: z.uuid() });

export const steeringMeetingSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  roundtableId: z.uuid(),
  roundtableName: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  mode: z.string(),
  place: z.string().nullable(),
  status: z.string(),
});

export const steeringActionItemSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  roundtableId: z.uuid().nullable(),
  roundtableName: z.string().nullable(),
  agreementId: z.uuid().nullable(),
  ownerOrganizationId: z.uuid().nullable(),
  ownerOrganizationName: z.string().nullable(),
  dueDate: z.string(),
  status: z.string(),
  daysOverdue: z.number().int(),
});

export const steeringAgreementSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  kind: z.string(),
  validTo: z.string(),
  renewalNoticeDays: z.number().int(),
  /** Negative when already expired. */
  daysLeft: z.number().int(),
  expired: z.boolean(),
});

export const steeringAttendanceRateSchema = z.object({
  organizationId: z.uuid(),
  name: z.string(),
  expected: z.number().int(),
  present: z.number().int(),
  rate: z.number(),
});

export const steeringFigureSchema = z.object({
  key: z.string(),
  label: z.string(),
  value: z.number().nullable(),
  suppressed: z.boolean(),
  href: z.string().nullable(),
});

export const steeringSlotSchema = z.object({ id: z.string(), title: z.string(), figures: z.array(steeringFigureSchema) });

export const steeringDashboardSchema = z.object({
  districtId: z.uuid(),
  districtName: z.string().nullable(),
  today: z.string(),
  upcomingMeetings: z.array(steeringMeetingSchema),
  overdueActionItems: z.array(steeringActionItemSchema),
  expiringAgreements: z.array(steeringAgreementSchema),
  attendanceRates: z.array(steeringAttendanceRateSchema),
  metricsTrend: z.array(networkMetricsPointSchema),
  slots: z.array(steeringSlotSchema),
});

export type SteeringDashboard = z.infer<typeof steeringDashboardSchema>;
