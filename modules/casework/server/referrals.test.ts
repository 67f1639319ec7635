import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../../platform/audit/schema';
import type { TestApp } from '../../../platform/testing/testApp';
import { notifications } from '../../../platform/notifications/schema';
import { organizationsTesting } from '../../organizations/module';
import { caseWorkers, households, householdMembers, participants, referrals } from './schema';
import { addTestParticipant, createTestCase, createTestConsent, createTestNetwork, createTestPerson, startCaseworkApp, testCaseAccess, type TestNetwork, type TestUser } from './testing';

let t: TestApp;
let n: TestNetwork;

beforeAll(async () => {
  t = await startCaseworkApp();
  n = await createTestNetwork(t);
});
afterAll(() => t.close());

const PDF = Buffer.from('%PDF-1.4\n% relazione di invio\n').toString('base64');

async function openCase(protection: 'ordinary' | 'restricted' = 'ordinary') {
  const person = await createTestPerson(t.db, { districtId: n.districtId, registeredByOrganizationId: n.lead.organizationId, givenName: 'Amina', familyName: 'Haddad', birthYear: 1990 });
  const row = await createTestCase(t.db, { districtId: n.districtId, personId: person.id, lead: n.lead, ownerId: n.lead.operator.userId, protection });
  const consent = await createTestConsent(t.db, { personId: person.id, recordedBy: n.lead.operator.userId });
  return { person, row, consent };
}

const send = (caseId: string, payload: Record<string, unknown>, as: TestUser = n.lead.operator) =>
  t.request({ method: 'POST', url: `/api/casework/cases/${caseId}/referrals`, as: as.cookie, payload });
const byConsent = (consentId: string, extra: Record<string, unknown> = {}) => ({
  toServiceId: n.partner.serviceId,
  reason: 'Supporto psicologico e orientamento legale',
  basis: 'consent',
  consentId,
  sections: ['identity', 'needs'],
  ...extra,
});
const post = (url: string, as: TestUser, payload: Record<string, unknown> = {}) => t.request({ method: 'POST', url, as: as.cookie, payload });
const get = (url: string, as: TestUser) => t.request({ method: 'GET', url, as: as.cookie });
const box = async (as: TestUser, which: 'inbox' | 'outbox', extra = '') => (await get(`/api/casework/referrals?box=${which}${extra}`, as)).json();

const sees = (u: TestUser, caseId: string) => testCaseAccess(t, n, u, caseId);

describe('sending a referral', () => {
  it('refers a case on consent: the partner sees it in its inbox with its age, a preview limited to what is shared, and its attachment; accepting joins the case with that view', async () => {
    const { row, consent } = await openCase();
    const sent = await send(row.id, byConsent(consent.id, { attachments: [{ fileName: 'relazione sociale.pdf', contentType: 'application/pdf', contentBase64: PDF }] }));
    expect(sent.statusCode).toBe(201);
    const referral = sent.json();
    expect(referral).toMatchObject({ caseId: row.id, status: 'pending', basis: 'consent', sections: ['identity', 'needs'], box: 'outbox', subject: null, from: { serviceId: n.lead.serviceId }, to: { serviceId: n.partner.serviceId } });
    expect(referral.from.serviceName).toContain('Servizio');

    const inbox = await box(n.partner.operator, 'inbox');
    const item = inbox.items.find((r: { id: string }) => r.id === referral.id);
    expect(item).toMatchObject({ caseReference: row.reference, ageDays: 0, overdue: false, subject: { name: 'Amina Haddad', birthYear: 1990 }, box: 'inbox', can: { accept: true, decline: true, revoke: false } });
    expect(item.attachments).toEqual([expect.objectContaining({ fileName: 'relazione sociale.pdf', size: Buffer.from(PDF, 'base64').length })]);
    expect((await box(n.other.operator, 'inbox')).items.some((r: { id: string }) => r.id === referral.id)).toBe(false);
    const reads = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'casework.referrals.list'), eq(auditLog.actorId, n.partner.operator.userId)));
    expect(reads.at(-1)).toMatchObject({ personalData: true, details: { box: 'inbox' } });

    // The target organisation's staff are told, without the person's name.
    const [notice] = await t.db.select().from(notifications).where(and(eq(notifications.userId, n.partner.admin.userId), eq(notifications.kind, 'casework.referral_received')));
    expect(notice).toMatchObject({ messageKey: 'casework:notifications.referralReceived', params: { reference: row.reference }, link: '/casework/referrals?box=inbox' });
    expect(JSON.stringify(notice!.params)).not.toContain('Haddad');

    // Before accepting, the partner reads the attachment but not the case.
    const doc = await get(`/api/casework/documents/${item.attachments[0].id}`, n.partner.operator);
    expect(doc.statusCode).toBe(200);
    expect(doc.headers['content-type']).toBe('application/pdf');
    expect(doc.headers['x-content-type-options']).toBe('nosniff');
    expect(doc.headers['content-disposition']).toContain('attachment; filename="relazione sociale.pdf"');
    expect(doc.rawPayload.equals(Buffer.from(PDF, 'base64'))).toBe(true);
    expect((await get(`/api/casework/documents/${item.attachments[0].id}`, n.other.operator)).statusCode).toBe(404);
    expect(await sees(n.partner.operator, row.id)).toBeNull();
    expect((await get(`/api/casework/cases/${row.id}`, n.partner.operator)).statusCode).toBe(404);

    const accepted = await post(`/api/casework/referrals/${referral.id}/accept`, n.partner.operator2, { note: 'Presa in carico dal 1° del mese' });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', decisionReason: 'Presa in carico dal 1° del mese', can: { accept: false } });
    const access = await sees(n.partner.operator, row.id);
    expect(access).toMatchObject({ level: 'full', sections: ['identity', 'needs'], isLead: false, can: { refer: false } });
    const viaHttp = await get(`/api/casework/cases/${row.id}`, n.partner.operator);
    expect(viaHttp.statusCode).toBe(200);
    expect(viaHttp.json().access.sections).toEqual(['identity', 'needs']);
    expect((await get(`/api/casework/cases/${row.id}`, n.other.operator)).statusCode).toBe(404);
    // The accepting worker is named on the case; the sender is told.
    const named = await t.db.select().from(caseWorkers).where(and(eq(caseWorkers.caseId, row.id), eq(caseWorkers.userId, n.partner.operator2.userId)));
    expect(named).toHaveLength(1);
    const told = await t.db.select().from(notifications).where(and(eq(notifications.userId, n.lead.operator.userId), eq(notifications.kind, 'casework.referral_accepted')));
    expect(told.length).toBeGreaterThan(0);
    // Once decided, the attachment follows the case's rule: the partner sees the case in full, so it still reads it.
    expect((await get(`/api/casework/documents/${item.attachments[0].id}`, n.partner.operator)).statusCode).toBe(200);
    expect((await get(`/api/casework/documents/${item.attachments[0].id}`, n.lead.operator2)).statusCode).toBe(200);
  });

  it('hides the subject from the inbox when identity is not shared', async () => {
    const { row, consent } = await openCase();
    const sent = await send(row.id, byConsent(consent.id, { sections: ['needs', 'plan'] }));
    expect(sent.statusCode).toBe(201);
    const item = (await box(n.partner.operator, 'inbox')).items.find((r: { id: string }) => r.id === sent.json().id);
    expect(item.subject).toBeNull();
    expect((await get(`/api/casework/referrals/${sent.json().id}`, n.partner.operator)).json().subject).toBeNull();
  });

  it('on a restricted case, shows a colleague not named on it no free text, no attachments and no revoke', async () => {
    const { row, consent } = await openCase('restricted');
    const sent = await send(row.id, byConsent(consent.id, { attachments: [{ fileName: 'relazione.pdf', contentType: 'application/pdf', contentBase64: PDF }] }));
    expect(sent.statusCode).toBe(201);
    const seen = (await get(`/api/casework/referrals/${sent.json().id}`, n.lead.operator2)).json();
    expect(seen).toMatchObject({ reason: null, legalBasisNote: null, attachments: [], can: { revoke: false } });
    expect(JSON.stringify(seen)).not.toContain('Supporto psicologico');
    // The named worker who sent it still reads everything; the receiver reads the reason to decide.
    expect((await get(`/api/casework/referrals/${sent.json().id}`, n.lead.operator)).json()).toMatchObject({ reason: 'Supporto psicologico e orientamento legale', can: { revoke: true } });
    expect((await get(`/api/casework/referrals/${sent.json().id}`, n.partner.operator)).json().reason).toBe('Supporto psicologico e orientamento legale');
  });

  it("lists one case's referrals when asked by case", async () => {
    const first = await openCase();
    const second = await openCase();
    const a = (await send(first.row.id, byConsent(first.consent.id))).json().id;
    const b = (await send(second.row.id, byConsent(second.consent.id))).json().id;
    const ofFirst = await box(n.lead.operator, 'outbox', `&caseId=${first.row.id}`);
    expect(ofFirst.items.map((r: { id: string }) => r.id)).toEqual([a]);
    expect(ofFirst.total).toBe(1);
    expect((await box(n.lead.operator, 'outbox', `&caseId=${second.row.id}`)).items.map((r: { id: string }) => r.id)).toEqual([b]);
    // Another service asking about the case learns nothing.
    expect((await box(n.other.operator, 'outbox', `&caseId=${first.row.id}`)).total).toBe(0);
  });

  it('accepts a legal basis instead of consent, with the law or order named', async () => {
    const { row } = await openCase();
    const missing = await send(row.id, { toServiceId: n.partner.serviceId, reason: 'Tutela minore', basis: 'court_order', sections: ['identity'] });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['legalBasisNote']);
    expect(missing.json().error.fields[0].message).toBe('Indica la norma o il provvedimento (almeno 10 caratteri).');
    const ok = await send(row.id, { toServiceId: n.partner.serviceId, reason: 'Tutela minore', basis: 'court_order', legalBasisNote: 'Decreto Tribunale per i minorenni n. 123/2026', sections: ['identity', 'health'], until: '2099-12-31' });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ basis: 'court_order', consentId: null, sections: ['identity', 'health'], until: '2099-12-31' });
  });

  it('refuses a referral on consent without a consent, or on one that cannot ground it', async () => {
    const { row, person, consent } = await openCase();
    const codeOf = async (payload: Record<string, unknown>) => {
      const res = await send(row.id, payload);
      expect(res.statusCode).toBe(400);
      return res.json().error.code as string;
    };
    const noConsent = await send(row.id, byConsent(consent.id, { consentId: undefined }));
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().error.fields).toEqual([{ field: 'consentId', message: "Indica il consenso su cui si basa l'invio." }]);

    const stranger = await createTestPerson(t.db, { districtId: n.districtId, registeredByOrganizationId: n.lead.organizationId });
    const othersConsent = await createTestConsent(t.db, { personId: stranger.id, recordedBy: n.lead.operator.userId });
    expect(await codeOf(byConsent(othersConsent.id))).toBe('referral_consent_not_found');
    const expired = await createTestConsent(t.db, { personId: person.id, recordedBy: n.lead.operator.userId, validUntil: '2026-01-31' });
    expect(await codeOf(byConsent(expired.id))).toBe('referral_consent_expired');
    const toOther = await createTestConsent(t.db, { personId: person.id, recordedBy: n.lead.operator.userId, grantedToOrganizationId: n.other.organizationId });
    expect(await codeOf(byConsent(toOther.id))).toBe('referral_consent_other_organization');
    const toPartner = await createTestConsent(t.db, { personId: person.id, recordedBy: n.lead.operator.userId, grantedToOrganizationId: n.partner.organizationId });
    const narrow = (await post(`/api/casework/persons/${person.id}/consents`, n.lead.operator, { purpose: 'Solo bisogni', sections: ['needs'], givenOn: '2026-01-10' })).json();
    expect(await codeOf(byConsent(narrow.id, { sections: ['needs', 'health'] }))).toBe('referral_consent_sections');
    const withdrawn = await post(`/api/casework/consents/${narrow.id}/withdraw`, n.lead.operator, { note: 'Revocato a voce' });
    expect(withdrawn.statusCode).toBe(200);
    const res = await send(row.id, byConsent(narrow.id, { sections: ['needs'] }));
    expect(res.json().error.code).toBe('referral_consent_withdrawn');
    expect(res.json().error.message).toBe('Il consenso indicato è stato revocato: non può fondare un invio.');
    // A consent granted to the partner's own organisation grounds it.
    expect((await send(row.id, byConsent(toPartner.id))).statusCode).toBe(201);
  });

  it('checks the target service and the attachments', async () => {
    const { row, consent } = await openCase();
    expect((await send(row.id, byConsent(consent.id, { toServiceId: n.lead.serviceId }))).json().error.code).toBe('referral_own_service');
    const far = await organizationsTesting.createTestOrganization(t.db, { districtId: n.otherDistrictId });
    const farService = await organizationsTesting.createTestService(t.db, far.id);
    const outside = await send(row.id, byConsent(consent.id, { toServiceId: farService.id }));
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.code).toBe('referral_service_invalid');
    expect((await send(row.id, byConsent(consent.id, { toServiceId: '00000000-0000-4000-8000-000000000000' }))).json().error.code).toBe('referral_service_invalid');
    const past = await send(row.id, byConsent(consent.id, { until: '2020-01-01' }));
    expect(past.statusCode).toBe(400);
    expect(past.json().error.fields[0].field).toBe('until');

    const exe = await send(row.id, byConsent(consent.id, { attachments: [{ fileName: 'virus.exe', contentType: 'application/x-msdownload', contentBase64: PDF }] }));
    expect(exe.statusCode).toBe(400);
    expect(exe.json().error.fields[0]).toEqual({ field: 'attachments.0.contentType', message: 'Formato non ammesso: PDF, JPEG, PNG, DOCX o ODT.' });
    const big = Buffer.alloc(5 * 1024 * 1024 + 1, 1).toString('base64');
    const tooBig = await send(row.id, byConsent(consent.id, { attachments: [{ fileName: 'scan.png', contentType: 'image/png', contentBase64: big }] }));
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().error.fields[0]).toEqual({ field: 'attachments.0.contentBase64', message: 'Il file supera i 5 MB.' });
    expect((await t.db.select().from(referrals).where(eq(referrals.caseId, row.id))).length).toBe(0);

    expect((await send(row.id, byConsent(consent.id))).statusCode).toBe(201);
    const again = await send(row.id, byConsent(consent.id));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('referral_pending_exists');
    const joined = await openCase();
    await addTestParticipant(t.db, joined.row.id, { organizationId: n.partner.organizationId, serviceId: n.partner.serviceId, sections: ['needs'] });
    expect((await send(joined.row.id, byConsent(joined.consent.id))).statusCode).toBe(409);
  });

  it('lets only the lead refer: a participant gets 403, another organisation and coordinators never reach the case', async () => {
    const { row, consent } = await openCase();
    await addTestParticipant(t.db, row.id, { organizationId: n.partner.organizationId, serviceId: n.partner.serviceId, sections: ['needs'] });
    const payload = byConsent(consent.id, { toServiceId: n.other.serviceId });
    expect((await send(row.id, payload, n.partner.operator)).statusCode).toBe(403);
    expect((await send(row.id, payload, n.other.operator)).statusCode).toBe(404);
    expect((await send(row.id, payload, n.coordinator)).statusCode).toBe(403);
    expect((await send('00000000-0000-4000-8000-000000000000', payload)).statusCode).toBe(404);
  });

  it('refers a household case on the consent of one of its members', async () => {
    const member = await createTestPerson(t.db, { districtId: n.districtId, registeredByOrganizationId: n.lead.organizationId });
    const [home] = await t.db.insert(households).values({ districtId: n.districtId, registeredByOrganizationId: n.lead.organizationId, name: 'Nucleo Haddad', singleParent: true }).returning();
    await t.db.insert(householdMembers).values({ householdId: home!.id, personId: member.id, relationship: 'head' });
    const row = await createTestCase(t.db, { districtId: n.districtId, householdId: home!.id, lead: n.lead, ownerId: n.lead.operator.userId });
    const consent = await createTestConsent(t.db, { personId: member.id, recordedBy: n.lead.operator.userId });
    const sent = await send(row.id, byConsent(consent.id));
    expect(sent.statusCode).toBe(201);
    expect((await get(`/api/casework/referrals/${sent.json().id}`, n.partner.operator)).json().subject).toEqual({ name: 'Nucleo Haddad', birthYear: null });
  });
});

describe('deciding and revoking', () => {
  it('declines with a reason; a decided referral cannot be accepted', async () => {
    const { row, consent } = await openCase();
    const id = (await send(row.id, byConsent(consent.id))).json().id;
    const short = await post(`/api/casework/referrals/${id}/decline`, n.partner.operator, { reason: 'no' });
    expect(short.statusCode).toBe(400);
    expect((await post(`/api/casework/referrals/${id}/decline`, n.lead.operator, { reason: 'Non di nostra competenza' })).statusCode).toBe(403);
    const declined = await post(`/api/casework/referrals/${id}/decline`, n.partner.operator, { reason: 'Non di nostra competenza' });
    expect(declined.statusCode).toBe(200);
    expect(declined.json()).toMatchObject({ status: 'declined', decisionReason: 'Non di nostra competenza' });
    const late = await post(`/api/casework/referrals/${id}/accept`, n.partner.operator);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('referral_not_pending');
    expect(await sees(n.partner.operator, row.id)).toBeNull();
    const outbox = (await box(n.lead.operator, 'outbox', '&status=declined')).items;
    expect(outbox.find((r: { id: string }) => r.id === id)).toMatchObject({ status: 'declined', overdue: false, box: 'outbox' });
  });

  it('revokes a pending referral, and an accepted one ends the access it gave', async () => {
    const first = await openCase();
    const pendingId = (await send(first.row.id, byConsent(first.consent.id))).json().id;
    expect((await post(`/api/casework/referrals/${pendingId}/revoke`, n.partner.operator, { reason: 'Errore' })).statusCode).toBe(403);
    const revoked = await post(`/api/casework/referrals/${pendingId}/revoke`, n.lead.operator, { reason: 'Inviato per errore' });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().status).toBe('revoked');
    expect((await post(`/api/casework/referrals/${pendingId}/accept`, n.partner.operator)).statusCode).toBe(409);
    expect((await post(`/api/casework/referrals/${pendingId}/revoke`, n.lead.operator, { reason: 'Di nuovo' })).statusCode).toBe(409);

    const second = await openCase();
    const id = (await send(second.row.id, byConsent(second.consent.id))).json().id;
    expect((await post(`/api/casework/referrals/${id}/accept`, n.partner.operator)).statusCode).toBe(200);
    expect((await get(`/api/casework/cases/${second.row.id}`, n.partner.operator)).statusCode).toBe(200);
    expect((await post(`/api/casework/referrals/${id}/revoke`, n.lead.operator, { reason: 'Percorso concluso' })).statusCode).toBe(200);
    expect(await sees(n.partner.operator, second.row.id)).toBeNull();
    expect((await get(`/api/casework/cases/${second.row.id}`, n.partner.operator)).statusCode).toBe(404);
    const [p] = await t.db.select().from(participants).where(eq(participants.referralId, id));
    expect(p!.endedAt).not.toBeNull();
  });

  it('refuses acceptance when the consent was withdrawn meanwhile, and lets the receiver pick another of its services', async () => {
    const { row, consent } = await openCase();
    const id = (await send(row.id, byConsent(consent.id))).json().id;
    expect((await post(`/api/casework/consents/${consent.id}/withdraw`, n.lead.operator)).statusCode).toBe(200);
    const lapsed = await post(`/api/casework/referrals/${id}/accept`, n.partner.operator);
    expect(lapsed.statusCode).toBe(409);
    expect(lapsed.json().error.code).toBe('referral_consent_lapsed');

    const next = await openCase();
    const id2 = (await send(next.row.id, byConsent(next.consent.id))).json().id;
    const notOurs = await post(`/api/casework/referrals/${id2}/accept`, n.partner.operator, { serviceId: n.other.serviceId });
    expect(notOurs.statusCode).toBe(400);
    expect(notOurs.json().error.fields[0].field).toBe('serviceId');
    const second = await organizationsTesting.createTestService(t.db, n.partner.organizationId, 'Sportello legale');
    expect((await post(`/api/casework/referrals/${id2}/accept`, n.partner.operator, { serviceId: second.id })).statusCode).toBe(200);
    const [p] = await t.db.select().from(participants).where(eq(participants.referralId, id2));
    expect(p!.serviceId).toBe(second.id);
  });

  it('answers 404 to another organisation on every referral route', async () => {
    const { row, consent } = await openCase();
    const sent = (await send(row.id, byConsent(consent.id, { attachments: [{ fileName: 'a.pdf', contentType: 'application/pdf', contentBase64: PDF }] }))).json();
    expect((await get(`/api/casework/referrals/${sent.id}`, n.other.operator)).statusCode).toBe(404);
    expect((await post(`/api/casework/referrals/${sent.id}/accept`, n.other.operator)).statusCode).toBe(404);
    expect((await post(`/api/casework/referrals/${sent.id}/decline`, n.other.operator, { reason: 'Non ci interessa' })).statusCode).toBe(404);
    expect((await post(`/api/casework/referrals/${sent.id}/revoke`, n.other.operator, { reason: 'Non ci interessa' })).statusCode).toBe(404);
    expect((await get(`/api/casework/documents/${sent.attachments[0].id}`, n.other.operator)).statusCode).toBe(404);
    expect((await get(`/api/casework/documents/${sent.attachments[0].id}`, n.coordinator)).statusCode).toBe(403);
    expect((await get(`/api/casework/referrals/${sent.id}`, n.analyst)).statusCode).toBe(403);
    expect((await get(`/api/casework/referrals/00000000-0000-4000-8000-000000000000`, n.lead.operator)).statusCode).toBe(404);
    // Both sides read it.
    expect((await get(`/api/casework/referrals/${sent.id}`, n.lead.operator2)).json().box).toBe('outbox');
    expect((await get(`/api/casework/referrals/${sent.id}`, n.partner.admin)).json().box).toBe('inbox');
  });
});

describe('waiting referrals', () => {
  it('flags a referral waiting for the configured number of days as overdue', async () => {
    const { row } = await openCase();
    const days = t.config.casework.referralReminderDays;
    const [old] = await t.db
      .insert(referrals)
      .values({
        caseId: row.id,
        fromServiceId: n.lead.serviceId,
        fromOrganizationId: n.lead.organizationId,
        toServiceId: n.partner.serviceId,
        toOrganizationId: n.partner.organizationId,
        reason: 'Invio datato',
        basis: 'public_task',
        legalBasisNote: 'L. 328/2000, art. 22',
        sections: ['needs'],
        sentBy: n.lead.operator.userId,
        sentAt: new Date(Date.now() - (days + 1) * 86_400_000),
      })
      .returning();
    const [fresh] = await t.db
      .insert(referrals)
      .values({ ...old!, id: undefined, toServiceId: n.other.serviceId, toOrganizationId: n.other.organizationId, sentAt: new Date(Date.now() - (days - 1) * 86_400_000) })
      .returning();
    const inbox = (await box(n.partner.operator, 'inbox', '&status=pending&pageSize=200')).items;
    expect(inbox.find((r: { id: string }) => r.id === old!.id)).toMatchObject({ ageDays: days + 1, overdue: true });
    const outbox = (await box(n.lead.operator, 'outbox', '&status=pending&pageSize=200')).items;
    expect(outbox.find((r: { id: string }) => r.id === fresh!.id)).toMatchObject({ ageDays: days - 1, overdue: false });
    // A decided referral shows how long it waited, and is never overdue.
    await t.db.update(referrals).set({ status: 'declined', decidedAt: new Date(old!.sentAt.getTime() + 3 * 86_400_000), decisionReason: 'Nessun posto' }).where(eq(referrals.id, old!.id));
    expect((await get(`/api/casework/referrals/${old!.id}`, n.partner.operator)).json()).toMatchObject({ ageDays: 3, overdue: false });
  });

  it('pages the inbox on the server', async () => {
    const page = await box(n.partner.operator, 'inbox', '&page=1&pageSize=2');
    expect(page.pageSize).toBe(2);
    expect(page.items.length).toBeLessThanOrEqual(2);
    expect(page.total).toBeGreaterThan(2);
    expect((await get('/api/casework/referrals?box=elsewhere', n.partner.operator)).statusCode).toBe(400);
    expect((await box(n.coordinator, 'inbox')).error?.code).toBe('forbidden');
  });
});
