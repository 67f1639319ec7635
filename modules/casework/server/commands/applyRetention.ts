import { sql } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import type { AuditInput } from '../../../../platform/http/route';
import type { RetentionRunResponse } from '../../contract';
import { retentionActions } from '../schema';
import { pseudonymisePerson } from './pseudonymisePerson';

/** The day `years` years before `today` (ISO dates); 29 February falls back to the 28th. */
export function yearsBefore(today: string, years: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y - years, m - 1, d));
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

/**
 * Persons whose every case (their own and their households') closed before the cut-off, with at least
 * one case and none open, not yet pseudonymised. Persons without any case are not the rule's business:
 * they are the registering service's to keep or erase.
 */
async function expiredPersons(db: Db, closedBefore: string): Promise<string[]> {
  const caseOfPerson = sql`(c.person_id = p.id or c.household_id in (select hm.household_id from casework_household_members hm where hm.person_id = p.id))`;
  const result = await db.execute(sql`
    select p.id from casework_persons p
    where p.pseudonymised_at is null
      and exists (select 1 from casework_cases c where ${caseOfPerson})
      and not exists (
        select 1 from casework_cases c
        where ${caseOfPerson} and (c.status <> 'closed' or c.closed_on is null or c.closed_on >= ${closedBefore}::date))
    order by p.id`);
  return ((result as unknown as { rows: { id: string }[] }).rows).map((r) => r.id);
}

/** Applies the retention rule (platform admin). A dry run only counts; the answer never names anyone. */
export async function applyRetention(
  tx: Db,
  audit: (e: AuditInput) => Promise<void>,
  input: { years: number; today: string; dryRun: boolean; by: string; encryptionKey: Buffer },
): Promise<RetentionRunResponse> {
  const closedBefore = yearsBefore(input.today, input.years);
  const candidates = await expiredPersons(tx, closedBefore);
  const rule = `retention:${input.years}y`;
  let pseudonymised = 0;
  if (!input.dryRun) {
    for (const personId of candidates) {
      const done = await pseudonymisePerson(tx, input.encryptionKey, personId);
      await tx.insert(retentionActions).values({ personId, action: 'pseudonymise', rule, details: { closedBefore, searchKeys: done.searchKeys, textsBlanked: done.textsBlanked }, doneBy: input.by });
      pseudonymised += 1;
    }
  }
  const result = { dryRun: input.dryRun, years: input.years, closedBefore, candidates: candidates.length, pseudonymised };
  await audit({ action: 'casework.retention.run', entityType: 'retention', personalData: !input.dryRun, details: result });
  return result;
}
