import { carryOntoNextMeeting } from '../actions/carryOver';
import { and, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../../../platform/http/route';
import { notFound } from '../../../../platform/errors/appError';
import { findUserById } from '../../../../platform/auth/users';
import { containsPattern } from '../../../../platform/db/like';
import {
  decisionBody,
  decisionRegisterQuery,
  decisionRegisterSchema,
  decisionSchema,
  decisionUpdateBody,
  minutesActionItemBody,
  minutesActionItemSchema,
  minutesDecisionParams,
  minutesIdParams,
} from '../../contract';
import { governancePermissions as P } from '../access';
import { invalidFields, missingOrganizations, type FieldIssue } from '../guards';
import { loadTableFor } from '../tableGuards';
import { actionItems, decisions, meetings, minutes, minutesItems } from '../schema';
import { checkSection, checkVotes, insertDecision, withNumberRetry } from './edits';
import { assertNotLocked, lockOpenMinutes, loadMinutesFor } from './load';
import { presentActionItems, presentDecision } from './presenters';

const tableParams = z.object({ id: z.uuid() });

export const decisionRoutes: AnyRoute[] = [
  defineRoute({
    method: 'POST',
    url: '/api/governance/minutes/:id/decisions',
    access: P['governance.manage'],
    summary: 'Record a decision in a section; numbered in the register of the table',
    params: minutesIdParams,
    body: decisionBody,
    response: decisionSchema,
    handler: async ({ db, actor, params, body, locale, command }) => {
      const { minutes: m } = await loadMinutesFor(db, actor, params.id, 'manage');
      assertNotLocked(m);
      const state = { ...body, votesFor: body.votesFor ?? null, votesAgainst: body.votesAgainst ?? null, votesAbstained: body.votesAbstained ?? null };
      await checkSection(db, m.id, state.minutesItemId, locale);
      await checkVotes(db, m.meetingId, state, locale);
      const row = await withNumberRetry(() =>
        command(async (tx, audit) => {
          await lockOpenMinutes(tx, m.id);
          const d = await insertDecision(tx, m, state);
          await tx.update(minutes).set({ updatedAt: new Date() }).where(eq(minutes.id, m.id));
          await audit({ action: 'governance.decision.create', entityType: 'decision', entityId: d.id, details: { minutesId: m.id, number: d.number, outcome: d.outcome } });
          return d;
        }),
      );
      return presentDecision(row);
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/governance/minutes/:id/decisions/:decisionId',
    access: P['governance.manage'],
    summary: 'Edit a decision of minutes not yet approved (its number stays)',
    params: minutesDecisionParams,
    body: decisionUpdateBody,
    response: decisionSchema,
    handler: async ({ db, actor, params, body, locale, command }) => {
      const { minutes: m } = await loadMinutesFor(db, actor, params.id, 'manage');
      assertNotLocked(m);
      const [d] = await db.select().from(decisions).where(and(eq(decisions.id, params.decisionId), eq(decisions.minutesId, m.id)));
      if (!d) throw notFound();
      const pick = <K extends keyof typeof body & keyof typeof d>(k: K) => (body[k] !== undefined ? body[k] : d[k]);
      const state = {
        minutesItemId: body.minutesItemId ?? d.minutesItemId,
        text: body.text ?? d.text,
        outcome: body.outcome ?? d.outcome,
        votesFor: pick('votesFor') ?? null,
        votesAgainst: pick('votesAgainst') ?? null,
        votesAbstained: pick('votesAbstained') ?? null,
      };
      if (body.minutesItemId) await checkSection(db, m.id, body.minutesItemId, locale);
      await checkVotes(db, m.meetingId, state, locale);
      const row = await command(async (tx, audit) => {
        await lockOpenMinutes(tx, m.id);
        const [r] = await tx.update(decisions).set(state).where(eq(decisions.id, d.id)).returning();
        await tx.update(minutes).set({ updatedAt: new Date() }).where(eq(minutes.id, m.id));
        await audit({ action: 'governance.decision.update', entityType: 'decision', entityId: d.id, details: { minutesId: m.id, number: d.number, fields: Object.keys(body) } });
        return r!;
      });
      return presentDecision(row);
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/governance/minutes/:id/decisions/:decisionId',
    access: P['governance.manage'],
    summary: 'Remove a decision of minutes not yet approved (its number is not reused unless it was the last)',
    params: minutesDecisionParams,
    handler: async ({ db, actor, params, command }) => {
      const { minutes: m } = await loadMinutesFor(db, actor, params.id, 'manage');
      assertNotLocked(m);
      const [d] = await db.select().from(decisions).where(and(eq(decisions.id, params.decisionId), eq(decisions.minutesId, m.id)));
      if (!d) throw notFound();
      await command(async (tx, audit) => {
        await lockOpenMinutes(tx, m.id);
        await tx.delete(decisions).where(eq(decisions.id, d.id));
        await tx.update(minutes).set({ updatedAt: new Date() }).where(eq(minutes.id, m.id));
        await audit({ action: 'governance.decision.delete', entityType: 'decision', entityId: d.id, details: { minutesId: m.id, number: d.number } });
      });
      return undefined;
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/governance/minutes/:id/action-items',
    access: P['governance.manage'],
    summary: 'Create an action item from a section (optionally from one of its decisions)',
    params: minutesIdParams,
    body: minutesActionItemBody,
    response: minutesActionItemSchema,
    handler: async ({ db, actor, params, body, locale, command }) => {
      const { minutes: m } = await loadMinutesFor(db, actor, params.id, 'manage');
      assertNotLocked(m);
      const issues: FieldIssue[] = [];
      const [section] = await db.select({ id: minutesItems.id }).from(minutesItems).where(and(eq(minutesItems.id, body.minutesItemId), eq(minutesItems.minutesId, m.id)));
      if (!section) issues.push({ field: 'minutesItemId', key: 'governance_minutes_item_unknown' });
      let decisionNumber: number | null = null;
      if (body.decisionId) {
        const [d] = await db.select().from(decisions).where(and(eq(decisions.id, body.decisionId), eq(decisions.minutesId, m.id)));
        if (!d) issues.push({ field: 'decisionId', key: 'governance_decision_unknown' });
        else decisionNumber = d.number;
      }
      if (body.ownerOrganizationId && (await missingOrganizations(db, [body.ownerOrganizationId])).length) issues.push({ field: 'ownerOrganizationId', key: 'organization_unknown' });
      if (body.ownerUserId && !(await findUserById(db, body.ownerUserId))) issues.push({ field: 'ownerUserId', key: 'user_unknown' });
      if (issues.length) throw invalidFields(issues, locale);
      const row = await command(async (tx, audit) => {
        await lockOpenMinutes(tx, m.id);
        const [a] = await tx
          .insert(actionItems)
          .values({
            roundtableId: m.roundtableId,
            minutesId: m.id,
            minutesItemId: body.minutesItemId,
            decisionId: body.decisionId ?? null,
            title: body.title,
            description: body.description ?? null,
            ownerOrganizationId: body.ownerOrganizationId ?? null,
            ownerUserId: body.ownerUserId ?? null,
            dueDate: body.dueDate ?? null,
            status: 'open',
            createdBy: actor.userId,
          })
          .returning();
        await audit({ action: 'governance.action_item.create', entityType: 'action_item', entityId: a!.id, details: { minutesId: m.id, decisionId: a!.decisionId, ownerOrganizationId: a!.ownerOrganizationId } });
        // Open items go onto the table's next agenda at once (issue: "carried automatically").
        await carryOntoNextMeeting(tx, m.roundtableId);
        return a!;
      });
      return (await presentActionItems(db, [row], decisionNumber != null && body.decisionId ? { [body.decisionId]: decisionNumber } : {}))[0]!;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/governance/roundtables/:id/decisions',
    access: P['governance.read'],
    summary: 'The register of decisions of a table, newest first (drafts only for members and managers)',
    params: tableParams,
    query: decisionRegisterQuery,
    response: decisionRegisterSchema,
    handler: async ({ db, actor, params, query }) => {
      const { table, access } = await loadTableFor(db, actor, params.id);
      const c: (SQL | undefined)[] = [eq(decisions.roundtableId, table.id)];
      if (!access.seeDrafts) c.push(eq(minutes.status, 'approved'));
      if (query.q) c.push(or(ilike(decisions.text, containsPattern(query.q)), ilike(minutesItems.title, containsPattern(query.q))));
      const where = and(...c);
      const base = () => db.select({ n: sql<number>`count(*)::int` }).from(decisions).innerJoin(minutes, eq(minutes.id, decisions.minutesId)).leftJoin(minutesItems, eq(minutesItems.id, decisions.minutesItemId));
      const [count] = await base().where(where);
      const rows = await db
        .select({ d: decisions, meetingId: meetings.id, meetingTitle: meetings.title, meetingStartsAt: meetings.startsAt, minutesStatus: minutes.status, minutesItemTitle: minutesItems.title })
        .from(decisions)
        .innerJoin(minutes, eq(minutes.id, decisions.minutesId))
        .innerJoin(meetings, eq(meetings.id, minutes.meetingId))
        .leftJoin(minutesItems, eq(minutesItems.id, decisions.minutesItemId))
        .where(where)
        .orderBy(desc(decisions.number))
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize);
      return {
        items: rows.map((r) => ({
          ...presentDecision(r.d),
          meetingId: r.meetingId,
          meetingTitle: r.meetingTitle,
          meetingStartsAt: r.meetingStartsAt.toISOString(),
          minutesStatus: r.minutesStatus,
          minutesItemTitle: r.minutesItemTitle,
        })),
        page: query.page,
        pageSize: query.pageSize,
        total: count?.n ?? 0,
      };
    },
  }),
];
