import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inHours, startMeetingsApp, tableWorld } from './testWorld';

let app: Awaited<ReturnType<typeof startMeetingsApp>>;
let w: Awaited<ReturnType<typeof tableWorld>>;
let viewer: string;

beforeAll(async () => {
  app = await startMeetingsApp();
  w = await tableWorld(app.t);
  viewer = (await app.t.userWith('viewer', 'platform')).cookie;
});
afterAll(() => app.t.close());

/** A meeting from `startHours` to `endHours` from now; returns its id and check-in token. */
async function meetingAt(startHours: number, endHours: number) {
  const res = await app.req('POST', `/roundtables/${w.table.id}/meetings`, w.cookies.manager, { title: 'Incontro di rete', startsAt: inHours(startHours), endsAt: inHours(endHours), place: 'Sala' });
  expect(res.statusCode).toBe(201);
  return { id: res.json().id as string, token: (res.json().checkInUrl as string).split('/').pop()! };
}

describe('self check-in by QR code', () => {
  it('a delegate checks in on the day: present by QR on their organisation; a second scan changes nothing', async () => {
    const m = await meetingAt(1, 3);
    const info = await app.req('GET', `/check-in/${m.token}`, w.cookies.delegate);
    expect(info.json()).toMatchObject({ meetingId: m.id, title: 'Incontro di rete', roundtableName: 'Tavolo inclusione', expected: true, open: true, checkedIn: false });
    expect((await app.req('GET', `/meetings/${m.id}`, w.cookies.delegate)).json().abilities.checkIn).toBe(true);

    const first = await app.req('POST', `/check-in/${m.token}`, w.cookies.delegate);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ memberId: w.members.memberA.id, organizationName: 'Cooperativa Aurora', personName: 'Giulia Verdi', alreadyCheckedIn: false });
    const second = await app.req('POST', `/check-in/${m.token}`, w.cookies.delegate);
    expect(second.json()).toMatchObject({ alreadyCheckedIn: true, checkedInAt: first.json().checkedInAt });
    // The substitute represents the same member: already present.
    expect((await app.req('POST', `/check-in/${m.token}`, w.cookies.substitute)).json()).toMatchObject({ memberId: w.members.memberA.id, alreadyCheckedIn: true });

    const register = (await app.req('GET', `/meetings/${m.id}/attendance`, w.cookies.manager)).json();
    const rowA = register.items.find((r: { memberId: string }) => r.memberId === w.members.memberA.id);
    expect(rowA).toMatchObject({ status: 'present', source: 'qr', personName: 'Giulia Verdi' });
    expect(rowA.checkedInAt).toBe(first.json().checkedInAt);
    expect(register.totals).toMatchObject({ present: 1, unrecorded: 2 });
    expect((await app.req('GET', `/check-in/${m.token}`, w.cookies.delegate)).json().checkedIn).toBe(true);
  });

  it('an operator of a member organisation checks in for it', async () => {
    const m = await meetingAt(-1, 1);
    const res = await app.req('POST', `/check-in/${m.token}`, w.cookies.operatorB);
    expect(res.json()).toMatchObject({ memberId: w.members.memberB.id, organizationName: 'Associazione Borgo', personName: 'Marco Blu', alreadyCheckedIn: false });
  });

  it('only from 12 hours before the start to 12 hours after the end', async () => {
    const tooEarly = await meetingAt(13, 15);
    const res = await app.req('POST', `/check-in/${tooEarly.token}`, w.cookies.delegate, undefined, { 'accept-language': 'en' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('governance_check_in_closed');
    expect((await app.req('GET', `/check-in/${tooEarly.token}`, w.cookies.delegate)).json()).toMatchObject({ expected: true, open: false });
    expect((await app.req('GET', `/meetings/${tooEarly.id}`, w.cookies.delegate)).json().abilities.checkIn).toBe(false);
    const over = await meetingAt(-16, -13);
    expect((await app.req('POST', `/check-in/${over.token}`, w.cookies.delegate)).statusCode).toBe(409);
    const justAfter = await meetingAt(-13, -11);
    expect((await app.req('POST', `/check-in/${justAfter.token}`, w.cookies.delegate)).statusCode).toBe(200);
    const soon = await meetingAt(11, 12);
    expect((await app.req('POST', `/check-in/${soon.token}`, w.cookies.delegate)).statusCode).toBe(200);
  });

  it('a cancelled meeting takes no check-in', async () => {
    const m = await meetingAt(0.5, 2);
    await app.req('PATCH', `/meetings/${m.id}`, w.cookies.manager, { status: 'cancelled' });
    const res = await app.req('POST', `/check-in/${m.token}`, w.cookies.delegate);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('governance_meeting_cancelled');
  });

  it('non-members: 404 when they cannot see the table, 403 when they see it but do not sit at it', async () => {
    const m = await meetingAt(1, 2);
    expect((await app.req('GET', `/check-in/${m.token}`, w.cookies.outsider)).statusCode).toBe(404);
    expect((await app.req('POST', `/check-in/${m.token}`, w.cookies.outsider)).statusCode).toBe(404);
    expect((await app.req('GET', `/check-in/${m.token}`, viewer)).json()).toMatchObject({ expected: false, checkedIn: false });
    const seen = await app.req('POST', `/check-in/${m.token}`, viewer);
    expect(seen.statusCode).toBe(403);
    expect(seen.json().error.code).toBe('governance_check_in_not_member');
    // The coordinator manages the table but holds no seat at it.
    expect((await app.req('POST', `/check-in/${m.token}`, w.cookies.manager)).statusCode).toBe(403);
    const register = (await app.req('GET', `/meetings/${m.id}/attendance`, w.cookies.manager)).json();
    expect(register.totals.present).toBe(0);
  });

  it('an unknown token answers 404 and a signed-out visitor 401', async () => {
    expect((await app.req('GET', '/check-in/sconosciutosconosciutosconosciuto', w.cookies.delegate)).statusCode).toBe(404);
    expect((await app.req('POST', '/check-in/sconosciutosconosciutosconosciuto', w.cookies.delegate)).statusCode).toBe(404);
    expect((await app.req('POST', '/check-in/x', w.cookies.delegate)).statusCode).toBe(404);
    const m = await meetingAt(1, 2);
    expect((await app.t.request({ method: 'POST', url: `/api/governance/check-in/${m.token}` })).statusCode).toBe(401);
  });
});
