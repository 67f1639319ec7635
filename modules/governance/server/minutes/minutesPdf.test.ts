import { describe, expect, it } from 'vitest';
import { withNumberRetry } from './edits';
import { minutesFonts, minutesPdf, type MinutesPdfData } from './minutesPdf';
import { pdfText } from '../../../../platform/testing/pdfText';

const base: MinutesPdfData = {
  tableName: 'Consiglio territoriale per l’immigrazione',
  meeting: { title: 'Seduta ordinaria', startsAt: new Date('2026-03-10T09:00:00Z'), endsAt: new Date('2026-03-10T11:30:00Z'), place: 'Sala Giunta', mode: 'hybrid', onlineUrl: 'https://meet.example.org/cti' },
  status: 'draft',
  version: 1,
  approvedAt: null,
  approvedAtMeeting: null,
  attendance: [
    { personName: 'Giulia Bianchi', organizationName: 'Comune di Esempio', status: 'present', delegatedTo: null },
    { personName: 'Olena Kovalenko', organizationName: null, status: 'delegated', delegatedTo: 'Marco Neri' },
    { personName: 'Luca Verdi', organizationName: null, status: 'excused', delegatedTo: null },
  ],
  items: Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, agendaItemId: null, position: i + 1, title: `Punto ${i + 1}`, summary: 'Discussione ampia sul punto, con interventi dei partecipanti. '.repeat(8) })),
  decisions: [
    { id: 'd1', roundtableId: 'r', minutesId: 'm', minutesItemId: 's0', number: 12, text: 'Si approva il piano di accoglienza', outcome: 'approved', votesFor: 1, votesAgainst: 0, votesAbstained: 1, createdAt: '2026-03-10T10:00:00Z' },
    { id: 'd2', roundtableId: 'r', minutesId: 'm', minutesItemId: null, number: 13, text: 'Decisione senza sezione', outcome: 'noted', votesFor: null, votesAgainst: null, votesAbstained: null, createdAt: '2026-03-10T10:00:00Z' },
  ],
  actionItems: [{ id: 'a1', minutesItemId: 's0', decisionId: 'd1', decisionNumber: 12, title: 'Convocare il gruppo tecnico', description: null, ownerOrganizationId: null, ownerOrganizationName: 'Comune di Esempio', ownerUserId: null, ownerName: null, dueDate: '2026-04-30', status: 'open' }],
};

describe('minutesPdf', () => {
  it('writes a multi-page draft with header, attendance, decisions, actions and BOZZA on every page', async () => {
    const pdf = await minutesPdf(base);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Compared with plain punctuation, so the test reads the same with DejaVu or with the Helvetica fallback.
    const text = pdfText(pdf).replace(/[–•]/g, '-').replace(/’/g, "'");
    const pages = (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
    expect(pages).toBeGreaterThan(1);
    expect(text.match(/^BOZZA$/gm)).toHaveLength(pages);
    expect(text).toContain(`Pagina ${pages} di ${pages}`);
    expect(text).toContain("Consiglio territoriale per l'immigrazione");
    expect(text).toContain('Data: 10/03/2026, dalle 10:00 alle 12:30');
    expect(text).toContain('Luogo: Sala Giunta (mista (in presenza e online))');
    expect(text).toContain('Olena Kovalenko - delega a Marco Neri');
    expect(text).toContain('Assenti giustificati (1)');
    expect(text).toContain('Decisione n. 12 (approvata - voti favorevoli 1, contrari 0, astenuti 1)');
    expect(text).toContain('- Convocare il gruppo tecnico - Comune di Esempio - entro il 30/04/2026 (decisione n. 12)');
    // A decision whose section was removed is still printed.
    expect(text).toMatch(/Altre decisioni e azioni\nDecisione n. 13 \(presa d'atto\)\nDecisione senza sezione/);
  });

  it('prints the approval in the footer and falls back to Helvetica without DejaVu', async () => {
    const approved = { ...base, items: base.items.slice(0, 1), status: 'approved' as const, version: 3, approvedAt: new Date('2026-04-14T10:00:00Z'), approvedAtMeeting: { title: 'Seduta', startsAt: new Date('2026-04-14T09:00:00Z') } };
    const pdf = await minutesPdf(approved, minutesFonts([{ regular: '/nonexistent.ttf', bold: '/nonexistent-bold.ttf' }]));
    const text = pdfText(pdf);
    expect(pdf.toString('latin1')).toContain('Helvetica');
    expect(text).toContain('Approvato il 14/04/2026 nella seduta del 14/04/2026 - versione 3');
    expect(text).toContain('Decisione n. 12');
    expect(text).not.toContain('BOZZA');
  });
});

describe('withNumberRetry', () => {
  const clash = Object.assign(new Error('duplicate key value violates unique constraint "governance_decisions_number_idx"'), { code: '23505' });
  it('runs once more when the decision number was taken concurrently', async () => {
    let calls = 0;
    const result = await withNumberRetry(async () => {
      calls++;
      if (calls === 1) throw new Error('query failed', { cause: clash });
      return 'ok';
    });
    expect([result, calls]).toEqual(['ok', 2]);
  });
  it('does not retry other errors, nor more than once', async () => {
    let calls = 0;
    await expect(
      withNumberRetry(async () => {
        calls++;
        throw new Error('other');
      }),
    ).rejects.toThrow('other');
    expect(calls).toBe(1);
    calls = 0;
    await expect(
      withNumberRetry(async () => {
        calls++;
        throw clash;
      }),
    ).rejects.toBe(clash);
    expect(calls).toBe(2);
  });
});
