import fs from 'node:fs';
import { asc, eq } from 'drizzle-orm';
import PDFDocument from 'pdfkit';
import type { Db } from '../../../../platform/db/database';
import { organizationNames } from '../../../organizations/module';
import type { RoundtableRow } from '../guards';
import { attendance } from '../schema';
import { italianDate, italianDay, italianTime } from '../italianFormat';
import { loadMeeting, type MinutesRow } from './load';
import { minutesContent, type MinutesContent } from './presenters';

export type MinutesPdfData = MinutesContent & {
  tableName: string;
  meeting: { title: string; startsAt: Date; endsAt: Date; place: string | null; mode: string; onlineUrl: string | null };
  status: MinutesRow['status'];
  version: number;
  approvedAt: Date | null;
  approvedAtMeeting: { title: string; startsAt: Date } | null;
  attendance: { personName: string; organizationName: string | null; status: string; delegatedTo: string | null }[];
};

export async function minutesPdfData(db: Db, row: MinutesRow, table: RoundtableRow): Promise<MinutesPdfData> {
  const [meeting, approvedAt, content, people] = await Promise.all([
    loadMeeting(db, row.meetingId),
    row.approvedAtMeetingId ? loadMeeting(db, row.approvedAtMeetingId) : Promise.resolve(null),
    minutesContent(db, row.id),
    db.select().from(attendance).where(eq(attendance.meetingId, row.meetingId)).orderBy(asc(attendance.personName)),
  ]);
  const orgs = await organizationNames(db, [...new Set(people.map((p) => p.organizationId).filter((x): x is string => !!x))]);
  return {
    ...content,
    tableName: table.name,
    meeting,
    status: row.status,
    version: row.version,
    approvedAt: row.approvedAt,
    approvedAtMeeting: approvedAt,
    attendance: people.map((p) => ({ personName: p.personName, organizationName: p.organizationId ? (orgs[p.organizationId] ?? null) : null, status: p.status, delegatedTo: p.delegatedTo })),
  };
}

const FONT_CANDIDATES = [
  { regular: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf' },
  { regular: '/usr/share/fonts/TTF/DejaVuSans.ttf', bold: '/usr/share/fonts/TTF/DejaVuSans-Bold.ttf' },
  { regular: '/usr/share/fonts/dejavu/DejaVuSans.ttf', bold: '/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf' },
];
type Fonts = { regular: string; bold: string; unicode: boolean };

/** DejaVu when installed (any script); otherwise Helvetica, with text folded to Latin-1. */
export function minutesFonts(candidates = FONT_CANDIDATES): Fonts {
  const found = candidates.find((c) => fs.existsSync(c.regular) && fs.existsSync(c.bold));
  return found ? { ...found, unicode: true } : { regular: 'Helvetica', bold: 'Helvetica-Bold', unicode: false };
}

const PUNCTUATION: Record<string, string> = { '–': '-', '—': '-', '•': '-', '’': "'", '‘': "'", '“': '"', '”': '"' };
const toLatin1 = (text: string) =>
  [...text.normalize('NFC')]
    .map((ch) => {
      if (PUNCTUATION[ch]) return PUNCTUATION[ch];
      if (ch.codePointAt(0)! <= 0xff) return ch;
      const base = ch.normalize('NFKD').replace(/\p{M}+/gu, '');
      return base && [...base].every((b) => b.codePointAt(0)! <= 0xff) ? base : '?';
    })
    .join('');

const ATTENDANCE: [string, string][] = [
  ['present', 'Presenti'],
  ['delegated', 'Presenti per delega'],
  ['excused', 'Assenti giustificati'],
  ['absent', 'Assenti'],
];
const OUTCOME: Record<string, string> = { approved: 'approvata', rejected: 'respinta', noted: 'presa d’atto' };
const MODE: Record<string, string> = { in_person: 'in presenza', online: 'online', hybrid: 'mista (in presenza e online)' };
const MARGIN = 50;

/** The minutes as an A4 document in Italian: header, attendance, sections with decisions and action items, status footer. */
export function minutesPdf(data: MinutesPdfData, fonts: Fonts = minutesFonts()): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, bufferPages: true, info: { Title: `Verbale – ${data.meeting.title}`, Creator: 'Crocevia' } });
  doc.registerFont('body', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const t = (s: string) => (fonts.unicode ? s : toLatin1(s));
  const width = doc.page.width - 2 * MARGIN;
  const room = (h: number) => {
    if (doc.y + h > doc.page.height - MARGIN - 30) doc.addPage();
  };
  const text = (s: string, font: 'body' | 'bold' = 'body', size = 10, indent = 0) => {
    room(size * 2);
    doc.font(font).fontSize(size).text(t(s), MARGIN + indent, doc.y, { width: width - indent });
  };
  const heading = (s: string) => {
    room(50);
    doc.moveDown(0.8);
    text(s, 'bold', 13);
    doc.moveTo(MARGIN, doc.y + 2).lineTo(MARGIN + width, doc.y + 2).lineWidth(0.5).stroke();
    doc.moveDown(0.5);
  };

  // Header.
  text(data.tableName, 'bold', 12);
  doc.moveDown(0.3);
  text(`Verbale: ${data.meeting.title}`, 'bold', 16);
  doc.moveDown(0.3);
  const m = data.meeting;
  text(`Data: ${italianDate(m.startsAt)}, dalle ${italianTime(m.startsAt)} alle ${italianTime(m.endsAt)}`);
  text(`Luogo: ${m.place ?? '—'} (${MODE[m.mode] ?? m.mode})`);
  if (m.onlineUrl) text(`Collegamento: ${m.onlineUrl}`);

  heading('Presenze');
  if (!data.attendance.length) text('Presenze non registrate.');
  for (const [status, label] of ATTENDANCE) {
    const people = data.attendance.filter((p) => p.status === status);
    if (!people.length) continue;
    text(`${label} (${people.length})`, 'bold', 10);
    for (const p of people) {
      const who = [p.personName, p.organizationName ? `(${p.organizationName})` : null, p.delegatedTo ? `– delega a ${p.delegatedTo}` : null].filter(Boolean).join(' ');
      text(`• ${who}`, 'body', 10, 10);
    }
    doc.moveDown(0.3);
  }

  heading('Ordine del giorno e discussione');
  const sectionIds = new Set(data.items.map((i) => i.id));
  const sections = [...data.items.map((i) => ({ id: i.id as string | null, title: `${i.position}. ${i.title}`, summary: i.summary }))];
  if (data.decisions.some((d) => !d.minutesItemId || !sectionIds.has(d.minutesItemId)) || data.actionItems.some((a) => !a.minutesItemId || !sectionIds.has(a.minutesItemId))) {
    sections.push({ id: null, title: 'Altre decisioni e azioni', summary: '' });
  }
  const inSection = (id: string | null, of: string | null) => (id ? of === id : !of || !sectionIds.has(of));
  for (const s of sections) {
    room(60);
    doc.moveDown(0.5);
    text(s.title, 'bold', 11);
    if (s.summary.trim()) {
      doc.moveDown(0.2);
      text(s.summary);
    }
    for (const d of data.decisions.filter((x) => inSection(s.id, x.minutesItemId))) {
      doc.moveDown(0.4);
      const votes = d.votesFor != null ? ` – voti favorevoli ${d.votesFor}, contrari ${d.votesAgainst}, astenuti ${d.votesAbstained}` : '';
      text(`Decisione n. ${d.number} (${OUTCOME[d.outcome] ?? d.outcome}${votes})`, 'bold', 10, 10);
      text(d.text, 'body', 10, 10);
    }
    const actions = data.actionItems.filter((x) => inSection(s.id, x.minutesItemId));
    if (actions.length) {
      doc.moveDown(0.4);
      text('Azioni', 'bold', 10, 10);
      for (const a of actions) {
        const owner = [a.ownerOrganizationName, a.ownerName].filter(Boolean).join(' – ') || 'da assegnare';
        const due = a.dueDate ? `entro il ${italianDay(a.dueDate)}` : 'senza scadenza';
        text(`• ${a.title} – ${owner} – ${due}${a.decisionNumber ? ` (decisione n. ${a.decisionNumber})` : ''}`, 'body', 10, 10);
      }
    }
  }

  // Status on every page: the draft watermark, the approval line, the version and the page number.
  const status =
    data.status === 'approved' && data.approvedAt
      ? `Approvato il ${italianDate(data.approvedAt)}${data.approvedAtMeeting ? ` nella seduta del ${italianDate(data.approvedAtMeeting.startsAt)}` : ''} – versione ${data.version}`
      : data.status === 'circulated'
        ? 'BOZZA in circolazione per osservazioni – non approvato'
        : 'BOZZA – non approvato';
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    if (data.status !== 'approved') {
      doc.save();
      doc.rotate(-45, { origin: [doc.page.width / 2, doc.page.height / 2] });
      doc.font('bold').fontSize(110).fillColor('#d0d0d0', 0.35).text('BOZZA', 0, doc.page.height / 2 - 60, { width: doc.page.width, align: 'center', lineBreak: false });
      doc.restore();
      doc.fillColor('black', 1);
    }
    doc.font('body').fontSize(8).fillColor('black', 1);
    doc.text(t(status), MARGIN, doc.page.height - MARGIN + 10, { width: width - 80, lineBreak: false });
    doc.text(`Pagina ${i - range.start + 1} di ${range.count}`, MARGIN + width - 80, doc.page.height - MARGIN + 10, { width: 80, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }

  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
