import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { TestApp } from '../../../platform/testing/testApp';
import { auditLog } from '../../../platform/audit/schema';
import { addTestParticipant, createTestCase, createTestNetwork, createTestPerson, startCaseworkApp, type TestNetwork, type TestUser } from './testing';
import { notes } from './schema';

let t: TestApp;
let net: TestNetwork;

beforeAll(async () => {
  t = await startCaseworkApp();
  net = await createTestNetwork(t);
});
afterAll(() => t.close());

const newCase = async (protection: 'ordinary' | 'restricted') => {
  const p = await createTestPerson(t.db, { districtId: net.districtId, registeredByOrganizationId: net.lead.organizationId });
  return createTestCase(t.db, { districtId: net.districtId, personId: p.id, lead: net.lead, ownerId: net.lead.operator.userId, protection });
};
const write = (as: TestUser, caseId: string, payload: Record<string, unknown>) => t.request({ method: 'POST', url: `/api/casework/cases/${caseId}/notes`, as: as.cookie, payload });
const read = (as: TestUser, caseId: string, query = '') => t.request({ method: 'GET', url: `/api/casework/cases/${caseId}/notes${query}`, as: as.cookie });

describe('case notes', () => {
  it('are listed newest first, paged, with their author', async () => {
    const c = await newCase('ordinary');
    for (const body of ['Primo colloquio', 'Secondo colloquio', 'Terzo colloquio']) expect((await write(net.lead.operator, c.id, { section: 'notes', body })).statusCode).toBe(201);
    const page = (await read(net.lead.operator, c.id, '?pageSize=2')).json();
    expect(page.total).toBe(3);
    expect(page.items.map((n: { body: string }) => n.body)).toEqual(['Terzo colloquio', 'Secondo colloquio']);
    expect(page.items[0]).toMatchObject({ section: 'notes', authorId: net.lead.operator.userId, authorOrganizationId: net.lead.organizationId });
    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'casework.note.list'), eq(auditLog.entityId, c.id)));
    expect(entry).toMatchObject({ personalData: true });
  });

  it('on a restricted case are stored only encrypted and read back in clear by a named worker', async () => {
    const c = await newCase('restricted');
    const res = await write(net.lead.operator, c.id, { section: 'health', body: 'Referto del pronto soccorso: lesioni al braccio' });
    expect(res.statusCode).toBe(201);
    expect(res.json().body).toBe('Referto del pronto soccorso: lesioni al braccio');
    const [row] = await t.db.select().from(notes).where(eq(notes.id, res.json().id));
    expect(row!.body).toBeNull();
    expect(row!.bodyEncrypted).not.toBeNull();
    expect(Buffer.from(row!.bodyEncrypted!).toString('utf8')).not.toContain('pronto soccorso');
    expect(JSON.stringify(row)).not.toContain('pronto soccorso');
    expect((await read(net.lead.operator, c.id)).json().items[0].body).toBe('Referto del pronto soccorso: lesioni al braccio');
  });

  it('already written are sealed when the case becomes restricted, and still read back by a named worker', async () => {
    const c = await newCase('ordinary');
    const written = (await write(net.lead.operator, c.id, { section: 'notes', body: 'Racconta di minacce dal marito' })).json();
    const patch = await t.request({ method: 'PATCH', url: `/api/casework/cases/${c.id}`, as: net.lead.operator.cookie, payload: { protection: 'restricted' } });
    expect(patch.statusCode).toBe(200);
    const [row] = await t.db.select().from(notes).where(eq(notes.id, written.id));
    expect(row!.body).toBeNull();
    expect(Buffer.from(row!.bodyEncrypted!).toString('utf8')).not.toContain('minacce');
    expect((await read(net.lead.operator, c.id)).json().items[0].body).toBe('Racconta di minacce dal marito');
  });

  it('are refused to a colleague who sees a restricted case only as a placeholder', async () => {
    const c = await newCase('restricted');
    await write(net.lead.operator, c.id, { section: 'notes', body: 'Nota riservata' });
    expect((await read(net.lead.operator2, c.id)).statusCode).toBe(403);
    expect((await write(net.lead.operator2, c.id, { section: 'notes', body: 'Tentativo' })).statusCode).toBe(403);
  });

  it('show a participant only the note sections it was given', async () => {
    const c = await newCase('ordinary');
    await write(net.lead.operator, c.id, { section: 'notes', body: 'Nota sociale' });
    await write(net.lead.operator, c.id, { section: 'health', body: 'Nota sanitaria' });
    await addTestParticipant(t.db, c.id, { organizationId: net.partner.organizationId, serviceId: net.partner.serviceId, sections: ['identity', 'notes'] });
    const page = (await read(net.partner.operator, c.id)).json();
    expect(page.items.map((n: { body: string }) => n.body)).toEqual(['Nota sociale']);
    expect((await write(net.partner.operator, c.id, { section: 'health', body: 'Non posso' })).statusCode).toBe(403);
    expect((await write(net.partner.operator, c.id, { section: 'notes', body: 'Posso' })).statusCode).toBe(201);
  });

  it('refuse an empty body (400) and answer 404 to a service with no part in the case', async () => {
    const c = await newCase('ordinary');
    expect((await write(net.lead.operator, c.id, { section: 'notes', body: '   ' })).statusCode).toBe(400);
    expect((await write(net.lead.operator, c.id, { section: 'diary', body: 'x' })).statusCode).toBe(400);
    expect((await read(net.other.operator, c.id)).statusCode).toBe(404);
    expect((await write(net.other.operator, c.id, { section: 'notes', body: 'x' })).statusCode).toBe(404);
  });
});
