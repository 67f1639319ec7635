import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import type { PersonExport } from '../../contract';
import { labelOf } from './exportLabels';

// pdfkit's built-in Helvetica covers only Latin-1: names in Arabic or Cyrillic need a Unicode TrueType font.
const FONT_CANDIDATES = [
  { regular: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf' },
  { regular: '/usr/share/fonts/TTF/DejaVuSans.ttf', bold: '/usr/share/fonts/TTF/DejaVuSans-Bold.ttf' },
  { regular: '/usr/share/fonts/dejavu/DejaVuSans.ttf', bold: '/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf' },
  { regular: '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf', bold: '/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf' },
];

type Fonts = { regular: string; bold: string; unicode: boolean };

export function pickFonts(candidates = FONT_CANDIDATES): Fonts {
  const found = candidates.find((c) => fs.existsSync(c.regular) && fs.existsSync(c.bold));
  return found ? { ...found, unicode: true } : { regular: 'Helvetica', bold: 'Helvetica-Bold', unicode: false };
}

/** With Helvetica only: accents folded where Latin-1 lacks them, other scripts marked as not reproducible. */
export function latin1(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (ch.codePointAt(0)! <= 0xff) {
      out += ch;
      continue;
    }
    const base = ch.normalize('NFKD').replace(/\p{M}+/gu, '');
    out += base && [...base].every((b) => b.codePointAt(0)! <= 0xff) ? base : '?';
  }
  return out;
}

const MARGIN = 50;

class Writer {
  readonly doc: PDFKit.PDFDocument;
  constructor(private readonly fonts: Fonts) {
    this.doc = new PDFDocument({ size: 'A4', margin: MARGIN, bufferPages: true, info: { Title: 'Richiesta di accesso ai dati personali', Creator: 'Crocevia' } });
    if (fonts.unicode) {
      this.doc.registerFont('body', fonts.regular);
      this.doc.registerFont('bold', fonts.bold);
    } else {
      this.doc.registerFont('body', 'Helvetica');
      this.doc.registerFont('bold', 'Helvetica-Bold');
    }
    this.doc.font('body').fontSize(10);
  }
  private t(text: string): string {
    return this.fonts.unicode ? text : latin1(text);
  }
  get width() {
    return this.doc.page.width - 2 * MARGIN;
  }
  private room(height: number) {
    if (this.doc.y + height > this.doc.page.height - MARGIN - 20) this.doc.addPage();
  }
  title(text: string) {
    this.doc.font('bold').fontSize(16).text(this.t(text), { width: this.width });
    this.doc.moveDown(0.5).font('body').fontSize(10);
  }
  heading(text: string, level: 1 | 2 = 1) {
    this.room(50);
    this.doc.moveDown(level === 1 ? 1 : 0.6);
    this.doc.font('bold').fontSize(level === 1 ? 13 : 11).text(this.t(text), MARGIN, this.doc.y, { width: this.width });
    if (level === 1) this.doc.moveTo(MARGIN, this.doc.y + 2).lineTo(MARGIN + this.width, this.doc.y + 2).lineWidth(0.5).stroke();
    this.doc.moveDown(0.4).font('body').fontSize(10);
  }
  paragraph(text: string) {
    this.room(20);
    this.doc.font('body').fontSize(10).text(this.t(text), MARGIN, this.doc.y, { width: this.width });
    this.doc.moveDown(0.3);
  }
  fields(pairs: [string, unknown][]) {
    for (const [label, value] of pairs) {
      this.room(16);
      const shown = value === null || value === undefined || value === '' ? '—' : String(value);
      this.doc.font('bold').text(this.t(`${label}: `), MARGIN, this.doc.y, { continued: true, width: this.width }).font('body').text(this.t(shown));
    }
  }
  /** A table as aligned text: a bold header row, then one line block per row; columns as fractions of the width. */
  table(headers: string[], rows: string[][], fractions: number[]) {
    if (rows.length === 0) {
      this.paragraph('Nessun dato.');
      return;
    }
    const widths = fractions.map((f) => f * this.width);
    const line = (cells: string[], font: 'body' | 'bold') => {
      this.doc.font(font).fontSize(9);
      const heights = cells.map((c, i) => this.doc.heightOfString(this.t(c || '—'), { width: widths[i]! - 6 }));
      const h = Math.max(...heights, 12);
      this.room(h + 4);
      const y = this.doc.y;
      let x = MARGIN;
      cells.forEach((c, i) => {
        this.doc.text(this.t(c || '—'), x, y, { width: widths[i]! - 6 });
        x += widths[i]!;
      });
      this.doc.x = MARGIN;
      this.doc.y = y + h + 3;
    };
    line(headers, 'bold');
    for (const r of rows) line(r, 'body');
    this.doc.font('body').fontSize(10).moveDown(0.3);
  }
  pageNumbers() {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      // Writing inside the bottom margin would open a new page: lift the margin while numbering.
      const bottom = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      this.doc.font('body').fontSize(8).text(`Pagina ${i + 1} di ${range.count}`, MARGIN, this.doc.page.height - MARGIN + 15, { width: this.width, align: 'center' });
      this.doc.page.margins.bottom = bottom;
    }
  }
}

const dateTime = (iso: unknown) => (typeof iso === 'string' && iso ? new Date(iso).toLocaleString('it-IT', { timeZone: 'Europe/Rome', dateStyle: 'short', timeStyle: 'short' }) : '');
const day = (iso: unknown) => (typeof iso === 'string' && iso ? iso.slice(0, 10).split('-').reverse().join('/') : '');
const list = (v: unknown) => (Array.isArray(v) ? v.join(', ') : '');
const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
type Rec = Record<string, unknown>;

function birthDate(p: Rec): string {
  const parts = [p.birthDay, p.birthMonth, p.birthYear].filter((x) => x !== null && x !== undefined).map((x) => String(x).padStart(2, '0'));
  return parts.join('/');
}

function personSection(w: Writer, p: Rec, unicode: boolean) {
  w.heading('Dati anagrafici e di contatto');
  const native = [p.nativeGivenName, p.nativeFamilyName].filter(Boolean).join(' ');
  w.fields([
    ['Nome', p.givenName],
    ['Cognome', p.familyName],
    ['Nome nella scrittura originale', native && !unicode ? `${latin1(native)} (non riproducibile in questo PDF: vedi l'esportazione JSON)` : native],
    ['Altre grafie', list(p.alternativeNames)],
    ['Sesso', p.sex],
    ['Data di nascita', birthDate(p)],
    ['Luogo di nascita', p.birthPlace],
    ['Paese di nascita', p.birthCountry],
    ['Cittadinanze', list(p.citizenships)],
    ['Lingue', list(p.languages)],
    ['Serve un mediatore', p.needsMediator ? 'sì' : 'no'],
    ['Permesso di soggiorno', [labelOf('permit', p.permitType), p.permitNumber, p.permitExpiresOn ? `scade il ${day(p.permitExpiresOn)}` : ''].filter(Boolean).join(' — ')],
    ['Codice fiscale', p.taxCode],
    ['Telefono', p.phone],
    ['Email', p.email],
    ['Indirizzo', p.address],
    ['Registrata il', dateTime(p.createdAt)],
    ['Ultima modifica', dateTime(p.updatedAt)],
    ['Pseudonimizzata il', p.pseudonymisedAt ? dateTime(p.pseudonymisedAt) : ''],
  ]);
}

function caseSection(w: Writer, c: Rec) {
  w.heading(`Presa in carico ${str(c.reference)}`);
  const lead = (c.leadService ?? {}) as Rec;
  w.fields([
    ['Servizio responsabile', [lead.serviceName, lead.organizationName].filter(Boolean).join(' — ')],
    ['Stato', labelOf('status', c.status)],
    ['Tutela', labelOf('protection', c.protection)],
    ['Aree di bisogno', (c.needs as string[]).map((n) => labelOf('need', n)).join(', ')],
    ['Aperta il', day(c.openedOn)],
    ['Chiusa il', day(c.closedOn)],
    ['Esito', labelOf('outcome', c.closureOutcome)],
    ['Nota di chiusura', c.closureNote],
    ['Motivo della presa in carico', c.summary],
  ]);
  const events = c.events as Rec[];
  w.heading('Storia', 2);
  w.table(['Data', 'Evento', 'Da → a', 'Nota'], events.map((e) => [dateTime(e.at), str(e.kind), [labelOf('status', e.fromStatus), labelOf('status', e.toStatus)].filter(Boolean).join(' → '), str(e.note)]), [0.2, 0.2, 0.25, 0.35]);
  w.heading('Invii ad altri servizi', 2);
  w.table(
    ['Inviato il', 'Da', 'A', 'Parti condivise', 'Stato'],
    (c.referrals as Rec[]).map((r) => [dateTime(r.sentAt), str((r.from as Rec).serviceName), str((r.to as Rec).serviceName), (r.sections as string[]).map((s) => labelOf('section', s)).join(', '), labelOf('referral', r.status)]),
    [0.17, 0.2, 0.2, 0.28, 0.15],
  );
  w.heading('Note', 2);
  w.table(['Data', 'Autore', 'Sezione', 'Testo'], (c.notes as Rec[]).map((n) => [dateTime(n.createdAt), str(n.authorName), labelOf('section', n.section), str(n.body)]), [0.17, 0.18, 0.12, 0.53]);
  const plan = c.plan as Rec | null;
  w.heading('Progetto personalizzato', 2);
  if (!plan) w.paragraph('Il servizio non ha accesso al progetto di questa presa in carico.');
  else {
    w.table(['Valutazione', 'Scadenza', 'Completata', 'Sintesi'], (plan.assessments as Rec[]).map((a) => [labelOf('assessment', a.kind), day(a.dueOn), day(a.completedOn), str(a.summary)]), [0.2, 0.15, 0.15, 0.5]);
    w.table(['Obiettivo', 'Area', 'Entro il', 'Stato'], (plan.goals as Rec[]).map((g) => [str(g.title), labelOf('need', g.needArea), day(g.targetDate), labelOf('goal', g.status)]), [0.45, 0.2, 0.15, 0.2]);
    const interventions = plan.interventions as Rec[];
    w.table(
      ['Intervento', 'Servizio', 'Dal', 'Al', 'Dettagli'],
      interventions.map((i) => [labelOf('intervention', i.kind), str(i.serviceName), day(i.startsOn), day(i.endsOn), interventionDetails(i)]),
      [0.2, 0.2, 0.12, 0.12, 0.36],
    );
  }
  w.heading('Documenti', 2);
  w.table(['File', 'Tipo', 'Dimensione', 'Caricato il'], (c.documents as Rec[]).map(documentRow), [0.4, 0.25, 0.15, 0.2]);
}

function interventionDetails(i: Rec): string {
  const parts = [str(i.description)];
  for (const m of (i.mediations as Rec[] | undefined) ?? []) parts.push(`Mediazione ${str(m.language)} il ${dateTime(m.scheduledAt)} (${str(m.place)}), ${labelOf('mediation', m.status)}${m.hoursDone ? `, ${str(m.hoursDone)} ore` : ''}`);
  const consultation = i.consultation as Rec | null;
  if (consultation && !consultation.hidden) parts.push(`Discussione: ${str(consultation.discussion)}`, `Raccomandazioni: ${str(consultation.recommendations)}`);
  const placement = i.placement as Rec | null;
  if (placement) parts.push(`Alloggio ${str(placement.housingUnitName)} dal ${day(placement.startsOn)}${placement.endsOn ? ` al ${day(placement.endsOn)}` : ''}`);
  return parts.filter(Boolean).join('\n');
}

const documentRow = (d: Rec) => [str(d.fileName), str(d.contentType), `${Math.max(1, Math.round(Number(d.size) / 1024))} KB`, dateTime(d.uploadedAt)];

/** The access-request export as a readable Italian PDF, in memory. */
export async function personExportPdf(data: PersonExport, fonts = pickFonts()): Promise<Buffer> {
  const w = new Writer(fonts);
  const chunks: Buffer[] = [];
  w.doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    w.doc.on('end', () => resolve(Buffer.concat(chunks)));
    w.doc.on('error', reject);
  });

  w.title('Dati personali trattati — richiesta di accesso (art. 15 GDPR)');
  w.fields([
    ['Prodotto il', dateTime(data.generatedAt)],
    ['Da', `${data.generatedBy.name} (${data.generatedBy.email})`],
    ['Per conto di', data.generatedBy.organizations.map((o) => o.name).join(', ')],
  ]);
  w.paragraph(
    'Questo documento riporta i dati personali che il servizio indicato tratta sulla persona: dati anagrafici, nucleo familiare, consensi, richieste di esclusione, documenti e prese in carico a cui il servizio partecipa.',
  );
  personSection(w, data.person, fonts.unicode);

  w.heading('Nuclei familiari');
  w.table(['Nucleo', 'Monoparentale', 'Ruolo della persona', 'Componenti'], data.households.map((h) => [str(h.name), h.singleParent ? 'sì' : 'no', labelOf('relationship', h.relationship), ((h.members as Rec[]) ?? []).map((m) => (m.self ? 'la persona' : labelOf('relationship', m.relationship))).join(', ')]), [0.3, 0.15, 0.2, 0.35]);

  w.heading('Consensi');
  w.table(
    ['Dato il', 'A chi', 'Finalità', 'Parti', 'Valido fino al', 'Revocato'],
    data.consents.map((k) => [day(k.givenOn), str(k.grantedToOrganizationName ?? 'Tutta la rete'), str(k.purpose), ((k.sections as string[]) ?? []).map((s) => labelOf('section', s)).join(', '), day(k.validUntil), k.withdrawnAt ? `${dateTime(k.withdrawnAt)} ${str(k.withdrawalNote)}` : 'no']),
    [0.12, 0.18, 0.22, 0.2, 0.12, 0.16],
  );

  w.heading('Richieste di esclusione');
  w.table(
    ['Registrata il', 'Operatore o servizio escluso', 'Motivo', 'Revocata il'],
    data.lockouts.map((l) => [dateTime(l.recordedAt), [l.userName, l.serviceName, l.organizationName].filter(Boolean).join(' — '), str(l.reason), dateTime(l.liftedAt)]),
    [0.18, 0.35, 0.29, 0.18],
  );

  w.heading('Documenti della persona');
  w.table(['File', 'Tipo', 'Dimensione', 'Caricato il'], data.documents.map(documentRow), [0.4, 0.25, 0.15, 0.2]);

  for (const c of data.cases) caseSection(w, c);

  if (data.restrictedCases.length) {
    w.heading('Prese in carico riservate');
    w.paragraph('Il servizio partecipa a queste prese in carico riservate, ma i loro contenuti sono visibili solo agli operatori nominati: la richiesta va completata da uno di loro.');
    w.table(['Riferimento', 'Stato', 'Aperta il'], data.restrictedCases.map((c) => [c.reference, labelOf('status', c.status), day(c.openedOn)]), [0.4, 0.3, 0.3]);
  }

  w.heading('Altri titolari del trattamento');
  w.paragraph(data.otherControllers.cases === 0 ? 'Nessuna altra presa in carico nella rete.' : `Altre prese in carico nella rete: ${data.otherControllers.cases}. ${data.otherControllers.note}`);

  w.pageNumbers();
  w.doc.end();
  return done;
}
