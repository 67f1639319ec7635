import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../../../platform/access/roles';
import type { Db } from '../../../../platform/db/database';
import { pageOf } from '../../../../platform/db/paging';
import { conflict, forbidden, notFound } from '../../../../platform/errors/appError';
import { defineRoute, type AnyRoute } from '../../../../platform/http/route';
import { actionItemBody, actionItemCarryOverSchema, actionItemSchema, actionItemsCsvQuery, actionItemsQuery, actionItemUpdateBody } from '../../contract';
import { governancePermissions as P } from '../access';
import { invalidField } from '../guards';
import { actionItems, meetings, minutes } from '../schema';
import { loadTableFor } from '../tableGuards';
import { carryOpenActionItems, meetingTakesCarryOver } from './carryOver';
import { checkOwner, insertActionItem } from './commands';
import { actionItemAccess, agreementAccessById, countActionItems, findActionItems, isoToday, loadActionItem, presentActionItems } from './queries';

const idParams = z.object({ id: z.uuid() });
/** The CSV export stops here: a spreadsheet, not a backup. */
export const ACTION_ITEMS_CSV_MAX_ROWS = 10_000;

const statusLabels: Record<string, string> = { open: 'Aperta', in_progress: 'In corso', done: 'Completata', cancelled: 'Annullata' };
const italianDate = (d: string | null) => (d ? `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}` : '');

/** One cell of an Italian-Excel CSV (`;`-separated), quoted when needed; a leading =, +, - or @ is neutralised. */
export function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

async function presentOne(db: Db, actor: Actor, id: string) {
  return (await presentActionItems(db, actor, [await loadActionItem(db, id)], isoToday()))[0]!;
}

export const actionsRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    url: '/api/governance/action-items',
    access: P['governance.read'],
    summary: 'The action tracker: items of the round tables and agreements the actor sees, filterable, due date first',
    query: actionItemsQuery,
    response: pageOf(actionItemSchema),
    handler: async ({ db, actor, query }) => {
      const today = isoToday();
      const [total, rows] = await Promise.all([
        countActionItems(db, actor, query, today),
        findActionItems(db, actor, query, today, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
      ]);
      return { items: await presentActionItems(db, actor, rows, today), page: query.page, pageSize: query.pageSize, total };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/governance/action-items.csv',
    access: P['governance.read'],
    summary: 'The action tracker as CSV for Italian spreadsheets (UTF-8 with BOM, `;`-separated), same filters, at most 10,000 rows',
    query: actionItemsCsvQuery,
    rawReply: true,
    handler: async ({ db, actor, query, reply }) => {
      const today = isoToday();
      const rows = await presentActionItems(db, actor, await findActionItems(db, actor, query, today, { limit: ACTION_ITEMS_CSV_MAX_ROWS, offset: 0 }), today);
      const header = ['Titolo', 'Tavolo', 'Accordo', 'Decisione n.', 'Ente responsabile', 'Referente', 'Scadenza', 'Stato', 'In ritardo', 'Completata il', 'Descrizione'];
      const lines = rows.map((r) =>
        [
          r.title,
          r.roundtableName,
          r.agreementTitle,
          r.decisionNumber,
          r.ownerOrganizationName,
          r.ownerName,
          italianDate(r.dueDate ?? null),
          statusLabels[r.status] ?? r.status,
          r.overdue ? 'Sì' : 'No',
          italianDate(r.completedAt ? isoToday(new Date(r.completedAt)) : null),
          r.description,
        ]
          .map(csvCell)
          .join(';'),
      );
      const body = '\ufeff' + [header.join(';'), ...lines].map((l) => l + '\r\n').join('');
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="azioni-${today}.csv"`)
        .send(body);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/governance/action-items/:id',
    access: P['governance.read'],
    summary: 'One action item (404 unless its table or agreement is visible)',
    params: idParams,
    response: actionItemSchema,
    handler: async ({ db, actor, params }) => {
      const item = await loadActionItem(db, params.id);
      if (!(await actionItemAccess(db, actor, item)).see) throw notFound();
      return presentOne(db, actor, item.id);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/governance/action-items',
    access: P['governance.manage'],
    summary: 'Create an action item on a round table (manage there) or for an agreement (manage it)',
    body: actionItemBody,
    response: actionItemSchema,
    handler: async ({ db, actor, body, locale, command }) => {
      const roundtableId = body.roundtableId ?? null;
      const agreementId = body.agreementId ?? null;
      if (!roundtableId && !agreementId) throw invalidField('roundtableId', 'governance_action_item_parent', locale);
      // Every parent named must be managed by the actor: the item lands on that table's tracker and agenda.
      if (roundtableId) {
        const { table } = await loadTableFor(db, actor, roundtableId, 'manage');
        if (table.archivedAt) throw conflict('governance_roundtable_archived');
      }
      if (agreementId) {
        const a = await agreementAccessById(db, actor, agreementId);
        if (!a.see || !a.manage) throw notFound();
      }
      await checkOwner(db, body, locale);
      const id = await command((tx, audit) =>
        insertActionItem(
          tx,
          audit,
          {
            roundtableId,
            agreementId,
            title: body.title,
            description: body.description ?? null,
            ownerOrganizationId: body.ownerOrganizationId ?? null,
            ownerUserId: body.ownerUserId ?? null,
            dueDate: body.dueDate ?? null,
            status: body.status,
          },
          actor.userId,
        ),
      );
      return presentOne(db, actor, id);
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/governance/action-items/:id',
    access: P['governance.read'],
    summary: "Edit an action item (managers of its table or agreement); its owner person and the owner organisation's staff may change the status only",
    params: idParams,
    body: actionItemUpdateBody,
    response: actionItemSchema,
    handler: async ({ db, actor, params, body, locale, command }) => {
      const item = await loadActionItem(db, params.id);
      const access = await actionItemAccess(db, actor, item);
      if (!access.see) throw notFound();
      const fields = Object.keys(body).filter((k) => body[k as keyof typeof body] !== undefined);
      const statusOnly = fields.every((k) => k === 'status');
      if (!access.edit && !(access.changeStatus && statusOnly)) throw forbidden();
      // What approved minutes say was agreed (the action's wording) changes only by amending them; owner, due
      // date and status are the follow-up, kept on the tracker.
      if (item.minutesId && (body.title !== undefined || body.description !== undefined)) {
        const [m] = await db.select({ status: minutes.status }).from(minutes).where(eq(minutes.id, item.minutesId));
        if (m?.status === 'approved') throw conflict('governance_minutes_locked');
      }
      await checkOwner(db, body, locale);
      const status = body.status ?? item.status;
      const completedAt = status === 'done' ? (item.status === 'done' ? item.completedAt : new Date()) : null;
      await command(async (tx, audit) => {
        await tx
          .update(actionItems)
          .set({ ...body, completedAt, ...(body.dueDate !== undefined && body.dueDate !== item.dueDate ? { lastRemindedAt: null } : {}), updatedAt: new Date() })
          .where(eq(actionItems.id, item.id));
        await audit({
          action: 'governance.action_item.update',
          entityType: 'action_item',
          entityId: item.id,
          details: { fields, ...(body.status && body.status !== item.status ? { from: item.status, to: body.status } : {}) },
        });
      });
      return presentOne(db, actor, item.id);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/governance/meetings/:id/agenda/carry-over',
    access: P['governance.manage'],
    summary: "Put the table's open action items not yet on the agenda at its end, for review",
    params: idParams,
    response: actionItemCarryOverSchema,
    successStatus: 200,
    handler: async ({ db, actor, params, command }) => {
      const [meeting] = await db.select().from(meetings).where(eq(meetings.id, params.id));
      if (!meeting) throw notFound();
      await loadTableFor(db, actor, meeting.roundtableId, 'manage');
      if (!meetingTakesCarryOver(meeting)) throw conflict('governance_meeting_not_open');
      const added = await command(async (tx, audit) => {
        const n = await carryOpenActionItems(tx, meeting.id);
        await audit({ action: 'governance.agenda.carry_over', entityType: 'meeting', entityId: meeting.id, details: { added: n } });
        return n;
      });
      return { added };
    },
  }),
];
