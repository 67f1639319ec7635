import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import { citizenshipGroups, type FactDimension, type FactMeasure, type FactsResponse } from '../../contract/facts';
import { closureOutcomes, interventionKinds, needAreas } from '../../contract/vocabulary';
import { suppressSmallCounts, type RawValue } from '../disclosure';
import { citizenshipGroupSql } from './citizenshipGroups';

export type CaseworkFactsQuery = { districtId?: string; from: string; to: string; by: FactDimension };

/** What each measure counts: its rows (always with the case as `c`), the day it falls on, and its value. */
type Source = 'case' | 'referral' | 'mediation' | 'intervention';
type MeasureSpec = { source: Source; date: SQL; where: SQL; value: SQL; basis?: SQL; additive?: boolean };

const FROM: Record<Source, SQL> = {
  case: sql`casework_cases c`,
  referral: sql`casework_referrals r join casework_cases c on c.id = r.case_id`,
  mediation: sql`casework_mediations m join casework_cases c on c.id = m.case_id`,
  intervention: sql`casework_interventions i join casework_cases c on c.id = i.case_id`,
};

const decided = sql`r.status in ('accepted', 'declined')`;
const MEASURES: Record<FactMeasure, MeasureSpec> = {
  casesOpened: { source: 'case', date: sql`c.opened_on`, where: sql`true`, value: sql`count(distinct c.id)` },
  casesClosed: { source: 'case', date: sql`c.closed_on`, where: sql`true`, value: sql`count(distinct c.id)` },
  referralsSent: { source: 'referral', date: sql`r.sent_at::date`, where: sql`true`, value: sql`count(distinct r.id)` },
  referralsAccepted: { source: 'referral', date: sql`r.decided_at::date`, where: sql`r.status = 'accepted'`, value: sql`count(distinct r.id)` },
  referralsDeclined: { source: 'referral', date: sql`r.decided_at::date`, where: sql`r.status = 'declined'`, value: sql`count(distinct r.id)` },
  // A median resting on few cases describes those cases: its basis is the number of cases behind it.
  referralWaitDaysMedian: {
    source: 'referral',
    date: sql`r.decided_at::date`,
    where: decided,
    value: sql`percentile_cont(0.5) within group (order by extract(epoch from (r.decided_at - r.sent_at)) / 86400.0)`,
    basis: sql`count(distinct c.id)`,
    additive: false,
  },
  mediationHours: { source: 'mediation', date: sql`m.scheduled_at::date`, where: sql`m.status = 'done'`, value: sql`coalesce(sum(m.hours_done), 0)`, basis: sql`count(distinct c.id)`, additive: true },
  mediationsDone: { source: 'mediation', date: sql`m.scheduled_at::date`, where: sql`m.status = 'done'`, value: sql`count(distinct m.id)` },
  interventions: { source: 'intervention', date: sql`coalesce(i.starts_on, i.created_at::date)`, where: sql`i.status <> 'cancelled'`, value: sql`count(distinct i.id)` },
};

const ALL_CASE_MEASURES: FactMeasure[] = ['casesOpened', 'casesClosed', 'referralsSent', 'referralsAccepted', 'referralsDeclined', 'referralWaitDaysMedian', 'mediationHours', 'mediationsDone', 'interventions'];

/** Which measures make sense for each breakdown (an outcome exists only for closed cases, a language only for mediations). */
const MEASURES_BY: Record<FactDimension, FactMeasure[]> = {
  month: ALL_CASE_MEASURES,
  municipality: ALL_CASE_MEASURES,
  need: ALL_CASE_MEASURES,
  citizenship: ALL_CASE_MEASURES,
  outcome: ['casesClosed'],
  intervention: ['interventions', 'mediationHours', 'mediationsDone'],
  language: ['mediationHours', 'mediationsDone'],
};

type Grouping = { key: SQL; join: SQL };
function grouping(by: FactDimension | 'total', spec: MeasureSpec): Grouping {
  const none = sql``;
  switch (by) {
    case 'total':
      return { key: sql`'total'`, join: none };
    case 'month':
      return { key: sql`to_char(${spec.date}, 'YYYY-MM')`, join: none };
    case 'municipality':
      return { key: sql`coalesce(c.municipality_id::text, 'unknown')`, join: none };
    case 'need':
      // A case counts under each of its needs, so the rows add up to more than the total.
      return { key: sql`coalesce(n.need, 'none')`, join: sql`left join lateral jsonb_array_elements_text(c.needs) as n(need) on true` };
    case 'citizenship':
      // Household cases have no single person: they fall under stateless/unknown.
      return { key: citizenshipGroupSql(sql`upper(p.citizenships ->> 0)`), join: sql`left join casework_persons p on p.id = c.person_id` };
    case 'outcome':
      return { key: sql`coalesce(c.closure_outcome, 'other')`, join: none };
    case 'intervention':
      return { key: spec.source === 'mediation' ? sql`'mediation'` : sql`i.kind`, join: none };
    case 'language':
      return { key: sql`m.language`, join: none };
  }
}

type Measured = { key: string; value: number | null; basis: number };

async function measure(db: Db, q: CaseworkFactsQuery, by: FactDimension | 'total', name: FactMeasure): Promise<Measured[]> {
  const spec = MEASURES[name];
  const g = grouping(by, spec);
  const district = q.districtId ? sql`c.district_id = ${q.districtId}::uuid` : sql`true`;
  const result = await db.execute(sql`
    select ${g.key} as key, (${spec.value})::float8 as value, (${spec.basis ?? sql`0`})::int as basis
    from ${FROM[spec.source]} ${g.join}
    where ${spec.where} and ${district} and ${spec.date} between ${q.from}::date and ${q.to}::date
    group by 1`);
  return (result as unknown as { rows: { key: string; value: number | string | null; basis: number | string }[] }).rows.map((r) => ({
    key: String(r.key),
    value: r.value === null ? null : Number(r.value),
    basis: Number(r.basis),
  }));
}

/**
 * Periods are whole calendar months: with day-level periods, two overlapping queries would tell by
 * difference what happened on a single day, below any threshold.
 */
export function wholeMonths(from: string, to: string): { from: string; to: string } {
  const [y, m] = to.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${from.slice(0, 7)}-01`, to: `${to.slice(0, 7)}-${String(lastDay).padStart(2, '0')}` };
}

function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const end = to.slice(0, 7);
  for (let key = from.slice(0, 7); key <= end; key = `${y}-${String(m).padStart(2, '0')}`) {
    out.push(key);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/** Rows shown even when empty, so a zero is published as a zero rather than missing. */
function fixedKeys(q: CaseworkFactsQuery): string[] {
  switch (q.by) {
    case 'month':
      return monthsBetween(q.from, q.to);
    case 'need':
      return [...needAreas, 'none'];
    case 'citizenship':
      return [...citizenshipGroups];
    case 'outcome':
      return [...closureOutcomes];
    case 'intervention':
      return [...interventionKinds];
    default:
      return [];
  }
}

const rawValue = (name: FactMeasure, m: Measured | undefined): RawValue => {
  const spec = MEASURES[name];
  if (!spec.basis) return m?.value ?? 0;
  return { value: m ? m.value : null, basis: m?.basis ?? 0, additive: spec.additive ?? false };
};

/**
 * Casework aggregates for the rest of the platform: counts by month, municipality, need, citizenship
 * group, intervention kind, closure outcome or mediation language, already passed through disclosure
 * control. They never carry a person's id or name. `from` and `to` are inclusive ISO dates.
 */
export async function caseworkFacts(db: Db, requested: CaseworkFactsQuery, threshold: number): Promise<FactsResponse> {
  const query = { ...requested, ...wholeMonths(requested.from, requested.to) };
  const measures = MEASURES_BY[query.by];
  const [byKey, totals] = await Promise.all([
    Promise.all(measures.map((m) => measure(db, query, query.by, m))),
    Promise.all(measures.map((m) => measure(db, query, 'total', m))),
  ]);
  const keys = [...new Set([...fixedKeys(query), ...byKey.flatMap((rows) => rows.map((r) => r.key))])];
  if (query.by === 'municipality' || query.by === 'language') keys.sort();
  const rows = keys.map((key) => ({
    key,
    values: Object.fromEntries(measures.map((m, i) => [m, rawValue(m, byKey[i]!.find((r) => r.key === key))])) as Record<FactMeasure, RawValue>,
  }));
  const totalValues = Object.fromEntries(measures.map((m, i) => [m, rawValue(m, totals[i]![0])])) as Record<FactMeasure, RawValue>;
  const safe = suppressSmallCounts(rows, threshold, totalValues);
  return {
    threshold,
    by: query.by,
    from: query.from,
    to: query.to,
    districtId: query.districtId ?? null,
    measures,
    rows: safe.rows.map((r) => ({ key: r.key, values: roundCells(r.values) })),
    totals: roundCells(safe.totals!),
  };
}

// Medians and hours to two decimals: more digits would only suggest a precision the data has not.
function roundCells<T extends Record<string, { value: number | null; suppressed: boolean }>>(cells: T): T {
  return Object.fromEntries(Object.entries(cells).map(([k, c]) => [k, { ...c, value: c.value === null ? null : Math.round(c.value * 100) / 100 }])) as T;
}
