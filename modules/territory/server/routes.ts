import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { defineRoute } from '../../../platform/http/route';
import { can } from '../../../platform/access/policy';
import { findUserById } from '../../../platform/auth/users';
import { addGrant, findGrant, grantsInScope, removeGrant } from '../../../platform/access/grants';
import { badRequest, conflict, forbidden, notFound } from '../../../platform/errors/appError';
import type { Db } from '../../../platform/db/database';
import type { Locale } from '../../../platform/i18n/i18n';
import { pageOf } from '../../../platform/db/paging';
import {
  compositionBody,
  coordinatorBody,
  dateQuery,
  districtBody,
  districtDetailSchema,
  districtSchema,
  districtUpdateBody,
  districtsQuery,
  featureCollectionSchema,
  municipalitiesQuery,
  municipalitySchema,
  provinceSchema,
  regionSchema,
} from '../contract';
import { territoryPermissions as P } from './access';
import { districts, provinces, regions } from './schema';
import { listMunicipalities } from './queries/listMunicipalities';
import { districtDetail, listDistricts, loadAllowedDistrict, loadDistrict } from './queries/districts';
import { districtGeoJson } from './queries/districtGeoJson';
import { today } from './queries/districtComposition';
import { setDistrictComposition } from './commands/setDistrictComposition';
import { importRoutes } from './importRoutes';

const idParams = z.object({ id: z.uuid() });

/** An unknown region is the caller's mistake (400 on the field), not a foreign-key failure (500). */
async function checkRegion(db: Db, regionCode: string | null | undefined, locale: Locale): Promise<void> {
  if (!regionCode) return;
  const [found] = await db.select({ code: regions.code }).from(regions).where(eq(regions.code, regionCode));
  if (!found) throw badRequest('validation', 'errors.validation', {}, [{ field: 'regionCode', message: locale === 'it' ? 'Regione inesistente' : 'Unknown region' }]);
}

export const territoryRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/territory/regions',
    access: P['territory.read'],
    summary: 'Italian regions with their ISTAT codes',
    response: z.array(regionSchema),
    handler: async ({ db }) => db.select().from(regions).orderBy(asc(regions.code)),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/territory/provinces',
    access: P['territory.read'],
    summary: 'Provinces (supra-municipal units), optionally of one region',
    query: z.object({ regionCode: z.string().regex(/^\d{2}$/).optional() }),
    response: z.array(provinceSchema),
    handler: async ({ db, query }) =>
      db.select().from(provinces).where(query.regionCode ? eq(provinces.regionCode, query.regionCode) : undefined).orderBy(asc(provinces.name)),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/territory/municipalities',
    access: P['territory.read'],
    summary: 'Municipalities, searchable by name or ISTAT code, by province or district composition on a date',
    query: municipalitiesQuery,
    response: pageOf(municipalitySchema),
    handler: async ({ db, query }) => ({ ...(await listMunicipalities(db, query)), page: query.page, pageSize: query.pageSize }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/territory/districts',
    access: P['territory.read'],
    summary: 'Districts (ambiti, distretti, zone, consorzi)',
    query: districtsQuery,
    response: pageOf(districtSchema),
    handler: async ({ db, actor, query }) => listDistricts(db, actor, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/territory/districts',
    access: P['territory.districts.create'],
    summary: 'Create a district',
    body: districtBody,
    response: districtDetailSchema,
    handler: async ({ db, actor, body, locale, command }) => {
      await checkRegion(db, body.regionCode, locale);
      const id = await command(async (tx, audit) => {
        const [dup] = await tx.select({ id: districts.id }).from(districts).where(eq(districts.code, body.code));
        if (dup) throw conflict('code_taken');
        const [row] = await tx.insert(districts).values({ ...body, regionCode: body.regionCode ?? null, description: body.description ?? null }).returning();
        await audit({ action: 'territory.district.create', entityType: 'district', entityId: row!.id, details: { code: body.code, name: body.name } });
        return row!.id;
      });
      return districtDetail(db, actor, id);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/territory/districts/:id',
    access: P['territory.read'],
    summary: 'A district with its municipalities on a date and its full composition history',
    params: idParams,
    query: dateQuery,
    response: districtDetailSchema,
    handler: async ({ db, actor, params, query }) => districtDetail(db, actor, params.id, query.date ?? today()),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/territory/districts/:id',
    access: P['territory.districts.update'],
    summary: 'Edit a district',
    params: idParams,
    body: districtUpdateBody,
    response: districtDetailSchema,
    handler: async ({ db, actor, params, body, locale, command }) => {
      await loadAllowedDistrict(db, actor, params.id, P['territory.districts.update']);
      await checkRegion(db, body.regionCode, locale);
      await command(async (tx, audit) => {
        if (body.code) {
          const [dup] = await tx.select({ id: districts.id }).from(districts).where(eq(districts.code, body.code));
          if (dup && dup.id !== params.id) throw conflict('code_taken');
        }
        if (Object.keys(body).length) await tx.update(districts).set(body).where(eq(districts.id, params.id));
        await audit({ action: 'territory.district.update', entityType: 'district', entityId: params.id, details: { fields: Object.keys(body) } });
      });
      return districtDetail(db, actor, params.id);
    },
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/territory/districts/:id/composition',
    access: P['territory.districts.update'],
    summary: 'Set the municipalities of a district from a date on; earlier history is kept',
    params: idParams,
    body: compositionBody,
    response: districtDetailSchema,
    successStatus: 200,
    handler: async ({ db, actor, params, body, locale, command }) => {
      await loadAllowedDistrict(db, actor, params.id, P['territory.districts.update']);
      await command(async (tx, audit) => {
        const change = await setDistrictComposition(tx, params.id, body.municipalityIds, body.validFrom, locale);
        await audit({ action: 'territory.district.composition', entityType: 'district', entityId: params.id, details: { validFrom: body.validFrom, ...change } });
      });
      return districtDetail(db, actor, params.id, body.validFrom);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/territory/districts/:id/geojson',
    access: P['territory.read'],
    summary: "The district's municipal boundaries on a date, as GeoJSON",
    params: idParams,
    query: dateQuery,
    response: featureCollectionSchema,
    handler: async ({ db, params, query, reply }) => {
      await loadDistrict(db, params.id);
      void reply.header('cache-control', 'private, max-age=300');
      return districtGeoJson(db, params.id, query.date ?? today());
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/territory/districts/:id/roles',
    access: P['territory.districts.roles'],
    summary: 'People holding a role over the district',
    params: idParams,
    response: z.array(z.object({ id: z.uuid(), userId: z.uuid(), role: z.string() })),
    handler: async ({ db, actor, params }) => {
      await loadAllowedDistrict(db, actor, params.id, P['territory.districts.roles']);
      return (await grantsInScope(db, 'district', params.id)).map((g) => ({ id: g.id, userId: g.userId, role: g.role }));
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/territory/districts/:id/roles',
    access: P['territory.districts.roles'],
    summary: 'Give a user a role over the district (coordinator, analyst, inspector, trainer, viewer)',
    params: idParams,
    body: coordinatorBody,
    response: z.object({ id: z.uuid(), userId: z.uuid(), role: z.string() }),
    handler: async ({ db, actor, params, body, command }) => {
      await loadAllowedDistrict(db, actor, params.id, P['territory.districts.roles']);
      if (!(await findUserById(db, body.userId))) throw notFound();
      return command(async (tx, audit) => {
        const g = await addGrant(tx, { userId: body.userId, role: body.role, scopeKind: 'district', scopeId: params.id, createdBy: actor.userId });
        await audit({ action: 'grants.create', entityType: 'grant', entityId: g.id, details: { userId: body.userId, role: body.role, scopeKind: 'district', scopeId: params.id } });
        return { id: g.id, userId: g.userId, role: g.role };
      });
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/territory/districts/:id/roles/:grantId',
    access: P['territory.districts.roles'],
    summary: 'Revoke a role over the district',
    params: z.object({ id: z.uuid(), grantId: z.uuid() }),
    handler: async ({ db, actor, params, command }) => {
      await loadAllowedDistrict(db, actor, params.id, P['territory.districts.roles']);
      const grant = await findGrant(db, params.grantId);
      if (!grant || grant.scopeKind !== 'district' || grant.scopeId !== params.id) throw notFound();
      if (grant.userId === actor.userId && grant.role === 'district_coordinator' && !can(actor, P['territory.districts.create'], {})) throw forbidden();
      await command(async (tx, audit) => {
        await removeGrant(tx, params.grantId);
        await audit({ action: 'grants.delete', entityType: 'grant', entityId: params.grantId, details: { userId: grant.userId, role: grant.role, scopeKind: 'district', scopeId: params.id } });
      });
      return undefined;
    },
  }),
  ...importRoutes,
];
