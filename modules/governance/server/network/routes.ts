import { z } from 'zod';
import { defineRoute, type AnyRoute, type RouteContext } from '../../../../platform/http/route';
import { can } from '../../../../platform/access/policy';
import { badRequest, notFound } from '../../../../platform/errors/appError';
import { districtExists, districtNames } from '../../../territory/module';
import { networkGraphQuery, networkGraphSchema, networkMetricsQuery, networkMetricsSeriesSchema } from '../../contract/network';
import { governancePermissions as P, networkScope } from '../access';
import type { GovernanceExtensions } from '../extensions';
import { loadNetwork } from '../guards';
import { addMonths, periodEnds, todayIso } from './dates';
import { graphAt, type GraphScope } from './graphRows';
import { metricsChange } from './metrics';

const idParams = z.object({ id: z.uuid() });
type Ctx = Pick<RouteContext<unknown, unknown, unknown>, 'db' | 'actor' | 'config'>;

/** Casework's referral counts, when the app provides them, under the platform's disclosure threshold. */
const referralInput = (ext: GovernanceExtensions, threshold: number) => (ext.referralTies ? { source: ext.referralTies, threshold } : undefined);
type ScopeInfo = { scope: GraphScope; info: { kind: 'network' | 'district'; id: string; name: string } };

/** A network's graph: governance.steering over the network's district; a regional or unscoped one, platform grants only. */
async function allowedNetwork(ctx: Ctx, id: string): Promise<ScopeInfo> {
  const row = await loadNetwork(ctx.db, id);
  if (!can(ctx.actor, P['governance.steering'], networkScope(row))) throw notFound();
  return { scope: { kind: 'network', networkId: row.id }, info: { kind: 'network', id: row.id, name: row.name } };
}

/** A district's graph: governance.steering over the district; an unknown district answers 404 like one out of scope. */
export async function allowedDistrict(ctx: Ctx, id: string): Promise<{ id: string; name: string | null }> {
  if (!can(ctx.actor, P['governance.steering'], { districtIds: [id] })) throw notFound();
  if (!(await districtExists(ctx.db, id))) throw notFound();
  const names = await districtNames(ctx.db, [id]);
  return { id, name: names[id] ?? null };
}

async function allowedDistrictScope(ctx: Ctx, id: string): Promise<ScopeInfo> {
  const d = await allowedDistrict(ctx, id);
  return { scope: { kind: 'district', districtId: id }, info: { kind: 'district', id, name: d.name ?? '' } };
}

type MetricsSeriesInput = { from?: string | undefined; to?: string | undefined; step: 'month' | 'quarter' | 'year' };

export function networkGraphRoutes(ext: GovernanceExtensions): AnyRoute[] {
  const graph = async (ctx: Ctx, s: ScopeInfo, at: string | undefined) => {
    const when = at ?? todayIso();
    const built = await graphAt(ctx.db, s.scope, when, referralInput(ext, ctx.config.disclosureThreshold));
    return { scope: s.info, at: when, nodes: built.nodes, edges: built.edges, metrics: built.metrics };
  };
  const series = async (ctx: Ctx, s: ScopeInfo, q: MetricsSeriesInput) => {
    if (q.from && q.to && q.from > q.to) throw badRequest('governance_network_period');
    const to = q.to ?? todayIso();
    const from = q.from ?? addMonths(to, -12);
    // Each point is a whole graph: a few years by month is the most a request may ask.
    if (from < addMonths(to, q.step === 'month' ? -39 : -60)) throw badRequest('governance_network_period');
    const points = [];
    const full = [];
    for (const at of periodEnds(from, to, q.step)) {
      const built = await graphAt(ctx.db, s.scope, at, referralInput(ext, ctx.config.disclosureThreshold));
      points.push({ at, metrics: built.metrics });
      full.push(built.full);
    }
    const change = full.length >= 2 ? metricsChange(full[0]!, full[full.length - 1]!) : null;
    return { scope: s.info, step: q.step, points, change };
  };

  return [
    defineRoute({
      method: 'GET',
      url: '/api/governance/networks/:id/graph',
      access: P['governance.steering'],
      summary: "A network's organisations and their ties at a date (membership, co-attendance, agreements, referrals), with its metrics",
      params: idParams,
      query: networkGraphQuery,
      response: networkGraphSchema,
      handler: async (ctx) => graph(ctx, await allowedNetwork(ctx, ctx.params.id), ctx.query.at),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/governance/networks/:id/metrics',
      access: P['governance.steering'],
      summary: "A network's metrics at the end of each month, quarter or year, and their change from first to last",
      params: idParams,
      query: networkMetricsQuery,
      response: networkMetricsSeriesSchema,
      handler: async (ctx) => series(ctx, await allowedNetwork(ctx, ctx.params.id), ctx.query),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/governance/districts/:id/graph',
      access: P['governance.steering'],
      summary: "A district's organisations and their ties at a date, with its metrics",
      params: idParams,
      query: networkGraphQuery,
      response: networkGraphSchema,
      handler: async (ctx) => graph(ctx, await allowedDistrictScope(ctx, ctx.params.id), ctx.query.at),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/governance/districts/:id/metrics',
      access: P['governance.steering'],
      summary: "A district's network metrics at the end of each period, and their change",
      params: idParams,
      query: networkMetricsQuery,
      response: networkMetricsSeriesSchema,
      handler: async (ctx) => series(ctx, await allowedDistrictScope(ctx, ctx.params.id), ctx.query),
    }),
  ];
}
