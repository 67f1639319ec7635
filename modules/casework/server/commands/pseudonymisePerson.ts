import { createHash } from 'node:crypto';
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import { sealNote, sealSummary, sealText } from '../caseText';
import type { ConsultationDetails } from '../queries/plan';
import { assessments, caseEvents, cases, interventions, lockouts, notes, personKeys, personMerges, persons, referrals } from '../schema';

export const REMOVED_TEXT = '[rimosso]';

/** A stable label that says nothing about the person: derived from the record id, not from any name. */
export function pseudonymFor(personId: string): { givenName: string; familyName: string } {
  return { givenName: 'Persona', familyName: createHash('sha256').update(personId).digest('hex').slice(0, 8) };
}

export type PseudonymiseResult = { pseudonym: string; pseudonymisedAt: Date; searchKeys: number; textsBlanked: number; mergedRecords: number };

/**
 * Removes what identifies a person and keeps what statistics need (sex, birth year, country,
 * citizenships, languages, permit type, municipality). Free texts written on the person's own cases
 * (notes, summaries, closure and event notes, assessments, interventions, consultations, referral
 * reasons) stay as records but their words are replaced, sealed again where they were sealed.
 * Household cases are left alone: they describe the other members too.
 */
export async function pseudonymisePerson(tx: Db, key: Buffer, personId: string, now = new Date()): Promise<PseudonymiseResult> {
  // Records merged into this one are the same person under an older spelling: they go too.
  const merged = await tx.select({ id: persons.id }).from(persons).where(eq(persons.mergedIntoId, personId));
  const ids = [personId, ...merged.map((m) => m.id)];
  for (const id of ids) {
    await tx
      .update(persons)
      .set({
        ...pseudonymFor(id),
        nativeGivenName: null,
        nativeFamilyName: null,
        alternativeNames: [],
        birthMonth: null,
        birthDay: null,
        birthPlace: null,
        permitNumber: null,
        permitExpiresOn: null,
        taxCode: null,
        taxCodeCheck: 'absent',
        phone: null,
        email: null,
        address: null,
        searchName: '',
        pseudonymisedAt: now,
        updatedAt: now,
      })
      .where(eq(persons.id, id));
  }
  const keys = await tx.delete(personKeys).where(inArray(personKeys.personId, ids)).returning({ key: personKeys.key });
  await tx
    .update(personMerges)
    .set({ mergedSnapshot: { pseudonymised: true }, reason: null })
    .where(sql`${personMerges.survivorId} in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)}) or ${personMerges.mergedId} in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})`);
  const textsBlanked = await blankCaseTexts(tx, key, ids);
  await tx.update(lockouts).set({ reason: REMOVED_TEXT }).where(and(inArray(lockouts.personId, ids), isNotNull(lockouts.reason)));
  return { pseudonym: Object.values(pseudonymFor(personId)).join(' '), pseudonymisedAt: now, searchKeys: keys.length, textsBlanked, mergedRecords: merged.length };
}

async function blankCaseTexts(tx: Db, key: Buffer, personIds: string[]): Promise<number> {
  const own = await tx.select({ id: cases.id, protection: cases.protection, summary: cases.summary, closureNote: cases.closureNote }).from(cases).where(inArray(cases.personId, personIds));
  if (own.length === 0) return 0;
  let blanked = 0;
  for (const c of own) {
    if (c.summary === null && c.closureNote === null) continue;
    await tx
      .update(cases)
      .set({ summary: c.summary === null ? null : sealSummary(key, c.protection, REMOVED_TEXT), closureNote: c.closureNote === null ? null : REMOVED_TEXT })
      .where(eq(cases.id, c.id));
    blanked += 1;
  }
  const caseIds = own.map((c) => c.id);
  const protection = new Map(own.map((c) => [c.id, c.protection]));
  // Each sealed note gets its own ciphertext (a fresh IV), as when it was written.
  const noteRows = await tx.select({ id: notes.id, caseId: notes.caseId }).from(notes).where(inArray(notes.caseId, caseIds));
  for (const n of noteRows) await tx.update(notes).set(sealNote(key, protection.get(n.caseId)!, REMOVED_TEXT)).where(eq(notes.id, n.id));
  blanked += noteRows.length;
  blanked += (await tx.update(caseEvents).set({ note: REMOVED_TEXT }).where(and(inArray(caseEvents.caseId, caseIds), isNotNull(caseEvents.note))).returning({ id: caseEvents.id })).length;
  blanked += (await tx.update(assessments).set({ summary: REMOVED_TEXT }).where(and(inArray(assessments.caseId, caseIds), isNotNull(assessments.summary))).returning({ id: assessments.id })).length;
  blanked += (
    await tx
      .update(referrals)
      .set({ reason: REMOVED_TEXT, decisionReason: sql`case when ${referrals.decisionReason} is null then null else ${REMOVED_TEXT} end` })
      .where(inArray(referrals.caseId, caseIds))
      .returning({ id: referrals.id })
  ).length;
  const interventionRows = await tx.select({ id: interventions.id, caseId: interventions.caseId, kind: interventions.kind, description: interventions.description, details: interventions.details }).from(interventions).where(inArray(interventions.caseId, caseIds));
  for (const i of interventionRows) {
    const details = i.kind === 'ethnoclinical_consultation' ? blankConsultation(key, i.details as ConsultationDetails, protection.get(i.caseId)!) : i.details;
    if (i.description === null && details === i.details) continue;
    await tx.update(interventions).set({ description: i.description === null ? null : REMOVED_TEXT, details }).where(eq(interventions.id, i.id));
    blanked += 1;
  }
  return blanked;
}

function blankConsultation(key: Buffer, d: ConsultationDetails, protection: 'ordinary' | 'restricted'): Record<string, unknown> {
  const { discussion, recommendations, discussionEnc, recommendationsEnc, ...rest } = d;
  if ([discussion, recommendations, discussionEnc, recommendationsEnc].every((v) => v === undefined)) return d;
  if (protection === 'restricted') {
    const seal = () => sealText(key, REMOVED_TEXT);
    return { ...rest, ...(discussion !== undefined || discussionEnc !== undefined ? { discussionEnc: seal() } : {}), ...(recommendations !== undefined || recommendationsEnc !== undefined ? { recommendationsEnc: seal() } : {}) };
  }
  return { ...rest, ...(discussion !== undefined || discussionEnc !== undefined ? { discussion: REMOVED_TEXT } : {}), ...(recommendations !== undefined || recommendationsEnc !== undefined ? { recommendations: REMOVED_TEXT } : {}) };
}
