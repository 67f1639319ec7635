import type { Db } from '../../../../platform/db/database';
import type { AuditInput } from '../../../../platform/http/route';
import type { DocumentUpload } from '../../contract';
import { safeFileName } from '../../../../platform/http/files';
import { documents } from '../schema';

/** Stores one uploaded file, belonging to a case (referral attachment) or to a person (signed consent form). */
export async function storeDocument(
  tx: Db,
  audit: (e: AuditInput) => Promise<void>,
  input: { upload: DocumentUpload; owner: { caseId: string } | { personId: string }; by: string },
): Promise<string> {
  const content = Buffer.from(input.upload.contentBase64, 'base64');
  const fileName = safeFileName(input.upload.fileName);
  const [row] = await tx
    .insert(documents)
    .values({
      caseId: 'caseId' in input.owner ? input.owner.caseId : null,
      personId: 'personId' in input.owner ? input.owner.personId : null,
      fileName,
      contentType: input.upload.contentType,
      size: content.length,
      content,
      uploadedBy: input.by,
    })
    .returning({ id: documents.id });
  await audit({ action: 'casework.document.store', entityType: 'document', entityId: row!.id, personalData: true, details: { ...input.owner, fileName, size: content.length } });
  return row!.id;
}
