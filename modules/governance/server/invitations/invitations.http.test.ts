import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleGrants } from '../../../../platform/access/schema';
import type { Db } from '../../../../platform/db/database';
import { closeMailTransports } from '../../../../platform/mail/mail';
import { startModuleTestApp, type TestApp } from '../../../../platform/testing/testApp';
import { demoDistrictId, territoryModule } from '../../../territory/module';
import { organizationsModule, organizationsTesting as f } from '../../../organizations/module';
import { governanceModule, governanceTesting } from '../../module';
import { agendaItems, calendarFeeds, invitations, meetings, roundtableMembers } from '../schema';

type Received = { to: string[]; raw: Buffer };

/** A real SMTP server on a free port that keeps every message; addresses containing "rifiuta" are refused. */
async function startSmtp(): Promise<{ port: number; messages: Received[]; close: () => Promise<void> }> {
  const messages: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.includes('rifiuta')) return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        messages.push({ to: session.envelope.rcptTo.map((a) => a.address), raw: Buffer.concat(chunks) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, messages, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function calendarOf(raw: Buffer) {
  const mail = await simpleParser(raw);
  const att = mail.attachments.find((a) => a.contentType === 'text/calendar');
  expect(att, 'a text/calendar attachment').toBeDefined();
  const cal = new ICAL.Component(ICAL.parse(att!.content.toString('utf8')));
  return { mail, att: att!, cal, vevent: cal.getFirstSubcomponent('vevent')! };
}

const parseIcs = (body: string) => new ICAL.Component(ICAL.parse(body));
const uidsOf = (body: string) => parseIcs(body).getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('uid')));

let counter = 0;
async function insertMeeting(db: Db, roundtableId: string, values: Partial<typeof meetings.$inferInsert> = {}) {
  const startsAt = values.startsAt ?? new Date(Date.now() + 7 * 86_400_000);
  const [row] = await db
    .insert(meetings)
    .values({
      roundtableId,
      title: `Riunione ${++counter}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      place: 'Sala consiliare, Via Roma 1',
      checkInToken: randomBytes(16).toString('hex'),
      ...values,
    })
    .returning();
  return row!;
}

const ago = (days: number) => new Date(Date.now() - days * 86_400_000);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

describe('invitations and calendars (with SMTP)', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let manager: string;
  let outsiderAdmin: string;
  let viewer: string;
  let memberOperator: { userId: string; cookie: string };
  let otherOperator: { userId: string; cookie: string };
  let table: { id: string; name: string };
  let otherTable: { id: string };
  let expected: string[];
  const req = (method: 'GET' | 'POST' | 'DELETE', url: string, as?: string, payload?: unknown) =>
    t.request({ method, url: `/api/governance${url}`, ...(as ? { as } : {}), ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}) });

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startModuleTestApp([territoryModule, organizationsModule, governanceModule], { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, PUBLIC_URL: 'https://crocevia.example.it' });
    const demo = (await demoDistrictId(t.db))!;
    const orgA = await f.createTestOrganization(t.db, { name: 'Ufficio di Piano', districtId: demo });
    const orgB = await f.createTestOrganization(t.db, { name: 'Cooperativa Aurora', districtId: demo });
    const orgC = await f.createTestOrganization(t.db, { name: 'Associazione Città Aperta', districtId: demo });
    const orgD = await f.createTestOrganization(t.db, { name: 'Ente uscito', districtId: demo });
    const orgE = await f.createTestOrganization(t.db, { name: 'Ente con delegato rifiutato', districtId: demo });
    const orgX = await f.createTestOrganization(t.db, { name: 'Ente estraneo', districtId: null });
    manager = (await t.userWith('org_admin', 'organization', orgA.id)).cookie;
    outsiderAdmin = (await t.userWith('org_admin', 'organization', orgX.id)).cookie;
    viewer = (await t.userWith('viewer', 'platform')).cookie;
    memberOperator = await t.userWith('operator', 'organization', orgB.id);
    otherOperator = await t.userWith('operator', 'organization', orgX.id);
    table = await governanceTesting.createTestRoundtable(t.db, orgA.id, { name: 'Tavolo povertà, inclusione; città', districtId: null });
    otherTable = await governanceTesting.createTestRoundtable(t.db, orgX.id, { name: 'Tavolo altrui' });

    const delegateB = await f.addTestMember(t.db, orgB.id, 'operator', { displayName: 'Maria Rossi' });
    const substituteB = await f.addTestMember(t.db, orgB.id, 'operator', { displayName: 'Luca Bianchi' });
    const adminC = await f.addTestMember(t.db, orgC.id, 'org_admin', { displayName: 'Anna Verdi' });
    await f.addTestMember(t.db, orgC.id, 'operator'); // not an admin: not invited
    const delegateD = await f.addTestMember(t.db, orgD.id, 'operator');
    const refused = await f.addTestMember(t.db, orgE.id, 'operator', { email: 'rifiuta@test.crocevia.it' });
    await t.db.insert(roundtableMembers).values([
      { roundtableId: table.id, organizationId: orgB.id, delegateUserId: delegateB.userId, substituteUserId: substituteB.userId, mandateFrom: '2024-01-01' },
      { roundtableId: table.id, organizationId: orgC.id, mandateFrom: '2024-01-01', mandateTo: null },
      // The same person named twice (substitute of another member) gets one e-mail.
      { roundtableId: table.id, organizationId: orgE.id, delegateUserId: refused.userId, substituteUserId: delegateB.userId, mandateFrom: '2024-01-01' },
      // Mandate over before the meeting: not invited.
      { roundtableId: table.id, organizationId: orgD.id, delegateUserId: delegateD.userId, mandateFrom: '2020-01-01', mandateTo: isoDay(ago(10)) },
      { roundtableId: table.id, expertName: 'Prof. Esperto', mandateFrom: '2024-01-01' },
    ]);
    expected = [delegateB.email, substituteB.email, adminC.email].sort();
  });
  afterAll(async () => {
    closeMailTransports();
    await t.close();
    await smtp.close();
  });

  it('e-mails each delegate, substitute and admin of an organisation without delegate an iCalendar REQUEST', async () => {
    const meeting = await insertMeeting(t.db, table.id, { title: 'Verifica attività: priorità, città', startsAt: new Date('2030-03-05T14:30:00Z'), endsAt: new Date('2030-03-05T16:30:00Z'), sequence: 2 });
    await t.db.insert(agendaItems).values([
      { meetingId: meeting.id, position: 1, title: 'Approvazione del verbale' },
      { meetingId: meeting.id, position: 2, title: 'Attività della cooperativa' },
    ]);
    smtp.messages.length = 0;
    const res = await req('POST', `/meetings/${meeting.id}/invitations`, manager);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ sent: 3, failed: 1, mailConfigured: true, method: 'REQUEST' });
    expect(body.recipients.find((r: { email: string }) => r.email === 'rifiuta@test.crocevia.it').error).toMatch(/550/);
    expect(body.recipients.filter((r: { sentAt: string | null }) => r.sentAt).map((r: { email: string }) => r.email).sort()).toEqual(expected);

    expect(smtp.messages.flatMap((m) => m.to).sort()).toEqual(expected);
    for (const m of smtp.messages) {
      const { mail, att, cal, vevent } = await calendarOf(m.raw);
      expect(mail.subject).toBe('Convocazione: Verifica attività: priorità, città (Tavolo povertà, inclusione; città)');
      expect(mail.text).toContain('Ordine del giorno');
      expect(mail.text).toContain('https://crocevia.example.it/governance/meetings/' + meeting.id);
      expect(att.filename).toBe('invito.ics');
      expect(String(att.contentType)).toBe('text/calendar');
      expect(cal.getFirstPropertyValue('method')).toBe('REQUEST');
      const event = new ICAL.Event(vevent);
      expect(event.uid).toBe(`meeting-${meeting.id}@crocevia`);
      expect(event.summary).toBe('Verifica attività: priorità, città');
      expect(event.startDate.toJSDate().toISOString()).toBe('2030-03-05T14:30:00.000Z');
      expect(event.sequence).toBe(2);
      expect(event.description).toContain('Tavolo: Tavolo povertà, inclusione; città');
      expect(event.description).toContain('2. Attività della cooperativa');
      expect(vevent.getFirstPropertyValue('url')).toBe(`https://crocevia.example.it/governance/meetings/${meeting.id}`);
      expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
      expect(vevent.getAllProperties('attendee').map((p) => p.getFirstValue())).toEqual([`mailto:${m.to[0]}`]);
    }

    const list = await req('GET', `/meetings/${meeting.id}/invitations`, manager);
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toHaveLength(4);
    expect(list.json().invitationsSentAt).not.toBeNull();
    expect(list.json().items.every((i: { sequence: number }) => i.sequence === 2)).toBe(true);
    const [row] = await t.db.select({ at: meetings.invitationsSentAt }).from(meetings).where(eq(meetings.id, meeting.id));
    expect(row!.at).toBeInstanceOf(Date);
  });

  it('a cancelled meeting sends METHOD:CANCEL; a held one cannot be invited to', async () => {
    const meeting = await insertMeeting(t.db, table.id, { status: 'cancelled', sequence: 5 });
    smtp.messages.length = 0;
    const res = await req('POST', `/meetings/${meeting.id}/invitations`, manager);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ method: 'CANCEL', sent: 3 });
    const { mail, cal, vevent } = await calendarOf(smtp.messages[0]!.raw);
    expect(mail.subject).toMatch(/^Annullata: /);
    expect(cal.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(5);

    const held = await insertMeeting(t.db, table.id, { status: 'held', startsAt: ago(3) });
    const conflict = await req('POST', `/meetings/${held.id}/invitations`, manager);
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().error.code).toBe('governance_invitations_meeting_held');
  });

  it('only managers of the table send or list invitations; others get 403 or 404', async () => {
    const meeting = await insertMeeting(t.db, table.id);
    expect((await req('POST', `/meetings/${meeting.id}/invitations`, viewer)).statusCode).toBe(403);
    expect((await req('POST', `/meetings/${meeting.id}/invitations`, outsiderAdmin)).statusCode).toBe(404);
    expect((await req('GET', `/meetings/${meeting.id}/invitations`, outsiderAdmin)).statusCode).toBe(404);
    expect((await req('GET', `/meetings/${meeting.id}/invitations`, memberOperator.cookie)).statusCode).toBe(403);
    expect((await req('POST', `/meetings/00000000-0000-4000-8000-000000000000/invitations`, manager)).statusCode).toBe(404);
    expect((await req('POST', `/meetings/not-a-uuid/invitations`, manager)).statusCode).toBe(400);
    expect(await t.db.select().from(invitations).where(eq(invitations.meetingId, meeting.id))).toHaveLength(0);
  });

  it('GET calendar.ics answers the one event to those who see the table, 404 to others', async () => {
    const meeting = await insertMeeting(t.db, table.id, { title: 'Evento singolo', onlineUrl: 'https://meet.example.it/abc' });
    const res = await req('GET', `/meetings/${meeting.id}/calendar.ics`, memberOperator.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const cal = parseIcs(res.body);
    expect(cal.getFirstPropertyValue('method')).toBe('PUBLISH');
    const ev = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
    expect(ev.summary).toBe('Evento singolo');
    expect(ev.location).toBe('Sala consiliare, Via Roma 1 · online: https://meet.example.it/abc');
    expect((await req('GET', `/meetings/${meeting.id}/calendar.ics`, otherOperator.cookie)).statusCode).toBe(404);
    expect((await req('GET', `/meetings/${meeting.id}/calendar.ics`)).statusCode).toBe(401);
  });

  it('calendar feeds: table feed, user feed of visible tables only, revocation, owner-only delete', async () => {
    const soon = await insertMeeting(t.db, table.id, { title: 'Prossima' });
    const recent = await insertMeeting(t.db, table.id, { title: 'Recente', startsAt: ago(10), status: 'held' });
    const old = await insertMeeting(t.db, table.id, { title: 'Vecchia', startsAt: ago(60) });
    const tooFar = await insertMeeting(t.db, table.id, { title: 'Lontana', startsAt: new Date(Date.now() + 400 * 86_400_000) });
    const elsewhere = await insertMeeting(t.db, otherTable.id, { title: 'Altrui' });

    const tableFeed = await req('POST', '/calendar-feeds', memberOperator.cookie, { roundtableId: table.id });
    expect(tableFeed.statusCode).toBe(201);
    expect(tableFeed.json()).toMatchObject({ roundtableId: table.id, roundtableName: table.name });
    const tableUrl: string = tableFeed.json().url;
    expect(tableUrl).toMatch(/^https:\/\/crocevia\.example\.it\/api\/governance\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const userFeed = await req('POST', '/calendar-feeds', memberOperator.cookie, {});
    expect(userFeed.json().roundtableId).toBeNull();
    const userUrl: string = userFeed.json().url;
    const path = (url: string) => new URL(url).pathname;

    const tf = await t.request({ method: 'GET', url: path(tableUrl) });
    expect(tf.statusCode).toBe(200);
    expect(tf.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const tableUids = uidsOf(tf.body);
    expect(tableUids).toEqual(expect.arrayContaining([soon.id, recent.id].map((id) => `meeting-${id}@crocevia`)));
    expect(tableUids).not.toContain(`meeting-${old.id}@crocevia`);
    expect(tableUids).not.toContain(`meeting-${tooFar.id}@crocevia`);
    expect(tableUids).not.toContain(`meeting-${elsewhere.id}@crocevia`);

    const uf = await t.request({ method: 'GET', url: path(userUrl) });
    expect(uf.statusCode).toBe(200);
    expect(uidsOf(uf.body)).toContain(`meeting-${soon.id}@crocevia`);
    expect(uidsOf(uf.body)).not.toContain(`meeting-${elsewhere.id}@crocevia`);
    // The other organisation's operator sees only their own table's meetings.
    const theirs = await req('POST', '/calendar-feeds', otherOperator.cookie, {});
    const theirFeed = await t.request({ method: 'GET', url: path(theirs.json().url) });
    expect(uidsOf(theirFeed.body)).toContain(`meeting-${elsewhere.id}@crocevia`);
    expect(uidsOf(theirFeed.body)).not.toContain(`meeting-${soon.id}@crocevia`);

    // A table feed needs `see` on the table.
    expect((await req('POST', '/calendar-feeds', otherOperator.cookie, { roundtableId: table.id })).statusCode).toBe(404);
    expect((await req('POST', '/calendar-feeds', otherOperator.cookie, { roundtableId: 'x' })).statusCode).toBe(400);
    expect((await t.request({ method: 'POST', url: '/api/governance/calendar-feeds', payload: {} })).statusCode).toBe(401);

    const mine = await req('GET', '/calendar-feeds', memberOperator.cookie);
    expect(mine.json().items.map((i: { id: string }) => i.id).sort()).toEqual([tableFeed.json().id, userFeed.json().id].sort());

    // Someone else's feed cannot be revoked (404), one's own can; the address then answers 404.
    expect((await req('DELETE', `/calendar-feeds/${tableFeed.json().id}`, otherOperator.cookie)).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: path(tableUrl) })).statusCode).toBe(200);
    expect((await req('DELETE', `/calendar-feeds/${tableFeed.json().id}`, memberOperator.cookie)).statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: path(tableUrl) })).statusCode).toBe(404);
    expect((await req('DELETE', `/calendar-feeds/${tableFeed.json().id}`, memberOperator.cookie)).statusCode).toBe(404);
    expect((await req('GET', '/calendar-feeds', memberOperator.cookie)).json().items.map((i: { id: string }) => i.id)).toEqual([userFeed.json().id]);
    expect((await t.request({ method: 'GET', url: '/api/governance/calendar/unknown-token.ics' })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/governance/calendar/${'A'.repeat(43)}.ics` })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/governance/calendar/${'A'.repeat(99)}.ics` })).statusCode).toBe(404);
    const [revoked] = await t.db.select().from(calendarFeeds).where(eq(calendarFeeds.id, tableFeed.json().id));
    expect(revoked!.revokedAt).toBeInstanceOf(Date);

    // Access is checked again at each read: without their organisation role the owner's feed loses the table.
    await t.db.delete(roleGrants).where(eq(roleGrants.userId, memberOperator.userId));
    const after = await t.request({ method: 'GET', url: path(userUrl) });
    expect(after.statusCode).toBe(200);
    expect(uidsOf(after.body)).not.toContain(`meeting-${soon.id}@crocevia`);
  });
});

describe('invitations without SMTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startModuleTestApp([territoryModule, organizationsModule, governanceModule], { DEMO_DATA: 'false' });
  });
  afterAll(() => t.close());

  it('records every send as not configured and answers 200 with counts', async () => {
    const admin = (await t.userWith('platform_admin', 'platform')).cookie;
    const org = await f.createTestOrganization(t.db, { name: 'Coop senza posta' });
    const delegate = await f.addTestMember(t.db, org.id, 'operator');
    const table = await governanceTesting.createTestRoundtable(t.db, org.id);
    await t.db.insert(roundtableMembers).values({ roundtableId: table.id, organizationId: org.id, delegateUserId: delegate.userId, mandateFrom: '2024-01-01' });
    const meeting = await insertMeeting(t.db, table.id);
    const res = await t.request({ method: 'POST', url: `/api/governance/meetings/${meeting.id}/invitations`, as: admin });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ sent: 0, failed: 1, mailConfigured: false, method: 'REQUEST', recipients: [{ email: delegate.email, sentAt: null, error: 'not configured' }] });
    const rows = await t.db.select().from(invitations).where(eq(invitations.meetingId, meeting.id));
    expect(rows).toMatchObject([{ email: delegate.email, sentAt: null, error: 'not configured', userId: delegate.userId }]);
    const [m] = await t.db.select({ at: meetings.invitationsSentAt }).from(meetings).where(eq(meetings.id, meeting.id));
    expect(m!.at).toBeNull();
    const list = await t.request({ method: 'GET', url: `/api/governance/meetings/${meeting.id}/invitations`, as: admin });
    expect(list.json()).toMatchObject({ mailConfigured: false, invitationsSentAt: null, items: [{ email: delegate.email, error: 'not configured' }] });
  });
});
