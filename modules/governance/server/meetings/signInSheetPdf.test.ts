import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_FONTS, signInSheetPdf, type SignInSheetData } from './signInSheetPdf';

/**
 * The text drawn by pdfkit with a built-in font: its content streams hold the strings as hex in TJ arrays
 * (Latin-1 codes). Enough to check what a person will read on the printed sheet.
 */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const streams: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    const bytes = Buffer.from(m[1]!, 'latin1');
    try {
      streams.push(zlib.inflateSync(bytes).toString('latin1'));
    } catch {
      streams.push(m[1]!);
    }
  }
  return streams
    .flatMap((s) => [...s.matchAll(/\[([^\]]*)\]\s*TJ/g)].map((tj) => [...tj[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1]!, 'hex').toString('latin1')).join('')))
    .join('\n');
}

const data: SignInSheetData = {
  tableName: 'Tavolo inclusione',
  title: 'Riunione plenaria',
  startsAt: new Date('2026-12-03T09:00:00Z'),
  endsAt: new Date('2026-12-03T11:30:00Z'),
  place: 'Sala consiliare',
  onlineUrl: null,
  checkInUrl: 'https://crocevia.example/governance/check-in/abc',
  rows: [
    { organizationName: 'Cooperativa Aurora', personName: 'Giulia Verdi' },
    { organizationName: null, personName: 'Prof.ssa Rossi' },
  ],
};

describe('sign-in sheet PDF', () => {
  it('shows the table, the meeting, its time and place, one line per member and the check-in caption', async () => {
    const pdf = await signInSheetPdf(data, 'en', { fonts: BUILT_IN_FONTS });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    for (const s of ['Tavolo inclusione', 'Riunione plenaria', 'Sala consiliare', 'Cooperativa Aurora', 'Giulia Verdi', 'Prof.ssa Rossi', 'Scan to check in', 'Signature']) {
      expect(text).toContain(s);
    }
    // 09:00 UTC in December is 10:00 in Italy.
    expect(text).toContain('10:00');
    expect(text).toContain('12:30');
    // The QR code is an image.
    expect(pdf.toString('latin1')).toMatch(/\/Subtype \/Image/);
  });

  it('in Italian, and many members run onto a second page', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({ organizationName: `Ente ${i + 1}`, personName: `Persona ${i + 1}` }));
    const pdf = await signInSheetPdf({ ...data, rows }, 'it', { fonts: BUILT_IN_FONTS });
    const text = pdfText(pdf);
    expect(text).toContain('Inquadra per registrare la presenza');
    expect(text).toContain('Persona 40');
    expect((pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length).toBe(2);
  });
});
