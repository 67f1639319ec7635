import { noticeOfChange } from './changeNotice';
import { and, asc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../../../platform/http/route';
import { pageOf } from '../../../../platform/db/paging';
import { meetingBody, meetingCreatedSchema, meetingDetailSchema, meetingSchema, meetingUpdateBody, myMeetingsQuery, roundtableMeetingsQuery } from '../../contract';
import { governancePermissions as P } from '../access';
import { invalidField } from '../guards';
import { meetings } from '../schema';
import { loadTableFor, visibleTableIds } from '../tableGuards';
import { createMeetingRows } from './createMeetings';
import { assertTableOpen, loadMeetingFor } from './load';
import { presentMeetingDetail, presentMeetings } from './presenters';
import { endOfLocalDay, startOfLocalDay } from './zonedTime';

const idParams = z.object({ id: z.uuid() });

/** Date filters are calendar days in Italy; `to` includes its whole day. */
function rangeConditions(from: string | undefined, to: string | undefined): SQL[] {
  const c: SQL[] = [];
  if (from) c.push(gte(meetings.startsAt, startOfLocalDay(from)));
  if (to) c.push(lt(meetings.startsAt, endOfLocalDay(to)));
  return c;
}

export const meetingRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    url: '/api/governance/roundtables/:id/meetings',
    access: P['governance.read'],
    summary: 'Meetings of a round table, soonest first',
    params: idParams,
    query: roundtableMeetingsQuery,
    response: pageOf(meetingSchema),
    handler: async ({ db, actor, params, query }) => {
      await loadTableFor(db, actor, params.id, 'see');
      const where = and(eq(meetings.roundtableId, params.id), ...rangeConditions(query.from, query.to), query.status ? eq(meetings.status, query.status) : undefined);
      const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(meetings).where(where);
      const rows = await db
        .select()
        .from(meetings)
        .where(where)
        .orderBy(asc(meetings.startsAt), asc(meetings.id))
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize);
      return { items: await presentMeetings(db, rows), page: query.page, pageSize: query.pageSize, total: count?.n ?? 0 };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/governance/roundtables/:id/meetings',
    access: P['governance.manage'],
    summary: 'Schedule a meeting, or a recurring series of them, with its agenda',
    params: idParams,
    body: meetingBody,
    response: meetingCreatedSchema,
    handler: async ({ db, actor, params, body, config, command }) => {
      const { table } = await loadTableFor(db, actor, params.id, 'manage');
      assertTableOpen(table);
      const ids = await command((tx, audit) => createMeetingRows(tx, audit, { roundtableId: table.id, body, by: actor.userId }));
      const detail = await presentMeetingDetail(db, actor, await loadMeetingFor(db, actor, ids[0]!, 'manage'), config.publicUrl);
      return { ...detail, seriesMeetingIds: ids };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/governance/meetings',
    access: P['governance.read'],
    summary: "Upcoming meetings across the tables the actor sees (from now, or from a given day)",
    query: myMeetingsQuery,
    response: pageOf(meetingSchema),
    handler: async ({ db, actor, query }) => {
      const visible = await visibleTableIds(db, actor);
      const empty = { items: [], page: query.page, pageSize: query.pageSize, total: 0 };
      if (visible !== 'all' && !visible.length) return empty;
      if (query.roundtableId && visible !== 'all' && !visible.includes(query.roundtableId)) return empty;
      const tables = query.roundtableId ? [query.roundtableId] : visible;
      const where = and(
        tables === 'all' ? undefined : inArray(meetings.roundtableId, tables),
        // Without `from`: meetings not over yet, so one in progress still shows.
        query.from ? undefined : gte(meetings.endsAt, new Date()),
        ...rangeConditions(query.from, query.to),
      );
      const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(meetings).where(where);
      const rows = await db
        .select()
        .from(meetings)
        .where(where)
        .orderBy(asc(meetings.startsAt), asc(meetings.id))
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize);
      return { items: await presentMeetings(db, rows), page: query.page, pageSize: query.pageSize, total: count?.n ?? 0 };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/governance/meetings/:id',
    access: P['governance.read'],
    summary: 'One meeting: agenda with documents, attendance summary, minutes and what the actor may do',
    params: idParams,
    response: meetingDetailSchema,
    handler: async ({ db, actor, params, config }) => presentMeetingDetail(db, actor, await loadMeetingFor(db, actor, params.id), config.publicUrl),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/governance/meetings/:id',
    access: P['governance.manage'],
    summary: 'Move, edit, cancel or mark as held a meeting (raises its calendar sequence)',
    params: idParams,
    body: meetingUpdateBody,
    response: meetingDetailSchema,
    handler: async ({ db, actor, params, body, locale, config, command }) => {
      const loaded = await loadMeetingFor(db, actor, params.id, 'manage');
      const { meeting, table } = loaded;
      assertTableOpen(table);
      const changed = Object.entries(body).filter(([, v]) => v !== undefined).map(([k]) => k);
      // Nothing to change: no new sequence, so calendars are not asked to refresh for nothing.
      if (!changed.length) return presentMeetingDetail(db, actor, loaded, config.publicUrl);
      const startsAt = body.startsAt ? new Date(body.startsAt) : meeting.startsAt;
      const endsAt = body.endsAt ? new Date(body.endsAt) : meeting.endsAt;
      if (endsAt <= startsAt) throw invalidField('endsAt', 'governance_meeting_ends_before_start', locale);
      // Undefined fields are left as they are (drizzle skips them).
      const fields = { title: body.title, mode: body.mode, place: body.place, onlineUrl: body.onlineUrl, notes: body.notes, status: body.status };
      await command(async (tx, audit) => {
        await tx
          .update(meetings)
          .set({ ...fields, startsAt, endsAt, sequence: sql`${meetings.sequence} + 1`, updatedAt: new Date() })
          .where(eq(meetings.id, meeting.id));
        await audit({
          action: 'governance.meeting.update',
          entityType: 'meeting',
          entityId: meeting.id,
          details: { fields: changed, ...(body.status && body.status !== meeting.status ? { status: { from: meeting.status, to: body.status } } : {}) },
        });
        await noticeOfChange(tx, actor.userId, table, meeting, { status: body.status ?? meeting.status, startsAt, endsAt, place: body.place !== undefined ? body.place : meeting.place, mode: body.mode ?? meeting.mode });
      });
      return presentMeetingDetail(db, actor, await loadMeetingFor(db, actor, meeting.id), config.publicUrl);
    },
  }),
];
