import { intlLocale } from '../../../../../platform/web';

/** A birth date that may be partial ('1990', '1990-03', '1990-03-12'): "1990", "marzo 1990" or "12/03/1990". */
export function formatPartialDate(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const [year, month, day] = value.split('-').map(Number);
  if (!year) return value;
  const locale = intlLocale(language);
  if (!month) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  if (!day) return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC', calendar: 'gregory' }).format(date);
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC', calendar: 'gregory' }).format(date);
}

/** Days from today to an ISO date (negative when past). */
export function daysUntil(isoDate: string): number {
  const today = new Date();
  const start = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((Date.parse(`${isoDate}T00:00:00Z`) - start) / 86_400_000);
}
