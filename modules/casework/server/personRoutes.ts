import { eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { AppError, badRequest, conflict } from '../../../platform/errors/appError';
import { defineRoute, type AnyRoute, type RouteContext } from '../../../platform/http/route';
import { isValidTaxCode, parsePartialDate, type PersonRecord } from '../../linkage/module';
import { findServices } from '../../organizations/module';
import {
  contactRequestBody,
  contactRequestSchema,
  duplicateCheckBody,
  duplicateCheckSchema,
  householdBody,
  householdMembersBody,
  householdSchema,
  householdUpdateBody,
  mergeBody,
  personBody,
  personHistorySchema,
  personListQuery,
  personPageSchema,
  personSchema,
  personUpdateBody,
} from '../contract';
import { caseworkPermissions as P } from './access';
import { createHousehold, type MemberInput } from './commands/createHousehold';
import { mergePersons } from './commands/mergePersons';
import { registerPerson } from './commands/registerPerson';
import { requestContact } from './commands/requestContact';
import { setHouseholdMembers } from './commands/setHouseholdMembers';
import { updateHousehold } from './commands/updateHousehold';
import { updatePerson } from './commands/updatePerson';
import { openMatchToken } from './matchToken';
import { invalidField } from './input';
import { birthParts, checkMunicipality, checkTaxCode, registeringService } from './personInput';
import { findDuplicates } from './queries/duplicates';
import { canEditHousehold, loadHouseholdFor, presentHousehold } from './queries/households';
import { personHistory } from './queries/personHistory';
import { personView } from './queries/personView';
import { accessToPersons, loadPersonFor, requirePersonAbility } from './queries/persons';
import { searchPersons } from './queries/personSearch';
import { persons } from './schema';

const idParams = z.object({ id: z.uuid() });
const editForbidden = (what: 'person' | 'household') => new AppError(403, `${what}_edit_forbidden`, `errors.${what}_edit_forbidden`);

/**
 * Every member named in a request must be someone the caller sees; otherwise it is as if they did
 * not exist. `alreadyThere` are members hidden from the caller who stay as they are.
 */
async function checkMembersVisible(ctx: Pick<RouteContext<unknown, unknown, unknown>, 'db' | 'actor' | 'locale'>, members: MemberInput[], alreadyThere: string[] = []): Promise<void> {
  const ids = members.map((m) => m.personId).filter((id) => !alreadyThere.includes(id));
  if (ids.length === 0) return;
  const rows = await ctx.db.select().from(persons).where(inArray(persons.id, ids));
  const access = await accessToPersons(ctx.db, ctx.actor, rows);
  const missing = members.findIndex((m) => !alreadyThere.includes(m.personId) && !access.get(m.personId)?.visible);
  if (missing >= 0) throw invalidField(`members.${missing}.personId`, 'member_not_found', ctx.locale);
}

export const personRoutes: AnyRoute[] = [
  defineRoute({
    method: 'POST',
    url: '/api/casework/persons/duplicates',
    access: P['casework.cases.write'],
    summary: 'Look for the person being registered among the district’s records: visible matches in full, the others only by service',
    body: duplicateCheckBody,
    response: duplicateCheckSchema,
    successStatus: 200,
    handler: async (ctx) => {
      const { db, actor, body, locale, config } = ctx;
      const service = await registeringService(db, actor, body.registeredByServiceId, locale);
      const native = [body.nativeGivenName, body.nativeFamilyName].filter(Boolean).join(' ');
      const latin = [body.givenName, body.familyName].filter(Boolean).join(' ');
      const record: PersonRecord = {
        names: [latin, native, ...(body.alternativeNames ?? [])].filter((n) => n !== ''),
        birthDate: body.birthDate ? parsePartialDate(body.birthDate) : undefined,
        sex: body.sex ?? undefined,
        taxCode: body.taxCode && isValidTaxCode(body.taxCode) ? body.taxCode : undefined,
      };
      const matches = await findDuplicates(db, actor, { record, districtId: service.districtId, serviceId: service.id }, config.encryptionKey);
      // Counts only: the names typed are personal data of someone not yet registered.
      await ctx.auditRead({
        action: 'casework.person.duplicate_check',
        entityType: 'casework_person',
        personalData: true,
        details: { serviceId: service.id, visible: matches.filter((m) => m.kind === 'visible').length, hidden: matches.filter((m) => m.kind === 'hidden').length },
      });
      return { matches };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/casework/persons/contact-requests',
    access: P['casework.cases.write'],
    summary: 'Ask the service holding a hidden possible duplicate to get in touch (the person is never named)',
    body: contactRequestBody,
    response: contactRequestSchema,
    successStatus: 202,
    handler: async (ctx) => {
      const { db, actor, body, config } = ctx;
      const { personId, serviceId } = openMatchToken(config.encryptionKey, body.matchToken, actor.userId);
      let [person] = await db.select().from(persons).where(eq(persons.id, personId));
      // Merged since the check: the surviving record's holders are the ones to ask.
      if (person?.mergedIntoId) [person] = await db.select().from(persons).where(eq(persons.id, person.mergedIntoId));
      if (!person) throw new AppError(400, 'invalid_match_token', 'errors.invalid_match_token');
      const fromService = (await findServices(db, [serviceId])).get(serviceId);
      const target = person;
      return ctx.command((tx, audit) =>
        requestContact(tx, audit, { actor, personId: target.id, targetOrganizationId: target.registeredByOrganizationId, fromServiceName: fromService?.name ?? '', message: body.message }),
      );
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/casework/persons',
    access: P['casework.cases.read'],
    summary: 'Persons you may see, by name (tolerant of spellings, accents, swapped names) or all in name order',
    query: personListQuery,
    response: personPageSchema,
    handler: async (ctx) => {
      const { db, actor, query } = ctx;
      const page = await searchPersons(db, actor, query);
      // The query is a name: its length is kept, never its text.
      await ctx.auditRead({ action: 'casework.person.search', entityType: 'casework_person', personalData: true, details: { resultCount: page.total, queryLength: query.q?.length ?? 0 } });
      return page;
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/casework/persons',
    access: P['casework.cases.write'],
    summary: 'Register a person for one of your services',
    body: personBody,
    response: personSchema,
    handler: async (ctx) => {
      const { db, actor, body, locale } = ctx;
      const service = await registeringService(db, actor, body.registeredByServiceId, locale);
      await checkMunicipality(db, body.municipalityId, locale);
      const taxCode = checkTaxCode(body.taxCode, { givenName: body.givenName, familyName: body.familyName, sex: body.sex ?? null, ...birthParts(body.birthDate) }, locale);
      const row = await ctx.command((tx, audit) => registerPerson(tx, audit, { actor, body, service, taxCode }));
      const { access } = await loadPersonFor(db, actor, row.id);
      return personView(db, actor, row, access, taxCode.warnings);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/casework/persons/:id',
    access: P['casework.cases.read'],
    summary: 'A person you may see, with their households and the cases you may know about',
    params: idParams,
    response: personSchema,
    handler: async (ctx) => {
      const { db, actor, params } = ctx;
      const { row, access } = await loadPersonFor(db, actor, params.id);
      await ctx.auditRead({ action: 'casework.person.read', entityType: 'casework_person', entityId: row.id, personalData: true });
      return personView(db, actor, row, access);
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/casework/persons/:id',
    access: P['casework.cases.write'],
    summary: 'Edit a person (the registering organisation, or the lead service of one of their cases)',
    params: idParams,
    body: personUpdateBody,
    response: personSchema,
    handler: async (ctx) => {
      const { db, actor, params, body, locale } = ctx;
      const person = await loadPersonFor(db, actor, params.id);
      requirePersonAbility(actor, person, 'update', () => editForbidden('person'));
      const { row, access } = person;
      await checkMunicipality(db, body.municipalityId, locale);
      const birth = body.birthDate !== undefined ? birthParts(body.birthDate) : { birthYear: row.birthYear, birthMonth: row.birthMonth, birthDay: row.birthDay };
      const taxCode = checkTaxCode(
        body.taxCode !== undefined ? body.taxCode : row.taxCode,
        { givenName: body.givenName ?? row.givenName, familyName: body.familyName ?? row.familyName, sex: body.sex !== undefined ? body.sex : row.sex, ...birth },
        locale,
      );
      const updated = await ctx.command((tx, audit) => updatePerson(tx, audit, { personId: row.id, body, taxCode }));
      return personView(db, actor, updated, access, taxCode.warnings);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/casework/persons/:id/merge',
    access: P['casework.persons.merge'],
    summary: 'Merge a duplicate record into this one (both must be visible to you)',
    params: idParams,
    body: mergeBody,
    response: personSchema,
    successStatus: 200,
    handler: async (ctx) => {
      const { db, actor, params, body } = ctx;
      if (body.duplicateId === params.id) throw badRequest('merge_same_person');
      const survivor = await loadPersonFor(db, actor, params.id);
      const [raw] = await db.select().from(persons).where(eq(persons.id, body.duplicateId));
      if (raw?.mergedIntoId) {
        // Say "already merged" only to someone who sees where it went; to anyone else it does not exist.
        await loadPersonFor(db, actor, raw.mergedIntoId);
        throw conflict('person_already_merged');
      }
      const duplicate = await loadPersonFor(db, actor, body.duplicateId);
      const merged = await ctx.command((tx, audit) => mergePersons(tx, audit, { actor, survivor: survivor.row, duplicate: duplicate.row, reason: body.reason }));
      const { access } = await loadPersonFor(db, actor, merged.id);
      return personView(db, actor, merged, access);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/casework/persons/:id/history',
    access: P['casework.cases.read'],
    summary: 'When the record was created and changed, and the merges it took part in',
    params: idParams,
    response: personHistorySchema,
    handler: async (ctx) => {
      const { db, actor, params } = ctx;
      const { row } = await loadPersonFor(db, actor, params.id);
      await ctx.auditRead({ action: 'casework.person.history', entityType: 'casework_person', entityId: row.id, personalData: true });
      return personHistory(db, row);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/casework/households',
    access: P['casework.cases.write'],
    summary: 'Register a household of persons you may see',
    body: householdBody,
    response: householdSchema,
    handler: async (ctx) => {
      const { db, actor, body, locale } = ctx;
      const service = await registeringService(db, actor, body.registeredByServiceId, locale);
      await checkMembersVisible(ctx, body.members);
      const row = await ctx.command((tx, audit) => createHousehold(tx, audit, { name: body.name, singleParent: body.singleParent ?? false, service, members: body.members }));
      const loaded = await loadHouseholdFor(db, actor, row.id);
      return presentHousehold(loaded, { update: canEditHousehold(actor, loaded) });
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/casework/households/:id',
    access: P['casework.cases.read'],
    summary: 'A household: the members you may see, the others as placeholders; minors and single-parent flag',
    params: idParams,
    response: householdSchema,
    handler: async (ctx) => {
      const { db, actor, params } = ctx;
      const loaded = await loadHouseholdFor(db, actor, params.id);
      await ctx.auditRead({ action: 'casework.household.read', entityType: 'casework_household', entityId: loaded.row.id, personalData: true });
      return presentHousehold(loaded, { update: canEditHousehold(actor, loaded) });
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/casework/households/:id',
    access: P['casework.cases.write'],
    summary: 'Rename a household or change its single-parent flag',
    params: idParams,
    body: householdUpdateBody,
    response: householdSchema,
    handler: async (ctx) => {
      const { db, actor, params, body } = ctx;
      const loaded = await loadHouseholdFor(db, actor, params.id);
      if (!canEditHousehold(actor, loaded)) throw editForbidden('household');
      await ctx.command((tx, audit) => updateHousehold(tx, audit, { householdId: loaded.row.id, changes: body }));
      const fresh = await loadHouseholdFor(db, actor, params.id);
      return presentHousehold(fresh, { update: true });
    },
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/casework/households/:id/members',
    access: P['casework.cases.write'],
    summary: 'Replace the members you may see (members hidden from you stay as they are)',
    params: idParams,
    body: householdMembersBody,
    response: householdSchema,
    handler: async (ctx) => {
      const { db, actor, params, body } = ctx;
      const loaded = await loadHouseholdFor(db, actor, params.id);
      if (!canEditHousehold(actor, loaded)) throw editForbidden('household');
      const hiddenPersonIds = loaded.members.filter((m) => !m.access.visible).map((m) => m.person.id);
      await checkMembersVisible(ctx, body.members, hiddenPersonIds);
      const members = body.members.filter((m) => !hiddenPersonIds.includes(m.personId));
      await ctx.command((tx, audit) => setHouseholdMembers(tx, audit, { householdId: loaded.row.id, members, hiddenPersonIds }));
      const fresh = await loadHouseholdFor(db, actor, params.id);
      return presentHousehold(fresh, { update: canEditHousehold(actor, fresh) });
    },
  }),
];
