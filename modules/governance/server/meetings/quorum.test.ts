import { describe, expect, it } from 'vitest';
import { attendanceTotals, quorumRequired } from './quorum';

type R = Parameters<typeof attendanceTotals>[0][number];
const row = (role: R['role'], status: R['status'], expected = true): R => ({ role, status, expected });

describe('quorum', () => {
  it('majority is more than half of the voting members; two thirds rounds up; fixed is the number; none needs nobody', () => {
    expect(quorumRequired('majority', 10, null)).toBe(6);
    expect(quorumRequired('majority', 9, null)).toBe(5);
    expect(quorumRequired('two_thirds', 10, null)).toBe(7);
    expect(quorumRequired('two_thirds', 9, null)).toBe(6);
    expect(quorumRequired('fixed', 10, 4)).toBe(4);
    expect(quorumRequired('none', 10, null)).toBe(0);
  });

  it('counts present and delegated voting members; observers and guests do not count', () => {
    const rows = [
      row('chair', 'present'),
      row('secretary', 'delegated'),
      row('member', 'absent'),
      row('member', 'excused'),
      row('member', null),
      row('observer', 'present'),
      row(null, 'present', false),
    ];
    const totals = attendanceTotals(rows, 'majority', null);
    expect(totals).toEqual({ expected: 6, present: 2, delegated: 1, excused: 1, absent: 1, unrecorded: 1, quorumRequired: 3, quorumPresent: 2, quorumReached: false });
    expect(attendanceTotals([...rows, row('member', 'present')], 'majority', null)).toMatchObject({ quorumRequired: 4, quorumPresent: 3, quorumReached: false });
    expect(attendanceTotals(rows, 'fixed', 2)).toMatchObject({ quorumRequired: 2, quorumReached: true });
    expect(attendanceTotals(rows, 'none', null)).toMatchObject({ quorumRequired: 0, quorumReached: true });
  });
});
