import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import type { AuditInput } from '../../../../platform/http/route';
import type { ConsentBody } from '../../contract';
import { participants, referrals } from '../schema';
import { consentProblem } from '../sharingRules';
import { isoToday } from '../visibility';
import { recordConsent } from './recordConsent';
import { withdrawConsent } from './withdrawConsent';

/**
 * Replaces a consent with new terms: the old one is withdrawn, the new one records what it
 * replaces. Participations (and pending referrals) that rested on the old terms move to the new
 * ones only where the new terms still cover their sections and organisation; the others end.
 */
export async function replaceConsent(
  tx: Db,
  audit: (e: AuditInput) => Promise<void>,
  input: { personId: string; oldId: string; body: ConsentBody; by: string },
): Promise<{ id: string; moved: number; ended: number }> {
  await withdrawConsent(tx, audit, { consentId: input.oldId, note: 'replaced', by: input.by });
  const id = await recordConsent(tx, audit, { personId: input.personId, body: input.body, by: input.by, replacesId: input.oldId });
  const newTerms = {
    personId: input.personId,
    withdrawnAt: null,
    validUntil: input.body.validUntil ?? null,
    grantedToOrganizationId: input.body.grantedToOrganizationId ?? null,
    sections: input.body.sections,
  };
  const today = isoToday();
  const covers = (organizationId: string, sections: ConsentBody['sections']) => consentProblem(newTerms, { personIds: [input.personId], organizationId, sections, today }) === null;

  let moved = 0;
  let ended = 0;
  const resting = await tx.select().from(participants).where(and(eq(participants.consentId, input.oldId), isNull(participants.endedAt)));
  for (const p of resting) {
    if (covers(p.organizationId, p.sections)) {
      await tx.update(participants).set({ consentId: id }).where(eq(participants.id, p.id));
      moved++;
    } else {
      await tx.update(participants).set({ endedAt: new Date() }).where(eq(participants.id, p.id));
      ended++;
    }
  }
  // A pending referral on the old terms keeps waiting only if the new ones allow it; otherwise acceptance will refuse it.
  const waiting = await tx.select().from(referrals).where(and(eq(referrals.consentId, input.oldId), eq(referrals.status, 'pending')));
  for (const r of waiting) if (covers(r.toOrganizationId, r.sections)) await tx.update(referrals).set({ consentId: id }).where(eq(referrals.id, r.id));

  await audit({ action: 'casework.consent.replace', entityType: 'consent', entityId: id, personalData: true, details: { personId: input.personId, replacesId: input.oldId, participationsMoved: moved, participationsEnded: ended } });
  return { id, moved, ended };
}
