/**
 * Birth dates as registrations know them: often only a year (documents of asylum seekers
 * frequently carry 1 January or no day at all), sometimes year and month.
 */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/**
 * How two birth dates relate, strongest first. 'typo' covers errors of entry that must not
 * exclude a duplicate: a year off by one or with two digits swapped, day and month swapped.
 */
export type BirthDateAgreement = 'exact' | 'sameMonth' | 'sameYear' | 'typo' | 'conflict' | 'unknown';

/** Reads "1985", "1985-03" or "1985-03-07"; anything else (or an impossible date) gives undefined. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const match = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text.trim());
  if (!match) return undefined;
  const date: PartialDate = { year: Number(match[1]) };
  if (match[2] !== undefined) date.month = Number(match[2]);
  if (match[3] !== undefined) date.day = Number(match[3]);
  return isValidPartialDate(date) ? date : undefined;
}

export function isValidPartialDate(date: PartialDate): boolean {
  const { year, month, day } = date;
  if (!Number.isInteger(year) || year < 1850 || year > 2200) return false;
  if (month === undefined) return day === undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth;
}

function isYearTypo(a: number, b: number): boolean {
  if (Math.abs(a - b) === 1) return true;
  const x = String(a);
  const y = String(b);
  // Two adjacent digits swapped (1985 / 1958).
  for (let i = 0; i + 1 < x.length; i++) {
    if (x[i] !== x[i + 1] && x.slice(0, i) + x[i + 1] + x[i] + x.slice(i + 2) === y) return true;
  }
  return false;
}

function isPlaceholder(date: PartialDate): boolean {
  return date.month === 1 && date.day === 1;
}

export function compareBirthDates(a: PartialDate | undefined, b: PartialDate | undefined): BirthDateAgreement {
  if (!a || !b) return 'unknown';
  if (a.year !== b.year) return isYearTypo(a.year, b.year) ? 'typo' : 'conflict';
  if (a.month === undefined || b.month === undefined) return 'sameYear';
  if (a.month === b.month && a.day !== undefined && a.day === b.day) return 'exact';
  // Offices record 1 January when only the year is known, so it says nothing more.
  if (isPlaceholder(a) || isPlaceholder(b)) return 'sameYear';
  if (a.day !== undefined && b.day !== undefined) {
    if (a.month === b.day && a.day === b.month) return 'typo';
    // Same month, another day: a slip of one field, not proof of another person.
    return a.month === b.month ? 'typo' : 'conflict';
  }
  return a.month === b.month ? 'sameMonth' : 'conflict';
}
