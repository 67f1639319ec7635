import type { Db } from '../../../../platform/db/database';
import type { AuditInput } from '../../../../platform/http/route';
import type { DocumentUpload } from '../../contract';
import { documents } from '../schema';

/** Keeps the name a person gave the file, minus anything a file system or a header could misread. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"<>:|?*]/g, '_').trim();
  return clean.slice(0, 200) || 'documento';
}

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
