/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC. */

const parse = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { y, m, d };
};
const fmt = (date: Date) => date.toISOString().slice(0, 10);

export const todayIso = (now: Date = new Date()) => fmt(now);

export function addDays(iso: string, days: number): string {
  const { y, m, d } = parse(iso);
  return fmt(new Date(Date.UTC(y, m - 1, d + days)));
}

/** Same day n months later, clamped to the month's last day (2026-03-31 − 1 month = 2026-02-28). */
export function addMonths(iso: string, months: number): string {
  const { y, m, d } = parse(iso);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return fmt(new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))));
}

export function daysBetween(from: string, to: string): number {
  const a = parse(from);
  const b = parse(to);
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}

export type Step = 'month' | 'quarter' | 'year';

/** Last day of the period (month, quarter, year) holding the date. */
export function periodEnd(iso: string, step: Step): string {
  const { y, m } = parse(iso);
  const endMonth = step === 'month' ? m : step === 'quarter' ? Math.ceil(m / 3) * 3 : 12;
  return fmt(new Date(Date.UTC(y, endMonth, 0)));
}

/**
 * The dates at which to measure: the end of every period from the one holding `from` to the one holding `to`,
 * the last clamped to `to` (a period not over yet is measured as of `to`). At most `max` points, the latest kept.
 */
export function periodEnds(from: string, to: string, step: Step, max = 40): string[] {
  const out: string[] = [];
  let end = periodEnd(from, step);
  while (end < to) {
    out.push(end);
    end = periodEnd(addDays(end, 1), step);
  }
  out.push(to);
  return out.slice(-max);
}

/** The last `count` quarter ends up to `to` (the last one is `to` itself). */
export function lastQuarters(to: string, count: number): string[] {
  return periodEnds(addMonths(to, -3 * (count - 1)), to, 'quarter').slice(-count);
}
