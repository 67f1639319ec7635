import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { Locale } from '../../../../platform/i18n/i18n';
import { MEETING_TIME_ZONE } from './zonedTime';

export type SignInSheetData = {
  tableName: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  onlineUrl: string | null;
  checkInUrl: string;
  rows: { organizationName: string | null; personName: string }[];
};

export type SheetFonts = { regular: string; bold: string };

// pdfkit's built-in Helvetica covers only Latin-1: names in other scripts need a Unicode TrueType font.
const FONT_CANDIDATES: SheetFonts[] = [
  { regular: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf' },
  { regular: '/usr/share/fonts/TTF/DejaVuSans.ttf', bold: '/usr/share/fonts/TTF/DejaVuSans-Bold.ttf' },
  { regular: '/usr/share/fonts/dejavu/DejaVuSans.ttf', bold: '/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf' },
];
export const BUILT_IN_FONTS: SheetFonts = { regular: 'Helvetica', bold: 'Helvetica-Bold' };

export function sheetFonts(): SheetFonts {
  return FONT_CANDIDATES.find((c) => fs.existsSync(c.regular) && fs.existsSync(c.bold)) ?? BUILT_IN_FONTS;
}

const labels = {
  it: {
    heading: 'Foglio firme',
    when: 'Data e ora',
    place: 'Luogo',
    online: 'Collegamento',
    organization: 'Ente',
    name: 'Nominativo',
    signature: 'Firma',
    scan: 'Inquadra per registrare la presenza',
    none: 'Nessun componente atteso alla data della riunione.',
  },
  en: {
    heading: 'Sign-in sheet',
    when: 'Date and time',
    place: 'Place',
    online: 'Online',
    organization: 'Organisation',
    name: 'Name',
    signature: 'Signature',
    scan: 'Scan to check in',
    none: 'No member expected at the meeting date.',
  },
} as const;

function whenText(start: Date, end: Date, locale: Locale): string {
  const tag = locale === 'en' ? 'en-GB' : 'it-IT';
  const day = new Intl.DateTimeFormat(tag, { timeZone: MEETING_TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const time = new Intl.DateTimeFormat(tag, { timeZone: MEETING_TIME_ZONE, hour: '2-digit', minute: '2-digit' });
  const sameDay = day.format(start) === day.format(end);
  return sameDay ? `${day.format(start)}, ${time.format(start)}–${time.format(end)}` : `${day.format(start)} ${time.format(start)} – ${day.format(end)} ${time.format(end)}`;
}

const MARGIN = 40;
const QR_SIZE = 96;
const ROW_HEIGHT = 30;

/** A printable A4 sheet: the meeting, one line per expected member with a box to sign, and the QR code of self check-in. */
export async function signInSheetPdf(data: SignInSheetData, locale: Locale, options: { fonts?: SheetFonts; compress?: boolean } = {}): Promise<Buffer> {
  const L = labels[locale === 'en' ? 'en' : 'it'];
  const fonts = options.fonts ?? sheetFonts();
  const qr = await QRCode.toBuffer(data.checkInUrl, { type: 'png', margin: 1, width: 300, errorCorrectionLevel: 'M' });
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, compress: options.compress ?? true, info: { Title: `${L.heading} – ${data.title}`, Creator: 'Crocevia' } });
  doc.registerFont('body', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - 2 * MARGIN;
  const textWidth = width - QR_SIZE - 16;
  const qrX = doc.page.width - MARGIN - QR_SIZE;
  doc.image(qr, qrX, MARGIN, { width: QR_SIZE, height: QR_SIZE });
  doc.font('body').fontSize(7).text(L.scan, qrX - 10, MARGIN + QR_SIZE + 2, { width: QR_SIZE + 20, align: 'center' });

  doc.font('body').fontSize(10).text(L.heading.toUpperCase(), MARGIN, MARGIN, { width: textWidth });
  doc.font('bold').fontSize(15).text(data.tableName, { width: textWidth });
  doc.font('bold').fontSize(12).text(data.title, { width: textWidth });
  doc.moveDown(0.4);
  const field = (label: string, value: string) => doc.font('bold').fontSize(10).text(`${label}: `, { continued: true, width: textWidth }).font('body').text(value);
  field(L.when, whenText(data.startsAt, data.endsAt, locale));
  if (data.place) field(L.place, data.place);
  if (data.onlineUrl) field(L.online, data.onlineUrl);

  const cols = [
    { label: '#', width: 22 },
    { label: L.organization, width: 175 },
    { label: L.name, width: 150 },
    { label: L.signature, width: width - 22 - 175 - 150 },
  ];
  let y = Math.max(doc.y + 14, MARGIN + QR_SIZE + 20);
  const header = () => {
    doc.rect(MARGIN, y, width, 18).fillAndStroke('#eeeeee', '#000000').fillColor('#000000');
    let x = MARGIN;
    for (const c of cols) {
      doc.font('bold').fontSize(9).text(c.label, x + 4, y + 5, { width: c.width - 8, lineBreak: false });
      x += c.width;
    }
    y += 18;
  };
  header();
  if (!data.rows.length) doc.font('body').fontSize(10).text(L.none, MARGIN, y + 8, { width });
  data.rows.forEach((r, i) => {
    if (y + ROW_HEIGHT > doc.page.height - MARGIN) {
      doc.addPage();
      y = MARGIN;
      header();
    }
    doc.lineWidth(0.5).rect(MARGIN, y, width, ROW_HEIGHT).stroke();
    let x = MARGIN;
    const cells = [String(i + 1), r.organizationName ?? '', r.personName, ''];
    cols.forEach((c, j) => {
      if (j > 0) doc.moveTo(x, y).lineTo(x, y + ROW_HEIGHT).stroke();
      if (cells[j]) doc.font('body').fontSize(9).text(cells[j]!, x + 4, y + 5, { width: c.width - 8, height: ROW_HEIGHT - 6, ellipsis: true });
      x += c.width;
    });
    y += ROW_HEIGHT;
  });
  doc.end();
  return done;
}
