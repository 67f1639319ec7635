import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../../../../platform/access/roles';
import type { Db } from '../../../../platform/db/database';
import { candidateKeys, normalizedFullName, scorePersonPair, type MatchResult, type PersonRecord } from '../../../linkage/module';
import { findServices } from '../../../organizations/module';
import type { DuplicateMatch } from '../../contract';
import { matchRecord } from '../commands/writePersonKeys';
import { signMatchToken } from '../matchToken';
import { personKeys, persons } from '../schema';
import { accessToPersons, casesOfPersons, summariesOf, type PersonRow } from './persons';

/** Enough candidates for any real name in a district, few enough to score in a blink. */
const CANDIDATE_LIMIT = 500;
const MAX_MATCHES = 10;

/**
 * Persons sharing a blocking key with the record, in the district, most keys in common first; those whose
 * whole name looks alike by trigrams (a transliteration can change every word's key) with a compatible
 * birth year; plus the same tax code anywhere.
 */
async function candidates(db: Db, record: PersonRecord, districtId: string): Promise<PersonRow[]> {
  const keys = candidateKeys(record);
  const ids = new Set<string>();
  if (keys.length) {
    const hits = await db
      .select({ id: personKeys.personId, hits: sql<number>`count(*)::int` })
      .from(personKeys)
      .innerJoin(persons, eq(persons.id, personKeys.personId))
      .where(and(inArray(personKeys.key, keys), eq(persons.districtId, districtId), isNull(persons.mergedIntoId)))
      .groupBy(personKeys.personId)
      .orderBy(desc(sql`count(*)`))
      .limit(CANDIDATE_LIMIT);
    for (const h of hits) ids.add(h.id);
  }
  const year = record.birthDate?.year;
  for (const name of new Set(record.names.map(normalizedFullName).filter((n) => n.length >= 3))) {
    const alike = await db
      .select({ id: persons.id })
      .from(persons)
      .where(
        and(
          sql`${persons.searchName} % ${name}`,
          eq(persons.districtId, districtId),
          isNull(persons.mergedIntoId),
          year === undefined ? undefined : sql`(${persons.birthYear} is null or ${persons.birthYear} between ${year - 1} and ${year + 1})`,
        ),
      )
      .orderBy(desc(sql`similarity(${persons.searchName}, ${name})`))
      .limit(CANDIDATE_LIMIT);
    for (const a of alike) ids.add(a.id);
  }
  if (record.taxCode) {
    const same = await db.select({ id: persons.id }).from(persons).where(and(eq(persons.taxCode, record.taxCode), isNull(persons.mergedIntoId))).limit(20);
    for (const s of same) ids.add(s.id);
  }
  if (ids.size === 0) return [];
  return db.select().from(persons).where(inArray(persons.id, [...ids]));
}

/**
 * Possible duplicates of a person being registered. The caller sees the records they may see;
 * of the others they learn only which service holds them, and not even that when the person has
 * a protected case (naming an anti-violence centre would disclose the violence).
 */
export async function findDuplicates(
  db: Db,
  actor: Actor,
  input: { record: PersonRecord; districtId: string; serviceId: string },
  secret: Buffer,
): Promise<DuplicateMatch[]> {
  const { record, districtId } = input;
  const scored = (await candidates(db, record, districtId))
    .map((row) => ({ row, result: scorePersonPair(record, matchRecord(row)) }))
    .filter((s): s is { row: PersonRow; result: MatchResult & { decision: 'match' | 'possible' } } => s.result.decision !== 'no')
    .sort((a, b) => b.result.score - a.result.score)
    .slice(0, MAX_MATCHES);
  if (scored.length === 0) return [];
  const rows = scored.map((s) => s.row);
  const access = await accessToPersons(db, actor, rows);
  const visibleRows = rows.filter((r) => access.get(r.id)?.visible);
  const hiddenRows = rows.filter((r) => !access.get(r.id)?.visible);
  const summaries = new Map((await summariesOf(db, actor, visibleRows)).map((s) => [s.id, s]));
  const hiddenCases = await casesOfPersons(db, hiddenRows.map((r) => r.id));
  const holder = new Map<string, string | null>();
  for (const r of hiddenRows) {
    const latest = [...(hiddenCases.get(r.id) ?? [])].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
    holder.set(r.id, r.registeredByServiceId ?? latest?.leadServiceId ?? null);
  }
  const services = await findServices(db, [...holder.values()].filter((s): s is string => !!s));

  return scored.map(({ row, result }): DuplicateMatch => {
    const summary = summaries.get(row.id);
    if (summary) return { kind: 'visible', person: summary, score: Number(result.score.toFixed(3)), decision: result.decision, reasons: result.reasons };
    const restricted = (hiddenCases.get(row.id) ?? []).some((c) => c.protection === 'restricted');
    const service = restricted ? undefined : services.get(holder.get(row.id) ?? '');
    return {
      kind: 'hidden',
      matchToken: signMatchToken(secret, row.id, actor.userId, input.serviceId),
      serviceName: service?.name ?? null,
      organizationName: service?.organizationName ?? null,
      restricted,
      decision: result.decision,
    };
  });
}
