import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** The Intl locale for a UI language: Italian as in Italy, English as in the UK (day-month order). */
export const intlLocale = (language: string) => (language.startsWith('en') ? 'en-GB' : 'it-IT');

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export type Formatters = {
  date: (value: string | null | undefined) => string;
  dateTime: (value: string | null | undefined) => string;
  number: (value: number | null | undefined) => string;
};

export function makeFormatters(language: string): Formatters {
  const locale = intlLocale(language);
  // A plain date (2026-03-01) is a calendar day, not an instant: format it in UTC so it never shifts.
  const dateFmt = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', calendar: 'gregory' });
  const dayFmt = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', calendar: 'gregory', timeZone: 'UTC' });
  const dateTimeFmt = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', calendar: 'gregory' });
  const numberFmt = new Intl.NumberFormat(locale, { useGrouping: true });
  return {
    date: (v) => (v ? (DATE_ONLY.test(v) ? dayFmt.format(new Date(`${v}T00:00:00Z`)) : dateFmt.format(new Date(v))) : ''),
    dateTime: (v) => (v ? dateTimeFmt.format(new Date(v)) : ''),
    number: (v) => (v === null || v === undefined ? '' : numberFmt.format(v)),
  };
}

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return useMemo(() => makeFormatters(i18n.language), [i18n.language]);
}

/** Today as YYYY-MM-DD in the user's time zone (for date inputs). */
export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
