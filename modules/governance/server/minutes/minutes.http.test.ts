import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications } from '../../../../platform/notifications/schema';
import { startModuleTestApp, type TestApp } from '../../../../platform/testing/testApp';
import { demoDistrictId, territoryModule } from '../../../territory/module';
import { organizationsModule, organizationsTesting as f } from '../../../organizations/module';
import { governanceModule, governanceTesting } from '../../module';
import { agendaItems, attendance, meetings, minutesVersions, roundtableMembers } from '../schema';
import { pdfText } from '../../../../platform/testing/pdfText';

const { createTestRoundtable } = governanceTesting;
type FieldError = { field: string; message: string };

let t: TestApp;
let admin: string;
let viewer: string;
let analyst: string;
let demoId: string;
let orgA: { id: string; name: string };
let orgB: { id: string; name: string };
let delegate: { userId: string; cookie: string };
let orgAdminB: { userId: string; cookie: string };

beforeAll(async () => {
  t = await startModuleTestApp([territoryModule, organizationsModule, governanceModule]);
  admin = (await t.userWith('platform_admin', 'platform')).cookie;
  viewer = (await t.userWith('viewer', 'platform')).cookie;
  demoId = (await demoDistrictId(t.db))!;
  analyst = (await t.userWith('analyst', 'district', demoId)).cookie;
  orgA = await f.createTestOrganization(t.db, { name: 'Ufficio di Piano Alfa', districtId: demoId });
  orgB = await f.createTestOrganization(t.db, { name: 'Cooperativa Beta', districtId: demoId });
  delegate = await t.userWith('operator', 'organization', orgB.id);
  orgAdminB = await t.userWith('org_admin', 'organization', orgB.id);
});
afterAll(() => t.close());

const req = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, as: string, payload?: unknown) =>
  t.request({ method, url: `/api/governance${url}`, as, ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}) });
const fieldsOf = (res: { json: () => { error: { fields: FieldError[] } } }) => Object.fromEntries(res.json().error.fields.map((x) => [x.field, x.message]));

/** A table coordinated by orgA with orgB seated (delegate named). */
async function seatedTable(name?: string) {
  const table = await createTestRoundtable(t.db, orgA.id, { districtId: demoId, ...(name ? { name } : {}) });
  const [member] = await t.db.insert(roundtableMembers).values({ roundtableId: table.id, organizationId: orgB.id, delegateUserId: delegate.userId, mandateFrom: '2025-01-01' }).returning();
  return { table, member: member! };
}

async function meeting(roundtableId: string, startsAt: string, agenda: string[] = []) {
  const start = new Date(startsAt);
  const [m] = await t.db
    .insert(meetings)
    .values({ roundtableId, title: `Seduta del ${startsAt.slice(0, 10)}`, startsAt: start, endsAt: new Date(start.getTime() + 2 * 3600_000), place: 'Sala consiliare', checkInToken: randomUUID() })
    .returning();
  if (agenda.length) await t.db.insert(agendaItems).values(agenda.map((title, i) => ({ meetingId: m!.id, position: i + 1, title })));
  return m!;
}

describe('minutes lifecycle', () => {
  it('drafts, decides, circulates, comments, approves, locks, amends and prints', async () => {
    const { table, member } = await seatedTable('Tavolo povertà');
    const m1 = await meeting(table.id, '2026-10-05T09:00:00Z', ['Bilancio sociale', 'Varie ed eventuali']);
    const m2 = await meeting(table.id, '2026-11-09T09:00:00Z', ['Comunicazioni']);
    await t.db.insert(attendance).values([
      { meetingId: m1.id, memberId: member.id, organizationId: orgB.id, personName: 'Mario Rossi', status: 'present' },
      { meetingId: m1.id, personName: 'Lucia Verdi', status: 'delegated', delegatedTo: 'Anna Neri' },
      { meetingId: m1.id, personName: 'Paolo Gialli', status: 'absent' },
    ]);

    // Start: one section per agenda item, in order; a second start is refused.
    const created = await req('POST', `/meetings/${m1.id}/minutes`, admin);
    expect(created.statusCode).toBe(201);
    const mins = created.json();
    expect(mins).toMatchObject({ status: 'draft', version: 1, meetingId: m1.id, roundtableName: 'Tavolo povertà', abilities: { edit: true, circulate: true, amend: false } });
    expect(mins.items.map((i: { title: string }) => i.title)).toEqual(['Bilancio sociale', 'Varie ed eventuali']);
    expect((await req('POST', `/meetings/${m1.id}/minutes`, admin)).statusCode).toBe(409);

    // Sections: edit, reorder, add.
    const [s1, s2] = mins.items;
    const patched = await req('PATCH', `/minutes/${mins.id}`, admin, {
      items: [
        { id: s1.id, title: 'Bilancio sociale 2026', summary: 'Il tavolo esamina il bilancio.' },
        { title: 'Nuovo punto', summary: 'Aggiunto in seduta.' },
        { id: s2.id, title: 'Varie ed eventuali', summary: '' },
      ],
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().items.map((i: { title: string; position: number }) => `${i.position}:${i.title}`)).toEqual(['1:Bilancio sociale 2026', '2:Nuovo punto', '3:Varie ed eventuali']);
    expect((await req('PATCH', `/minutes/${mins.id}`, admin, { items: [{ id: randomUUID(), title: 'X' }] })).statusCode).toBe(400);

    // Decisions, numbered; votes within attendance (2 present or delegated).
    const d1 = await req('POST', `/minutes/${mins.id}/decisions`, admin, { minutesItemId: s1.id, text: 'Si approva il bilancio sociale', outcome: 'approved', votesFor: 2, votesAgainst: 0, votesAbstained: 0 });
    expect(d1.statusCode).toBe(201);
    expect(d1.json()).toMatchObject({ number: 1, votesFor: 2 });
    const d2 = await req('POST', `/minutes/${mins.id}/decisions`, admin, { minutesItemId: s2.id, text: 'Si prende atto delle comunicazioni', outcome: 'noted' });
    expect(d2.json().number).toBe(2);
    // A section holding a decision cannot be dropped.
    expect((await req('PATCH', `/minutes/${mins.id}`, admin, { items: [{ id: s2.id, title: 'Solo questo' }] })).statusCode).toBe(400);

    // Action item from a decision, with an owner organisation and person.
    const action = await req('POST', `/minutes/${mins.id}/action-items`, admin, {
      minutesItemId: s1.id,
      decisionId: d1.json().id,
      title: 'Pubblicare il bilancio sul sito',
      ownerOrganizationId: orgB.id,
      ownerUserId: delegate.userId,
      dueDate: '2026-12-15',
    });
    expect(action.statusCode).toBe(201);
    expect(action.json()).toMatchObject({ ownerOrganizationName: 'Cooperativa Beta', decisionNumber: 1, status: 'open', dueDate: '2026-12-15' });
    const badOwner = await req('POST', `/minutes/${mins.id}/action-items`, admin, { minutesItemId: s1.id, title: 'X', ownerOrganizationId: randomUUID(), ownerUserId: randomUUID() });
    expect(Object.keys(fieldsOf(badOwner)).sort()).toEqual(['ownerOrganizationId', 'ownerUserId']);

    // Drafts: hidden from those who see the table but do not sit at it; members see them; the draft PDF says BOZZA.
    for (const as of [viewer, analyst]) {
      expect((await req('GET', `/roundtables/${table.id}`, as)).statusCode).toBe(200);
      expect((await req('GET', `/minutes/${mins.id}`, as)).statusCode).toBe(404);
      expect((await req('GET', `/meetings/${m1.id}/minutes`, as)).statusCode).toBe(404);
      expect((await req('GET', `/minutes/${mins.id}/minutes.pdf`, as)).statusCode).toBe(404);
      expect((await req('GET', `/roundtables/${table.id}/decisions`, as)).json().total).toBe(0);
    }
    expect((await req('GET', `/meetings/${m1.id}/minutes`, delegate.cookie)).json().abilities).toMatchObject({ edit: false, comment: false });
    const draftPdf = await req('GET', `/minutes/${mins.id}/minutes.pdf`, delegate.cookie);
    expect(draftPdf.headers['content-type']).toBe('application/pdf');
    expect(pdfText(draftPdf.rawPayload)).toContain('BOZZA');

    // Comments only while circulated.
    expect((await req('POST', `/minutes/${mins.id}/comments`, delegate.cookie, { body: 'Troppo presto' })).statusCode).toBe(409);
    const circulated = await req('POST', `/minutes/${mins.id}/circulate`, admin);
    expect(circulated.statusCode).toBe(200);
    expect(circulated.json()).toMatchObject({ status: 'circulated', abilities: { comment: true, circulate: false } });
    expect((await req('POST', `/minutes/${mins.id}/circulate`, admin)).statusCode).toBe(409);
    for (const userId of [delegate.userId, orgAdminB.userId]) {
      const sent = await t.db.select().from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, 'governance.minutes_circulated')));
      expect(sent).toHaveLength(1);
      expect(sent[0]!.params).toMatchObject({ table: 'Tavolo povertà' });
    }
    const comment = await req('POST', `/minutes/${mins.id}/comments`, delegate.cookie, { minutesItemId: s1.id, body: 'Manca il dato sui nuclei seguiti.' });
    expect(comment.statusCode).toBe(201);
    expect((await req('POST', `/minutes/${mins.id}/comments`, viewer, { body: 'Intruso' })).statusCode).toBe(404);
    expect((await req('GET', `/minutes/${mins.id}/comments`, analyst)).statusCode).toBe(404);
    expect((await req('GET', `/minutes/${mins.id}`, admin)).json().openComments).toBe(1);
    const resolved = await req('POST', `/minutes/${mins.id}/comments/${comment.json().id}/resolve`, admin);
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json().resolvedAt).toEqual(expect.any(String));
    expect((await req('GET', `/minutes/${mins.id}/comments`, delegate.cookie)).json().items).toHaveLength(1);

    // Approval: only at a later meeting of the same table.
    const other = await seatedTable();
    const elsewhere = await meeting(other.table.id, '2026-11-20T09:00:00Z');
    expect(fieldsOf(await req('POST', `/minutes/${mins.id}/approve`, admin, { atMeetingId: m1.id }))).toHaveProperty('atMeetingId');
    expect((await req('POST', `/minutes/${mins.id}/approve`, admin, { atMeetingId: elsewhere.id })).statusCode).toBe(400);
    const approved = await req('POST', `/minutes/${mins.id}/approve`, admin, { atMeetingId: m2.id });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', version: 1, approvedAtMeetingId: m2.id, lockedAt: expect.any(String), abilities: { edit: false, amend: true } });
    const onAgenda = await t.db.select().from(agendaItems).where(and(eq(agendaItems.meetingId, m2.id), eq(agendaItems.kind, 'minutes_approval')));
    expect(onAgenda).toMatchObject([{ minutesId: mins.id, position: 2 }]);

    // Approved: visible to all who see the table; every edit answers 409.
    for (const as of [viewer, analyst]) {
      expect((await req('GET', `/minutes/${mins.id}`, as)).statusCode).toBe(200);
      expect((await req('GET', `/roundtables/${table.id}/decisions`, as)).json().total).toBe(2);
    }
    const locked = [
      await req('PATCH', `/minutes/${mins.id}`, admin, { items: [{ id: s1.id, title: 'Cambiato' }] }),
      await req('POST', `/minutes/${mins.id}/decisions`, admin, { minutesItemId: s1.id, text: 'Tardiva' }),
      await req('PATCH', `/minutes/${mins.id}/decisions/${d1.json().id}`, admin, { text: 'Cambiata' }),
      await req('DELETE', `/minutes/${mins.id}/decisions/${d2.json().id}`, admin),
      await req('POST', `/minutes/${mins.id}/action-items`, admin, { minutesItemId: s1.id, title: 'Tardiva' }),
      await req('POST', `/minutes/${mins.id}/comments`, delegate.cookie, { body: 'Tardivo' }),
      await req('POST', `/minutes/${mins.id}/approve`, admin, { atMeetingId: m2.id }),
    ];
    for (const res of locked) {
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('governance_minutes_locked');
    }

    // Amendment: version 2 with its reason; version 1 stays as it was.
    expect((await req('POST', `/minutes/${mins.id}/amendments`, admin, { decisions: [{ id: d1.json().id, text: 'x' }] })).statusCode).toBe(400);
    const amended = await req('POST', `/minutes/${mins.id}/amendments`, admin, {
      reason: 'Correzione del testo della decisione 1',
      decisions: [{ id: d1.json().id, text: 'Si approva il bilancio sociale 2026 con le integrazioni' }],
    });
    expect(amended.statusCode).toBe(200);
    expect(amended.json()).toMatchObject({ status: 'approved', version: 2 });
    const versions = (await req('GET', `/minutes/${mins.id}/versions`, viewer)).json().items;
    expect(versions.map((v: { version: number; reason: string | null }) => [v.version, v.reason])).toEqual([
      [2, 'Correzione del testo della decisione 1'],
      [1, null],
    ]);
    const v1 = (await req('GET', `/minutes/${mins.id}/versions/1`, viewer)).json();
    expect(v1.snapshot.decisions.map((d: { number: number; text: string }) => `${d.number} ${d.text}`)).toEqual(['1 Si approva il bilancio sociale', '2 Si prende atto delle comunicazioni']);
    expect(v1.snapshot.items).toHaveLength(3);
    expect(v1.snapshot.actionItems).toMatchObject([{ title: 'Pubblicare il bilancio sul sito', decisionNumber: 1 }]);
    const v2 = (await req('GET', `/minutes/${mins.id}/versions/2`, viewer)).json();
    expect(v2.snapshot.decisions[0].text).toBe('Si approva il bilancio sociale 2026 con le integrazioni');
    expect(v2.snapshot.version).toBe(2);
    expect((await req('GET', `/minutes/${mins.id}/versions/3`, viewer)).statusCode).toBe(404);
    // A further amendment changing sections and adding a decision: version 3, the number continues; version 2 unchanged.
    const third = await req('POST', `/minutes/${mins.id}/amendments`, admin, {
      reason: 'Integrazione richiesta nella seduta successiva',
      items: amended.json().items.map((i: { id: string; title: string; summary: string }) => ({ id: i.id, title: i.title, summary: i.id === s1.id ? 'Sintesi integrata.' : i.summary })),
      decisions: [{ minutesItemId: s1.id, text: 'Si incarica il gruppo tecnico', outcome: 'approved' }],
    });
    expect(third.json()).toMatchObject({ version: 3, decisions: [{ number: 1 }, { number: 2 }, { number: 3, text: 'Si incarica il gruppo tecnico' }] });
    expect(third.json().items.find((i: { id: string }) => i.id === s1.id).summary).toBe('Sintesi integrata.');
    const v2again = (await req('GET', `/minutes/${mins.id}/versions/2`, viewer)).json();
    expect(v2again.snapshot.items.find((i: { id: string }) => i.id === s1.id).summary).toBe('Il tavolo esamina il bilancio.');
    expect(v2again.snapshot.decisions).toHaveLength(2);
    const stored = await t.db.select().from(minutesVersions).where(eq(minutesVersions.minutesId, mins.id));
    expect(stored).toHaveLength(3);

    // The PDF of the approved minutes, read back as text.
    const pdf = await req('GET', `/minutes/${mins.id}/minutes.pdf`, viewer);
    expect(pdf.statusCode).toBe(200);
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('Tavolo povertà');
    expect(text).toContain('Decisione n. 1');
    expect(text).toContain('Si approva il bilancio sociale 2026 con le integrazioni');
    expect(text).toContain('voti favorevoli 2, contrari 0, astenuti 0');
    expect(text).toContain('Pubblicare il bilancio sul sito');
    expect(text).toContain('entro il 15/12/2026');
    expect(text).toMatch(/Presenti \(1\)[\s\S]*Mario Rossi \(Cooperativa Beta\)/);
    expect(text).toContain('Assenti (1)');
    expect(text).toContain('Approvato il');
    expect(text).toContain('nella seduta del 09/11/2026');
    expect(text).toContain('versione 3');
    expect(text).toContain('Decisione n. 3');
    expect(text).not.toContain('BOZZA');
  });
});

describe('decisions', () => {
  it('numbers per table: continues across meetings of a table and restarts for another', async () => {
    const { table } = await seatedTable();
    const second = await seatedTable();
    const decide = async (meetingId: string) => {
      const mins = (await req('POST', `/meetings/${meetingId}/minutes`, admin)).json();
      const add = (text: string) => req('POST', `/minutes/${mins.id}/decisions`, admin, { minutesItemId: mins.items[0].id, text });
      return [(await add('Prima')).json().number, (await add('Seconda')).json().number];
    };
    expect(await decide((await meeting(table.id, '2026-03-01T09:00:00Z', ['Punto'])).id)).toEqual([1, 2]);
    expect(await decide((await meeting(table.id, '2026-04-01T09:00:00Z', ['Punto'])).id)).toEqual([3, 4]);
    expect(await decide((await meeting(second.table.id, '2026-04-01T09:00:00Z', ['Punto'])).id)).toEqual([1, 2]);
    const register = (await req('GET', `/roundtables/${table.id}/decisions?q=second&pageSize=1`, admin)).json();
    expect(register).toMatchObject({ total: 2, page: 1, pageSize: 1, items: [{ number: 4, text: 'Seconda', minutesStatus: 'draft' }] });
  });

  it('validates votes: all three or none, non-negative, within those present or represented', async () => {
    const { table, member } = await seatedTable();
    const m = await meeting(table.id, '2026-05-01T09:00:00Z', ['Punto']);
    const mins = (await req('POST', `/meetings/${m.id}/minutes`, admin)).json();
    const post = (body: Record<string, unknown>) => req('POST', `/minutes/${mins.id}/decisions`, admin, { minutesItemId: mins.items[0].id, text: 'Voto', ...body });
    // Without attendance recorded, any total is accepted.
    expect((await post({ votesFor: 10, votesAgainst: 5, votesAbstained: 1 })).statusCode).toBe(201);
    const partial = await post({ votesFor: 3 });
    expect(partial.statusCode).toBe(400);
    expect(Object.keys(fieldsOf(partial)).sort()).toEqual(['votesAbstained', 'votesAgainst']);
    expect((await post({ votesFor: -1, votesAgainst: 0, votesAbstained: 0 })).statusCode).toBe(400);
    expect((await post({ votesFor: 1.5, votesAgainst: 0, votesAbstained: 0 })).statusCode).toBe(400);
    await t.db.insert(attendance).values([
      { meetingId: m.id, memberId: member.id, personName: 'Presente', status: 'present' },
      { meetingId: m.id, personName: 'Scusato', status: 'excused' },
    ]);
    const over = await post({ votesFor: 1, votesAgainst: 1, votesAbstained: 0 });
    expect(over.statusCode).toBe(400);
    expect(Object.keys(fieldsOf(over))).toEqual(['votesFor']);
    const ok = await post({ votesFor: 0, votesAgainst: 1, votesAbstained: 0, outcome: 'rejected' });
    expect(ok.json()).toMatchObject({ number: 2, outcome: 'rejected' });
    // Editing keeps the rule: clearing one vote alone is refused, clearing all three is fine.
    expect((await req('PATCH', `/minutes/${mins.id}/decisions/${ok.json().id}`, admin, { votesFor: null })).statusCode).toBe(400);
    const cleared = await req('PATCH', `/minutes/${mins.id}/decisions/${ok.json().id}`, admin, { votesFor: null, votesAgainst: null, votesAbstained: null });
    expect(cleared.json()).toMatchObject({ votesFor: null, votesAgainst: null, votesAbstained: null, number: 2 });
    // Nothing was written by the refused requests.
    expect((await req('GET', `/minutes/${mins.id}`, admin)).json().decisions).toHaveLength(2);
  });

  it('answers 404 to those who do not see the table and 403 to members writing', async () => {
    const { table } = await seatedTable();
    const m = await meeting(table.id, '2026-06-01T09:00:00Z', ['Punto']);
    const outsiderOrg = await f.createTestOrganization(t.db, { name: 'Ente estraneo' });
    const outsider = (await t.userWith('org_admin', 'organization', outsiderOrg.id)).cookie;
    expect((await req('POST', `/meetings/${m.id}/minutes`, outsider)).statusCode).toBe(404);
    const mins = (await req('POST', `/meetings/${m.id}/minutes`, admin)).json();
    expect((await req('GET', `/minutes/${mins.id}`, outsider)).statusCode).toBe(404);
    expect((await req('GET', `/roundtables/${table.id}/decisions`, outsider)).statusCode).toBe(404);
    expect((await req('POST', `/minutes/${mins.id}/decisions`, delegate.cookie, { minutesItemId: mins.items[0].id, text: 'Io' })).statusCode).toBe(403);
    // The admin of a member organisation is not a manager of the table: 404 on manager writes.
    expect((await req('POST', `/minutes/${mins.id}/circulate`, orgAdminB.cookie)).statusCode).toBe(404);
    // The admin of the coordinating organisation manages it.
    const orgAdminA = (await t.userWith('org_admin', 'organization', orgA.id)).cookie;
    expect((await req('POST', `/minutes/${mins.id}/circulate`, orgAdminA)).statusCode).toBe(200);
  });
});

describe('approval on the agenda', () => {
  it('links a free minutes-approval item of the approving meeting instead of adding one; drafts cannot be amended', async () => {
    const { table } = await seatedTable();
    const m1 = await meeting(table.id, '2026-07-01T09:00:00Z', ['Punto']);
    const m2 = await meeting(table.id, '2026-08-01T09:00:00Z', ['Apertura']);
    const [free] = await t.db.insert(agendaItems).values({ meetingId: m2.id, position: 2, kind: 'minutes_approval', title: 'Approvazione del verbale precedente' }).returning();
    const mins = (await req('POST', `/meetings/${m1.id}/minutes`, admin)).json();
    const notApproved = await req('POST', `/minutes/${mins.id}/amendments`, admin, { reason: 'Prima del tempo', items: [] });
    expect(notApproved.statusCode).toBe(409);
    expect(notApproved.json().error.code).toBe('governance_minutes_not_approved');
    const cancelled = await meeting(table.id, '2026-07-15T09:00:00Z');
    await t.db.update(meetings).set({ status: 'cancelled' }).where(eq(meetings.id, cancelled.id));
    expect(fieldsOf(await req('POST', `/minutes/${mins.id}/approve`, admin, { atMeetingId: cancelled.id }))).toHaveProperty('atMeetingId');
    expect((await req('POST', `/minutes/${mins.id}/approve`, admin, { atMeetingId: m2.id })).statusCode).toBe(200);
    const items = await t.db.select().from(agendaItems).where(eq(agendaItems.meetingId, m2.id));
    expect(items).toHaveLength(2);
    expect(items.find((i) => i.id === free!.id)?.minutesId).toBe(mins.id);
  });
});
