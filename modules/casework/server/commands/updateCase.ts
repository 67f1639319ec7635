import { eq } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import type { Actor } from '../../../../platform/access/roles';
import type { AuditInput } from '../../../../platform/http/route';
import type { CaseUpdateBody } from '../../contract';
import { caseEvents, cases } from '../schema';
import { openSummary, sealSummary } from '../caseText';
import { sealCaseTexts } from './sealCaseTexts';

type CaseRow = typeof cases.$inferSelect;

/** Edits needs, protection and summary; a change of protection re-seals the summary (and, towards restricted, the notes and consultations). */
export async function updateCase(tx: Db, audit: (e: AuditInput) => Promise<void>, input: { actor: Actor; row: CaseRow; body: CaseUpdateBody; encryptionKey: Buffer }): Promise<void> {
  const { actor, row, body, encryptionKey } = input;
  const protection = body.protection ?? row.protection;
  const summary = body.summary !== undefined ? body.summary : openSummary(encryptionKey, row.summary);
  const changes: Partial<typeof cases.$inferInsert> = { updatedAt: new Date() };
  if (body.needs !== undefined) changes.needs = body.needs;
  if (body.protection !== undefined) changes.protection = body.protection;
  if (body.summary !== undefined || protection !== row.protection) changes.summary = sealSummary(encryptionKey, protection, summary);
  await tx.update(cases).set(changes).where(eq(cases.id, row.id));
  const sealed = protection === 'restricted' && row.protection !== 'restricted' ? await sealCaseTexts(tx, row.id, encryptionKey) : null;
  if (protection !== row.protection) {
    await tx.insert(caseEvents).values({ caseId: row.id, kind: 'protection_changed', note: `${row.protection} → ${protection}`, userId: actor.userId });
  }
  await audit({
    action: 'casework.case.update',
    entityType: 'case',
    entityId: row.id,
    personalData: true,
    details: { fields: Object.keys(body).filter((k) => body[k as keyof CaseUpdateBody] !== undefined), protection, ...(sealed ? { sealed } : {}) },
  });
}
