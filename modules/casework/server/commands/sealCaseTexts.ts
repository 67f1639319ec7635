import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import { encryptText } from '../../../../platform/crypto/fieldEncryption';
import { sealText } from '../caseText';
import { interventions, notes } from '../schema';

/**
 * A case that becomes restricted must not keep readable texts at rest: its existing notes and
 * ethnoclinical consultation contents are encrypted as if they had been written under the new level.
 * (Becoming ordinary again leaves them sealed: reading opens both forms.)
 */
export async function sealCaseTexts(tx: Db, caseId: string, key: Buffer): Promise<{ notes: number; consultations: number }> {
  const plainNotes = await tx.select({ id: notes.id, body: notes.body }).from(notes).where(and(eq(notes.caseId, caseId), isNotNull(notes.body)));
  for (const n of plainNotes) await tx.update(notes).set({ body: null, bodyEncrypted: encryptText(key, n.body!) }).where(eq(notes.id, n.id));

  const consultations = await tx
    .select({ id: interventions.id, details: interventions.details })
    .from(interventions)
    .where(and(eq(interventions.caseId, caseId), eq(interventions.kind, 'ethnoclinical_consultation')));
  let sealed = 0;
  for (const c of consultations) {
    const { discussion, recommendations, ...rest } = c.details as { discussion?: string; recommendations?: string } & Record<string, unknown>;
    if (discussion === undefined && recommendations === undefined) continue;
    await tx
      .update(interventions)
      .set({
        details: {
          ...rest,
          ...(discussion !== undefined ? { discussionEnc: sealText(key, discussion) } : {}),
          ...(recommendations !== undefined ? { recommendationsEnc: sealText(key, recommendations) } : {}),
        },
      })
      .where(eq(interventions.id, c.id));
    sealed += 1;
  }
  return { notes: plainNotes.length, consultations: sealed };
}
