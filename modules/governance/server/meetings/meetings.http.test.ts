import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionItems, meetings, meetingSeries, roundtables } from '../schema';
import { notifications } from '../../../../platform/notifications/schema';
import { fieldsOf, inHours, startMeetingsApp, tableWorld } from './testWorld';

let app: Awaited<ReturnType<typeof startMeetingsApp>>;
let w: Awaited<ReturnType<typeof tableWorld>>;

beforeAll(async () => {
  app = await startMeetingsApp();
  w = await tableWorld(app.t);
});
afterAll(() => app.t.close());

const base = { title: 'Riunione plenaria', startsAt: '2027-01-31T09:00:00+01:00', endsAt: '2027-01-31T11:00:00+01:00', place: 'Sala consiliare' };

describe('scheduling', () => {
  it('creates a monthly series: one row per occurrence, each with the agenda, the first returned in detail', async () => {
    const res = await app.req('POST', `/roundtables/${w.table.id}/meetings`, w.cookies.manager, {
      ...base,
      recurrence: { frequency: 'monthly', count: 3 },
      agenda: [{ title: 'Apertura', durationMinutes: 10 }, { title: 'Bilancio', presenter: 'Anna Capo' }],
    });
    expect(res.statusCode).toBe(201);
    const first = res.json();
    expect(first.seriesMeetingIds).toHaveLength(3);
    expect(first).toMatchObject({ title: 'Riunione plenaria', roundtableName: 'Tavolo inclusione', status: 'scheduled', sequence: 0, minutesId: null, abilities: { manage: true, member: true } });
    expect(first.agenda.map((a: { title: string }) => a.title)).toEqual(['Apertura', 'Bilancio']);
    expect(first.checkInUrl).toMatch(/\/governance\/check-in\/[A-Za-z0-9_-]{32}$/);
    const [series] = await app.t.db.select().from(meetingSeries).where(eq(meetingSeries.id, first.seriesId));
    expect(series).toMatchObject({ frequency: 'monthly', interval: 1, count: 3 });

    const list = (await app.req('GET', `/roundtables/${w.table.id}/meetings?from=2027-01-01&to=2027-03-31`, w.cookies.operatorB)).json();
    expect(list.total).toBe(3);
    // 31 January, then the last day of February, then 31 March, all at 09:00 in Italy.
    expect(list.items.map((m: { startsAt: string }) => m.startsAt)).toEqual(['2027-01-31T08:00:00.000Z', '2027-02-28T08:00:00.000Z', '2027-03-31T07:00:00.000Z']);
    const second = (await app.req('GET', `/meetings/${first.seriesMeetingIds[1]}`, w.cookies.delegate)).json();
    expect(second.agenda.map((a: { title: string }) => a.title)).toEqual(['Apertura', 'Bilancio']);
    // Only managers see the address of self check-in.
    expect(second.checkInUrl).toBeNull();
    expect(second.abilities).toMatchObject({ manage: false, member: true, seeDrafts: true });
  });

  it('carries the open action items of the table onto the agenda of a new meeting', async () => {
    const items = await app.t.db
      .insert(actionItems)
      .values([
        { roundtableId: w.table.id, title: 'Mappare i servizi' },
        { roundtableId: w.table.id, title: 'Già fatto', status: 'done' },
      ])
      .returning({ id: actionItems.id });
    try {
      const res = await app.req('POST', `/roundtables/${w.table.id}/meetings`, w.cookies.manager, { ...base, startsAt: inHours(24 * 40), endsAt: inHours(24 * 40 + 2), agenda: [{ title: 'Comunicazioni' }] });
      expect(res.statusCode).toBe(201);
      expect(res.json().agenda.map((a: { kind: string; title: string }) => [a.kind, a.title])).toEqual([
        ['item', 'Comunicazioni'],
        ['action_review', 'Verifica azione: Mappare i servizi'],
      ]);
    } finally {
      // The other tests expect agendas without carried items.
      await app.t.db.update(actionItems).set({ status: 'done' }).where(eq(actionItems.id, items[0]!.id));
    }
  });

  it('rejects bad input with field messages in the caller language and writes nothing', async () => {
    const before = (await app.t.db.select().from(meetings)).length;
    const backwards = await app.req('POST', `/roundtables/${w.table.id}/meetings`, w.cookies.manager, { ...base, endsAt: '2027-01-31T08:00:00+01:00' });
    expect(backwards.statusCode).toBe(400);
    expect(fieldsOf(backwards)).toEqual({ endsAt: "La fine della riunione deve essere successiva all'inizio." });
    const en = await app.req('POST', `/roundtables/${w.table.id}/meetings`, w.cookies.manager, { ...base, endsAt: base.startsAt }, { 'accept-language': 'en' });
    expect(fieldsOf(en)).toEqual({ endsAt: 'The meeting must end after it starts.' });
    const tooMany = await app.req('POST', `/roundtables/${w.table.id}/meetings`, w.cookies.manager, { ...base, recurrence: { frequency: 'weekly', count: 25 } });
    expect(Object.keys(fieldsOf(tooMany))).toEqual(['recurrence.count']);
    const noTime = await app.req('POST', `/roundtables/${w.table.id}/meetings`, w.cookies.manager, { ...base, startsAt: '2027-01-31' }, { 'accept-language': 'en' });
    expect(fieldsOf(noTime)).toEqual({ startsAt: 'Give date and time in ISO 8601 format with a time zone.' });
    expect((await app.t.db.select().from(meetings)).length).toBe(before);
  });

  it('only managers of the table schedule; others answer 403 (no permission) or 404 (not their table)', async () => {
    expect((await app.req('POST', `/roundtables/${w.table.id}/meetings`, w.cookies.operatorB, base)).statusCode).toBe(403);
    expect((await app.req('POST', `/roundtables/${w.table.id}/meetings`, w.cookies.outsider, base)).statusCode).toBe(404);
  });
});

describe('editing a meeting', () => {
  it('moves, cancels and raises the sequence; end before start is refused', async () => {
    const id = (await app.req('POST', `/roundtables/${w.table.id}/meetings`, w.cookies.manager, base)).json().id;
    const moved = await app.req('PATCH', `/meetings/${id}`, w.cookies.manager, { startsAt: '2027-02-01T09:00:00+01:00', endsAt: '2027-02-01T10:30:00+01:00', place: 'Sala B' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ startsAt: '2027-02-01T08:00:00.000Z', place: 'Sala B', sequence: 1 });
    const wrong = await app.req('PATCH', `/meetings/${id}`, w.cookies.manager, { endsAt: '2027-02-01T07:00:00+01:00' });
    expect(wrong.statusCode).toBe(400);
    expect(Object.keys(fieldsOf(wrong))).toEqual(['endsAt']);
    const cancelled = await app.req('PATCH', `/meetings/${id}`, w.cookies.manager, { status: 'cancelled' });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', sequence: 2 });
    // An empty change is no change: calendars are not asked to refresh.
    expect((await app.req('PATCH', `/meetings/${id}`, w.cookies.manager, {})).json().sequence).toBe(2);
    expect((await app.req('PATCH', `/meetings/${id}`, w.cookies.delegate, { title: 'Mio' })).statusCode).toBe(403);
  });

  it("tells the table's people in the app when a meeting is moved or cancelled, and not for a new title", async () => {
    const id = (await app.req('POST', `/roundtables/${w.table.id}/meetings`, w.cookies.manager, base)).json().id;
    const noticesOf = async (userId: string) =>
      (await app.t.db.select().from(notifications).where(eq(notifications.userId, userId))).filter((n) => n.link === `/governance/meetings/${id}`);
    await app.req('PATCH', `/meetings/${id}`, w.cookies.manager, { title: 'Riunione rinominata' });
    expect(await noticesOf(w.users.delegate.userId)).toEqual([]);
    await app.req('PATCH', `/meetings/${id}`, w.cookies.manager, { startsAt: '2027-03-01T15:00:00+01:00', endsAt: '2027-03-01T17:00:00+01:00', place: 'Sala C' });
    const moved = await noticesOf(w.users.delegate.userId);
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({ kind: 'governance.meeting_moved', params: { date: '01/03/2027', time: '15:00', place: ', Sala C' } });
    await app.req('PATCH', `/meetings/${id}`, w.cookies.manager, { status: 'cancelled' });
    const all = await noticesOf(w.users.substitute.userId);
    expect(all.map((n) => n.kind).sort()).toEqual(['governance.meeting_cancelled', 'governance.meeting_moved']);
    // The manager who made the change is not told about it.
    expect(await noticesOf(w.users.manager.userId)).toEqual([]);
  });

  it('an archived table takes no changes (409)', async () => {
    const id = (await app.req('POST', `/roundtables/${w.table.id}/meetings`, w.cookies.manager, base)).json().id;
    await app.t.db.update(roundtables).set({ archivedAt: new Date() }).where(eq(roundtables.id, w.table.id));
    try {
      expect((await app.req('PATCH', `/meetings/${id}`, w.cookies.manager, { title: 'Nuovo titolo' })).statusCode).toBe(409);
      expect((await app.req('POST', `/roundtables/${w.table.id}/meetings`, w.cookies.manager, base)).statusCode).toBe(409);
      expect((await app.req('POST', `/meetings/${id}/agenda`, w.cookies.manager, { title: 'Punto' })).statusCode).toBe(409);
    } finally {
      await app.t.db.update(roundtables).set({ archivedAt: null }).where(eq(roundtables.id, w.table.id));
    }
  });
});

describe('who sees meetings', () => {
  it('a user of an organisation not at the table gets 404 on the meeting and does not find it in lists', async () => {
    const created = (await app.req('POST', `/roundtables/${w.table.id}/meetings`, w.cookies.manager, { ...base, startsAt: inHours(48), endsAt: inHours(50) })).json();
    expect((await app.req('GET', `/meetings/${created.id}`, w.cookies.outsider)).statusCode).toBe(404);
    expect((await app.req('GET', `/meetings/${created.id}/attendance`, w.cookies.outsider)).statusCode).toBe(404);
    expect((await app.req('GET', `/roundtables/${w.table.id}/meetings`, w.cookies.outsider)).statusCode).toBe(404);
    expect((await app.req('GET', '/meetings', w.cookies.outsider)).json().items.map((m: { id: string }) => m.id)).not.toContain(created.id);

    const mine = (await app.req('GET', '/meetings', w.cookies.operatorB)).json();
    expect(mine.items.map((m: { id: string }) => m.id)).toContain(created.id);
    // Upcoming only: the meetings of 2027 come after this one.
    expect(mine.items[0].startsAt <= mine.items[mine.items.length - 1].startsAt).toBe(true);
    const ofTable = (await app.req('GET', `/meetings?roundtableId=${w.table.id}&to=2026-12-31`, w.cookies.operatorB)).json();
    expect(ofTable.items.map((m: { id: string }) => m.id)).toEqual([created.id]);
  });
});

describe('agenda', () => {
  it('adds, edits, reorders and removes items; a wrong order list is refused', async () => {
    const id = (await app.req('POST', `/roundtables/${w.table.id}/meetings`, w.cookies.manager, { ...base, agenda: [{ title: 'Uno' }] })).json().id;
    const added = await app.req('POST', `/meetings/${id}/agenda`, w.cookies.manager, { title: 'Due', durationMinutes: 20 });
    expect(added.statusCode).toBe(201);
    const [one, two] = added.json().agenda as { id: string; title: string; position: number }[];
    expect([one!.title, two!.title]).toEqual(['Uno', 'Due']);
    const edited = await app.req('PATCH', `/meetings/${id}/agenda/${two!.id}`, w.cookies.manager, { title: 'Due (rivisto)', presenter: 'Giulia Verdi' });
    expect(edited.json().agenda[1]).toMatchObject({ title: 'Due (rivisto)', presenter: 'Giulia Verdi', durationMinutes: 20 });
    // An empty edit changes nothing and is not an error.
    const unchanged = await app.req('PATCH', `/meetings/${id}/agenda/${two!.id}`, w.cookies.manager, {});
    expect(unchanged.statusCode).toBe(200);
    expect(unchanged.json().sequence).toBe(edited.json().sequence);
    const ordered = await app.req('PUT', `/meetings/${id}/agenda/order`, w.cookies.manager, { itemIds: [two!.id, one!.id] });
    expect(ordered.json().agenda.map((a: { title: string }) => a.title)).toEqual(['Due (rivisto)', 'Uno']);
    const partial = await app.req('PUT', `/meetings/${id}/agenda/order`, w.cookies.manager, { itemIds: [two!.id] }, { 'accept-language': 'en' });
    expect(fieldsOf(partial)).toEqual({ itemIds: 'List every agenda item exactly once.' });
    expect((await app.req('DELETE', `/meetings/${id}/agenda/${one!.id}`, w.cookies.manager)).statusCode).toBe(204);
    expect((await app.req('DELETE', `/meetings/${id}/agenda/${one!.id}`, w.cookies.manager)).statusCode).toBe(404);
    expect((await app.req('GET', `/meetings/${id}`, w.cookies.delegate)).json().agenda.map((a: { title: string }) => a.title)).toEqual(['Due (rivisto)']);
    expect((await app.req('POST', `/meetings/${id}/agenda`, w.cookies.delegate, { title: 'Intruso' })).statusCode).toBe(403);
  });
});

describe('documents', () => {
  it('uploads a file to an agenda item, lists it on the item and downloads it with its name', async () => {
    const meeting = (await app.req('POST', `/roundtables/${w.table.id}/meetings`, w.cookies.manager, { ...base, agenda: [{ title: 'Bilancio' }] })).json();
    const content = Buffer.from('Relazione annuale\n');
    const up = await app.req('POST', `/meetings/${meeting.id}/documents`, w.cookies.manager, {
      agendaItemId: meeting.agenda[0].id,
      filename: 'relazione è.txt',
      mediaType: 'text/plain',
      contentBase64: content.toString('base64'),
    });
    expect(up.statusCode).toBe(201);
    expect(up.json()).toMatchObject({ filename: 'relazione è.txt', size: content.length, agendaItemId: meeting.agenda[0].id });
    const detail = (await app.req('GET', `/meetings/${meeting.id}`, w.cookies.operatorB)).json();
    expect(detail.agenda[0].documents.map((d: { id: string }) => d.id)).toEqual([up.json().id]);
    expect(detail.documents).toEqual([]);
    const down = await app.req('GET', `/meetings/${meeting.id}/documents/${up.json().id}`, w.cookies.operatorB);
    expect(down.statusCode).toBe(200);
    expect(down.rawPayload.equals(content)).toBe(true);
    expect(down.headers['content-disposition']).toBe(`attachment; filename="relazione _.txt"; filename*=UTF-8''relazione%20%C3%A8.txt`);
    expect((await app.req('GET', `/meetings/${meeting.id}/documents/${up.json().id}`, w.cookies.outsider)).statusCode).toBe(404);
    expect((await app.req('DELETE', `/meetings/${meeting.id}/documents/${up.json().id}`, w.cookies.manager)).statusCode).toBe(204);
    expect((await app.req('GET', `/meetings/${meeting.id}/documents/${up.json().id}`, w.cookies.operatorB)).statusCode).toBe(404);
  });

  it('refuses executables, files over 10 MB and items of another meeting', async () => {
    const meeting = (await app.req('POST', `/roundtables/${w.table.id}/meetings`, w.cookies.manager, base)).json();
    const other = (await app.req('POST', `/roundtables/${w.table.id}/meetings`, w.cookies.manager, { ...base, agenda: [{ title: 'Altro' }] })).json();
    const exe = await app.req('POST', `/meetings/${meeting.id}/documents`, w.cookies.manager, { filename: 'x.exe', mediaType: 'application/x-msdownload', contentBase64: 'AAAA' }, { 'accept-language': 'en' });
    expect(exe.statusCode).toBe(400);
    expect(fieldsOf(exe)).toEqual({ mediaType: 'File type not allowed: PDF, Office or OpenDocument files, JPEG or PNG images, text or CSV.' });
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 1).toString('base64');
    const large = await app.req('POST', `/meetings/${meeting.id}/documents`, w.cookies.manager, { filename: 'grande.pdf', mediaType: 'application/pdf', contentBase64: big });
    expect(large.statusCode).toBe(400);
    expect(fieldsOf(large)).toEqual({ contentBase64: 'Il file supera i 10 MB.' });
    const foreign = await app.req('POST', `/meetings/${meeting.id}/documents`, w.cookies.manager, { agendaItemId: other.agenda[0].id, filename: 'a.pdf', mediaType: 'application/pdf', contentBase64: 'JVBERi0=' });
    expect(Object.keys(fieldsOf(foreign))).toEqual(['agendaItemId']);
  });
});

describe('attendance', () => {
  it('lists the members whose mandate covers the meeting with the delegate name, records the register and computes the quorum', async () => {
    const id = (await app.req('POST', `/roundtables/${w.table.id}/meetings`, w.cookies.manager, base)).json().id;
    const empty = (await app.req('GET', `/meetings/${id}/attendance`, w.cookies.operatorB)).json();
    // Chair first; the member whose mandate ended in 2024 is not expected.
    expect(empty.items.map((r: { organizationName: string | null; personName: string; role: string }) => [r.organizationName, r.personName, r.role])).toEqual([
      ['Cooperativa Aurora', 'Giulia Verdi', 'chair'],
      ['Associazione Borgo', 'Associazione Borgo', 'member'],
      [null, 'Prof.ssa Rossi', 'observer'],
    ]);
    // Two voting members: a majority needs both.
    expect(empty.totals).toMatchObject({ expected: 3, unrecorded: 3, quorumRequired: 2, quorumPresent: 0, quorumReached: false });

    const noDelegate = await app.req('PUT', `/meetings/${id}/attendance`, w.cookies.manager, { entries: [{ memberId: w.members.memberB.id, status: 'delegated' }] });
    expect(fieldsOf(noDelegate)).toEqual({ 'entries.0.delegatedTo': 'Indicare chi partecipa su delega.' });
    const notExpected = await app.req('PUT', `/meetings/${id}/attendance`, w.cookies.manager, { entries: [{ memberId: w.members.gone.id, status: 'present' }] });
    expect(Object.keys(fieldsOf(notExpected))).toEqual(['entries.0.memberId']);

    const put = await app.req('PUT', `/meetings/${id}/attendance`, w.cookies.manager, {
      entries: [
        { memberId: w.members.memberA.id, status: 'present' },
        { memberId: w.members.memberB.id, status: 'delegated', delegatedTo: 'Sara Gialli' },
        { memberId: w.members.expert.id, status: 'excused' },
      ],
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().totals).toEqual({ expected: 3, present: 1, delegated: 1, excused: 1, absent: 0, unrecorded: 0, quorumRequired: 2, quorumPresent: 2, quorumReached: true });
    expect(put.json().items[1]).toMatchObject({ status: 'delegated', delegatedTo: 'Sara Gialli', source: 'register' });
    const detail = (await app.req('GET', `/meetings/${id}`, w.cookies.delegate)).json();
    expect(detail.attendance).toMatchObject({ present: 1, quorumReached: true });

    const absent = await app.req('PUT', `/meetings/${id}/attendance`, w.cookies.manager, { entries: [{ memberId: w.members.memberB.id, status: 'absent' }] });
    expect(absent.json().totals).toMatchObject({ present: 1, delegated: 0, absent: 1, excused: 1, quorumReached: false });
    expect((await app.req('PUT', `/meetings/${id}/attendance`, w.cookies.delegate, { entries: [{ memberId: w.members.memberA.id, status: 'present' }] })).statusCode).toBe(403);
  });

  it('the sign-in sheet is a PDF for managers only', async () => {
    const id = (await app.req('POST', `/roundtables/${w.table.id}/meetings`, w.cookies.manager, base)).json().id;
    const pdf = await app.req('GET', `/meetings/${id}/sign-in-sheet.pdf`, w.cookies.manager);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await app.req('GET', `/meetings/${id}/sign-in-sheet.pdf`, w.cookies.delegate)).statusCode).toBe(403);
    expect((await app.req('GET', `/meetings/${id}/sign-in-sheet.pdf`, w.cookies.outsider)).statusCode).toBe(404);
  });
});
