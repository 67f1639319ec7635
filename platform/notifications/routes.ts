import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { defineRoute } from '../http/route';
import { offsetOf, pageOf, pageQuerySchema } from '../db/paging';
import { notFound } from '../errors/appError';
import { notifications } from './schema';

const notificationSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

const listQuery = pageQuerySchema.extend({ unread: z.enum(['true', 'false']).optional() });

/** Each user reads and marks only their own messages. */
export const notificationRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/notifications',
    access: 'authenticated',
    summary: 'My alerts and reminders, newest first',
    query: listQuery,
    response: pageOf(notificationSchema).extend({ unread: z.number().int() }),
    handler: async ({ db, actor, query }) => {
      const mine = eq(notifications.userId, actor.userId);
      const where = query.unread === 'true' ? and(mine, isNull(notifications.readAt)) : mine;
      const [rows, [total], [unread]] = await Promise.all([
        db.select().from(notifications).where(where).orderBy(desc(notifications.createdAt)).limit(query.pageSize).offset(offsetOf(query)),
        db.select({ n: count() }).from(notifications).where(where),
        db.select({ n: count() }).from(notifications).where(and(mine, isNull(notifications.readAt))),
      ]);
      return {
        items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), readAt: r.readAt?.toISOString() ?? null })),
        page: query.page,
        pageSize: query.pageSize,
        total: total?.n ?? 0,
        unread: unread?.n ?? 0,
      };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/notifications/:id/read',
    access: 'authenticated',
    summary: 'Mark one of my messages as read',
    params: z.object({ id: z.uuid() }),
    successStatus: 204,
    handler: async ({ db, actor, params }) => {
      const done = await db
        .update(notifications)
        .set({ readAt: new Date() })
        .where(and(eq(notifications.id, params.id), eq(notifications.userId, actor.userId)))
        .returning({ id: notifications.id });
      if (done.length === 0) throw notFound();
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/notifications/read-all',
    access: 'authenticated',
    summary: 'Mark all my messages as read',
    successStatus: 204,
    handler: async ({ db, actor }) => {
      await db.update(notifications).set({ readAt: new Date() }).where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt)));
    },
  }),
];
