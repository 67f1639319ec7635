import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../platform/access/roles';
import { caseworkOrganizations } from './access';

/** Today as an ISO date in the server's time zone: the day consents and referrals expire on. */
export function isoToday(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** An SQL list of uuids for `in (...)`. */
export const uuidList = (ids: readonly string[]) => sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `);

/**
 * The SQL twin of `caseAccess` (access.ts) being non-null, for lists, counts and search: a case the
 * actor's organisation takes part in, actively, on a standing consent, with neither the actor nor
 * that service locked out. `caseAlias` names the casework_cases row in the outer query.
 * The property test (visibility.property.test.ts) checks that both say the same thing.
 */
export function visibleCaseCondition(actor: Actor, today: string, caseAlias = 'casework_cases'): SQL {
  const orgs = caseworkOrganizations(actor);
  if (orgs.length === 0) return sql`false`;
  const c = sql.raw(`"${caseAlias}"`);
  const caseLockouts = (extra: SQL) => sql`exists (
      select 1 from casework_lockouts l
      where l.lifted_at is null and ${extra}
        and (l.person_id = ${c}.person_id
             or l.person_id in (select hm.person_id from casework_household_members hm where hm.household_id = ${c}.household_id)))`;
  return sql`(exists (
      select 1 from casework_participants p
      left join casework_consents k on k.id = p.consent_id
      where p.case_id = ${c}.id
        and p.organization_id in (${uuidList(orgs)})
        and p.ended_at is null
        and (p.until is null or p.until >= ${today}::date)
        and (k.id is null or (k.withdrawn_at is null and (k.valid_until is null or k.valid_until >= ${today}::date)))
        and not ${caseLockouts(sql`l.service_id = p.service_id`)}
    ) and not ${caseLockouts(sql`l.user_id = ${actor.userId}::uuid`)})`;
}
