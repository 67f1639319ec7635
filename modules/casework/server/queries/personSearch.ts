import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../../../platform/access/roles';
import type { Db } from '../../../../platform/db/database';
import type { Page } from '../../../../platform/db/paging';
import { canonicalTaxCode, isValidTaxCode, nameScore, normalizeName, normalizedFullName, POSSIBLE_THRESHOLD, scorePersonPair, transliterationKey } from '../../../linkage/module';
import type { PersonSummary } from '../../contract';
import { matchRecord } from '../commands/writePersonKeys';
import { personKeys, persons } from '../schema';
import { isoToday } from '../visibility';
import { reachablePersonCondition, summariesOf, visiblePersonCondition, type PersonRow } from './persons';

export type PersonHit = PersonSummary & { score: number | null };

/** Each source of candidates stops here, so a common name in a large district stays cheap to score. */
const CANDIDATE_LIMIT = 500;

/**
 * Visible persons by name, as tolerant as the duplicate check: candidates share a transliteration
 * key with a word of the query, or look alike by trigrams, or carry the query as their tax code;
 * every source is filtered by the visibility rule in SQL, then scored (with the birth year when given) and paged. Without a query,
 * the visible persons by family then given name (as offices file them), paged by the database.
 */
export async function searchPersons(db: Db, actor: Actor, query: { q?: string; birthYear?: number; page: number; pageSize: number }): Promise<Page<PersonHit>> {
  const today = isoToday();
  const q = query.q?.trim() ?? '';
  const offset = (query.page - 1) * query.pageSize;
  if (q === '') {
    const visible = visiblePersonCondition(actor, today);
    const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(persons).where(visible);
    const rows = await db.select().from(persons).where(visible).orderBy(sql`lower(${persons.familyName})`, sql`lower(${persons.givenName})`, asc(persons.id)).limit(query.pageSize).offset(offset);
    return { items: (await summariesOf(db, actor, rows)).map((s) => ({ ...s, score: null })), page: query.page, pageSize: query.pageSize, total: count?.n ?? 0 };
  }

  const rows = await candidates(db, actor, q, today);
  const code = q.toUpperCase().replace(/[\s.-]/g, '');
  const byTaxCode = isValidTaxCode(code) ? canonicalTaxCode(code) : null;
  const scored = rows
    .map((row) => {
      if (byTaxCode && row.taxCode && canonicalTaxCode(row.taxCode) === byTaxCode) return { row, score: 1 };
      // With a birth year, the duplicate check's rule: names and year together (a year off by more than one rules out).
      if (query.birthYear !== undefined) {
        const match = scorePersonPair({ names: [q], birthDate: { year: query.birthYear } }, matchRecord(row));
        return { row, score: match.decision === 'no' ? 0 : match.score };
      }
      return { row, score: Math.max(0, ...matchRecord(row).names.map((n) => nameScore(q, n))) };
    })
    .filter((s) => s.score >= POSSIBLE_THRESHOLD)
    .sort((a, b) => b.score - a.score || a.row.searchName.localeCompare(b.row.searchName));
  const pageRows = scored.slice(offset, offset + query.pageSize);
  const summaries = await summariesOf(db, actor, pageRows.map((s) => s.row));
  return {
    items: summaries.map((s, i) => ({ ...s, score: Number(pageRows[i]!.score.toFixed(3)) })),
    page: query.page,
    pageSize: query.pageSize,
    total: scored.length,
  };
}

/**
 * Candidates are drawn from the persons the caller can reach (a superset checked row by row through
 * indexes, cheap however large the district), then the exact visibility rule runs on those few.
 */
async function candidates(db: Db, actor: Actor, q: string, today: string): Promise<PersonRow[]> {
  const reachable = reachablePersonCondition(actor);
  const keys = [...new Set(normalizeName(q).map(transliterationKey))].filter((k) => k !== '');
  const fullName = normalizedFullName(q);
  const code = q.toUpperCase().replace(/[\s.-]/g, '');
  const [byKeys, byTrigram, byCode] = await Promise.all([
    keys.length
      ? db
          .select({ id: personKeys.personId })
          .from(personKeys)
          .innerJoin(persons, eq(persons.id, personKeys.personId))
          .where(and(inArray(personKeys.key, keys), reachable))
          .groupBy(personKeys.personId)
          .orderBy(desc(sql`count(*)`))
          .limit(CANDIDATE_LIMIT)
      : [],
    fullName.length >= 3
      ? db
          .select({ id: persons.id })
          .from(persons)
          .where(and(sql`${persons.searchName} % ${fullName}`, reachable))
          .orderBy(desc(sql`similarity(${persons.searchName}, ${fullName})`))
          .limit(CANDIDATE_LIMIT)
      : [],
    /^([A-Z0-9]{16}|\d{11})$/.test(code) ? db.select({ id: persons.id }).from(persons).where(and(eq(persons.taxCode, code), reachable)).limit(20) : [],
  ]);
  const ids = [...new Set([...byKeys, ...byTrigram, ...byCode].map((r) => r.id))];
  return ids.length ? db.select().from(persons).where(and(inArray(persons.id, ids), visiblePersonCondition(actor, today, 'casework_persons', false))) : [];
}
