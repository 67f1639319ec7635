import { defineRoute, type AnyRoute } from '../../../platform/http/route';
import { visibility } from '../../../platform/access/policy';
import { badRequest, notFound } from '../../../platform/errors/appError';
import { districtExists } from '../../territory/module';
import { factsQuerySchema, factsResponseSchema } from '../contract/facts';
import { caseworkPermissions as P } from './access';
import { caseworkFacts } from './queries/facts';

export const factsRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    url: '/api/casework/facts',
    access: P['casework.facts.read'],
    summary: 'Casework aggregates by month, municipality, need, citizenship group, intervention, outcome or language; small counts suppressed',
    query: factsQuerySchema,
    response: factsResponseSchema,
    handler: async ({ db, actor, query, config }) => {
      const scope = visibility(actor, P['casework.facts.read']);
      if (!scope.all) {
        // District staff read their own districts only; another district answers as if it did not exist.
        if (!query.districtId) throw badRequest('facts_district_required');
        if (!scope.districtIds.includes(query.districtId)) throw notFound();
      } else if (query.districtId && !(await districtExists(db, query.districtId))) {
        throw notFound();
      }
      return caseworkFacts(db, query, config.disclosureThreshold);
    },
  }),
];
