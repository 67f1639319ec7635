import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../../../platform/http/route';
import { notFound } from '../../../../platform/errors/appError';
import type { Db } from '../../../../platform/db/database';
import { agendaItemBody, agendaItemUpdateBody, agendaOrderBody, meetingDetailSchema } from '../../contract';
import { governancePermissions as P } from '../access';
import { invalidField } from '../guards';
import { agendaItems, meetings } from '../schema';
import { agendaRows } from './createMeetings';
import { assertTableOpen, loadMeetingFor } from './load';
import { presentMeetingDetail } from './presenters';

const idParams = z.object({ id: z.uuid() });
const itemParams = z.object({ id: z.uuid(), itemId: z.uuid() });

// Agenda writes answer with the whole meeting, so a page shows the agenda as stored (positions, carried items).
export const agendaRoutes: AnyRoute[] = [
  defineRoute({
    method: 'POST',
    url: '/api/governance/meetings/:id/agenda',
    access: P['governance.manage'],
    summary: 'Add an item at the end of the agenda',
    params: idParams,
    body: agendaItemBody,
    response: meetingDetailSchema,
    handler: async ({ db, actor, params, body, config, command }) => {
      const loaded = await loadMeetingFor(db, actor, params.id, 'manage');
      assertTableOpen(loaded.table);
      await command(async (tx, audit) => {
        const [max] = await tx.select({ p: sql<number | null>`max(${agendaItems.position})` }).from(agendaItems).where(eq(agendaItems.meetingId, params.id));
        const [row] = await tx
          .insert(agendaItems)
          .values(agendaRows(params.id, [body], Number(max?.p ?? 0) + 1))
          .returning({ id: agendaItems.id });
        await touch(tx, params.id);
        await audit({ action: 'governance.agenda.create', entityType: 'meeting', entityId: params.id, details: { agendaItemId: row!.id, title: body.title } });
      });
      return presentMeetingDetail(db, actor, await loadMeetingFor(db, actor, params.id), config.publicUrl);
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/governance/meetings/:id/agenda/:itemId',
    access: P['governance.manage'],
    summary: 'Edit an agenda item',
    params: itemParams,
    body: agendaItemUpdateBody,
    response: meetingDetailSchema,
    handler: async ({ db, actor, params, body, config, command }) => {
      const loaded = await loadMeetingFor(db, actor, params.id, 'manage');
      assertTableOpen(loaded.table);
      await itemOf(db, params.id, params.itemId);
      // Nothing to change: answer as it is (an empty update is not an error, and raises no calendar sequence).
      if (!Object.values(body).some((v) => v !== undefined)) return presentMeetingDetail(db, actor, loaded, config.publicUrl);
      await command(async (tx, audit) => {
        await tx.update(agendaItems).set(body).where(eq(agendaItems.id, params.itemId));
        await touch(tx, params.id);
        await audit({ action: 'governance.agenda.update', entityType: 'meeting', entityId: params.id, details: { agendaItemId: params.itemId, fields: Object.keys(body) } });
      });
      return presentMeetingDetail(db, actor, await loadMeetingFor(db, actor, params.id), config.publicUrl);
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/governance/meetings/:id/agenda/:itemId',
    access: P['governance.manage'],
    summary: 'Remove an agenda item (with its documents)',
    params: itemParams,
    handler: async ({ db, actor, params, command }) => {
      const loaded = await loadMeetingFor(db, actor, params.id, 'manage');
      assertTableOpen(loaded.table);
      const item = await itemOf(db, params.id, params.itemId);
      await command(async (tx, audit) => {
        await tx.delete(agendaItems).where(eq(agendaItems.id, item.id));
        await touch(tx, params.id);
        await audit({ action: 'governance.agenda.delete', entityType: 'meeting', entityId: params.id, details: { agendaItemId: item.id, title: item.title } });
      });
      return undefined;
    },
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/governance/meetings/:id/agenda/order',
    access: P['governance.manage'],
    summary: 'Reorder the agenda: every item id, once, in the new order',
    params: idParams,
    body: agendaOrderBody,
    response: meetingDetailSchema,
    handler: async ({ db, actor, params, body, locale, config, command }) => {
      const loaded = await loadMeetingFor(db, actor, params.id, 'manage');
      assertTableOpen(loaded.table);
      const current = await db.select({ id: agendaItems.id }).from(agendaItems).where(eq(agendaItems.meetingId, params.id)).orderBy(asc(agendaItems.position));
      const known = new Set(current.map((c) => c.id));
      const given = new Set(body.itemIds);
      if (given.size !== body.itemIds.length || given.size !== known.size || body.itemIds.some((id) => !known.has(id))) {
        throw invalidField('itemIds', 'governance_agenda_order', locale);
      }
      await command(async (tx, audit) => {
        for (const [i, id] of body.itemIds.entries()) await tx.update(agendaItems).set({ position: i + 1 }).where(eq(agendaItems.id, id));
        await touch(tx, params.id);
        await audit({ action: 'governance.agenda.order', entityType: 'meeting', entityId: params.id, details: { itemIds: body.itemIds } });
      });
      return presentMeetingDetail(db, actor, await loadMeetingFor(db, actor, params.id), config.publicUrl);
    },
  }),
];

async function itemOf(db: Db, meetingId: string, itemId: string) {
  const [item] = await db.select().from(agendaItems).where(and(eq(agendaItems.id, itemId), eq(agendaItems.meetingId, meetingId)));
  if (!item) throw notFound();
  return item;
}

/** An agenda change is a change of the meeting: calendars holding the invitation should refresh it. */
async function touch(tx: Db, meetingId: string) {
  await tx.update(meetings).set({ sequence: sql`${meetings.sequence} + 1`, updatedAt: new Date() }).where(eq(meetings.id, meetingId));
}
