import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import { auditLog } from '../../../platform/audit/schema';
import { decryptText } from '../../../platform/crypto/fieldEncryption';
import type { TestApp } from '../../../platform/testing/testApp';
import { organizationsTesting } from '../../organizations/module';
import { sealNote, sealSummary } from './caseText';
import { cases, consents, documents, householdMembers, households, lockouts, notes, personKeys, persons, retentionActions } from './schema';
import { addTestParticipant, createTestCase, createTestNetwork, createTestPerson, startCaseworkApp, type TestNetwork } from './testing';

let t: TestApp;
let net: TestNetwork;
let personId: string;
let caseA: string; // ordinary, led by lead, partner joined with identity + needs + notes
let caseB: string; // restricted, led by lead, lead.operator named
let caseX: string; // led by a fourth organisation only
let formId: string;
let otherDocId: string;
let outsiderAdmin: { cookie: string };

const OTHER_SUMMARY = "Segreto dell'altro servizio";
const RESTRICTED_NOTE = 'Nota riservata sul percorso di protezione';
const HEALTH_NOTE = 'Nota sanitaria del servizio sociale';

beforeAll(async () => {
  t = await startCaseworkApp();
  net = await createTestNetwork(t);
  const key = t.config.encryptionKey;
  const person = await createTestPerson(t.db, {
    districtId: net.districtId,
    registeredByOrganizationId: net.lead.organizationId,
    registeredByServiceId: net.lead.serviceId,
    givenName: 'Mohamed',
    familyName: 'Benali',
    nativeGivenName: 'محمد',
    nativeFamilyName: 'بن علي',
    alternativeNames: ['Muhammad Ben Ali'],
    birthYear: 1990,
    birthMonth: 5,
    birthDay: 12,
    birthPlace: 'Casablanca',
    citizenships: ['MA'],
    taxCode: 'BNLMMD90E12Z330X',
    phone: '+39 333 1234567',
    email: 'mohamed@example.org',
    address: 'Via Roma 1, Bologna',
  });
  personId = person.id;
  const [form] = await t.db.insert(documents).values({ personId, fileName: 'consenso.pdf', contentType: 'application/pdf', size: 4, content: Buffer.from('%PDF'), uploadedBy: net.lead.operator.userId }).returning();
  formId = form!.id;
  const [otherDoc] = await t.db.insert(documents).values({ personId, fileName: 'permesso.jpg', contentType: 'image/jpeg', size: 3, content: Buffer.from('jpg'), uploadedBy: net.lead.operator.userId }).returning();
  otherDocId = otherDoc!.id;
  const [consent] = await t.db
    .insert(consents)
    .values({ personId, grantedToOrganizationId: net.partner.organizationId, purpose: 'Presa in carico congiunta', sections: ['identity', 'needs', 'notes'], givenOn: '2026-01-15', documentId: formId, recordedBy: net.lead.operator.userId })
    .returning();

  const a = await createTestCase(t.db, { districtId: net.districtId, personId, lead: net.lead, ownerId: net.lead.operator.userId });
  caseA = a.id;
  await t.db.update(cases).set({ summary: 'Sfratto imminente', needs: ['housing'] }).where(eq(cases.id, caseA));
  await addTestParticipant(t.db, caseA, { organizationId: net.partner.organizationId, serviceId: net.partner.serviceId, sections: ['identity', 'needs', 'notes'], consentId: consent!.id });
  await t.db.insert(notes).values([
    { caseId: caseA, section: 'notes', body: 'Colloquio di accoglienza svolto', authorId: net.lead.operator.userId, authorOrganizationId: net.lead.organizationId },
    { caseId: caseA, section: 'health', body: HEALTH_NOTE, authorId: net.lead.operator.userId, authorOrganizationId: net.lead.organizationId },
  ]);

  const b = await createTestCase(t.db, { districtId: net.districtId, personId, lead: net.lead, ownerId: net.lead.operator.userId, protection: 'restricted' });
  caseB = b.id;
  await t.db.update(cases).set({ summary: sealSummary(key, 'restricted', 'Violenza domestica') }).where(eq(cases.id, caseB));
  await t.db.insert(notes).values({ caseId: caseB, section: 'notes', ...sealNote(key, 'restricted', RESTRICTED_NOTE), authorId: net.lead.operator.userId, authorOrganizationId: net.lead.organizationId });

  const fourthOrg = await organizationsTesting.createTestOrganization(t.db, { name: 'Quarto ente', districtId: net.districtId });
  const fourthService = await organizationsTesting.createTestService(t.db, fourthOrg.id, 'Quarto servizio');
  const fourthOperator = await t.userWith('operator', 'organization', fourthOrg.id);
  const x = await createTestCase(t.db, { districtId: net.districtId, personId, lead: { organizationId: fourthOrg.id, serviceId: fourthService.id }, ownerId: fourthOperator.userId });
  caseX = x.id;
  await t.db.update(cases).set({ summary: OTHER_SUMMARY }).where(eq(cases.id, caseX));
  outsiderAdmin = net.other.admin;

  const child = await createTestPerson(t.db, { districtId: net.districtId, registeredByOrganizationId: net.lead.organizationId, givenName: 'Amina', familyName: 'Benali' });
  const [home] = await t.db.insert(households).values({ districtId: net.districtId, registeredByOrganizationId: net.lead.organizationId, name: 'Nucleo Benali', singleParent: true }).returning();
  await t.db.insert(householdMembers).values([
    { householdId: home!.id, personId, relationship: 'head' },
    { householdId: home!.id, personId: child.id, relationship: 'child' },
  ]);
  await t.db.insert(lockouts).values({ personId, userId: net.other.operator2.userId, reason: 'Conoscente della famiglia', recordedBy: net.lead.operator.userId });
}, 60_000);

afterAll(async () => {
  await t?.close();
});

const exportJson = (cookie: string) => t.request({ method: 'GET', url: `/api/casework/persons/${personId}/export.json`, as: cookie });

describe('GET /persons/:id/export.json', () => {
  it('gives the lead service the person and the cases it takes part in, and only counts the others', async () => {
    const res = await exportJson(net.lead.operator.cookie);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.generatedBy.userId).toBe(net.lead.operator.userId);
    expect(body.person).toMatchObject({ id: personId, givenName: 'Mohamed', nativeGivenName: 'محمد', taxCode: 'BNLMMD90E12Z330X', birthDay: 12 });
    expect(body.households[0]).toMatchObject({ name: 'Nucleo Benali', relationship: 'head' });
    expect(body.households[0].members).toHaveLength(2);
    expect(JSON.stringify(body.households)).not.toContain('Amina');
    expect(body.consents).toHaveLength(1);
    expect(body.lockouts[0]).toMatchObject({ reason: 'Conoscente della famiglia', liftedAt: null });
    expect(body.documents.map((d: { fileName: string }) => d.fileName).sort()).toEqual(['consenso.pdf', 'permesso.jpg']);
    expect(body.cases.map((c: { id: string }) => c.id).sort()).toEqual([caseA, caseB].sort());
    const b = body.cases.find((c: { id: string }) => c.id === caseB);
    expect(b.summary).toBe('Violenza domestica');
    expect(b.notes.map((n: { body: string }) => n.body)).toEqual([RESTRICTED_NOTE]);
    const a = body.cases.find((c: { id: string }) => c.id === caseA);
    expect(a.notes).toHaveLength(2);
    expect(a.plan).toMatchObject({ assessments: [], goals: [], interventions: [] });
    expect(body.otherControllers.cases).toBe(1);
    expect(res.body).not.toContain(OTHER_SUMMARY);
    expect(res.body).not.toContain(caseX);
  });

  it('records the export in the audit log as a read of personal data', async () => {
    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'casework.person.export'), eq(auditLog.entityId, personId))).orderBy(desc(auditLog.seq)).limit(1);
    expect(entry).toMatchObject({ personalData: true, actorId: net.lead.operator.userId, entityType: 'person' });
  });

  it('a worker of the lead service not named on the restricted case gets it by reference only', async () => {
    const body = (await exportJson(net.lead.operator2.cookie)).json();
    expect(body.cases.map((c: { id: string }) => c.id)).toEqual([caseA]);
    expect(body.restrictedCases).toHaveLength(1);
    expect(JSON.stringify(body)).not.toContain(RESTRICTED_NOTE);
    expect(JSON.stringify(body)).not.toContain('Violenza domestica');
  });

  it('a partner sees the shared case with the sections shared, never the health notes', async () => {
    const res = await exportJson(net.partner.operator.cookie);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.cases.map((c: { id: string }) => c.id)).toEqual([caseA]);
    expect(body.cases[0].notes.map((n: { section: string }) => n.section)).toEqual(['notes']);
    expect(body.cases[0].plan).toBeNull();
    expect(res.body).not.toContain(HEALTH_NOTE);
    expect(body.otherControllers.cases).toBe(2);
  });

  it('another organisation gets 404; coordinators 403', async () => {
    expect((await exportJson(net.other.operator.cookie)).statusCode).toBe(404);
    expect((await exportJson(net.coordinator.cookie)).statusCode).toBe(403);
    const missing = await t.request({ method: 'GET', url: `/api/casework/persons/00000000-0000-4000-8000-000000000000/export.json`, as: net.lead.operator.cookie });
    expect(missing.statusCode).toBe(404);
    const bad = await t.request({ method: 'GET', url: `/api/casework/persons/not-a-uuid/export.json`, as: net.lead.operator.cookie });
    expect(bad.statusCode).toBe(400);
  });
});

describe('GET /persons/:id/export.pdf', () => {
  it('is a non-trivial PDF sent as an attachment', async () => {
    const res = await t.request({ method: 'GET', url: `/api/casework/persons/${personId}/export.pdf`, as: net.lead.operator.cookie });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename=".+\.pdf"$/);
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(res.rawPayload.length).toBeGreaterThan(5000);
  });

  it('is refused to another organisation', async () => {
    const res = await t.request({ method: 'GET', url: `/api/casework/persons/${personId}/export.pdf`, as: net.other.operator.cookie });
    expect(res.statusCode).toBe(404);
  });
});

describe('POST /persons/:id/erase', () => {
  const erase = (cookie: string, payload: Record<string, unknown>, headers: Record<string, string> = {}) => t.request({ method: 'POST', url: `/api/casework/persons/${personId}/erase`, as: cookie, payload, headers });
  const reason = 'Richiesta scritta della persona del 3 marzo';

  it('refuses operators (403), admins of other organisations that see the person (403) or not (404)', async () => {
    expect((await erase(net.lead.operator.cookie, { mode: 'pseudonymise', reason })).statusCode).toBe(403);
    const partnerAdmin = await erase(net.partner.admin.cookie, { mode: 'pseudonymise', reason }, { 'accept-language': 'it' });
    expect(partnerAdmin.statusCode).toBe(403);
    expect(partnerAdmin.json().error.code).toBe('person_erase_forbidden');
    expect((await erase(outsiderAdmin.cookie, { mode: 'pseudonymise', reason })).statusCode).toBe(404);
  });

  it('rejects a short reason or an unknown mode with a translated 400', async () => {
    const short = await erase(net.lead.admin.cookie, { mode: 'erase', reason: 'breve' }, { 'accept-language': 'it' });
    expect(short.statusCode).toBe(400);
    expect(JSON.stringify(short.json())).toContain('almeno 10 caratteri');
    expect((await erase(net.lead.admin.cookie, { mode: 'delete', reason })).statusCode).toBe(400);
  });

  it('erase is refused while a case is open (409)', async () => {
    const res = await erase(net.lead.admin.cookie, { mode: 'erase', reason });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('person_has_open_case');
  });

  it('pseudonymise removes identifying fields, keys and note texts, and records what was done', async () => {
    const keysBefore = await t.db.select().from(personKeys).where(eq(personKeys.personId, personId));
    expect(keysBefore.length).toBeGreaterThan(0);
    const res = await erase(net.lead.admin.cookie, { mode: 'pseudonymise', reason });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.pseudonym).toMatch(/^Persona [0-9a-f]{8}$/);
    expect(body.kept).toEqual({ consents: 1, cases: 3 });
    expect(res.body).not.toContain('Mohamed');

    const [row] = await t.db.select().from(persons).where(eq(persons.id, personId));
    expect(row).toMatchObject({ givenName: 'Persona', nativeGivenName: null, nativeFamilyName: null, alternativeNames: [], birthYear: 1990, birthMonth: null, birthDay: null, birthPlace: null, taxCode: null, phone: null, email: null, address: null, searchName: '', citizenships: ['MA'] });
    expect(row!.pseudonymisedAt).not.toBeNull();
    expect(await t.db.select().from(personKeys).where(eq(personKeys.personId, personId))).toEqual([]);

    const key = t.config.encryptionKey;
    const noteRows = await t.db.select().from(notes);
    const ofPerson = noteRows.filter((n) => [caseA, caseB].includes(n.caseId));
    expect(ofPerson).toHaveLength(3);
    for (const n of ofPerson) expect(n.bodyEncrypted ? decryptText(key, n.bodyEncrypted) : n.body).toBe('[rimosso]');
    const [b] = await t.db.select().from(cases).where(eq(cases.id, caseB));
    expect(b!.summary!.startsWith('enc:')).toBe(true);
    expect(decryptText(key, Buffer.from(b!.summary!.slice(4), 'base64'))).toBe('[rimosso]');

    const actions = await t.db.select().from(retentionActions).where(eq(retentionActions.personId, personId));
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ action: 'pseudonymise', rule: 'request', doneBy: net.lead.admin.userId });
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'casework.person.pseudonymise'), eq(auditLog.entityId, personId)));
    expect(audit).toMatchObject({ personalData: true, reason });

    // The record is still there for the registering service, under its pseudonym.
    const after = (await exportJson(net.lead.operator.cookie)).json();
    expect(after.person.givenName).toBe('Persona');
    // The household keeps its name: it is also the other members' record.
    expect(JSON.stringify({ ...after, households: [] })).not.toMatch(/Benali|Mohamed|Casablanca|BNLMMD/);
  });

  it('erase, once every case is closed, deletes documents but the signed consent form, and household memberships', async () => {
    await t.db.update(cases).set({ status: 'closed', closedOn: '2026-02-01', closureOutcome: 'other' }).where(eq(cases.personId, personId));
    const res = await erase(net.lead.admin.cookie, { mode: 'erase', reason });
    expect(res.statusCode).toBe(200);
    expect(res.json().removed).toMatchObject({ documents: 1, householdMemberships: 1 });
    const docs = await t.db.select({ id: documents.id }).from(documents).where(eq(documents.personId, personId));
    expect(docs.map((d) => d.id)).toEqual([formId]);
    expect(docs.map((d) => d.id)).not.toContain(otherDocId);
    expect(await t.db.select().from(householdMembers).where(eq(householdMembers.personId, personId))).toEqual([]);
    expect(await t.db.select().from(consents).where(eq(consents.personId, personId))).toHaveLength(1);
    const actions = await t.db.select().from(retentionActions).where(and(eq(retentionActions.personId, personId), eq(retentionActions.action, 'erase')));
    expect(actions).toHaveLength(1);
  });
});
