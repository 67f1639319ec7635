import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../../platform/db/database';
import { organizationNames } from '../../../organizations/module';
import type { decisionSchema, minutesActionItemSchema, minutesCommentSchema, minutesItemSchema, minutesSchema, minutesSnapshotSchema } from '../../contract';
import type { TableAccess } from '../tableAccess';
import type { RoundtableRow } from '../guards';
import { actionItems, decisions, minutesComments, minutesItems } from '../schema';
import { iso, loadMeeting, userNames, type MinutesRow } from './load';

type Item = z.input<typeof minutesItemSchema>;
type Decision = z.input<typeof decisionSchema>;
type ActionItem = z.input<typeof minutesActionItemSchema>;
export type MinutesContent = { items: Item[]; decisions: Decision[]; actionItems: ActionItem[] };

export function presentDecision(d: typeof decisions.$inferSelect): Decision {
  return {
    id: d.id,
    roundtableId: d.roundtableId,
    minutesId: d.minutesId,
    minutesItemId: d.minutesItemId,
    number: d.number,
    text: d.text,
    outcome: d.outcome,
    votesFor: d.votesFor,
    votesAgainst: d.votesAgainst,
    votesAbstained: d.votesAbstained,
    createdAt: d.createdAt.toISOString(),
  };
}

export async function presentActionItems(db: Db, rows: (typeof actionItems.$inferSelect)[], numbers: Record<string, number>): Promise<ActionItem[]> {
  // One query after the other: `db` may be a transaction, which runs one query at a time.
  const orgs = await organizationNames(db, [...new Set(rows.map((r) => r.ownerOrganizationId).filter((x): x is string => !!x))]);
  const people = await userNames(db, rows.map((r) => r.ownerUserId));
  return rows.map((a) => ({
    id: a.id,
    minutesItemId: a.minutesItemId,
    decisionId: a.decisionId,
    decisionNumber: a.decisionId ? (numbers[a.decisionId] ?? null) : null,
    title: a.title,
    description: a.description,
    ownerOrganizationId: a.ownerOrganizationId,
    ownerOrganizationName: a.ownerOrganizationId ? (orgs[a.ownerOrganizationId] ?? null) : null,
    ownerUserId: a.ownerUserId,
    ownerName: a.ownerUserId ? (people[a.ownerUserId] ?? null) : null,
    dueDate: a.dueDate,
    status: a.status,
  }));
}

/** Sections in order, decisions by number, action items in the order they were written. */
export async function minutesContent(db: Db, minutesId: string): Promise<MinutesContent> {
  // Sequential on purpose: called inside transactions (version snapshots).
  const items = await db.select().from(minutesItems).where(eq(minutesItems.minutesId, minutesId)).orderBy(asc(minutesItems.position));
  const ds = await db.select().from(decisions).where(eq(decisions.minutesId, minutesId)).orderBy(asc(decisions.number));
  const actions = await db.select().from(actionItems).where(eq(actionItems.minutesId, minutesId)).orderBy(asc(actionItems.createdAt), asc(actionItems.id));
  const numbers = Object.fromEntries(ds.map((d) => [d.id, d.number]));
  return {
    items: items.map((i) => ({ id: i.id, agendaItemId: i.agendaItemId, position: i.position, title: i.title, summary: i.summary })),
    decisions: ds.map(presentDecision),
    actionItems: await presentActionItems(db, actions, numbers),
  };
}

/** The whole minutes as kept in governance_minutes_versions. */
export async function minutesSnapshot(db: Db, row: MinutesRow): Promise<z.input<typeof minutesSnapshotSchema>> {
  return {
    id: row.id,
    meetingId: row.meetingId,
    roundtableId: row.roundtableId,
    status: row.status,
    version: row.version,
    approvedAt: iso(row.approvedAt),
    approvedAtMeetingId: row.approvedAtMeetingId,
    ...(await minutesContent(db, row.id)),
  };
}

export async function presentMinutes(db: Db, row: MinutesRow, table: RoundtableRow, access: TableAccess): Promise<z.input<typeof minutesSchema>> {
  const [meeting, approvedAt, content, open] = await Promise.all([
    loadMeeting(db, row.meetingId),
    row.approvedAtMeetingId ? loadMeeting(db, row.approvedAtMeetingId) : Promise.resolve(null),
    minutesContent(db, row.id),
    access.seeDrafts
      ? db
          .select({ n: sql<number>`count(*)::int` })
          .from(minutesComments)
          .where(and(eq(minutesComments.minutesId, row.id), isNull(minutesComments.resolvedAt)))
      : Promise.resolve([{ n: 0 }]),
  ]);
  const approved = row.status === 'approved';
  return {
    id: row.id,
    meetingId: row.meetingId,
    meetingTitle: meeting.title,
    meetingStartsAt: meeting.startsAt.toISOString(),
    roundtableId: row.roundtableId,
    roundtableName: table.name,
    status: row.status,
    version: row.version,
    circulatedAt: iso(row.circulatedAt),
    approvedAt: iso(row.approvedAt),
    approvedAtMeetingId: row.approvedAtMeetingId,
    approvedAtMeetingTitle: approvedAt?.title ?? null,
    approvedAtMeetingStartsAt: iso(approvedAt?.startsAt),
    lockedAt: iso(row.lockedAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...content,
    openComments: open[0]?.n ?? 0,
    abilities: {
      edit: access.manage && !approved,
      circulate: access.manage && row.status === 'draft',
      approve: access.manage && !approved,
      amend: access.manage && approved,
      comment: access.seeDrafts && row.status === 'circulated',
      resolveComments: access.manage && row.status === 'circulated',
    },
  };
}

export async function presentComments(db: Db, rows: (typeof minutesComments.$inferSelect)[]): Promise<z.input<typeof minutesCommentSchema>[]> {
  const names = await userNames(db, rows.map((r) => r.authorUserId));
  return rows.map((c) => ({
    id: c.id,
    minutesId: c.minutesId,
    minutesItemId: c.minutesItemId,
    authorUserId: c.authorUserId,
    authorName: names[c.authorUserId] ?? null,
    body: c.body,
    resolvedAt: iso(c.resolvedAt),
    createdAt: c.createdAt.toISOString(),
  }));
}
