import { describe, expect, it } from 'vitest';
import { occurrenceStarts } from './recurrence';
import { endOfLocalDay, localDate, startOfLocalDay } from './zonedTime';

const iso = (ds: Date[]) => ds.map((d) => d.toISOString());

describe('occurrenceStarts', () => {
  it('repeats weekly at the same local time across the change to summer time', () => {
    // 10:00 in Rome is 09:00 UTC in winter and 08:00 UTC in summer (clocks change on 29 March 2026).
    const starts = occurrenceStarts(new Date('2026-03-19T09:00:00Z'), { frequency: 'weekly', interval: 1, count: 3 });
    expect(iso(starts)).toEqual(['2026-03-19T09:00:00.000Z', '2026-03-26T09:00:00.000Z', '2026-04-02T08:00:00.000Z']);
  });

  it('every other week with interval 2', () => {
    const starts = occurrenceStarts(new Date('2026-06-01T07:30:00Z'), { frequency: 'weekly', interval: 2, count: 3 });
    expect(starts.map((d) => localDate(d))).toEqual(['2026-06-01', '2026-06-15', '2026-06-29']);
  });

  it('clamps month ends: 31 January + 1 month is the last day of February, and March is the 31st again', () => {
    const plain = occurrenceStarts(new Date('2027-01-31T14:00:00Z'), { frequency: 'monthly', interval: 1, count: 4 });
    expect(plain.map((d) => localDate(d))).toEqual(['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30']);
    const leap = occurrenceStarts(new Date('2028-01-31T14:00:00Z'), { frequency: 'monthly', interval: 1, count: 2 });
    expect(leap.map((d) => localDate(d))).toEqual(['2028-01-31', '2028-02-29']);
  });

  it('quarterly steps three months (times the interval), clamping too', () => {
    const q = occurrenceStarts(new Date('2026-11-30T09:00:00Z'), { frequency: 'quarterly', interval: 1, count: 4 });
    expect(q.map((d) => localDate(d))).toEqual(['2026-11-30', '2027-02-28', '2027-05-30', '2027-08-30']);
    const half = occurrenceStarts(new Date('2026-01-15T09:00:00Z'), { frequency: 'quarterly', interval: 2, count: 3 });
    expect(half.map((d) => localDate(d))).toEqual(['2026-01-15', '2026-07-15', '2027-01-15']);
  });

  it('yearly from 29 February falls on 28 February in common years', () => {
    const y = occurrenceStarts(new Date('2028-02-29T10:00:00Z'), { frequency: 'yearly', interval: 1, count: 3 });
    expect(y.map((d) => localDate(d))).toEqual(['2028-02-29', '2029-02-28', '2030-02-28']);
  });

  it('keeps the local hour for every monthly occurrence', () => {
    const starts = occurrenceStarts(new Date('2026-01-10T17:00:00Z'), { frequency: 'monthly', interval: 1, count: 12 });
    const hours = starts.map((d) => new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', hour: '2-digit', minute: '2-digit' }).format(d));
    expect(new Set(hours)).toEqual(new Set(['18:00']));
    expect(starts).toHaveLength(12);
  });
});

describe('local days', () => {
  it('a day in Italy starts at local midnight', () => {
    expect(startOfLocalDay('2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(endOfLocalDay('2026-12-31').toISOString()).toBe('2026-12-31T23:00:00.000Z');
    // 23:30 UTC on 31 December is already New Year's Day in Rome.
    expect(localDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });
});
