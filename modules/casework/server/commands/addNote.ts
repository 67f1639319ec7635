import type { Db } from '../../../../platform/db/database';
import type { Actor } from '../../../../platform/access/roles';
import type { AuditInput } from '../../../../platform/http/route';
import type { noteSections } from '../../contract';
import { notes, type cases } from '../schema';
import { sealNote } from '../caseText';

type CaseRow = typeof cases.$inferSelect;

/** Records a note; on a restricted case only its ciphertext reaches the database. */
export async function addNote(
  tx: Db,
  audit: (e: AuditInput) => Promise<void>,
  input: { actor: Actor; row: CaseRow; organizationId: string; section: (typeof noteSections)[number]; body: string; encryptionKey: Buffer },
): Promise<{ id: string; createdAt: Date }> {
  const { row } = input;
  const [note] = await tx
    .insert(notes)
    .values({ caseId: row.id, section: input.section, ...sealNote(input.encryptionKey, row.protection, input.body), authorId: input.actor.userId, authorOrganizationId: input.organizationId })
    .returning({ id: notes.id, createdAt: notes.createdAt });
  await audit({ action: 'casework.note.create', entityType: 'case', entityId: row.id, personalData: true, details: { noteId: note!.id, section: input.section, encrypted: row.protection === 'restricted' } });
  return note!;
}
