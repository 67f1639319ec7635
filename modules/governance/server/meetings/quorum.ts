import type { AttendanceTotals } from '../../contract';
import type { attendanceStatuses, memberRoles, quorumRules } from '../schema';

type Role = (typeof memberRoles)[number];
type Status = (typeof attendanceStatuses)[number];
type Rule = (typeof quorumRules)[number];

/** Observers take part but do not vote, so they never count towards the quorum. */
export const isVoting = (role: Role | null) => role === 'chair' || role === 'secretary' || role === 'member';

/** How many voting members must be present (or represented by delegation) for the meeting to decide. */
export function quorumRequired(rule: Rule, votingMembers: number, fixed: number | null): number {
  switch (rule) {
    case 'majority':
      return Math.floor(votingMembers / 2) + 1;
    case 'two_thirds':
      return Math.ceil((2 * votingMembers) / 3);
    case 'fixed':
      return fixed ?? 0;
    case 'none':
      return 0;
  }
}

/** Totals over the expected members (guests are listed but not counted). */
export function attendanceTotals(rows: readonly { role: Role | null; status: Status | null; expected: boolean }[], rule: Rule, fixed: number | null): AttendanceTotals {
  const expected = rows.filter((r) => r.expected);
  const count = (s: Status) => expected.filter((r) => r.status === s).length;
  const voting = expected.filter((r) => isVoting(r.role));
  const quorumPresent = voting.filter((r) => r.status === 'present' || r.status === 'delegated').length;
  const required = quorumRequired(rule, voting.length, fixed);
  return {
    expected: expected.length,
    present: count('present'),
    delegated: count('delegated'),
    excused: count('excused'),
    absent: count('absent'),
    unrecorded: expected.filter((r) => r.status === null).length,
    quorumRequired: required,
    quorumPresent,
    quorumReached: rule === 'none' || quorumPresent >= required,
  };
}
