import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../../platform/audit/schema';
import type { TestApp } from '../../../platform/testing/testApp';
import { consents, participants } from './schema';
import { addTestParticipant, createTestCase, createTestConsent, createTestNetwork, createTestPerson, startCaseworkApp, testCaseAccess, type TestNetwork, type TestUser } from './testing';

let t: TestApp;
let n: TestNetwork;

beforeAll(async () => {
  t = await startCaseworkApp();
  n = await createTestNetwork(t);
});
afterAll(() => t.close());

const PNG = Buffer.from('\x89PNG\r\n\x1a\nfirma').toString('base64');
const post = (url: string, as: TestUser, payload: Record<string, unknown> = {}) => t.request({ method: 'POST', url, as: as.cookie, payload });
const get = (url: string, as: TestUser) => t.request({ method: 'GET', url, as: as.cookie });

const sees = (u: TestUser, caseId: string) => testCaseAccess(t, n, u, caseId);

async function personWithCase() {
  const person = await createTestPerson(t.db, { districtId: n.districtId, registeredByOrganizationId: n.lead.organizationId, givenName: 'Olena', familyName: 'Kovalenko' });
  const row = await createTestCase(t.db, { districtId: n.districtId, personId: person.id, lead: n.lead, ownerId: n.lead.operator.userId });
  return { person, row };
}

const terms = (extra: Record<string, unknown> = {}) => ({ purpose: 'Presa in carico congiunta con il centro antiviolenza', sections: ['identity', 'needs', 'plan'], givenOn: '2026-01-20', ...extra });

describe('recording consent', () => {
  it('records a term with its signed form, lists it, and lets whoever sees the person download the form', async () => {
    const { person } = await personWithCase();
    const res = await post(`/api/casework/persons/${person.id}/consents`, n.lead.operator, terms({ grantedToOrganizationId: n.partner.organizationId, validUntil: '2027-01-20', document: { fileName: 'consenso firmato.png', contentType: 'image/png', contentBase64: PNG } }));
    expect(res.statusCode).toBe(201);
    const consent = res.json();
    expect(consent).toMatchObject({ personId: person.id, grantedToOrganizationId: n.partner.organizationId, sections: ['identity', 'needs', 'plan'], state: 'active', withdrawnAt: null, document: { fileName: 'consenso firmato.png', contentType: 'image/png' } });
    expect(consent.grantedToOrganizationName).toContain('Centro antiviolenza');

    const list = await get(`/api/casework/persons/${person.id}/consents`, n.lead.operator2);
    expect(list.statusCode).toBe(200);
    expect(list.json().map((c: { id: string }) => c.id)).toEqual([consent.id]);
    const audited = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'casework.consents.read'), eq(auditLog.entityId, person.id)));
    expect(audited[0]!.personalData).toBe(true);

    const form = await get(`/api/casework/documents/${consent.document.id}`, n.lead.operator2);
    expect(form.statusCode).toBe(200);
    expect(form.headers['content-type']).toBe('image/png');
    expect((await get(`/api/casework/documents/${consent.document.id}`, n.partner.operator)).statusCode).toBe(404);
  });

  it('takes a scanned form of a few megabytes, above the default request size', async () => {
    const { person } = await personWithCase();
    const scan = Buffer.alloc(3 * 1024 * 1024, 7);
    const res = await post(`/api/casework/persons/${person.id}/consents`, n.lead.operator, terms({ document: { fileName: '../../etc/modulo.pdf', contentType: 'application/pdf', contentBase64: scan.toString('base64') } }));
    expect(res.statusCode).toBe(201);
    expect(res.json().document).toMatchObject({ fileName: 'modulo.pdf', size: scan.length });
    const form = await get(`/api/casework/documents/${res.json().document.id}`, n.lead.operator);
    expect(form.rawPayload.equals(scan)).toBe(true);
  });

  it('refuses terms given in the future, expiring before they were given, or to an unknown organisation', async () => {
    const { person } = await personWithCase();
    const field = async (payload: Record<string, unknown>) => {
      const res = await post(`/api/casework/persons/${person.id}/consents`, n.lead.operator, payload);
      expect(res.statusCode).toBe(400);
      return res.json().error.fields[0];
    };
    expect(await field(terms({ givenOn: '2999-01-01' }))).toEqual({ field: 'givenOn', message: 'La data non può essere nel futuro.' });
    expect((await field(terms({ validUntil: '2025-01-01' }))).field).toBe('validUntil');
    expect((await field(terms({ grantedToOrganizationId: '00000000-0000-4000-8000-000000000000' }))).field).toBe('grantedToOrganizationId');
    expect((await field(terms({ sections: [] }))).field).toBe('sections');
    expect((await field(terms({ document: { fileName: 'x.svg', contentType: 'image/svg+xml', contentBase64: PNG } }))).field).toBe('document.contentType');
    expect((await t.db.select().from(consents).where(eq(consents.personId, person.id))).length).toBe(0);
  });

  it('answers 404 to anyone who may not see the person, on every consent route', async () => {
    const { person } = await personWithCase();
    const consent = await createTestConsent(t.db, { personId: person.id, recordedBy: n.lead.operator.userId });
    for (const u of [n.other.operator, n.partner.operator]) {
      expect((await get(`/api/casework/persons/${person.id}/consents`, u)).statusCode).toBe(404);
      expect((await post(`/api/casework/persons/${person.id}/consents`, u, terms())).statusCode).toBe(404);
      expect((await post(`/api/casework/consents/${consent.id}/withdraw`, u)).statusCode).toBe(404);
      expect((await post(`/api/casework/persons/${person.id}/consents/${consent.id}/replace`, u, terms())).statusCode).toBe(404);
    }
    expect((await get(`/api/casework/persons/${person.id}/consents`, n.coordinator)).statusCode).toBe(403);
    expect((await post(`/api/casework/consents/00000000-0000-4000-8000-000000000000/withdraw`, n.lead.operator)).statusCode).toBe(404);
    // A consent of someone else is not reachable through this person's URL.
    const other = await personWithCase();
    expect((await post(`/api/casework/persons/${other.person.id}/consents/${consent.id}/replace`, n.lead.operator, terms())).statusCode).toBe(404);
  });
});

describe('withdrawing and replacing consent', () => {
  it('withdrawal ends at once the access the consent granted', async () => {
    const { person, row } = await personWithCase();
    const consent = await createTestConsent(t.db, { personId: person.id, recordedBy: n.lead.operator.userId });
    await addTestParticipant(t.db, row.id, { organizationId: n.partner.organizationId, serviceId: n.partner.serviceId, sections: ['identity', 'needs'], consentId: consent.id });
    expect(await sees(n.partner.operator, row.id)).toMatchObject({ sections: ['identity', 'needs'] });
    expect((await get(`/api/casework/cases/${row.id}`, n.partner.operator)).statusCode).toBe(200);
    // The partner sees the person through the case, so it may record the withdrawal itself.
    expect((await get(`/api/casework/persons/${person.id}/consents`, n.partner.operator)).statusCode).toBe(200);

    const res = await post(`/api/casework/consents/${consent.id}/withdraw`, n.lead.operator, { note: 'La signora ha revocato il consenso al colloquio del 3 marzo' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ state: 'withdrawn', withdrawalNote: 'La signora ha revocato il consenso al colloquio del 3 marzo' });
    expect(await sees(n.partner.operator, row.id)).toBeNull();
    expect((await get(`/api/casework/cases/${row.id}`, n.partner.operator)).statusCode).toBe(404);
    expect((await get(`/api/casework/cases/${row.id}`, n.lead.operator)).statusCode).toBe(200);
    const again = await post(`/api/casework/consents/${consent.id}/withdraw`, n.lead.operator);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('consent_already_withdrawn');
    expect((await post(`/api/casework/persons/${person.id}/consents/${consent.id}/replace`, n.lead.operator, terms())).statusCode).toBe(409);
  });

  it('replacement keeps participations the new terms still cover and ends the others', async () => {
    const { person, row } = await personWithCase();
    const old = await createTestConsent(t.db, { personId: person.id, recordedBy: n.lead.operator.userId });
    await addTestParticipant(t.db, row.id, { organizationId: n.partner.organizationId, serviceId: n.partner.serviceId, sections: ['identity', 'needs'], consentId: old.id });
    await addTestParticipant(t.db, row.id, { organizationId: n.other.organizationId, serviceId: n.other.serviceId, sections: ['health'], consentId: old.id });

    const res = await post(`/api/casework/persons/${person.id}/consents/${old.id}/replace`, n.lead.operator, terms({ sections: ['identity', 'needs'] }));
    expect(res.statusCode).toBe(201);
    const fresh = res.json();
    expect(fresh).toMatchObject({ replacesId: old.id, state: 'active', sections: ['identity', 'needs'] });
    const list = (await get(`/api/casework/persons/${person.id}/consents`, n.lead.operator)).json();
    expect(list.find((c: { id: string }) => c.id === old.id)).toMatchObject({ state: 'withdrawn', withdrawalNote: 'replaced' });

    const parts = await t.db.select().from(participants).where(eq(participants.caseId, row.id));
    const partner = parts.find((p) => p.serviceId === n.partner.serviceId)!;
    const other = parts.find((p) => p.serviceId === n.other.serviceId)!;
    expect(partner).toMatchObject({ consentId: fresh.id, endedAt: null });
    expect(other.endedAt).not.toBeNull();
    expect(await sees(n.partner.operator, row.id)).toMatchObject({ sections: ['identity', 'needs'] });
    expect(await sees(n.other.operator, row.id)).toBeNull();
  });

  it('a replacement granted to one organisation ends the participations of the others', async () => {
    const { person, row } = await personWithCase();
    const old = await createTestConsent(t.db, { personId: person.id, recordedBy: n.lead.operator.userId });
    await addTestParticipant(t.db, row.id, { organizationId: n.partner.organizationId, serviceId: n.partner.serviceId, sections: ['needs'], consentId: old.id });
    const res = await post(`/api/casework/persons/${person.id}/consents/${old.id}/replace`, n.lead.operator, terms({ grantedToOrganizationId: n.other.organizationId }));
    expect(res.statusCode).toBe(201);
    expect(await sees(n.partner.operator, row.id)).toBeNull();
  });
});
