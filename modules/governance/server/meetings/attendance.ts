import { and, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { z } from 'zod';
import { users } from '../../../../platform/auth/schema';
import type { Db } from '../../../../platform/db/database';
import { organizationNames } from '../../../organizations/module';
import type { attendanceRowSchema, meetingAttendanceSchema } from '../../contract';
import type { RoundtableRow } from '../guards';
import { attendance, roundtableMembers, type meetings } from '../schema';
import { attendanceTotals } from './quorum';
import { localDate } from './zonedTime';

export type MeetingRow = typeof meetings.$inferSelect;
type MemberRow = typeof roundtableMembers.$inferSelect;

export type ExpectedMember = {
  memberId: string;
  organizationId: string | null;
  organizationName: string | null;
  /** The delegate's name when known, else the organisation's or the expert's. */
  personName: string;
  role: MemberRow['role'];
  delegateUserId: string | null;
  substituteUserId: string | null;
};

const roleOrder = { chair: 0, secretary: 1, member: 2, observer: 3 } as const;

async function userNames(db: Db, ids: (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((x): x is string => !!x))];
  if (!unique.length) return new Map();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The members whose mandate covers the meeting's day (in Italy): who is expected, chair first. */
export async function expectedMembers(db: Db, meeting: Pick<MeetingRow, 'roundtableId' | 'startsAt'>): Promise<ExpectedMember[]> {
  const day = localDate(meeting.startsAt);
  const rows = await db
    .select()
    .from(roundtableMembers)
    .where(
      and(
        eq(roundtableMembers.roundtableId, meeting.roundtableId),
        lte(roundtableMembers.mandateFrom, day),
        or(isNull(roundtableMembers.mandateTo), gte(roundtableMembers.mandateTo, day)),
      ),
    );
  const [orgNames, people] = await Promise.all([
    organizationNames(db, [...new Set(rows.map((r) => r.organizationId).filter((x): x is string => !!x))]),
    userNames(db, rows.map((r) => r.delegateUserId)),
  ]);
  return rows
    .map((r) => {
      const organizationName = r.organizationId ? (orgNames[r.organizationId] ?? null) : null;
      return {
        memberId: r.id,
        organizationId: r.organizationId,
        organizationName,
        personName: (r.delegateUserId && people.get(r.delegateUserId)) || organizationName || r.expertName || '',
        role: r.role,
        delegateUserId: r.delegateUserId,
        substituteUserId: r.substituteUserId,
      };
    })
    .sort((a, b) => roleOrder[a.role] - roleOrder[b.role] || (a.organizationName ?? a.personName).localeCompare(b.organizationName ?? b.personName, 'it'));
}

type Row = z.input<typeof attendanceRowSchema>;

/** The register of a meeting: one row per expected member (recorded or not), then guests, with totals and quorum. */
export async function meetingAttendance(db: Db, meeting: MeetingRow, table: Pick<RoundtableRow, 'quorumRule' | 'quorumFixed'>): Promise<z.input<typeof meetingAttendanceSchema>> {
  const [expected, recorded] = await Promise.all([expectedMembers(db, meeting), db.select().from(attendance).where(eq(attendance.meetingId, meeting.id))]);
  const byMember = new Map(recorded.filter((r) => r.memberId).map((r) => [r.memberId!, r]));
  const items: Row[] = expected.map((m) => {
    const a = byMember.get(m.memberId);
    return {
      memberId: m.memberId,
      organizationId: m.organizationId,
      organizationName: m.organizationName,
      personName: a?.personName ?? m.personName,
      role: m.role,
      expected: true,
      status: a?.status ?? null,
      delegatedTo: a?.delegatedTo ?? null,
      source: a?.source ?? null,
      checkedInAt: a?.checkedInAt?.toISOString() ?? null,
    };
  });
  const expectedIds = new Set(expected.map((m) => m.memberId));
  const guests = recorded.filter((r) => !r.memberId || !expectedIds.has(r.memberId));
  const guestOrgs = await organizationNames(db, [...new Set(guests.map((g) => g.organizationId).filter((x): x is string => !!x))]);
  for (const g of guests) {
    items.push({
      memberId: g.memberId,
      organizationId: g.organizationId,
      organizationName: g.organizationId ? (guestOrgs[g.organizationId] ?? null) : null,
      personName: g.personName,
      role: null,
      expected: false,
      status: g.status,
      delegatedTo: g.delegatedTo,
      source: g.source,
      checkedInAt: g.checkedInAt?.toISOString() ?? null,
    });
  }
  return { items, totals: attendanceTotals(items.map((i) => ({ role: i.role ?? null, status: i.status ?? null, expected: i.expected })), table.quorumRule, table.quorumFixed) };
}
