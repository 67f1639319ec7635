import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../../../platform/http/route';
import type { Db } from '../../../../platform/db/database';
import type { Locale } from '../../../../platform/i18n/i18n';
import { conflict, notFound } from '../../../../platform/errors/appError';
import {
  minutesAmendmentBody,
  minutesApproveBody,
  minutesIdParams,
  minutesSchema,
  minutesSnapshotSchema,
  minutesVersionParams,
  minutesVersionSchema,
  minutesVersionsSchema,
} from '../../contract';
import { governancePermissions as P } from '../access';
import { invalidFields, type FieldIssue } from '../guards';
import { agendaItems, decisions, meetings, minutes, minutesItems, minutesVersions } from '../schema';
import { checkVotes, insertDecision, replaceSections, withNumberRetry } from './edits';
import { italianDate } from '../italianFormat';
import { assertNotLocked, loadMeeting, loadMinutesFor, userNames, type MinutesRow } from './load';
import { minutesSnapshot, presentMinutes } from './presenters';

/** Writes the snapshot of the minutes as they are now (inside the transaction) as their current version. */
export async function writeVersion(tx: Db, row: MinutesRow, reason: string | null, by: string): Promise<void> {
  await tx.insert(minutesVersions).values({ minutesId: row.id, version: row.version, reason, snapshot: await minutesSnapshot(tx, row), createdBy: by });
}

/** The approving meeting lists the approval on its agenda: an existing 'minutes_approval' item is linked, or one is added last. */
async function markApprovalOnAgenda(tx: Db, atMeetingId: string, m: MinutesRow, meetingDate: Date): Promise<void> {
  const items = await tx.select().from(agendaItems).where(and(eq(agendaItems.meetingId, atMeetingId), eq(agendaItems.kind, 'minutes_approval')));
  if (items.some((i) => i.minutesId === m.id)) return;
  const free = items.find((i) => !i.minutesId);
  if (free) {
    await tx.update(agendaItems).set({ minutesId: m.id }).where(eq(agendaItems.id, free.id));
    return;
  }
  const [max] = await tx.select({ n: sql<number>`coalesce(max(${agendaItems.position}), 0)::int` }).from(agendaItems).where(eq(agendaItems.meetingId, atMeetingId));
  await tx.insert(agendaItems).values({
    meetingId: atMeetingId,
    position: (max?.n ?? 0) + 1,
    kind: 'minutes_approval',
    title: `Approvazione del verbale della seduta del ${italianDate(meetingDate)}`,
    minutesId: m.id,
  });
}

type AmendDecision = NonNullable<z.output<typeof minutesAmendmentBody>['decisions']>[number];

/** Applies the decision changes of an amendment: edits by id, or new numbered decisions. */
async function amendDecisions(tx: Db, m: MinutesRow, changes: AmendDecision[], locale: Locale): Promise<void> {
  const sections = new Set((await tx.select({ id: minutesItems.id }).from(minutesItems).where(eq(minutesItems.minutesId, m.id))).map((s) => s.id));
  const current = await tx.select().from(decisions).where(eq(decisions.minutesId, m.id));
  for (const [i, change] of changes.entries()) {
    const issues: FieldIssue[] = [];
    const d = change.id ? current.find((x) => x.id === change.id) : undefined;
    if (change.id && !d) issues.push({ field: `decisions.${i}.id`, key: 'governance_decision_unknown' });
    if (change.minutesItemId && !sections.has(change.minutesItemId)) issues.push({ field: `decisions.${i}.minutesItemId`, key: 'governance_minutes_item_unknown' });
    if (!change.id && (!change.minutesItemId || !change.text)) issues.push({ field: `decisions.${i}`, key: 'governance_amendment_decision_incomplete' });
    if (issues.length) throw invalidFields(issues, locale);
    const pick = <K extends 'votesFor' | 'votesAgainst' | 'votesAbstained'>(k: K) => (change[k] !== undefined ? change[k] : (d?.[k] ?? null)) ?? null;
    const state = {
      minutesItemId: change.minutesItemId ?? d?.minutesItemId ?? null,
      text: change.text ?? d!.text,
      outcome: change.outcome ?? d?.outcome ?? 'approved',
      votesFor: pick('votesFor'),
      votesAgainst: pick('votesAgainst'),
      votesAbstained: pick('votesAbstained'),
    };
    await checkVotes(tx, m.meetingId, state, locale, `decisions.${i}.`);
    if (d) await tx.update(decisions).set(state).where(eq(decisions.id, d.id));
    else await insertDecision(tx, m, { ...state, minutesItemId: state.minutesItemId! });
  }
}

const snapshotOf = (raw: unknown) => minutesSnapshotSchema.parse(raw);

export const approvalRoutes: AnyRoute[] = [
  defineRoute({
    method: 'POST',
    url: '/api/governance/minutes/:id/approve',
    access: P['governance.manage'],
    summary: 'Approve the minutes at a later meeting of the same table: locks them and keeps version 1',
    params: minutesIdParams,
    body: minutesApproveBody,
    response: minutesSchema,
    successStatus: 200,
    handler: async ({ db, actor, params, body, locale, command }) => {
      const { minutes: m, table, access } = await loadMinutesFor(db, actor, params.id, 'manage');
      assertNotLocked(m);
      const own = await loadMeeting(db, m.meetingId);
      const [at] = await db.select().from(meetings).where(eq(meetings.id, body.atMeetingId));
      if (!at || at.roundtableId !== m.roundtableId || at.startsAt <= own.startsAt || at.status === 'cancelled') throw invalidFields([{ field: 'atMeetingId', key: 'governance_approval_meeting' }], locale);
      const updated = await command(async (tx, audit) => {
        const now = new Date();
        const [row] = await tx
          .update(minutes)
          .set({ status: 'approved', approvedAt: now, approvedAtMeetingId: at.id, lockedAt: now, version: 1, updatedAt: now })
          .where(and(eq(minutes.id, m.id), isNull(minutes.lockedAt)))
          .returning();
        if (!row) throw conflict('governance_minutes_locked');
        await writeVersion(tx, row, null, actor.userId);
        await markApprovalOnAgenda(tx, at.id, row, own.startsAt);
        await audit({ action: 'governance.minutes.approve', entityType: 'minutes', entityId: m.id, details: { atMeetingId: at.id, version: 1 } });
        return row;
      });
      return presentMinutes(db, updated, table, access);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/governance/minutes/:id/amendments',
    access: P['governance.manage'],
    summary: 'Amend approved minutes: applies the changes and keeps them as version n+1 with the reason',
    params: minutesIdParams,
    body: minutesAmendmentBody,
    response: minutesSchema,
    successStatus: 200,
    handler: async ({ db, actor, params, body, locale, command }) => {
      const { minutes: m, table, access } = await loadMinutesFor(db, actor, params.id, 'manage');
      if (m.status !== 'approved') throw conflict('governance_minutes_not_approved');
      if (!body.items && !body.decisions?.length) throw invalidFields([{ field: 'items', key: 'governance_amendment_empty' }], locale);
      const updated = await withNumberRetry(() =>
        command(async (tx, audit) => {
          // The version is taken from the row locked now, so two amendments in a row make n+1 and n+2.
          const [cur] = await tx.select().from(minutes).where(eq(minutes.id, m.id)).for('update');
          if (body.items) await replaceSections(tx, cur!, body.items, locale);
          if (body.decisions?.length) await amendDecisions(tx, cur!, body.decisions, locale);
          const [row] = await tx
            .update(minutes)
            .set({ version: cur!.version + 1, updatedAt: new Date() })
            .where(eq(minutes.id, m.id))
            .returning();
          await writeVersion(tx, row!, body.reason, actor.userId);
          await audit({ action: 'governance.minutes.amend', entityType: 'minutes', entityId: m.id, details: { version: row!.version, reason: body.reason } });
          return row!;
        }),
      );
      return presentMinutes(db, updated, table, access);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/governance/minutes/:id/versions',
    access: P['governance.read'],
    summary: 'The versions of approved minutes, newest first',
    params: minutesIdParams,
    response: minutesVersionsSchema,
    handler: async ({ db, actor, params }) => {
      const { minutes: m } = await loadMinutesFor(db, actor, params.id);
      const rows = await db
        .select({ version: minutesVersions.version, reason: minutesVersions.reason, createdAt: minutesVersions.createdAt, createdBy: minutesVersions.createdBy })
        .from(minutesVersions)
        .where(eq(minutesVersions.minutesId, m.id))
        .orderBy(desc(minutesVersions.version));
      const names = await userNames(db, rows.map((r) => r.createdBy));
      return { items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), createdByName: r.createdBy ? (names[r.createdBy] ?? null) : null })) };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/governance/minutes/:id/versions/:version',
    access: P['governance.read'],
    summary: 'One version of the minutes, whole, as it was kept',
    params: minutesVersionParams,
    response: minutesVersionSchema,
    handler: async ({ db, actor, params }) => {
      const { minutes: m } = await loadMinutesFor(db, actor, params.id);
      const [v] = await db
        .select()
        .from(minutesVersions)
        .where(and(eq(minutesVersions.minutesId, m.id), eq(minutesVersions.version, params.version)))
        .orderBy(asc(minutesVersions.version));
      if (!v) throw notFound();
      const names = await userNames(db, [v.createdBy]);
      return {
        version: v.version,
        reason: v.reason,
        createdAt: v.createdAt.toISOString(),
        createdBy: v.createdBy,
        createdByName: v.createdBy ? (names[v.createdBy] ?? null) : null,
        snapshot: snapshotOf(v.snapshot),
      };
    },
  }),
];
