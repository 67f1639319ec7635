import { and, eq, isNotNull, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import type { AuditInput } from '../../../../platform/http/route';
import { conflict } from '../../../../platform/errors/appError';
import type { EraseBody, EraseResponse } from '../../contract';
import { consents, documents, householdMembers, referrals, retentionActions } from '../schema';
import { casesOfPerson } from '../queries/persons';
import { pseudonymisePerson } from './pseudonymisePerson';

/**
 * A rights request (GDPR art. 17) from the head of the registering service.
 * - pseudonymise: see pseudonymisePerson.
 * - erase: only without an open case; deletes the person's documents (except signed consent forms),
 *   household memberships and search keys, then pseudonymises the row. The row itself is not deleted:
 *   cases point to it, and a hard delete would take the cases out of the statistics.
 * Consent terms stay: they prove what sharing was allowed when, and the database refuses to edit them.
 */
export async function erasePerson(
  tx: Db,
  audit: (e: AuditInput) => Promise<void>,
  input: { personId: string; request: EraseBody; by: string; encryptionKey: Buffer },
): Promise<EraseResponse> {
  const { personId, request } = input;
  const theirCases = await casesOfPerson(tx, personId);
  if (request.mode === 'erase' && theirCases.some((c) => c.status !== 'closed')) throw conflict('person_has_open_case');

  let removedDocuments = 0;
  let householdMemberships = 0;
  if (request.mode === 'erase') {
    // Signed consent forms are the evidence of the consent terms: they stay with them.
    const evidence = tx.select({ id: consents.documentId }).from(consents).where(isNotNull(consents.documentId));
    const gone = await tx
      .delete(documents)
      .where(and(eq(documents.personId, personId), notInArray(documents.id, evidence)))
      .returning({ id: documents.id });
    removedDocuments = gone.length;
    // Referral attachments point to documents by id: drop the ids of the ones just deleted.
    for (const doc of gone) {
      await tx
        .update(referrals)
        .set({ attachmentIds: sql`${referrals.attachmentIds} - ${doc.id}::text` })
        .where(sql`${referrals.attachmentIds} @> ${JSON.stringify([doc.id])}::jsonb`);
    }
    householdMemberships = (await tx.delete(householdMembers).where(eq(householdMembers.personId, personId)).returning({ id: householdMembers.householdId })).length;
  }
  const done = await pseudonymisePerson(tx, input.encryptionKey, personId);
  const [kept] = await tx.select({ n: sql<number>`count(*)::int` }).from(consents).where(eq(consents.personId, personId));
  const result: EraseResponse = {
    personId,
    mode: request.mode,
    pseudonym: done.pseudonym,
    pseudonymisedAt: done.pseudonymisedAt.toISOString(),
    removed: { documents: removedDocuments, householdMemberships, searchKeys: done.searchKeys, textsBlanked: done.textsBlanked, mergedRecords: done.mergedRecords },
    kept: { consents: kept?.n ?? 0, cases: theirCases.length },
  };
  await tx.insert(retentionActions).values({ personId, action: request.mode, rule: 'request', details: { reason: request.reason, removed: result.removed, kept: result.kept }, doneBy: input.by });
  await audit({ action: `casework.person.${request.mode}`, entityType: 'person', entityId: personId, personalData: true, reason: request.reason, details: { removed: result.removed, kept: result.kept } });
  return result;
}
