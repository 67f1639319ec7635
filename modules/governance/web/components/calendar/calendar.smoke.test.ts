import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import commonIt from '../../../../../platform/web/locales/it.json';
import calendarIt from '../../../locales/calendar.it.json';
import calendarEn from '../../../locales/calendar.en.json';
import { calendarFeedsKey, invitationsKey, type CalendarFeed, type InvitationsList } from '../../api/calendar';
import { calendarNavigation, calendarRoutes } from '../../calendarRoutes';
import { CalendarFeedsPanel } from './CalendarFeedsPanel';
import { InvitationsPanel } from './InvitationsPanel';
import { TableFeedButton } from './TableFeedButton';

// design-react-kit ships browser builds only: the dialog is replaced by its content when open (closed here: nothing).
vi.mock('../../../../../platform/web/components/ConfirmDialog', () => ({
  ConfirmDialog: ({ isOpen, children }: { isOpen: boolean; children: unknown }) => (isOpen ? children : null),
}));

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));

const feeds: CalendarFeed[] = [
  { id: '11111111-1111-4111-8111-111111111111', url: 'https://crocevia.example.it/api/governance/calendar/abc.ics', roundtableId: null, roundtableName: null, createdAt: '2026-11-20T10:00:00Z' },
  { id: '22222222-2222-4222-8222-222222222222', url: 'https://crocevia.example.it/api/governance/calendar/def.ics', roundtableId: '33333333-3333-4333-8333-333333333333', roundtableName: 'Tavolo povertà', createdAt: '2026-11-21T10:00:00Z' },
];
const sends: InvitationsList = {
  invitationsSentAt: '2026-11-22T09:00:00Z',
  mailConfigured: true,
  items: [
    { id: '44444444-4444-4444-8444-444444444444', email: 'maria@coop.it', userId: null, sequence: 0, sentAt: '2026-11-22T09:00:00Z', error: null, createdAt: '2026-11-22T09:00:00Z' },
    { id: '55555555-5555-4555-8555-555555555555', email: 'rifiuta@coop.it', userId: null, sequence: 0, sentAt: null, error: '550 Mailbox unavailable', createdAt: '2026-11-22T09:00:00Z' },
  ],
};

function render(element: ReturnType<typeof createElement>, seed: (qc: QueryClient) => void = () => {}) {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  seed(qc);
  return renderToString(createElement(QueryClientProvider, { client: qc }, element));
}

beforeAll(async () => {
  await i18n.use(initReactI18next).init({
    resources: { it: { common: commonIt, governance: calendarIt } },
    lng: 'it',
    ns: ['common', 'governance'],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
});

describe('calendar web area', () => {
  it('Italian and English texts have the same keys, all under "calendar"', () => {
    expect(Object.keys(calendarIt)).toEqual(['calendar']);
    expect(keys(calendarEn).sort()).toEqual(keys(calendarIt).sort());
  });

  it('declares the page and its navigation entry', () => {
    expect(calendarRoutes.map((r) => [r.path, r.permission])).toEqual([['/governance/calendar', 'governance.read']]);
    expect(calendarNavigation).toEqual([{ path: '/governance/calendar', labelKey: 'governance:calendar.nav', permission: 'governance.read', icon: 'it-calendar' }]);
  });

  it('CalendarFeedsPanel lists the feeds with their addresses and a revoke button each', () => {
    const html = render(createElement(CalendarFeedsPanel), (qc) => qc.setQueryData(calendarFeedsKey, feeds));
    expect(html).toContain('Tutte le mie riunioni');
    expect(html).toContain('Tavolo: Tavolo povertà');
    expect(html).toContain('value="https://crocevia.example.it/api/governance/calendar/abc.ics"');
    expect(html.match(/Revoca/g)?.length).toBeGreaterThanOrEqual(2);
    expect(html).toContain('Crea un indirizzo per tutte le mie riunioni');
  });

  it('InvitationsPanel shows sends and errors to managers, only the .ics link to others', () => {
    const meetingId = '66666666-6666-4666-8666-666666666666';
    const html = render(createElement(InvitationsPanel, { meetingId, canManage: true }), (qc) => qc.setQueryData(invitationsKey(meetingId), sends));
    expect(html).toContain('Invia inviti');
    expect(html).toContain('maria@coop.it');
    expect(html).toContain('550 Mailbox unavailable');
    expect(html).toContain(`/api/governance/meetings/${meetingId}/calendar.ics`);
    const reader = render(createElement(InvitationsPanel, { meetingId, canManage: false }));
    expect(reader).not.toContain('Invia inviti');
    expect(reader).toContain('calendar.ics');
  });

  it("TableFeedButton shows the table's existing address, or the button to create one", () => {
    const existing = render(createElement(TableFeedButton, { roundtableId: feeds[1]!.roundtableId! }), (qc) => qc.setQueryData(calendarFeedsKey, feeds));
    expect(existing).toContain('def.ics');
    const none = render(createElement(TableFeedButton, { roundtableId: '77777777-7777-4777-8777-777777777777' }), (qc) => qc.setQueryData(calendarFeedsKey, feeds));
    expect(none).toContain('Indirizzo di calendario del tavolo');
    expect(none).not.toContain('def.ics');
  });
});
