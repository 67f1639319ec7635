import { describe, expect, it } from 'vitest';
import { addDays, addWorkingDays, daysBetween } from './planDates';

describe('plan date arithmetic', () => {
  it('adds calendar days across months and leap years', () => {
    expect(addDays('2026-01-15', 30)).toBe('2026-02-14');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('skips Saturdays and Sundays when adding working days', () => {
    // Monday + 20 working days = the Monday four weeks later.
    expect(addWorkingDays('2026-02-02', 20)).toBe('2026-03-02');
    // Friday + 1 working day = Monday.
    expect(addWorkingDays('2026-02-06', 1)).toBe('2026-02-09');
    // From a Saturday, the first working day is Monday.
    expect(addWorkingDays('2026-02-07', 1)).toBe('2026-02-09');
  });

  it('counts days between two dates, negative when the second is earlier', () => {
    expect(daysBetween('2026-01-01', '2026-01-31')).toBe(30);
    expect(daysBetween('2026-03-30', '2026-03-28')).toBe(-2);
    // Across the daylight-saving change the count stays whole.
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });
});
