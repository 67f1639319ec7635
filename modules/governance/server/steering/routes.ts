import { defineRoute, type AnyRoute } from '../../../../platform/http/route';
import { steeringDashboardSchema, steeringParams } from '../../contract/steering';
import { governancePermissions as P } from '../access';
import type { GovernanceExtensions } from '../extensions';
import { allowedDistrict } from '../network/routes';
import { todayIso } from '../network/dates';
import { steeringDashboard } from './dashboard';

export const steeringRoutes = (ext: GovernanceExtensions): AnyRoute[] => [
  defineRoute({
    method: 'GET',
    url: '/api/governance/steering/:districtId',
    access: P['governance.steering'],
    summary: "A district's steering dashboard: upcoming meetings, overdue action items, expiring agreements, attendance rates, network trend and the other modules' slots",
    params: steeringParams,
    response: steeringDashboardSchema,
    handler: async (ctx) => {
      const district = await allowedDistrict(ctx, ctx.params.districtId);
      return steeringDashboard(ctx.db, { districtId: district.id, districtName: district.name, actor: ctx.actor, locale: ctx.locale, today: todayIso(), disclosureThreshold: ctx.config.disclosureThreshold }, ext);
    },
  }),
];
