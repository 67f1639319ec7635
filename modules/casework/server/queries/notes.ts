import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../../platform/db/database';
import type { Page, PageQuery } from '../../../../platform/db/paging';
import { offsetOf } from '../../../../platform/db/paging';
import type { noteSchema, noteSections } from '../../contract';
import { notes } from '../schema';
import { openNote } from '../caseText';
import { userNames } from './userNames';

type Note = z.input<typeof noteSchema>;

/** A case's notes in the given sections, newest first, decrypted for the reader. */
export async function listNotes(db: Db, caseId: string, sections: readonly (typeof noteSections)[number][], page: PageQuery, encryptionKey: Buffer): Promise<Page<Note>> {
  if (sections.length === 0) return { items: [], page: page.page, pageSize: page.pageSize, total: 0 };
  const where = and(eq(notes.caseId, caseId), inArray(notes.section, [...sections]));
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(notes).where(where);
  const rows = await db.select().from(notes).where(where).orderBy(desc(notes.createdAt), desc(notes.id)).limit(page.pageSize).offset(offsetOf(page));
  const names = await userNames(db, rows.map((r) => r.authorId));
  return {
    items: rows.map((r) => ({
      id: r.id,
      section: r.section,
      body: openNote(encryptionKey, r),
      authorId: r.authorId,
      authorName: names.get(r.authorId) ?? '',
      authorOrganizationId: r.authorOrganizationId,
      createdAt: r.createdAt.toISOString(),
    })),
    page: page.page,
    pageSize: page.pageSize,
    total: count?.n ?? 0,
  };
}
