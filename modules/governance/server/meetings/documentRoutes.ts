import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../../../platform/http/route';
import { notFound } from '../../../../platform/errors/appError';
import { GOVERNANCE_MAX_DOCUMENT_BYTES, meetingDocumentBody, meetingDocumentSchema } from '../../contract';
import { governancePermissions as P } from '../access';
import { invalidField } from '../guards';
import { agendaItems, documents } from '../schema';
import { base64BodyBytes } from '../../../../platform/http/base64';
import { parseRawJsonBody, safeFileName, sendStoredFile } from '../../../../platform/http/files';
import { assertTableOpen, loadMeetingFor } from './load';

const idParams = z.object({ id: z.uuid() });
const documentParams = z.object({ id: z.uuid(), documentId: z.uuid() });

// The file travels base64-encoded inside the JSON (a third larger), above the server's default body limit.
const UPLOAD_BODY_BYTES = base64BodyBytes(1, GOVERNANCE_MAX_DOCUMENT_BYTES, 64 * 1024);

export const documentRoutes: AnyRoute[] = [
  defineRoute({
    method: 'POST',
    url: '/api/governance/meetings/:id/documents',
    access: P['governance.manage'],
    summary: 'Attach a file (up to 10 MB) to a meeting or one of its agenda items',
    params: idParams,
    rawBody: { contentTypes: ['application/json'], maxBytes: UPLOAD_BODY_BYTES },
    response: meetingDocumentSchema,
    handler: async ({ db, actor, params, body, locale, command }) => {
      const input = parseRawJsonBody(meetingDocumentBody, body, locale);
      const { table } = await loadMeetingFor(db, actor, params.id, 'manage');
      assertTableOpen(table);
      if (input.agendaItemId) {
        const [item] = await db.select({ id: agendaItems.id }).from(agendaItems).where(and(eq(agendaItems.id, input.agendaItemId), eq(agendaItems.meetingId, params.id)));
        if (!item) throw invalidField('agendaItemId', 'governance_agenda_item_unknown', locale);
      }
      const content = Buffer.from(input.contentBase64, 'base64');
      const row = await command(async (tx, audit) => {
        const [doc] = await tx
          .insert(documents)
          .values({ meetingId: params.id, agendaItemId: input.agendaItemId ?? null, filename: safeFileName(input.filename), mediaType: input.mediaType, size: content.length, content, uploadedBy: actor.userId })
          .returning({ id: documents.id, agendaItemId: documents.agendaItemId, filename: documents.filename, mediaType: documents.mediaType, size: documents.size, createdAt: documents.createdAt });
        await audit({ action: 'governance.document.create', entityType: 'meeting', entityId: params.id, details: { documentId: doc!.id, filename: doc!.filename, size: doc!.size } });
        return doc!;
      });
      return { ...row, createdAt: row.createdAt.toISOString() };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/governance/meetings/:id/documents/:documentId',
    access: P['governance.read'],
    summary: 'Download a file of a meeting',
    params: documentParams,
    rawReply: true,
    handler: async ({ db, actor, params, reply }) => {
      await loadMeetingFor(db, actor, params.id, 'see');
      const [doc] = await db.select().from(documents).where(and(eq(documents.id, params.documentId), eq(documents.meetingId, params.id)));
      if (!doc) throw notFound();
      return sendStoredFile(reply, doc);
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/governance/meetings/:id/documents/:documentId',
    access: P['governance.manage'],
    summary: 'Remove a file of a meeting',
    params: documentParams,
    handler: async ({ db, actor, params, command }) => {
      const { table } = await loadMeetingFor(db, actor, params.id, 'manage');
      assertTableOpen(table);
      const [doc] = await db.select({ id: documents.id, filename: documents.filename }).from(documents).where(and(eq(documents.id, params.documentId), eq(documents.meetingId, params.id)));
      if (!doc) throw notFound();
      await command(async (tx, audit) => {
        await tx.delete(documents).where(eq(documents.id, doc.id));
        await audit({ action: 'governance.document.delete', entityType: 'meeting', entityId: params.id, details: { documentId: doc.id, filename: doc.filename } });
      });
      return undefined;
    },
  }),
];
