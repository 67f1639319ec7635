/**
 * A small RFC 5545 iCalendar writer (no library): the objects our invitations and feeds need, nothing more.
 * Lines end in CRLF and are folded at 75 octets without ever splitting a UTF-8 character; TEXT values are escaped.
 */

export type IcsMethod = 'REQUEST' | 'PUBLISH' | 'CANCEL';
export type IcsPerson = { email: string; name?: string | null };

export type IcsEvent = {
  uid: string;
  /** When this iCalendar object was made. */
  dtstamp: Date;
  start: Date;
  end: Date;
  summary: string;
  location?: string | null;
  description?: string | null;
  url?: string | null;
  sequence: number;
  status: 'CONFIRMED' | 'CANCELLED' | 'TENTATIVE';
  organizer?: IcsPerson | null;
  attendees?: IcsPerson[];
  lastModified?: Date | null;
};

export type IcsCalendar = { method: IcsMethod; events: IcsEvent[]; name?: string | null; prodId?: string };

export const PRODID = '-//Crocevia//Governance//IT';
const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** UTC date-time in the basic format: 20261123T150000Z. */
export function formatUtc(d: Date): string {
  if (Number.isNaN(d.getTime())) throw new RangeError('invalid date');
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A parameter value: no control characters or DQUOTE allowed; quoted when it holds : ; or , (RFC 5545 3.1). */
export function paramValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f"]/g, ' ').trim();
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

const utf8Length = (s: string) => Buffer.byteLength(s, 'utf8');

/**
 * Folds one content line into lines of at most 75 octets (the leading space of a continuation counts),
 * cutting only between characters (code points), so a multi-byte character is never split.
 */
export function foldLine(line: string): string {
  if (utf8Length(line) <= MAX_OCTETS) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const ch of line) {
    const n = utf8Length(ch);
    if (octets + n > limit) {
      out.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1; // continuation lines start with one space
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

/** Removes any CR or LF from values that must stay on one line (URIs, identifiers). */
const oneLine = (s: string) => s.replace(/[\r\n]+/g, ' ');

const mailto = (email: string) => `mailto:${oneLine(email.trim())}`;

function eventLines(e: IcsEvent): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${oneLine(e.uid)}`,
    `DTSTAMP:${formatUtc(e.dtstamp)}`,
    `DTSTART:${formatUtc(e.start)}`,
    `DTEND:${formatUtc(e.end)}`,
    `SEQUENCE:${Math.max(0, Math.trunc(e.sequence))}`,
    `STATUS:${e.status}`,
    `SUMMARY:${escapeText(e.summary)}`,
  ];
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.url) lines.push(`URL:${oneLine(e.url)}`);
  if (e.lastModified) lines.push(`LAST-MODIFIED:${formatUtc(e.lastModified)}`);
  if (e.organizer) lines.push(`ORGANIZER${e.organizer.name ? `;CN=${paramValue(e.organizer.name)}` : ''}:${mailto(e.organizer.email)}`);
  for (const a of e.attendees ?? []) {
    lines.push(`ATTENDEE${a.name ? `;CN=${paramValue(a.name)}` : ''};CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:${mailto(a.email)}`);
  }
  lines.push('END:VEVENT');
  return lines;
}

/** A whole VCALENDAR object, CRLF line endings, folded. */
export function writeCalendar(cal: IcsCalendar): string {
  const lines = ['BEGIN:VCALENDAR', `PRODID:${cal.prodId ?? PRODID}`, 'VERSION:2.0', 'CALSCALE:GREGORIAN', `METHOD:${cal.method}`];
  if (cal.name) lines.push(`X-WR-CALNAME:${escapeText(cal.name)}`);
  for (const e of cal.events) lines.push(...eventLines(e));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** "Mailbox Name <address@host>" or a bare address → the parts, for ORGANIZER. */
export function parseMailbox(from: string): IcsPerson {
  const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  if (m) return { name: m[1]!.trim() || null, email: m[2]!.trim() };
  return { email: from.trim() };
}
