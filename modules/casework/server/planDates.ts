/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), done in UTC so a date never shifts with the
 * server's time zone or a daylight-saving change. The module's one set of date helpers (plan,
 * reminders, referrals, seeds); today's date is `isoToday` in visibility.ts.
 */
export const DAY_MS = 86_400_000;

const toUtc = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(iso: string, days: number): string {
  return fromUtc(toUtc(iso) + days * DAY_MS);
}

/** Adds working days, skipping Saturdays and Sundays (public holidays are not known here). */
export function addWorkingDays(iso: string, days: number): string {
  let ms = toUtc(iso);
  for (let left = days; left > 0; ) {
    ms += DAY_MS;
    const weekday = new Date(ms).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return fromUtc(ms);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}
