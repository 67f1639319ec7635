import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../../../platform/http/route';
import { attendanceBody, meetingAttendanceSchema } from '../../contract';
import { governancePermissions as P } from '../access';
import { invalidFields, type FieldIssue } from '../guards';
import { attendance } from '../schema';
import { expectedMembers, meetingAttendance } from './attendance';
import { assertTableOpen, loadMeetingFor } from './load';

const idParams = z.object({ id: z.uuid() });

export const attendanceRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    url: '/api/governance/meetings/:id/attendance',
    access: P['governance.read'],
    summary: 'Who is expected at a meeting and how they took part, with totals and quorum',
    params: idParams,
    response: meetingAttendanceSchema,
    handler: async ({ db, actor, params }) => {
      const { meeting, table } = await loadMeetingFor(db, actor, params.id, 'see');
      return meetingAttendance(db, meeting, table);
    },
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/governance/meetings/:id/attendance',
    access: P['governance.manage'],
    summary: "Record attendance (the secretary's register); members not listed keep what they have",
    params: idParams,
    body: attendanceBody,
    response: meetingAttendanceSchema,
    successStatus: 200,
    handler: async ({ db, actor, params, body, locale, command }) => {
      const { meeting, table } = await loadMeetingFor(db, actor, params.id, 'manage');
      assertTableOpen(table);
      const expected = new Map((await expectedMembers(db, meeting)).map((m) => [m.memberId, m]));
      const issues: FieldIssue[] = [];
      const seen = new Set<string>();
      body.entries.forEach((e, i) => {
        if (!expected.has(e.memberId)) issues.push({ field: `entries.${i}.memberId`, key: 'governance_attendance_member_unknown' });
        else if (seen.has(e.memberId)) issues.push({ field: `entries.${i}.memberId`, key: 'governance_attendance_duplicate' });
        seen.add(e.memberId);
      });
      if (issues.length) throw invalidFields(issues, locale);
      await command(async (tx, audit) => {
        for (const e of body.entries) {
          const m = expected.get(e.memberId)!;
          const [current] = await tx.select().from(attendance).where(and(eq(attendance.meetingId, meeting.id), eq(attendance.memberId, e.memberId)));
          const values = {
            status: e.status,
            personName: e.personName ?? current?.personName ?? m.personName,
            delegatedTo: e.status === 'delegated' ? (e.delegatedTo ?? null) : null,
            // A QR check-in confirmed by the register keeps its origin; a changed status is the register's.
            source: current && current.status === e.status ? current.source : ('register' as const),
            // A check-in time belongs to a presence: a member turned absent or excused keeps none.
            ...(e.status !== 'present' ? { checkedInAt: null } : {}),
            recordedBy: actor.userId,
            updatedAt: new Date(),
          };
          if (current) await tx.update(attendance).set(values).where(eq(attendance.id, current.id));
          else await tx.insert(attendance).values({ ...values, meetingId: meeting.id, memberId: m.memberId, organizationId: m.organizationId });
        }
        await audit({
          action: 'governance.attendance.record',
          entityType: 'meeting',
          entityId: meeting.id,
          details: { entries: body.entries.map((e) => ({ memberId: e.memberId, status: e.status })) },
        });
      });
      return meetingAttendance(db, meeting, table);
    },
  }),
];
