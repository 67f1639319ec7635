import { and, asc, eq } from 'drizzle-orm';
import { defineRoute, type AnyRoute } from '../../../../platform/http/route';
import { conflict, notFound } from '../../../../platform/errors/appError';
import { minutesCommentBody, minutesCommentParams, minutesCommentSchema, minutesCommentsSchema, minutesIdParams } from '../../contract';
import { governancePermissions as P } from '../access';
import { minutesComments } from '../schema';
import { checkSection } from './edits';
import { assertNotLocked, lockOpenMinutes, loadMinutesFor } from './load';
import { presentComments } from './presenters';

export const commentRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    url: '/api/governance/minutes/:id/comments',
    access: P['governance.read'],
    summary: 'Comments on the minutes (members and managers only)',
    params: minutesIdParams,
    response: minutesCommentsSchema,
    handler: async ({ db, actor, params }) => {
      const { minutes: m } = await loadMinutesFor(db, actor, params.id, 'seeDrafts');
      const rows = await db.select().from(minutesComments).where(eq(minutesComments.minutesId, m.id)).orderBy(asc(minutesComments.createdAt), asc(minutesComments.id));
      return { items: await presentComments(db, rows) };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/governance/minutes/:id/comments',
    access: P['governance.read'],
    summary: 'Comment on circulated minutes (members and managers)',
    params: minutesIdParams,
    body: minutesCommentBody,
    response: minutesCommentSchema,
    handler: async ({ db, actor, params, body, locale, command }) => {
      const { minutes: m } = await loadMinutesFor(db, actor, params.id, 'seeDrafts');
      assertNotLocked(m);
      if (m.status !== 'circulated') throw conflict('governance_minutes_not_circulated');
      if (body.minutesItemId) await checkSection(db, m.id, body.minutesItemId, locale);
      const row = await command(async (tx, audit) => {
        await lockOpenMinutes(tx, m.id, 'circulated');
        const [c] = await tx.insert(minutesComments).values({ minutesId: m.id, minutesItemId: body.minutesItemId ?? null, authorUserId: actor.userId, body: body.body }).returning();
        await audit({ action: 'governance.minutes_comment.create', entityType: 'minutes', entityId: m.id, details: { commentId: c!.id, minutesItemId: c!.minutesItemId } });
        return c!;
      });
      return (await presentComments(db, [row]))[0]!;
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/governance/minutes/:id/comments/:commentId/resolve',
    access: P['governance.manage'],
    summary: 'Mark a comment as dealt with',
    params: minutesCommentParams,
    response: minutesCommentSchema,
    successStatus: 200,
    handler: async ({ db, actor, params, command }) => {
      const { minutes: m } = await loadMinutesFor(db, actor, params.id, 'manage');
      assertNotLocked(m);
      const [c] = await db.select().from(minutesComments).where(and(eq(minutesComments.id, params.commentId), eq(minutesComments.minutesId, m.id)));
      if (!c) throw notFound();
      const row = await command(async (tx, audit) => {
        await lockOpenMinutes(tx, m.id);
        const [r] = await tx
          .update(minutesComments)
          .set({ resolvedAt: c.resolvedAt ?? new Date() })
          .where(eq(minutesComments.id, c.id))
          .returning();
        await audit({ action: 'governance.minutes_comment.resolve', entityType: 'minutes', entityId: m.id, details: { commentId: c.id } });
        return r!;
      });
      return (await presentComments(db, [row]))[0]!;
    },
  }),
];
