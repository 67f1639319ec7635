import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { AUTHENTICATED } from '../../../../platform/access/policy';
import type { Actor } from '../../../../platform/access/roles';
import type { Db } from '../../../../platform/db/database';
import { AppError, conflict, notFound } from '../../../../platform/errors/appError';
import { defineRoute, type AnyRoute } from '../../../../platform/http/route';
import { checkInInfoSchema, checkInResultSchema } from '../../contract';
import { loadRoundtable } from '../guards';
import { attendance, meetings } from '../schema';
import { accessToTable } from '../tableGuards';
import { expectedMembers } from './attendance';
import { checkInOpen, memberOfActor } from './checkInRules';

// Any text: an unknown or malformed token is simply not found.
const tokenParams = z.object({ token: z.string().min(1).max(200) });

/** The meeting behind a QR code, for someone who may see its table; otherwise 404 (the token stays a secret). */
async function meetingOfToken(db: Db, actor: Actor, token: string) {
  const [meeting] = await db.select().from(meetings).where(eq(meetings.checkInToken, token));
  if (!meeting) throw notFound();
  const table = await loadRoundtable(db, meeting.roundtableId);
  if (!(await accessToTable(db, actor, table)).see) throw notFound();
  const member = memberOfActor(actor, await expectedMembers(db, meeting));
  return { meeting, table, member };
}

async function attendanceOf(db: Db, meetingId: string, memberId: string) {
  const [row] = await db.select().from(attendance).where(and(eq(attendance.meetingId, meetingId), eq(attendance.memberId, memberId)));
  return row;
}

export const checkInRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    url: '/api/governance/check-in/:token',
    access: AUTHENTICATED,
    summary: 'What the sign-in QR code opens: the meeting and whether the signed-in person is expected',
    params: tokenParams,
    response: checkInInfoSchema,
    handler: async ({ db, actor, params }) => {
      const { meeting, table, member } = await meetingOfToken(db, actor, params.token);
      const row = member ? await attendanceOf(db, meeting.id, member.memberId) : undefined;
      return {
        meetingId: meeting.id,
        title: meeting.title,
        roundtableId: table.id,
        roundtableName: table.name,
        startsAt: meeting.startsAt.toISOString(),
        endsAt: meeting.endsAt.toISOString(),
        place: meeting.place,
        status: meeting.status,
        expected: member !== null,
        open: !table.archivedAt && checkInOpen(meeting, new Date()),
        checkedIn: row?.status === 'present',
      };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/governance/check-in/:token',
    access: AUTHENTICATED,
    summary: 'Check in at a meeting by its QR code (members only, from 12 h before the start to 12 h after the end)',
    params: tokenParams,
    response: checkInResultSchema,
    successStatus: 200,
    handler: async ({ db, actor, params, command }) => {
      const { meeting, table, member } = await meetingOfToken(db, actor, params.token);
      if (!member) throw new AppError(403, 'governance_check_in_not_member', 'errors.governance_check_in_not_member');
      if (table.archivedAt) throw conflict('governance_roundtable_archived');
      if (meeting.status === 'cancelled') throw conflict('governance_meeting_cancelled');
      const now = new Date();
      if (!checkInOpen(meeting, now)) throw conflict('governance_check_in_closed');
      const result = { meetingId: meeting.id, memberId: member.memberId, organizationName: member.organizationName };
      const current = await attendanceOf(db, meeting.id, member.memberId);
      // A second scan (or a register that already says present) changes nothing.
      if (current?.status === 'present') {
        return { ...result, personName: current.personName, checkedInAt: (current.checkedInAt ?? current.updatedAt).toISOString(), alreadyCheckedIn: true };
      }
      const values = { status: 'present' as const, source: 'qr' as const, personName: actor.displayName, userId: actor.userId, delegatedTo: null, checkedInAt: now, recordedBy: actor.userId, updatedAt: now };
      const written = await command(async (tx, audit) => {
        const [row] = current
          ? await tx.update(attendance).set(values).where(eq(attendance.id, current.id)).returning()
          : await tx
              .insert(attendance)
              .values({ ...values, meetingId: meeting.id, memberId: member.memberId, organizationId: member.organizationId })
              .onConflictDoNothing({ target: [attendance.meetingId, attendance.memberId] })
              .returning();
        if (row) await audit({ action: 'governance.attendance.check_in', entityType: 'meeting', entityId: meeting.id, details: { memberId: member.memberId, previous: current?.status ?? null } });
        return row;
      });
      if (!written) {
        // A simultaneous scan for the same member got there first.
        const again = (await attendanceOf(db, meeting.id, member.memberId))!;
        return { ...result, personName: again.personName, checkedInAt: (again.checkedInAt ?? again.updatedAt).toISOString(), alreadyCheckedIn: true };
      }
      return { ...result, personName: written.personName, checkedInAt: now.toISOString(), alreadyCheckedIn: false };
    },
  }),
];
