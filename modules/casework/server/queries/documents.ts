import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import type { Actor } from '../../../../platform/access/roles';
import { notFound } from '../../../../platform/errors/appError';
import { caseworkOrganizations } from '../access';
import { documents, referrals } from '../schema';
import { accessToCases, loadCaseFacts } from './caseFacts';
import { loadPersonFor } from './persons';

export type DocumentRow = typeof documents.$inferSelect;
export type DocumentInfo = { id: string; fileName: string; contentType: string; size: number };

/** File names, types and sizes, without the bytes. */
export async function documentInfos(db: Db, ids: readonly string[]): Promise<Map<string, DocumentInfo>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: documents.id, fileName: documents.fileName, contentType: documents.contentType, size: documents.size })
    .from(documents)
    .where(inArray(documents.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * A referral to one of the caller's organisations that attaches the document: while pending, so the
 * receiver can decide on it before it sees the case; once accepted, because the attachment was sent to it.
 */
async function referralAttaching(db: Db, actor: Actor, documentId: string, statuses: ('pending' | 'accepted')[]): Promise<{ caseId: string; toServiceId: string } | null> {
  const orgs = caseworkOrganizations(actor);
  if (orgs.length === 0) return null;
  const [row] = await db
    .select({ caseId: referrals.caseId, toServiceId: referrals.toServiceId })
    .from(referrals)
    .where(and(inArray(referrals.status, statuses), inArray(referrals.toOrganizationId, orgs), sql`${referrals.attachmentIds} @> ${JSON.stringify([documentId])}::jsonb`))
    .limit(1);
  return row ?? null;
}

/**
 * A document the caller may download: one of a case they see in full, a form of a person they
 * see, or an attachment of a referral sent to them (waiting, or accepted while they see the case). Anything else is a 404.
 */
export async function loadDocumentFor(db: Db, actor: Actor, documentId: string): Promise<DocumentRow> {
  const [doc] = await db.select().from(documents).where(eq(documents.id, documentId));
  if (!doc) throw notFound();
  if (doc.caseId) {
    const access = (await accessToCases(db, actor, [doc.caseId])).get(doc.caseId);
    // A placeholder view of a restricted case hides identifying data, and an attachment may hold any.
    // An attachment may also hold parts of the record a participant was not given (health, legal status):
    // beyond the lead, only the service it was sent to reads it.
    if (access?.level === 'full' && (access.isLead || (await referralAttaching(db, actor, doc.id, ['accepted']))?.caseId === doc.caseId)) return doc;
    const pending = await referralAttaching(db, actor, doc.id, ['pending']);
    if (pending && pending.caseId === doc.caseId && !(await lockedOut(db, actor, doc.caseId, pending.toServiceId))) return doc;
    throw notFound();
  }
  if (doc.personId) {
    await loadPersonFor(db, actor, doc.personId);
    return doc;
  }
  throw notFound();
}

/** A person's lockout of this worker or of the receiving service bars even the referral's attachments. */
async function lockedOut(db: Db, actor: Actor, caseId: string, serviceId: string): Promise<boolean> {
  const facts = (await loadCaseFacts(db, [caseId])).get(caseId);
  return !facts || facts.lockouts.some((l) => l.userId === actor.userId || l.serviceId === serviceId);
}
