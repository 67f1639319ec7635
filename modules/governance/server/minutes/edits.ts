import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../../platform/db/database';
import type { Locale } from '../../../../platform/i18n/i18n';
import type { minutesItemInput } from '../../contract';
import { invalidFields, type FieldIssue } from '../guards';
import { agendaItems, attendance, decisions, minutesItems, roundtables } from '../schema';
import type { MinutesRow } from './load';

type SectionInput = z.output<typeof minutesItemInput>;
export type Votes = { votesFor: number | null; votesAgainst: number | null; votesAbstained: number | null };
export type DecisionState = Votes & { minutesItemId: string; text: string; outcome: (typeof decisions.$inferSelect)['outcome'] };

/**
 * Replaces the sections of the minutes with `items`, in that order: with an id a section is kept and edited,
 * without one it is added; sections left out are removed, unless decisions hang on them (400).
 */
export async function replaceSections(tx: Db, m: MinutesRow, items: SectionInput[], locale: Locale): Promise<{ added: number; removed: number }> {
  const existing = await tx.select({ id: minutesItems.id }).from(minutesItems).where(eq(minutesItems.minutesId, m.id));
  const known = new Set(existing.map((e) => e.id));
  const agenda = new Set((await tx.select({ id: agendaItems.id }).from(agendaItems).where(eq(agendaItems.meetingId, m.meetingId))).map((a) => a.id));
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (item.id && (!known.has(item.id) || seen.has(item.id))) issues.push({ field: `items.${i}.id`, key: 'governance_minutes_item_unknown' });
    if (item.id) seen.add(item.id);
    if (item.agendaItemId && !agenda.has(item.agendaItemId)) issues.push({ field: `items.${i}.agendaItemId`, key: 'governance_agenda_item_unknown' });
  });
  const removed = existing.map((e) => e.id).filter((id) => !seen.has(id));
  if (removed.length) {
    const [used] = await tx.select({ n: sql<number>`count(*)::int` }).from(decisions).where(inArray(decisions.minutesItemId, removed));
    if ((used?.n ?? 0) > 0) issues.push({ field: 'items', key: 'governance_minutes_item_has_decisions' });
  }
  if (issues.length) throw invalidFields(issues, locale);
  if (removed.length) await tx.delete(minutesItems).where(inArray(minutesItems.id, removed));
  let added = 0;
  for (const [i, item] of items.entries()) {
    const values = { position: i + 1, title: item.title, summary: item.summary, ...(item.agendaItemId !== undefined ? { agendaItemId: item.agendaItemId } : {}) };
    if (item.id) await tx.update(minutesItems).set(values).where(eq(minutesItems.id, item.id));
    else {
      await tx.insert(minutesItems).values({ ...values, minutesId: m.id });
      added++;
    }
  }
  return { added, removed: removed.length };
}

/** The section must belong to these minutes. */
export async function checkSection(db: Db, minutesId: string, minutesItemId: string, locale: Locale, field = 'minutesItemId'): Promise<void> {
  const [row] = await db.select({ id: minutesItems.id }).from(minutesItems).where(and(eq(minutesItems.id, minutesItemId), eq(minutesItems.minutesId, minutesId)));
  if (!row) throw invalidFields([{ field, key: 'governance_minutes_item_unknown' }], locale);
}

/** Votes: all three or none; their total cannot exceed those present or represented, once attendance was recorded. */
export async function checkVotes(db: Db, meetingId: string, v: Votes, locale: Locale, prefix = ''): Promise<void> {
  const keys = ['votesFor', 'votesAgainst', 'votesAbstained'] as const;
  const given = keys.filter((k) => v[k] != null);
  if (given.length === 0) return;
  if (given.length < 3) throw invalidFields(keys.filter((k) => v[k] == null).map((k) => ({ field: `${prefix}${k}`, key: 'governance_votes_all_three' })), locale);
  const [counts] = await db
    .select({ recorded: sql<number>`count(*)::int`, voters: sql<number>`count(*) filter (where ${attendance.status} in ('present', 'delegated'))::int` })
    .from(attendance)
    .where(eq(attendance.meetingId, meetingId));
  const total = v.votesFor! + v.votesAgainst! + v.votesAbstained!;
  if ((counts?.recorded ?? 0) > 0 && total > (counts?.voters ?? 0)) throw invalidFields([{ field: `${prefix}votesFor`, key: 'governance_votes_exceed_attendance' }], locale);
}

/** Next number of the table's register, taken inside the transaction (the table row is locked; the unique index guards the rest). */
export async function insertDecision(tx: Db, m: MinutesRow, d: DecisionState): Promise<typeof decisions.$inferSelect> {
  await tx.select({ id: roundtables.id }).from(roundtables).where(eq(roundtables.id, m.roundtableId)).for('update');
  const [max] = await tx.select({ n: sql<number>`coalesce(max(${decisions.number}), 0)::int` }).from(decisions).where(eq(decisions.roundtableId, m.roundtableId));
  const [row] = await tx
    .insert(decisions)
    .values({ ...d, roundtableId: m.roundtableId, minutesId: m.id, number: (max?.n ?? 0) + 1 })
    .returning();
  return row!;
}

function isNumberClash(error: unknown): boolean {
  for (let e = error as { code?: unknown; constraint?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (e.code === '23505' && (e.constraint === 'governance_decisions_number_idx' || String(e.message ?? '').includes('governance_decisions_number_idx'))) return true;
  }
  return false;
}

/** Runs a write that numbers decisions; when a concurrent write took the same number, runs it once more. */
export async function withNumberRetry<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (!isNumberClash(e)) throw e;
    return run();
  }
}
