/**
 * Wall-clock arithmetic in the platform's time zone. Meetings recur at the same local time (10:00 in Rome
 * stays 10:00 across the change to summer time), and "the meeting day" is the day in Italy, not in UTC.
 */
export const MEETING_TIME_ZONE = 'Europe/Rome';

export type WallTime = { year: number; month: number; day: number; hour: number; minute: number; second: number; millisecond: number };

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(timeZone, f);
  }
  return f;
}

export function toWallTime(instant: Date, timeZone = MEETING_TIME_ZONE): WallTime {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: instant.getUTCMilliseconds(),
  };
}

const asUtc = (w: WallTime) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);

/** The instant showing wall time `w` in the zone (a time skipped by the clock change lands an hour later). */
export function fromWallTime(w: WallTime, timeZone = MEETING_TIME_ZONE): Date {
  const target = asUtc(w);
  let guess = target;
  // Two corrections settle the offset, also next to a clock change.
  for (let i = 0; i < 2; i++) guess = target - (asUtc(toWallTime(new Date(guess), timeZone)) - guess);
  return new Date(guess);
}

/** The calendar day (YYYY-MM-DD) of an instant in the zone. */
export function localDate(instant: Date, timeZone = MEETING_TIME_ZONE): string {
  const w = toWallTime(instant, timeZone);
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/** Midnight at the start of a calendar day (YYYY-MM-DD) in the zone. */
export function startOfLocalDay(date: string, timeZone = MEETING_TIME_ZONE): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return fromWallTime({ year, month, day, hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone);
}

/** Midnight at the start of the day after `date`: the exclusive end of a range ending on `date`. */
export function endOfLocalDay(date: string, timeZone = MEETING_TIME_ZONE): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return fromWallTime({ year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate(), hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone);
}
