import { describe, expect, it } from 'vitest';
import type { PersonExport } from '../contract';
import { latin1, personExportPdf, pickFonts } from './pdf/personExportPdf';

const note = (i: number) => ({ id: `n${i}`, section: 'notes', body: `Colloquio numero ${i}: la signora racconta il percorso, le difficoltà con l'alloggio e i contatti con la scuola dei figli. `.repeat(3), authorName: 'Giulia Rossi', createdAt: '2026-02-01T10:00:00Z' });

const sample: PersonExport = {
  generatedAt: '2026-03-01T09:30:00Z',
  generatedBy: { userId: '00000000-0000-4000-8000-000000000001', name: 'Giulia Rossi', email: 'giulia@example.org', organizations: [{ id: '00000000-0000-4000-8000-000000000002', name: 'Comune di Esempio' }] },
  person: { givenName: 'Olena', familyName: 'Kovalenko', nativeGivenName: 'Олена', nativeFamilyName: 'Коваленко', alternativeNames: ['Elena Kovalenko'], birthYear: 1988, birthMonth: 4, birthDay: null, citizenships: ['UA'], languages: ['uk', 'ru'], needsMediator: true, permitType: 'special_protection', createdAt: '2026-01-10T10:00:00Z' },
  households: [{ name: 'Nucleo Kovalenko', singleParent: true, relationship: 'head', members: [{ relationship: 'head', self: true }, { relationship: 'child', self: false }] }],
  consents: [{ givenOn: '2026-01-10', grantedToOrganizationName: null, purpose: 'Presa in carico congiunta', sections: ['identity', 'needs'], validUntil: null, withdrawnAt: null }],
  lockouts: [],
  documents: [{ fileName: 'consenso.pdf', contentType: 'application/pdf', size: 120_000, uploadedAt: '2026-01-10T10:00:00Z' }],
  cases: [
    {
      reference: '2026-000001',
      status: 'active',
      protection: 'ordinary',
      needs: ['housing', 'language'],
      summary: 'Richiesta di supporto abitativo',
      openedOn: '2026-01-10',
      leadService: { serviceName: 'Servizio sociale', organizationName: 'Comune di Esempio' },
      events: [{ at: '2026-01-10T10:00:00Z', kind: 'status', fromStatus: 'intake', toStatus: 'assessment', note: null }],
      referrals: [{ sentAt: '2026-01-12T10:00:00Z', from: { serviceName: 'Servizio sociale' }, to: { serviceName: 'Centro antiviolenza' }, sections: ['identity', 'needs'], status: 'accepted' }],
      notes: Array.from({ length: 40 }, (_, i) => note(i)),
      plan: {
        assessments: [{ kind: 'preliminary', dueOn: '2026-02-10', completedOn: null, summary: null }],
        goals: [{ title: 'Trovare un alloggio stabile', needArea: 'housing', targetDate: '2026-06-30', status: 'open' }],
        interventions: [{ kind: 'mediation', serviceName: 'Servizio sociale', startsOn: '2026-02-01', endsOn: null, description: null, mediations: [{ language: 'uk', scheduledAt: '2026-02-01T09:00:00Z', place: 'Sportello', status: 'done', hoursDone: 1.5 }], consultation: null, placement: null }],
      },
      documents: [],
    },
  ],
  restrictedCases: [{ reference: '2026-000007', status: 'active', openedOn: '2026-01-20' }],
  otherControllers: { cases: 1, note: 'Ogni servizio della rete è titolare autonomo del trattamento.' },
};

const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

describe('personExportPdf', () => {
  it('writes a multi-page PDF with a Unicode font when one is installed', async () => {
    const pdf = await personExportPdf(sample);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pageCount(pdf)).toBeGreaterThan(2);
    if (pickFonts().unicode) expect(pdf.toString('latin1')).toMatch(/DejaVu|Noto/);
  });

  it('falls back to Helvetica without a Unicode font, transliteration aside', async () => {
    const fonts = pickFonts([{ regular: '/nonexistent/font.ttf', bold: '/nonexistent/bold.ttf' }]);
    expect(fonts.unicode).toBe(false);
    const pdf = await personExportPdf(sample, fonts);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('Helvetica');
  });

  it('keeps Latin-1 text, folds other accents and marks other scripts', () => {
    expect(latin1('Niccolò Müller')).toBe('Niccolò Müller');
    expect(latin1('Ștefan Łukasz')).toBe('Stefan ?ukasz');
    expect(latin1('Олена')).toBe('?????');
  });
});
