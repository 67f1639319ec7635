import type { Db } from '../../../../platform/db/database';
import type { AuditInput } from '../../../../platform/http/route';
import type { ConsentBody } from '../../contract';
import { consents } from '../schema';
import { storeDocument } from './storeDocument';

/** Records a consent term as the person gave it, with the signed form when there is one. */
export async function recordConsent(
  tx: Db,
  audit: (e: AuditInput) => Promise<void>,
  input: { personId: string; body: ConsentBody; by: string; replacesId?: string },
): Promise<string> {
  const { body } = input;
  const documentId = body.document ? await storeDocument(tx, audit, { upload: body.document, owner: { personId: input.personId }, by: input.by }) : null;
  const [row] = await tx
    .insert(consents)
    .values({
      personId: input.personId,
      grantedToOrganizationId: body.grantedToOrganizationId ?? null,
      purpose: body.purpose,
      sections: body.sections,
      givenOn: body.givenOn,
      validUntil: body.validUntil ?? null,
      documentId,
      replacesId: input.replacesId ?? null,
      recordedBy: input.by,
    })
    .returning({ id: consents.id });
  await audit({
    action: 'casework.consent.record',
    entityType: 'consent',
    entityId: row!.id,
    personalData: true,
    details: { personId: input.personId, grantedToOrganizationId: body.grantedToOrganizationId ?? null, sections: body.sections, replacesId: input.replacesId ?? null },
  });
  return row!.id;
}
