import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startModuleTestApp, type TestApp } from '../../../../platform/testing/testApp';
import { demoDistrictId, territoryModule } from '../../../territory/module';
import { organizationsModule, organizationsTesting as f } from '../../../organizations/module';
import { governanceModule, governanceTesting } from '../../module';
import { actionItems, agendaItems, decisions, meetings, minutes, roundtableMembers } from '../schema';
import { carryOpenActionItems } from './carryOver';
import { isoToday } from './queries';

const { createTestRoundtable } = governanceTesting;
type FieldError = { field: string; message: string };
type Item = { id: string; title: string; overdue: boolean; status: string; carriedToMeetingIds: string[]; completedAt: string | null };

let t: TestApp;
let admin: string;
let orgA: { id: string; name: string };
let orgB: { id: string; name: string };
let orgC: { id: string; name: string };
let adminA: string; // org admin of the coordinating organisation: manages the table
let opB: { userId: string; cookie: string }; // operator of a member organisation
let viewerB: string; // viewer of the member organisation: sees, not staff
let opC: string; // operator of an organisation not at the table
let ownerPerson: { userId: string; cookie: string };
let tableId: string;
let otherTableId: string;

const day = (offset: number) => isoToday(new Date(Date.now() + offset * 86_400_000));
const req = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, as: string, payload?: unknown, headers: Record<string, string> = {}) =>
  t.request({ method, url: `/api/governance${url}`, as, ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}), headers });
const fieldsOf = (res: { json: () => { error: { fields: FieldError[] } } }) => Object.fromEntries(res.json().error.fields.map((x) => [x.field, x.message]));
const titles = (res: { json: () => { items: Item[] } }) => res.json().items.map((i) => i.title);

async function insertMeeting(roundtableId: string, startsAt: Date, status: 'scheduled' | 'held' | 'cancelled' = 'scheduled') {
  const [m] = await t.db
    .insert(meetings)
    .values({ roundtableId, title: 'Riunione', startsAt, endsAt: new Date(startsAt.getTime() + 7_200_000), status, checkInToken: randomUUID() })
    .returning();
  return m!;
}

beforeAll(async () => {
  t = await startModuleTestApp([territoryModule, organizationsModule, governanceModule]);
  admin = (await t.userWith('platform_admin', 'platform')).cookie;
  const demoId = (await demoDistrictId(t.db))!;
  orgA = await f.createTestOrganization(t.db, { name: 'Ufficio di Piano Azioni', districtId: demoId });
  orgB = await f.createTestOrganization(t.db, { name: 'Cooperativa Azioni', districtId: demoId });
  orgC = await f.createTestOrganization(t.db, { name: 'Associazione Esterna' });
  adminA = (await t.userWith('org_admin', 'organization', orgA.id)).cookie;
  opB = await t.userWith('operator', 'organization', orgB.id);
  viewerB = (await t.userWith('viewer', 'organization', orgB.id)).cookie;
  opC = (await t.userWith('operator', 'organization', orgC.id)).cookie;
  ownerPerson = await t.userWith('viewer', 'organization', orgB.id);
  const table = await createTestRoundtable(t.db, orgA.id, { districtId: demoId, name: 'Tavolo azioni' });
  tableId = table.id;
  await t.db.insert(roundtableMembers).values({ roundtableId: tableId, organizationId: orgB.id, mandateFrom: '2025-01-01' });
  otherTableId = (await createTestRoundtable(t.db, orgC.id, { name: 'Tavolo esterno' })).id;
});
afterAll(() => t.close());

describe('action items: create and tracker', () => {
  let overdueId: string;

  it('a manager of the table creates items; bad input answers 400 naming the field, nothing written', async () => {
    const overdue = await req('POST', '/action-items', adminA, { roundtableId: tableId, title: 'Mappare i servizi', ownerOrganizationId: orgB.id, dueDate: day(-10) });
    expect(overdue.statusCode).toBe(201);
    expect(overdue.json()).toMatchObject({
      roundtableName: 'Tavolo azioni',
      ownerOrganizationName: 'Cooperativa Azioni',
      status: 'open',
      overdue: true,
      decisionNumber: null,
      carriedToMeetingIds: [],
      abilities: { edit: true, changeStatus: true },
    });
    overdueId = overdue.json().id;
    expect((await req('POST', '/action-items', adminA, { roundtableId: tableId, title: 'Redigere il regolamento', ownerUserId: ownerPerson.userId, dueDate: day(20) })).statusCode).toBe(201);
    expect((await req('POST', '/action-items', adminA, { roundtableId: tableId, title: 'Senza scadenza' })).statusCode).toBe(201);
    expect((await req('POST', '/action-items', adminA, { roundtableId: tableId, title: 'Già fatto', dueDate: day(-30), status: 'done' })).json().completedAt).toEqual(expect.any(String));
    expect((await req('POST', '/action-items', admin, { roundtableId: otherTableId, title: 'Azione esterna', ownerOrganizationId: orgC.id, dueDate: day(-5) })).statusCode).toBe(201);

    const before = (await req('GET', `/action-items?roundtableId=${tableId}`, admin)).json().total;
    const noParent = await req('POST', '/action-items', adminA, { title: 'Orfana' });
    expect(fieldsOf(noParent)).toEqual({ roundtableId: "Indicare il tavolo o l'accordo a cui appartiene l'azione." });
    const unknownOrg = await req('POST', '/action-items', adminA, { roundtableId: tableId, title: 'Ente ignoto', ownerOrganizationId: randomUUID() }, { 'accept-language': 'en' });
    expect(fieldsOf(unknownOrg)).toEqual({ ownerOrganizationId: 'Unknown organisation.' });
    expect((await req('POST', '/action-items', adminA, { roundtableId: tableId, title: 'x', dueDate: '2026-02-30' })).statusCode).toBe(400);
    expect((await req('GET', `/action-items?roundtableId=${tableId}`, admin)).json().total).toBe(before);
    // Not a manager of that table: 404; not a manager at all: 403.
    expect((await req('POST', '/action-items', adminA, { roundtableId: otherTableId, title: 'Altrui' })).statusCode).toBe(404);
    expect((await req('POST', '/action-items', opB.cookie, { roundtableId: tableId, title: 'Da operatore' })).statusCode).toBe(403);
  });

  it('shows items of visible tables only, sorted by due date with undated last', async () => {
    const mine = await req('GET', `/action-items?roundtableId=${tableId}`, opB.cookie);
    expect(mine.statusCode).toBe(200);
    expect(titles(mine)).toEqual(['Già fatto', 'Mappare i servizi', 'Redigere il regolamento', 'Senza scadenza']);
    expect(mine.json().items[1]).toMatchObject({ abilities: { edit: false, changeStatus: true } });
    // An organisation not at the table sees none of its items; its own table's items it does.
    const outsider = await req('GET', '/action-items', opC);
    expect(titles(outsider)).toEqual(['Azione esterna']);
    expect((await req('GET', `/action-items/${overdueId}`, opC)).statusCode).toBe(404);
    expect((await req('GET', `/action-items/${overdueId}`, opB.cookie)).statusCode).toBe(200);
    expect(titles(await req('GET', '/action-items?sort=-dueDate&roundtableId=' + tableId, admin))).toEqual(['Redigere il regolamento', 'Mappare i servizi', 'Già fatto', 'Senza scadenza']);
  });

  it('filters by owner, status, dates, overdue, mine and text, with paging', async () => {
    const q = async (qs: string, as = admin) => titles(await req('GET', `/action-items?roundtableId=${tableId}&${qs}`, as));
    expect(await q(`organizationId=${orgB.id}`)).toEqual(['Mappare i servizi']);
    expect(await q(`ownerUserId=${ownerPerson.userId}`)).toEqual(['Redigere il regolamento']);
    expect(await q('status=done')).toEqual(['Già fatto']);
    expect(await q('overdue=true')).toEqual(['Mappare i servizi']);
    expect(await q(`dueFrom=${day(-15)}&dueTo=${day(30)}`)).toEqual(['Mappare i servizi', 'Redigere il regolamento']);
    expect(await q('q=regolam')).toEqual(['Redigere il regolamento']);
    expect(await q('mine=true', opB.cookie)).toEqual(['Mappare i servizi']);
    expect(await q('mine=true', ownerPerson.cookie)).toEqual(['Mappare i servizi', 'Redigere il regolamento']);
    const paged = (await req('GET', `/action-items?roundtableId=${tableId}&page=2&pageSize=3`, admin)).json();
    expect(paged).toMatchObject({ page: 2, pageSize: 3, total: 4 });
    expect(paged.items.map((i: Item) => i.title)).toEqual(['Senza scadenza']);
    expect((await req('GET', '/action-items?overdue=maybe', admin)).statusCode).toBe(400);
  });

  it('resolves the decision number of an item created from minutes', async () => {
    const meeting = await insertMeeting(tableId, new Date(Date.now() - 20 * 86_400_000), 'held');
    const [m] = await t.db.insert(minutes).values({ meetingId: meeting.id, roundtableId: tableId }).returning();
    const [d] = await t.db.insert(decisions).values({ roundtableId: tableId, minutesId: m!.id, number: 7, text: 'Si approva' }).returning();
    await t.db.insert(actionItems).values({ roundtableId: tableId, minutesId: m!.id, decisionId: d!.id, title: 'Dal verbale', status: 'cancelled' });
    const got = (await req('GET', `/action-items?roundtableId=${tableId}&status=cancelled`, admin)).json();
    expect(got.items).toEqual([expect.objectContaining({ title: 'Dal verbale', decisionNumber: 7, minutesId: m!.id, overdue: false })]);
  });
});

describe('action items: who may change what', () => {
  it('managers edit everything; the owner organisation staff and the owner person only the status', async () => {
    const created = (await req('POST', '/action-items', adminA, { roundtableId: tableId, title: 'Stato da cambiare', ownerOrganizationId: orgB.id, ownerUserId: ownerPerson.userId, dueDate: day(5) })).json();
    const done = await req('PATCH', `/action-items/${created.id}`, opB.cookie, { status: 'done' });
    expect(done.statusCode).toBe(200);
    expect(done.json().completedAt).toEqual(expect.any(String));
    const reopened = await req('PATCH', `/action-items/${created.id}`, ownerPerson.cookie, { status: 'in_progress' });
    expect(reopened.json()).toMatchObject({ status: 'in_progress', completedAt: null });
    // Owners may not touch anything else; a viewer of the owner organisation is not staff; outsiders do not see it.
    expect((await req('PATCH', `/action-items/${created.id}`, opB.cookie, { title: 'Ritoccato' })).statusCode).toBe(403);
    expect((await req('PATCH', `/action-items/${created.id}`, opB.cookie, { status: 'done', dueDate: day(9) })).statusCode).toBe(403);
    expect((await req('PATCH', `/action-items/${created.id}`, viewerB, { status: 'done' })).statusCode).toBe(403);
    expect((await req('PATCH', `/action-items/${created.id}`, opC, { status: 'done' })).statusCode).toBe(404);
    expect((await req('PATCH', `/action-items/${randomUUID()}`, admin, { status: 'done' })).statusCode).toBe(404);
    const edited = await req('PATCH', `/action-items/${created.id}`, adminA, { title: 'Stato cambiato', dueDate: null, ownerUserId: null });
    expect(edited.json()).toMatchObject({ title: 'Stato cambiato', dueDate: null, ownerUserId: null, status: 'in_progress' });
    const bad = await req('PATCH', `/action-items/${created.id}`, adminA, { ownerUserId: randomUUID() });
    expect(Object.keys(fieldsOf(bad))).toEqual(['ownerUserId']);
  });
});

describe('action items: CSV export', () => {
  it('writes a BOM, Italian headers and `;`-separated rows with the filters applied', async () => {
    const res = await req('GET', `/action-items.csv?roundtableId=${tableId}&overdue=true`, opB.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('.csv');
    const text = res.body;
    expect(text.startsWith('\ufeff')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Titolo;Tavolo;Accordo;Decisione n.;Ente responsabile;Referente;Scadenza;Stato;In ritardo;Completata il;Descrizione');
    const d = day(-10);
    expect(lines.slice(1)).toEqual([`Mappare i servizi;Tavolo azioni;;;Cooperativa Azioni;;${d.slice(8)}/${d.slice(5, 7)}/${d.slice(0, 4)};Aperta;Sì;;`]);
    // Cells with separators or formulas are quoted or neutralised.
    await req('POST', '/action-items', adminA, { roundtableId: tableId, title: '=SOMMA(A1); "test"', dueDate: day(-3) });
    const again = (await req('GET', `/action-items.csv?roundtableId=${tableId}&q=SOMMA`, admin)).body;
    expect(again).toContain(`"'=SOMMA(A1); ""test"""`);
    expect((await req('GET', `/action-items.csv?roundtableId=${tableId}`, opC)).body).toBe(`\ufeff${lines[0]}\r\n`);
  });
});

describe('carry-over', () => {
  it('adds open and in-progress items once, after the existing agenda, never done or cancelled ones', async () => {
    const table = await createTestRoundtable(t.db, orgA.id, { name: 'Tavolo riporti' });
    const [open, progress, done, cancelled, later] = await t.db
      .insert(actionItems)
      .values([
        { roundtableId: table.id, title: 'Aperta', status: 'open' as const, dueDate: day(-2) },
        { roundtableId: table.id, title: 'In corso', status: 'in_progress' as const },
        { roundtableId: table.id, title: 'Chiusa', status: 'done' as const },
        { roundtableId: table.id, title: 'Annullata', status: 'cancelled' as const },
        { roundtableId: table.id, title: 'Scade dopo', status: 'open' as const, dueDate: day(300) },
      ])
      .returning();
    const meeting = await insertMeeting(table.id, new Date(Date.now() + 7 * 86_400_000));
    await t.db.insert(agendaItems).values({ meetingId: meeting.id, position: 1, title: 'Apertura' });

    const added = await req('POST', `/meetings/${meeting.id}/agenda/carry-over`, adminA);
    expect(added.statusCode).toBe(200);
    expect(added.json()).toEqual({ added: 3 });
    const agenda = await t.db.select().from(agendaItems).where(eq(agendaItems.meetingId, meeting.id)).orderBy(agendaItems.position);
    expect(agenda.map((a) => [a.position, a.kind, a.title, a.actionItemId])).toEqual([
      [1, 'item', 'Apertura', null],
      [2, 'action_review', 'Verifica azione: Aperta', open!.id],
      [3, 'action_review', 'Verifica azione: Scade dopo', later!.id],
      [4, 'action_review', 'Verifica azione: In corso', progress!.id],
    ]);
    expect(agenda.some((a) => a.actionItemId === done!.id || a.actionItemId === cancelled!.id)).toBe(false);
    // Idempotent, through the route and the function.
    expect((await req('POST', `/meetings/${meeting.id}/agenda/carry-over`, adminA)).json()).toEqual({ added: 0 });
    expect(await carryOpenActionItems(t.db, meeting.id)).toBe(0);
    // A new open item is carried next time.
    const [fresh] = await t.db.insert(actionItems).values({ roundtableId: table.id, title: 'Nuova' }).returning();
    expect(await carryOpenActionItems(t.db, meeting.id)).toBe(1);
    const last = await t.db.select().from(agendaItems).where(and(eq(agendaItems.meetingId, meeting.id), eq(agendaItems.actionItemId, fresh!.id)));
    expect(last[0]!.position).toBe(5);
    // The tracker shows where an item is carried.
    const tracked = (await req('GET', `/action-items/${open!.id}`, admin)).json();
    expect(tracked.carriedToMeetingIds).toEqual([meeting.id]);
  });

  it('leaves past, cancelled and held meetings alone; outsiders get 404, non-managers 403', async () => {
    const table = await createTestRoundtable(t.db, orgA.id);
    await t.db.insert(actionItems).values({ roundtableId: table.id, title: 'Aperta' });
    const past = await insertMeeting(table.id, new Date(Date.now() - 3 * 86_400_000));
    const cancelled = await insertMeeting(table.id, new Date(Date.now() + 3 * 86_400_000), 'cancelled');
    const today = await insertMeeting(table.id, new Date(Date.now() + 60_000));
    expect(await carryOpenActionItems(t.db, past.id)).toBe(0);
    expect(await carryOpenActionItems(t.db, cancelled.id)).toBe(0);
    expect((await req('POST', `/meetings/${past.id}/agenda/carry-over`, adminA)).statusCode).toBe(409);
    expect((await req('POST', `/meetings/${cancelled.id}/agenda/carry-over`, adminA)).statusCode).toBe(409);
    expect((await req('POST', `/meetings/${today.id}/agenda/carry-over`, opB.cookie)).statusCode).toBe(403);
    const otherAdmin = (await t.userWith('org_admin', 'organization', orgC.id)).cookie;
    expect((await req('POST', `/meetings/${today.id}/agenda/carry-over`, otherAdmin)).statusCode).toBe(404);
    expect((await req('POST', `/meetings/${randomUUID()}/agenda/carry-over`, adminA)).statusCode).toBe(404);
    expect((await req('POST', `/meetings/${today.id}/agenda/carry-over`, adminA)).json()).toEqual({ added: 1 });
  });
});
