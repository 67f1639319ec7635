import { asc, eq } from 'drizzle-orm';
import { defineRoute, type AnyRoute } from '../../../../platform/http/route';
import { conflict, notFound } from '../../../../platform/errors/appError';
import { notify } from '../../../../platform/notifications/notifications';
import { minutesIdParams, minutesMeetingParams, minutesSchema, minutesUpdateBody } from '../../contract';
import { governancePermissions as P } from '../access';
import { agendaItems, minutes, minutesItems } from '../schema';
import { replaceSections } from './edits';
import { assertNotLocked, lockOpenMinutes, loadMeeting, loadMeetingFor, loadMinutesFor, minutesVisible } from './load';
import { presentMinutes } from './presenters';
import { tableRecipients } from '../tableRecipients';
import { minutesPdf, minutesPdfData } from './minutesPdf';

export const minutesCoreRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    url: '/api/governance/meetings/:id/minutes',
    access: P['governance.read'],
    summary: 'The minutes of a meeting (drafts only for members and managers)',
    params: minutesMeetingParams,
    response: minutesSchema,
    handler: async ({ db, actor, params }) => {
      const { meeting, table, access } = await loadMeetingFor(db, actor, params.id);
      const [row] = await db.select().from(minutes).where(eq(minutes.meetingId, meeting.id));
      if (!row || !minutesVisible(row, access)) throw notFound();
      return presentMinutes(db, row, table, access);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/governance/meetings/:id/minutes',
    access: P['governance.manage'],
    summary: 'Start draft minutes for a meeting, one section per agenda item',
    params: minutesMeetingParams,
    response: minutesSchema,
    handler: async ({ db, actor, params, command }) => {
      const { meeting, table, access } = await loadMeetingFor(db, actor, params.id, 'manage');
      const [existing] = await db.select({ id: minutes.id }).from(minutes).where(eq(minutes.meetingId, meeting.id));
      if (existing) throw conflict('governance_minutes_exist');
      const row = await command(async (tx, audit) => {
        const [m] = await tx.insert(minutes).values({ meetingId: meeting.id, roundtableId: meeting.roundtableId, createdBy: actor.userId }).returning();
        const agenda = await tx.select().from(agendaItems).where(eq(agendaItems.meetingId, meeting.id)).orderBy(asc(agendaItems.position), asc(agendaItems.createdAt));
        if (agenda.length) {
          await tx.insert(minutesItems).values(agenda.map((a, i) => ({ minutesId: m!.id, agendaItemId: a.id, position: i + 1, title: a.title, summary: '' })));
        }
        await audit({ action: 'governance.minutes.create', entityType: 'minutes', entityId: m!.id, details: { meetingId: meeting.id, sections: agenda.length } });
        return m!;
      });
      return presentMinutes(db, row, table, access);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/governance/minutes/:id',
    access: P['governance.read'],
    summary: 'Minutes with sections, decisions and action items',
    params: minutesIdParams,
    response: minutesSchema,
    handler: async ({ db, actor, params }) => {
      const { minutes: row, table, access } = await loadMinutesFor(db, actor, params.id);
      return presentMinutes(db, row, table, access);
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/governance/minutes/:id',
    access: P['governance.manage'],
    summary: 'Replace the sections of draft or circulated minutes',
    params: minutesIdParams,
    body: minutesUpdateBody,
    response: minutesSchema,
    handler: async ({ db, actor, params, body, locale, command }) => {
      const { minutes: row, table, access } = await loadMinutesFor(db, actor, params.id, 'manage');
      assertNotLocked(row);
      const updated = await command(async (tx, audit) => {
        await lockOpenMinutes(tx, row.id);
        const changes = await replaceSections(tx, row, body.items, locale);
        const [m] = await tx.update(minutes).set({ updatedAt: new Date() }).where(eq(minutes.id, row.id)).returning();
        await audit({ action: 'governance.minutes.update', entityType: 'minutes', entityId: row.id, details: { sections: body.items.length, ...changes } });
        return m!;
      });
      return presentMinutes(db, updated, table, access);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/governance/minutes/:id/circulate',
    access: P['governance.manage'],
    summary: 'Circulate draft minutes to the members for comments (in-app notice)',
    params: minutesIdParams,
    response: minutesSchema,
    successStatus: 200,
    handler: async ({ db, actor, params, command }) => {
      const { minutes: row, table, access } = await loadMinutesFor(db, actor, params.id, 'manage');
      assertNotLocked(row);
      if (row.status !== 'draft') throw conflict('governance_minutes_not_draft');
      const updated = await command(async (tx, audit) => {
        await lockOpenMinutes(tx, row.id, 'draft');
        const now = new Date();
        const [m] = await tx.update(minutes).set({ status: 'circulated', circulatedAt: now, updatedAt: now }).where(eq(minutes.id, row.id)).returning();
        const meeting = await loadMeeting(tx, row.meetingId);
        const recipients = (await tableRecipients(tx, row.roundtableId, now.toISOString().slice(0, 10))).filter((u) => u !== actor.userId);
        await notify(
          tx,
          recipients.map((userId) => ({
            userId,
            kind: 'governance.minutes_circulated',
            messageKey: 'governance:notifications.minutesCirculated',
            params: { table: table.name, meeting: meeting.title },
            link: `/governance/meetings/${row.meetingId}?tab=minutes`,
          })),
        );
        await audit({ action: 'governance.minutes.circulate', entityType: 'minutes', entityId: row.id, details: { notified: recipients.length } });
        return m!;
      });
      return presentMinutes(db, updated, table, access);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/governance/minutes/:id/minutes.pdf',
    access: P['governance.read'],
    summary: 'The minutes as an A4 PDF (drafts marked BOZZA)',
    params: minutesIdParams,
    rawReply: true,
    handler: async ({ db, actor, params, reply }) => {
      const { minutes: row, table } = await loadMinutesFor(db, actor, params.id);
      const pdf = await minutesPdf(await minutesPdfData(db, row, table));
      void reply
        .status(200)
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="verbale-${row.id.slice(0, 8)}-v${row.version}.pdf"`)
        .send(pdf);
      return undefined;
    },
  }),
];
