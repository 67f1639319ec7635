import { randomBytes } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { AUTHENTICATED, PUBLIC } from '../../../../platform/access/policy';
import type { Db } from '../../../../platform/db/database';
import { conflict, notFound } from '../../../../platform/errors/appError';
import { defineRoute, type AnyRoute } from '../../../../platform/http/route';
import { isMailConfigured, mailErrorReason, MailNotConfigured, sendMail } from '../../../../platform/mail/mail';
import {
  calendarFeedBody,
  calendarFeedSchema,
  calendarFeedsListSchema,
  calendarFeedTokenParams,
  invitationsListSchema,
  invitationsResultSchema,
  type CalendarFeed,
} from '../../contract';
import { governancePermissions as P } from '../access';
import { calendarFeeds, invitations, meetings, roundtables } from '../schema';
import { loadTableFor, visibleTableIds } from '../tableGuards';
import { assertTableOpen } from '../meetings/load';
import {
  actorOfUser,
  agendaTitlesOf,
  feedUrl,
  invitationRecipients,
  loadMeetingFor,
  meetingEvent,
  meetingsOfTables,
  type MeetingRow,
} from './calendarData';
import { writeCalendar } from './icalendar';
import { invitationMail } from './invitationMail';

const idParams = z.object({ id: z.uuid() });

/** A user may keep this many live feed addresses at once. */
export const MAX_FEEDS_PER_USER = 20;
const FEED_PAST_DAYS = 30;
const FEED_AHEAD_MONTHS = 12;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function sendIcs(reply: FastifyReply, body: string, filename: string, cache: 'private' | 'no-store' = 'private') {
  return reply
    .status(200)
    .header('content-type', 'text/calendar; charset=utf-8')
    .header('content-disposition', `inline; filename="${filename}"`)
    .header('cache-control', cache === 'no-store' ? 'no-store' : 'private, max-age=300')
    .header('x-content-type-options', 'nosniff')
    .header('x-robots-tag', 'noindex')
    .send(body);
}

async function presentFeeds(db: Db, config: { publicUrl: string }, rows: (typeof calendarFeeds.$inferSelect)[]): Promise<CalendarFeed[]> {
  const tableIds = [...new Set(rows.map((r) => r.roundtableId).filter((x): x is string => !!x))];
  const names = tableIds.length ? await db.select({ id: roundtables.id, name: roundtables.name }).from(roundtables).where(inArray(roundtables.id, tableIds)) : [];
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  return rows.map((r) => ({
    id: r.id,
    url: feedUrl(config, r.token),
    roundtableId: r.roundtableId,
    roundtableName: r.roundtableId ? (nameOf.get(r.roundtableId) ?? null) : null,
    createdAt: r.createdAt.toISOString(),
  }));
}

const methodOf = (m: MeetingRow): 'REQUEST' | 'CANCEL' => (m.status === 'cancelled' ? 'CANCEL' : 'REQUEST');

export const invitationsRoutes: AnyRoute[] = [
  // ---- e-mail invitations ----
  defineRoute({
    method: 'POST',
    url: '/api/governance/meetings/:id/invitations',
    access: P['governance.manage'],
    summary: 'E-mail the invitation (iCalendar REQUEST, or CANCEL for a cancelled meeting) to the delegates and substitutes of the table',
    params: idParams,
    response: invitationsResultSchema,
    successStatus: 200,
    handler: async ({ db, actor, params, config, command }) => {
      const { meeting, table } = await loadMeetingFor(db, actor, params.id, 'manage');
      assertTableOpen(table);
      if (meeting.status === 'held') throw conflict('governance_invitations_meeting_held');
      const configured = isMailConfigured(config);
      const method = methodOf(meeting);
      // The records come first, in the transaction that decides the recipients: a send acknowledged later is never lost.
      const { recipients, records } = await command(async (tx, audit) => {
        const recipients = await invitationRecipients(tx, meeting);
        const rows = recipients.length
          ? await tx
              .insert(invitations)
              .values(recipients.map((r) => ({ meetingId: meeting.id, userId: r.userId, email: r.email, sequence: meeting.sequence, error: configured ? null : 'not configured' })))
              .returning({ id: invitations.id, email: invitations.email })
          : [];
        await audit({
          action: 'governance.invitation.send',
          entityType: 'meeting',
          entityId: meeting.id,
          details: { recipients: rows.length, method, sequence: meeting.sequence, mailConfigured: configured },
        });
        return { recipients, records: rows };
      });
      const results = new Map<string, { sentAt: Date | null; error: string | null }>();
      if (configured) {
        const agenda = (await agendaTitlesOf(db, [meeting.id])).get(meeting.id) ?? [];
        for (const [i, recipient] of recipients.entries()) {
          const record = records[i]!;
          const ics = writeCalendar({ method, events: [meetingEvent(config, meeting, table.name, agenda, { attendees: [{ email: recipient.email, name: recipient.name }] })] });
          const mail = invitationMail(config, meeting, table.name, agenda, recipient);
          let result: { sentAt: Date | null; error: string | null };
          try {
            await sendMail(config, {
              to: recipient.email,
              subject: mail.subject,
              text: mail.text,
              attachments: [{ filename: 'invito.ics', content: ics, contentType: `text/calendar; charset=utf-8; method=${method}` }],
            });
            result = { sentAt: new Date(), error: null };
          } catch (error) {
            result = { sentAt: null, error: error instanceof MailNotConfigured ? 'not configured' : mailErrorReason(error) };
          }
          results.set(record.id, result);
          // Bookkeeping of the send audited above: each outcome is written as soon as it is known.
          await db.update(invitations).set(result).where(eq(invitations.id, record.id));
        }
      }
      const sent = [...results.values()].filter((r) => r.sentAt).length;
      const failed = records.length - sent;
      await command(async (tx, audit) => {
        if (sent > 0) await tx.update(meetings).set({ invitationsSentAt: new Date() }).where(eq(meetings.id, meeting.id));
        await audit({ action: 'governance.invitation.result', entityType: 'meeting', entityId: meeting.id, details: { sent, failed, method } });
      });
      return {
        sent,
        failed,
        mailConfigured: configured,
        method,
        recipients: records.map((r) => {
          const res = results.get(r.id);
          return { email: r.email, sentAt: iso(res?.sentAt ?? null), error: res ? res.error : 'not configured' };
        }),
      };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/governance/meetings/:id/invitations',
    access: P['governance.manage'],
    summary: 'The record of invitation e-mails of a meeting, newest first',
    params: idParams,
    response: invitationsListSchema,
    handler: async ({ db, actor, params, config }) => {
      const { meeting } = await loadMeetingFor(db, actor, params.id, 'manage');
      const rows = await db.select().from(invitations).where(eq(invitations.meetingId, meeting.id)).orderBy(desc(invitations.createdAt), asc(invitations.email)).limit(1000);
      return {
        invitationsSentAt: iso(meeting.invitationsSentAt),
        mailConfigured: isMailConfigured(config),
        items: rows.map((r) => ({ id: r.id, email: r.email, userId: r.userId, sequence: r.sequence, sentAt: iso(r.sentAt), error: r.error, createdAt: r.createdAt.toISOString() })),
      };
    },
  }),

  // ---- calendars ----
  defineRoute({
    method: 'GET',
    url: '/api/governance/meetings/:id/calendar.ics',
    access: P['governance.read'],
    summary: 'One meeting as an iCalendar file',
    params: idParams,
    rawReply: true,
    handler: async ({ db, actor, params, config, reply }) => {
      const { meeting, table } = await loadMeetingFor(db, actor, params.id, 'see');
      const agenda = (await agendaTitlesOf(db, [meeting.id])).get(meeting.id) ?? [];
      const body = writeCalendar({ method: 'PUBLISH', events: [meetingEvent(config, meeting, table.name, agenda)] });
      return sendIcs(reply, body, 'riunione.ics', 'no-store');
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/governance/calendar-feeds',
    access: AUTHENTICATED,
    summary: 'A secret calendar feed address: the meetings of all my tables, or of one table I can see',
    body: calendarFeedBody,
    response: calendarFeedSchema,
    handler: async ({ db, actor, body, config, command }) => {
      const roundtableId = body.roundtableId ?? null;
      if (roundtableId) await loadTableFor(db, actor, roundtableId, 'see');
      const [count] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(calendarFeeds)
        .where(and(eq(calendarFeeds.userId, actor.userId), isNull(calendarFeeds.revokedAt)));
      if ((count?.n ?? 0) >= MAX_FEEDS_PER_USER) throw conflict('governance_calendar_feeds_limit', { max: MAX_FEEDS_PER_USER });
      const row = await command(async (tx, audit) => {
        const [r] = await tx
          .insert(calendarFeeds)
          .values({ token: randomBytes(32).toString('base64url'), userId: actor.userId, roundtableId, createdBy: actor.userId })
          .returning();
        await audit({ action: 'governance.calendar_feed.create', entityType: 'calendar_feed', entityId: r!.id, details: { roundtableId } });
        return r!;
      });
      return (await presentFeeds(db, config, [row]))[0]!;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/governance/calendar-feeds',
    access: AUTHENTICATED,
    summary: 'My calendar feed addresses (not revoked)',
    response: calendarFeedsListSchema,
    handler: async ({ db, actor, config }) => {
      const rows = await db
        .select()
        .from(calendarFeeds)
        .where(and(eq(calendarFeeds.userId, actor.userId), isNull(calendarFeeds.revokedAt)))
        .orderBy(desc(calendarFeeds.createdAt));
      return { items: await presentFeeds(db, config, rows) };
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/governance/calendar-feeds/:id',
    access: AUTHENTICATED,
    summary: 'Revoke one of my calendar feed addresses',
    params: idParams,
    handler: async ({ db, actor, params, command }) => {
      const [feed] = await db
        .select({ id: calendarFeeds.id, roundtableId: calendarFeeds.roundtableId })
        .from(calendarFeeds)
        .where(and(eq(calendarFeeds.id, params.id), eq(calendarFeeds.userId, actor.userId), isNull(calendarFeeds.revokedAt)));
      if (!feed) throw notFound();
      await command(async (tx, audit) => {
        await tx.update(calendarFeeds).set({ revokedAt: new Date() }).where(eq(calendarFeeds.id, feed.id));
        await audit({ action: 'governance.calendar_feed.revoke', entityType: 'calendar_feed', entityId: feed.id, details: { roundtableId: feed.roundtableId } });
      });
      return undefined;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/governance/calendar/:token.ics',
    access: PUBLIC,
    summary: "A calendar feed by its secret address (access re-checked against the owner's current roles at every read)",
    params: calendarFeedTokenParams,
    rawReply: true,
    handler: async ({ db, params, config, reply }) => {
      if (!/^[A-Za-z0-9_-]{20,100}$/.test(params.token)) throw notFound();
      const [feed] = await db.select().from(calendarFeeds).where(and(eq(calendarFeeds.token, params.token), isNull(calendarFeeds.revokedAt)));
      if (!feed?.userId) throw notFound();
      const owner = await actorOfUser(db, feed.userId);
      if (!owner) throw notFound();
      let tableIds: string[] | 'all';
      let name = 'Crocevia · le mie riunioni';
      if (feed.roundtableId) {
        const { table } = await loadTableFor(db, owner, feed.roundtableId, 'see');
        tableIds = [table.id];
        name = `Crocevia · ${table.name}`;
      } else {
        tableIds = await visibleTableIds(db, owner);
      }
      const now = new Date();
      const from = new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000);
      const to = new Date(now);
      to.setUTCMonth(to.getUTCMonth() + FEED_AHEAD_MONTHS);
      const rows = await meetingsOfTables(db, tableIds, from, to);
      const agenda = await agendaTitlesOf(db, rows.map((r) => r.meeting.id));
      const body = writeCalendar({
        method: 'PUBLISH',
        name,
        events: rows.map((r) => meetingEvent(config, r.meeting, r.tableName, agenda.get(r.meeting.id) ?? [], { now })),
      });
      return sendIcs(reply, body, 'crocevia.ics');
    },
  }),
];
