import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import { conflict } from '../../../../platform/errors/appError';
import type { AuditInput } from '../../../../platform/http/route';
import { consents } from '../schema';

/**
 * Records the withdrawal of a consent. Participations resting on it are left as they are: the
 * access rule reads the consent, so the access they gave ends with this write.
 */
export async function withdrawConsent(
  tx: Db,
  audit: (e: AuditInput) => Promise<void>,
  input: { consentId: string; note: string | null; by: string },
): Promise<void> {
  const moved = await tx
    .update(consents)
    .set({ withdrawnAt: new Date(), withdrawnBy: input.by, withdrawalNote: input.note })
    .where(and(eq(consents.id, input.consentId), isNull(consents.withdrawnAt)))
    .returning({ personId: consents.personId });
  if (moved.length === 0) throw conflict('consent_already_withdrawn');
  await audit({ action: 'casework.consent.withdraw', entityType: 'consent', entityId: input.consentId, personalData: true, details: { personId: moved[0]!.personId, note: input.note } });
}
