import { and, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../../platform/access/roles';
import type { Db } from '../../../../platform/db/database';
import { holds } from '../../../../platform/access/policy';
import { forbidden, notFound, type AppError } from '../../../../platform/errors/appError';
import { findServices } from '../../../organizations/module';
import type { CaseAccess, PersonSummary, PersonView } from '../../contract';
import { caseworkOrganizations, caseworkPermissions, personVisible } from '../access';
import { cases, householdMembers, lockouts, persons } from '../schema';
import { isoToday, uuidList, visibleCaseCondition } from '../visibility';
import { accessToCases } from './caseFacts';

export type PersonRow = typeof persons.$inferSelect;
export type PersonAbilities = PersonView['abilities'];


/**
 * A cheap superset of the visible persons, checked row by row through indexes: registered by one of the
 * caller's organisations, or the subject (directly or through a household) of a case one of them takes
 * part in. Search narrows its candidates with it before the exact rule runs on the few that remain.
 */
export function reachablePersonCondition(actor: Actor, alias = 'casework_persons'): SQL {
  const orgs = caseworkOrganizations(actor);
  if (orgs.length === 0) return sql`false`;
  const p = sql.raw(`"${alias}"`);
  return sql`(${p}.merged_into_id is null and (${p}.registered_by_organization_id in (${uuidList(orgs)})
    or exists (select 1 from casework_cases rc join casework_participants rpp on rpp.case_id = rc.id
               where rc.person_id = ${p}.id and rpp.organization_id in (${uuidList(orgs)}))
    or exists (select 1 from casework_household_members rhm join casework_cases rc on rc.household_id = rhm.household_id
               join casework_participants rpp on rpp.case_id = rc.id
               where rhm.person_id = ${p}.id and rpp.organization_id in (${uuidList(orgs)}))))`;
}

/**
 * The SQL twin of `personVisible` (access.ts), for lists and search: a person not merged away,
 * the caller not locked out of them, and either registered by one of the caller's organisations
 * (that organisation not locked out) or on a case the caller sees in full with the identity
 * section: the case visible, restricted only if the caller is named on it or holds an unexpired
 * emergency access, and a participation of theirs that is the lead or shares 'identity'.
 * `alias` names the casework_persons row of the outer query. `withSuperset` adds the caller's reachable
 * persons as a set the database builds once (right for paging over everyone visible); leave it out when
 * the outer query already holds a few candidate ids, which are then checked one by one through indexes.
 */
export function visiblePersonCondition(actor: Actor, today = isoToday(), alias = 'casework_persons', withSuperset = true): SQL {
  const orgs = caseworkOrganizations(actor);
  if (orgs.length === 0) return sql`false`;
  const p = sql.raw(`"${alias}"`);
  const activeLockout = (extra: SQL) => sql`exists (select 1 from casework_lockouts pl where pl.person_id = ${p}.id and pl.lifted_at is null and ${extra})`;
  const identityParticipation = sql`exists (
      select 1 from casework_participants ip
      left join casework_consents ik on ik.id = ip.consent_id
      where ip.case_id = vc.id
        and ip.organization_id in (${uuidList(orgs)})
        and ip.ended_at is null
        and (ip.until is null or ip.until >= ${today}::date)
        and (ik.id is null or (ik.withdrawn_at is null and (ik.valid_until is null or ik.valid_until >= ${today}::date)))
        and not exists (
          select 1 from casework_lockouts il
          where il.lifted_at is null and il.service_id = ip.service_id
            and (il.person_id = vc.person_id
                 or il.person_id in (select ihm.person_id from casework_household_members ihm where ihm.household_id = vc.household_id)))
        and (ip.role = 'lead' or ip.sections @> '["identity"]'::jsonb))`;
  const fullView = sql`(vc.protection = 'ordinary'
      or exists (select 1 from casework_case_workers vw where vw.case_id = vc.id and vw.user_id = ${actor.userId}::uuid)
      or exists (select 1 from casework_emergency_accesses ve where ve.case_id = vc.id and ve.user_id = ${actor.userId}::uuid and ve.expires_at > now()))`;
  // A superset the database can build from the caller's side (their registrations and their
  // organisations' participations) through indexes, so a large district is not scanned person by person.
  const reachable = sql`${p}.id in (
      select rp.id from casework_persons rp where rp.registered_by_organization_id in (${uuidList(orgs)})
      union
      select rc.person_id from casework_participants rpp join casework_cases rc on rc.id = rpp.case_id
        where rpp.organization_id in (${uuidList(orgs)}) and rc.person_id is not null
      union
      select rhm.person_id from casework_participants rpp join casework_cases rc on rc.id = rpp.case_id
        join casework_household_members rhm on rhm.household_id = rc.household_id
        where rpp.organization_id in (${uuidList(orgs)}))`;
  // Two exists rather than one with an OR, so each uses its index (cases by person, memberships by person).
  const seenCase = (from: SQL) => sql`exists (
        select 1 ${from}
          and ${visibleCaseCondition(actor, today, 'vc')}
          and ${fullView}
          and ${identityParticipation})`;
  return sql`(${withSuperset ? reachable : sql`true`} and ${p}.merged_into_id is null
    and not ${activeLockout(sql`pl.user_id = ${actor.userId}::uuid`)}
    and ((${p}.registered_by_organization_id in (${uuidList(orgs)})
          and not ${activeLockout(sql`pl.organization_id = ${p}.registered_by_organization_id`)})
      or ${seenCase(sql`from casework_cases vc where vc.person_id = ${p}.id`)}
      or ${seenCase(sql`from casework_household_members vhm join casework_cases vc on vc.household_id = vhm.household_id where vhm.person_id = ${p}.id`)}))`;
}

type CaseRow = typeof cases.$inferSelect;

/** Cases of each person, their own and their households'. */
export async function casesOfPersons(db: Db, personIds: readonly string[]): Promise<Map<string, CaseRow[]>> {
  const out = new Map<string, CaseRow[]>(personIds.map((id) => [id, []]));
  if (personIds.length === 0) return out;
  const memberships = await db.select().from(householdMembers).where(inArray(householdMembers.personId, [...personIds]));
  const householdIds = [...new Set(memberships.map((m) => m.householdId))];
  const rows = await db
    .select()
    .from(cases)
    .where(householdIds.length ? or(inArray(cases.personId, [...personIds]), inArray(cases.householdId, householdIds)) : inArray(cases.personId, [...personIds]));
  for (const c of rows) {
    const owners = new Set<string>();
    if (c.personId && out.has(c.personId)) owners.add(c.personId);
    for (const m of memberships) if (m.householdId === c.householdId) owners.add(m.personId);
    for (const personId of owners) out.get(personId)!.push(c);
  }
  return out;
}

/** Every case about one person, seen or not: opened for them, or for a household they belong to. */
export async function casesOfPerson(db: Db, personId: string): Promise<CaseRow[]> {
  return (await casesOfPersons(db, [personId])).get(personId)!;
}

export type PersonAccess = {
  visible: boolean;
  /** The person's cases (their own and their households') that the caller sees. */
  cases: CaseRow[];
  /** The caller's access to each of those cases (keyed by case id; may hold other persons' cases of the same batch). */
  access: Map<string, CaseAccess>;
  /** The caller works at the organisation that registered the person, and that organisation is not locked out. */
  registering: boolean;
  /** The caller's service leads one of the person's cases they see. */
  lead: boolean;
};

/** A person the caller sees, as `loadPersonFor` returns it. */
export type LoadedPerson = { row: PersonRow; access: PersonAccess };

/** The pure rule applied to a batch of persons: whether the caller sees each, and which of their cases. */
export async function accessToPersons(db: Db, actor: Actor, rows: readonly PersonRow[], today = isoToday()): Promise<Map<string, PersonAccess>> {
  const ids = rows.map((r) => r.id);
  const [caseMap, locks] = await Promise.all([
    casesOfPersons(db, ids),
    ids.length ? db.select().from(lockouts).where(and(inArray(lockouts.personId, ids), isNull(lockouts.liftedAt))) : Promise.resolve([]),
  ]);
  const access = await accessToCases(db, actor, [...caseMap.values()].flat().map((c) => c.id), today);
  const orgs = caseworkOrganizations(actor);
  const out = new Map<string, PersonAccess>();
  for (const row of rows) {
    const theirCases = caseMap.get(row.id) ?? [];
    const mine = locks.filter((l) => l.personId === row.id);
    const lockedOrganizationIds = mine.map((l) => l.organizationId).filter((o): o is string => !!o);
    const visible =
      row.mergedIntoId === null &&
      personVisible(
        actor,
        { registeredByOrganizationId: row.registeredByOrganizationId, lockedUserIds: mine.map((l) => l.userId).filter((u): u is string => !!u), lockedOrganizationIds },
        theirCases.map((c) => access.get(c.id) ?? null),
      );
    const seen = theirCases.filter((c) => access.has(c.id));
    out.set(row.id, {
      visible,
      cases: seen,
      access,
      registering: orgs.includes(row.registeredByOrganizationId) && !lockedOrganizationIds.includes(row.registeredByOrganizationId),
      lead: seen.some((c) => access.get(c.id)!.isLead),
    });
  }
  return out;
}

/** Loads a person the caller may see; anything else (unknown, merged away, invisible) is a 404, so the record's existence is not revealed. */
export async function loadPersonFor(db: Db, actor: Actor, id: string): Promise<LoadedPerson> {
  const [row] = await db.select().from(persons).where(eq(persons.id, id));
  if (!row) throw notFound();
  const access = (await accessToPersons(db, actor, [row])).get(id)!;
  if (!access.visible) throw notFound();
  return { row, access };
}

/**
 * May the caller edit the person: their organisation registered them (and holds the write
 * permission there), or they lead a case of theirs with full access.
 */
export function canEditPerson(actor: Actor, row: PersonRow, access: PersonAccess): boolean {
  const writerOrgs = caseworkOrganizations(actor, caseworkPermissions['casework.cases.write']);
  if (writerOrgs.includes(row.registeredByOrganizationId)) return true;
  return access.cases.some((c) => access.access.get(c.id)?.can.update === true);
}

/**
 * What the caller may do on a person: the one rule the routes enforce and the presenter shows.
 * - update: edit the record (canEditPerson);
 * - merge: fold a duplicate into it;
 * - export: the access-request export (GDPR art. 15);
 * - erase: erase or pseudonymise it, only for the head (org_admin) of the registering organisation;
 * - manageConsents: record, withdraw and replace consent terms;
 * - manageLockouts: see and manage lockouts, for the registering organisation or a lead service;
 * - openCase: open a case or a household around them.
 */
export function personAbilities(actor: Actor, { row, access }: LoadedPerson): PersonAbilities {
  const sees = access.visible;
  const writer = sees && holds(actor, caseworkPermissions['casework.cases.write']);
  return {
    update: writer && canEditPerson(actor, row, access),
    merge: sees && holds(actor, caseworkPermissions['casework.persons.merge']),
    export: sees && holds(actor, caseworkPermissions['casework.persons.export']),
    erase: sees && caseworkOrganizations(actor, caseworkPermissions['casework.persons.erase']).includes(row.registeredByOrganizationId),
    manageConsents: writer,
    manageLockouts: sees && (access.registering || access.lead),
    openCase: writer,
  };
}

export type PersonAbility = keyof PersonAbilities;

/** Throws `error` (a 403) unless the caller has the ability on the person. */
export function requirePersonAbility(actor: Actor, person: LoadedPerson, ability: PersonAbility, error: () => AppError = forbidden): void {
  if (!personAbilities(actor, person)[ability]) throw error();
}

export function birthDateText(row: { birthYear: number | null; birthMonth: number | null; birthDay: number | null }): string | null {
  if (row.birthYear === null) return null;
  const two = (n: number) => String(n).padStart(2, '0');
  if (row.birthMonth === null) return String(row.birthYear);
  if (row.birthDay === null) return `${row.birthYear}-${two(row.birthMonth)}`;
  return `${row.birthYear}-${two(row.birthMonth)}-${two(row.birthDay)}`;
}

/** One list line per person: the registering service's name and how many of their cases the caller sees. */
export async function summariesOf(db: Db, actor: Actor, rows: readonly PersonRow[]): Promise<PersonSummary[]> {
  if (rows.length === 0) return [];
  const [services, access] = await Promise.all([
    findServices(db, rows.map((r) => r.registeredByServiceId).filter((s): s is string => !!s)),
    accessToPersons(db, actor, rows),
  ]);
  return rows.map((r) => ({
    id: r.id,
    givenName: r.givenName,
    familyName: r.familyName,
    nativeGivenName: r.nativeGivenName,
    nativeFamilyName: r.nativeFamilyName,
    birthDate: birthDateText(r),
    sex: r.sex,
    citizenships: r.citizenships,
    registeredByServiceName: r.registeredByServiceId ? (services.get(r.registeredByServiceId)?.name ?? null) : null,
    visibleCases: access.get(r.id)?.cases.length ?? 0,
  }));
}
