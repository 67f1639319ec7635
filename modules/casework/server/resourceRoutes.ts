import { z } from 'zod';
import { pageOf } from '../../../platform/db/paging';
import { defineRoute, type AnyRoute } from '../../../platform/http/route';
import { housingUnitBody, housingUnitSchema, housingUnitsQuery, housingUnitUpdateBody, mediatorBody, mediatorSchema, mediatorsQuery, mediatorUpdateBody } from '../contract';
import { caseworkPermissions as P } from './access';
import { authorizeResourceChange, checkMunicipality, checkResourcePlace } from './resourceGuards';
import { readableDistricts } from './resourceScope';
import { listHousingUnits, listMediators, loadHousingUnit, loadMediator, presentHousingUnits, presentMediators } from './queries/resources';
import { createMediator } from './commands/createMediator';
import { updateMediator } from './commands/updateMediator';
import { createHousingUnit } from './commands/createHousingUnit';
import { updateHousingUnit } from './commands/updateHousingUnit';

const idParams = z.object({ id: z.uuid() });
const READ = P['casework.resources.read'];
const MANAGE = P['casework.resources.manage'];
const tags = ['casework: resources'];

/** The district's mediator pool and housing units: shared resources, no personal data of the people in care. */
export const resourceRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    url: '/api/casework/mediators',
    access: READ,
    summary: "The mediator pool of the caller's districts",
    tags,
    query: mediatorsQuery,
    response: pageOf(mediatorSchema),
    handler: async ({ db, actor, query }) => listMediators(db, actor, await readableDistricts(db, actor), query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/casework/mediators',
    access: MANAGE,
    summary: 'Add a mediator to a district pool',
    tags,
    body: mediatorBody,
    response: mediatorSchema,
    handler: async ({ db, actor, body, locale, command }) => {
      await checkResourcePlace(db, actor, body, locale);
      const row = await command((tx, audit) => createMediator(tx, audit, body));
      return (await presentMediators(db, actor, [row]))[0]!;
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/casework/mediators/:id',
    access: MANAGE,
    summary: "Change a mediator's languages, contacts or activity",
    tags,
    params: idParams,
    body: mediatorUpdateBody,
    response: mediatorSchema,
    handler: async ({ db, actor, params, body, command }) => {
      await authorizeResourceChange(db, actor, await loadMediator(db, params.id));
      const row = await command((tx, audit) => updateMediator(tx, audit, { id: params.id, body }));
      return (await presentMediators(db, actor, [row]))[0]!;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/casework/housing-units',
    access: READ,
    summary: "Housing units of the caller's districts, with today's occupancy",
    tags,
    query: housingUnitsQuery,
    response: pageOf(housingUnitSchema),
    handler: async ({ db, actor, query }) => listHousingUnits(db, actor, await readableDistricts(db, actor), query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/casework/housing-units',
    access: MANAGE,
    summary: 'Add a housing unit',
    tags,
    body: housingUnitBody,
    response: housingUnitSchema,
    handler: async ({ db, actor, body, locale, command }) => {
      await checkResourcePlace(db, actor, body, locale);
      const row = await command((tx, audit) => createHousingUnit(tx, audit, body));
      return (await presentHousingUnits(db, actor, [row]))[0]!;
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/casework/housing-units/:id',
    access: MANAGE,
    summary: 'Change a housing unit (name, address, municipality, capacity, active)',
    tags,
    params: idParams,
    body: housingUnitUpdateBody,
    response: housingUnitSchema,
    handler: async ({ db, actor, params, body, locale, command }) => {
      await authorizeResourceChange(db, actor, await loadHousingUnit(db, params.id));
      await checkMunicipality(db, body.municipalityId, locale);
      const row = await command((tx, audit) => updateHousingUnit(tx, audit, { id: params.id, body }));
      return (await presentHousingUnits(db, actor, [row]))[0]!;
    },
  }),
];
