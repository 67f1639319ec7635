import type { recurrenceFrequencies } from '../../contract';
import { fromWallTime, MEETING_TIME_ZONE, toWallTime, type WallTime } from './zonedTime';

export type Recurrence = { frequency: (typeof recurrenceFrequencies)[number]; interval: number; count: number };

const monthsPer = { monthly: 1, quarterly: 3, yearly: 12 } as const;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Adds whole months to a wall date; a day the target month lacks is clamped to its last day (31 Jan + 1 month → 28/29 Feb). */
function addMonths(w: WallTime, months: number): WallTime {
  const index = w.year * 12 + (w.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { ...w, year, month, day: Math.min(w.day, daysIn(year, month)) };
}

function addDays(w: WallTime, days: number): WallTime {
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day + days));
  return { ...w, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * The start of every occurrence, the first included, at the same local time of day. Each occurrence is
 * computed from the first (not from the previous one), so a clamped 28 February does not pull the
 * following months back to the 28th.
 */
export function occurrenceStarts(first: Date, r: Recurrence, timeZone = MEETING_TIME_ZONE): Date[] {
  const wall = toWallTime(first, timeZone);
  const out: Date[] = [];
  for (let i = 0; i < r.count; i++) {
    const step = i * r.interval;
    const w = r.frequency === 'weekly' ? addDays(wall, 7 * step) : addMonths(wall, monthsPer[r.frequency] * step);
    out.push(i === 0 ? first : fromWallTime(w, timeZone));
  }
  return out;
}
