import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, formatUtc, parseMailbox, writeCalendar, type IcsEvent } from './icalendar';

const base: IcsEvent = {
  uid: 'meeting-0b5a4c9e-1111-4222-8333-444455556666@crocevia',
  dtstamp: new Date('2026-11-20T10:00:00Z'),
  start: new Date('2026-12-03T14:30:00Z'),
  end: new Date('2026-12-03T16:30:00Z'),
  summary: 'Tavolo povertà: verifica, città; e altro \\ fine',
  location: 'Sala consiliare, Via Roma 1; piano terra',
  description: '',
  url: 'https://crocevia.example.it/governance/meetings/0b5a4c9e',
  sequence: 3,
  status: 'CONFIRMED',
  organizer: { email: 'noreply@crocevia.localhost', name: 'Crocevia' },
  attendees: [{ email: 'delegata@coop.it', name: 'Maria Rossi, delegata' }],
};

const parse = (ics: string) => {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return { cal, vevent: cal.getFirstSubcomponent('vevent')! };
};

describe('iCalendar writer', () => {
  it('writes an event that ical.js reads back exactly, with Italian text and a long description', () => {
    const description = `Tavolo: Cabina di regia dell'Ambito di Bergamo\n\nOrdine del giorno:\n${Array.from({ length: 12 }, (_, i) => `${i + 1}. Attività, priorità; verifica dell'efficacia \\ città e comunità — perché sì`).join('\n')}`;
    const ics = writeCalendar({ method: 'REQUEST', events: [{ ...base, description }] });
    const { cal, vevent } = parse(ics);
    expect(cal.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toContain('Crocevia');
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe(base.uid);
    expect(event.summary).toBe(base.summary);
    expect(event.location).toBe(base.location);
    expect(event.description).toBe(description);
    expect(event.sequence).toBe(3);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-03T14:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-03T16:30:00.000Z');
    expect(event.startDate.zone?.tzid).toBe('UTC');
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(vevent.getFirstPropertyValue('url')).toBe(base.url);
    expect(vevent.getFirstPropertyValue('organizer')).toBe('mailto:noreply@crocevia.localhost');
    const attendee = vevent.getFirstProperty('attendee')!;
    expect(attendee.getFirstValue()).toBe('mailto:delegata@coop.it');
    expect(attendee.getParameter('cn')).toBe('Maria Rossi, delegata');
  });

  it('ends every line with CRLF and folds at 75 octets without splitting a character', () => {
    const ics = writeCalendar({ method: 'PUBLISH', events: [{ ...base, description: 'è'.repeat(200) + '€😀'.repeat(40) }] });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const l of lines) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    // Valid UTF-8 on every physical line: no character was cut in two.
    for (const l of lines) expect(Buffer.from(Buffer.from(l, 'utf8').toString('utf8'), 'utf8').equals(Buffer.from(l, 'utf8'))).toBe(true);
    expect(new ICAL.Event(parse(ics).vevent).description).toBe('è'.repeat(200) + '€😀'.repeat(40));
  });

  it('cancellations carry METHOD:CANCEL and STATUS:CANCELLED', () => {
    const { cal, vevent } = parse(writeCalendar({ method: 'CANCEL', events: [{ ...base, status: 'CANCELLED', sequence: 4 }] }));
    expect(cal.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(4);
  });

  it('a feed holds many events and its name', () => {
    const events = [0, 1, 2].map((i) => ({ ...base, uid: `meeting-${i}@crocevia`, start: new Date(Date.UTC(2026, 11, 3 + i, 9)), end: new Date(Date.UTC(2026, 11, 3 + i, 11)) }));
    const { cal } = parse(writeCalendar({ method: 'PUBLISH', name: 'Crocevia · Tavolo, «povertà»', events }));
    expect(cal.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'))).toEqual(['meeting-0@crocevia', 'meeting-1@crocevia', 'meeting-2@crocevia']);
    // ical.js keeps unknown X- properties raw; by RFC 5545 their default type is TEXT, escaped like any text.
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Crocevia · Tavolo\\, «povertà»');
  });

  it('escapes TEXT and formats UTC instants', () => {
    expect(escapeText('a,b;c\\d\r\ne\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
    expect(formatUtc(new Date('2026-01-02T03:04:05.678Z'))).toBe('20260102T030405Z');
    expect(parseMailbox('Crocevia <noreply@crocevia.localhost>')).toEqual({ name: 'Crocevia', email: 'noreply@crocevia.localhost' });
    expect(parseMailbox('noreply@x.it')).toEqual({ email: 'noreply@x.it' });
  });

  it('folding: any text unfolds to itself, lines ≤ 75 octets, no split character (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const line = `DESCRIPTION:${text}`;
        const folded = foldLine(line);
        const physical = folded.split('\r\n');
        for (const p of physical) {
          expect(Buffer.byteLength(p, 'utf8')).toBeLessThanOrEqual(75);
          expect(p).not.toMatch(/[\uD800-\uDBFF]$/); // no high surrogate left dangling
        }
        expect(folded.replace(/\r\n /g, '')).toBe(line);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips any summary through ical.js (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }), (summary) => {
        const clean = summary.replace(/\r\n?/g, '\n');
        const { vevent } = parse(writeCalendar({ method: 'PUBLISH', events: [{ ...base, summary: clean }] }));
        expect(vevent.getFirstPropertyValue('summary')).toBe(clean);
      }),
      { numRuns: 200 },
    );
  });
});
