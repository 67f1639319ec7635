import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import type { Actor } from '../../../../platform/access/roles';
import { findServices, organizationNames } from '../../../organizations/module';
import type { CaseAccess, PersonExport } from '../../contract';
import { caseworkOrganizations } from '../access';
import { openNote, openSummary } from '../caseText';
import { assessments, cases, documents, goals, householdMembers, households, interventions, notes, referrals } from '../schema';
import { listCaseEvents } from './caseDetail';
import { userNames } from './userNames';
import { consentsOfPerson, lockoutsOfPerson } from './consents';
import { presentAssessment, presentGoal, presentInterventions } from './plan';
import { casesOfPerson, type LoadedPerson, type PersonRow } from './persons';
import { presentReferrals } from './referrals';

type CaseRow = typeof cases.$inferSelect;

export const OTHER_CONTROLLERS_NOTE =
  "Ogni servizio della rete è titolare autonomo del trattamento: per queste prese in carico risponde il servizio che le gestisce, a cui la persona può rivolgere la richiesta.";

const documentInfo = (d: Pick<typeof documents.$inferSelect, 'id' | 'fileName' | 'contentType' | 'size' | 'uploadedAt'>) => ({
  id: d.id,
  fileName: d.fileName,
  contentType: d.contentType,
  size: d.size,
  uploadedAt: d.uploadedAt.toISOString(),
});
const documentColumns = { id: documents.id, fileName: documents.fileName, contentType: documents.contentType, size: documents.size, uploadedAt: documents.uploadedAt, caseId: documents.caseId };

/** The person's record as stored, every field; the search keys are derived and left out. */
function personRecord(row: PersonRow): Record<string, unknown> {
  return { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString(), pseudonymisedAt: row.pseudonymisedAt?.toISOString() ?? null };
}

async function householdsOf(db: Db, personId: string) {
  const mine = await db.select().from(householdMembers).where(eq(householdMembers.personId, personId));
  if (mine.length === 0) return [];
  const ids = mine.map((m) => m.householdId);
  const [homes, members] = await Promise.all([
    db.select().from(households).where(inArray(households.id, ids)),
    db.select().from(householdMembers).where(inArray(householdMembers.householdId, ids)),
  ]);
  // Other members appear by their relationship only: their own data answers to their own requests.
  return homes.map((h) => ({
    id: h.id,
    name: h.name,
    singleParent: h.singleParent,
    relationship: mine.find((m) => m.householdId === h.id)!.relationship,
    members: members.filter((m) => m.householdId === h.id).map((m) => ({ relationship: m.relationship, self: m.personId === personId })),
  }));
}

/** One case the caller sees in full: what their access lets them read, decrypted. */
async function caseContent(db: Db, actor: Actor, key: Buffer, reminderDays: number, row: CaseRow, access: CaseAccess) {
  const orgs = caseworkOrganizations(actor);
  const noteSections = access.sections.filter((s): s is 'notes' | 'health' => s === 'notes' || s === 'health');
  const seesPlan = access.sections.includes('plan');
  const referralFilter = access.isLead ? eq(referrals.caseId, row.id) : and(eq(referrals.caseId, row.id), or(inArray(referrals.fromOrganizationId, orgs), inArray(referrals.toOrganizationId, orgs)));
  const [services, events, referralRows, noteRows, docs, assessmentRows, goalRows, interventionRows] = await Promise.all([
    findServices(db, [row.leadServiceId]),
    listCaseEvents(db, row.id),
    db.select().from(referrals).where(referralFilter).orderBy(asc(referrals.sentAt)),
    noteSections.length ? db.select().from(notes).where(and(eq(notes.caseId, row.id), inArray(notes.section, noteSections))).orderBy(asc(notes.createdAt)) : [],
    db.select(documentColumns).from(documents).where(eq(documents.caseId, row.id)).orderBy(asc(documents.uploadedAt)),
    seesPlan ? db.select().from(assessments).where(eq(assessments.caseId, row.id)).orderBy(asc(assessments.createdAt)) : [],
    seesPlan ? db.select().from(goals).where(eq(goals.caseId, row.id)).orderBy(asc(goals.createdAt)) : [],
    seesPlan ? db.select().from(interventions).where(eq(interventions.caseId, row.id)).orderBy(asc(interventions.createdAt)) : [],
  ]);
  const authors = await userNames(db, noteRows.map((n) => n.authorId));
  const lead = services.get(row.leadServiceId);
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    protection: row.protection,
    needs: row.needs,
    summary: openSummary(key, row.summary),
    openedOn: row.openedOn,
    closedOn: row.closedOn,
    closureOutcome: row.closureOutcome,
    closureNote: row.closureNote,
    leadService: { serviceId: row.leadServiceId, serviceName: lead?.name ?? null, organizationId: row.leadOrganizationId, organizationName: lead?.organizationName ?? null },
    access: { sections: access.sections, isLead: access.isLead },
    events,
    referrals: await presentReferrals(db, actor, referralRows, reminderDays),
    notes: noteRows.map((n) => ({ id: n.id, section: n.section, body: openNote(key, n), authorName: authors.get(n.authorId) ?? '', createdAt: n.createdAt.toISOString() })),
    plan: seesPlan
      ? { assessments: assessmentRows.map((a) => presentAssessment(a)), goals: goalRows.map(presentGoal), interventions: await presentInterventions(db, key, access, interventionRows) }
      : null,
    documents: docs.map(documentInfo),
  };
}

/**
 * Everything the caller's organisation holds about a person, for an access request (GDPR art. 15).
 * Cases are included in full only where the caller sees them in full; restricted cases they take part
 * in without a name on them are listed by reference; the rest of the network's cases are only counted.
 */
export async function buildPersonExport(db: Db, actor: Actor, person: LoadedPerson, options: { encryptionKey: Buffer; referralReminderDays: number; now?: Date }): Promise<PersonExport> {
  const personId = person.row.id;
  const orgIds = caseworkOrganizations(actor);
  const seen = person.access.cases.map((c) => ({ id: c.id, access: person.access.access.get(c.id)! }));
  const full = seen.filter((c) => c.access.level === 'full');
  const placeholders = seen.filter((c) => c.access.level !== 'full');
  const [allCases, caseRows, homes, consentList, lockoutList, personDocs, orgNames] = await Promise.all([
    casesOfPerson(db, personId),
    full.length ? db.select().from(cases).where(inArray(cases.id, full.map((c) => c.id))).orderBy(asc(cases.openedOn)) : [],
    householdsOf(db, personId),
    consentsOfPerson(db, personId),
    lockoutsOfPerson(db, personId).then((list) => list.reverse()),
    db.select(documentColumns).from(documents).where(eq(documents.personId, personId)).orderBy(asc(documents.uploadedAt)),
    organizationNames(db, orgIds),
  ]);
  const placeholderRows = placeholders.length ? await db.select({ reference: cases.reference, status: cases.status, openedOn: cases.openedOn }).from(cases).where(inArray(cases.id, placeholders.map((c) => c.id))) : [];
  const caseContents = [];
  for (const row of caseRows) caseContents.push(await caseContent(db, actor, options.encryptionKey, options.referralReminderDays, row, full.find((c) => c.id === row.id)!.access));
  return {
    generatedAt: (options.now ?? new Date()).toISOString(),
    generatedBy: { userId: actor.userId, name: actor.displayName, email: actor.email, organizations: orgIds.map((id) => ({ id, name: orgNames[id] ?? '' })) },
    person: personRecord(person.row),
    households: homes,
    consents: consentList,
    lockouts: lockoutList,
    documents: personDocs.map(documentInfo),
    cases: caseContents,
    restrictedCases: placeholderRows,
    otherControllers: { cases: allCases.length - person.access.cases.length, note: OTHER_CONTROLLERS_NOTE },
  };
}
