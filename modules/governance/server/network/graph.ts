/**
 * The network at a date, from plain rows: pure (rows in, graph out), so it is tested with hand-made fixtures.
 * The rows are gathered by graphRows.ts; metrics come from metrics.ts (graphology).
 *
 * Tie kinds of the API and of metrics.ts: membership = 'table', coattendance = 'attendance'.
 */
import type { NetworkEdgeKind } from '../../contract/network';
import { buildNetworkGraph, networkMetrics, type NetworkMetrics, type NetworkTie, type Sector, type TieKind } from './metrics';

export type GraphOrganisation = { id: string; name: string; sector: Sector; kind: string };
/** One row per (group, organisation): a table with a seated organisation, a meeting attended, an agreement signed. */
export type GroupRow = { groupId: string; organizationId: string };
export type ReferralRow = { fromOrganizationId: string; toOrganizationId: string; count: number };

export type GraphRows = {
  organisations: GraphOrganisation[];
  /** Members seated at tables (mandate covering the date, table not archived). */
  memberships: GroupRow[];
  /** Present or delegated at meetings of the last 12 months. */
  attendances: GroupRow[];
  /** Parties of agreements valid at the date. */
  agreementParties: GroupRow[];
  referrals: ReferralRow[];
};

export type GraphNode = GraphOrganisation & { degree: number; betweenness: number };
export type GraphEdge = { source: string; target: string; kind: NetworkEdgeKind; weight: number; directed: boolean };
export type MetricsSummary = {
  organizations: number;
  ties: number;
  density: number;
  averageDegree: number;
  referralReciprocity: number | null;
  thirdSectorShare: number | null;
};
export type BuiltGraph = { nodes: GraphNode[]; edges: GraphEdge[]; metrics: MetricsSummary; full: NetworkMetrics };

const toApiKind: Record<TieKind, NetworkEdgeKind> = { table: 'membership', attendance: 'coattendance', agreement: 'agreement', referral: 'referral' };

/** Every unordered pair of organisations sharing a group, weighted by the number of groups they share. */
export function pairTies(rows: readonly GroupRow[], kind: TieKind, known: ReadonlySet<string>): NetworkTie[] {
  const groups = new Map<string, Set<string>>();
  for (const r of rows) {
    if (!known.has(r.organizationId)) continue;
    let g = groups.get(r.groupId);
    if (!g) groups.set(r.groupId, (g = new Set()));
    g.add(r.organizationId);
  }
  const weights = new Map<string, number>();
  for (const members of groups.values()) {
    const ids = [...members].sort();
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) weights.set(`${ids[i]}|${ids[j]}`, (weights.get(`${ids[i]}|${ids[j]}`) ?? 0) + 1);
  }
  return [...weights].map(([key, weight]) => {
    const [from, to] = key.split('|') as [string, string];
    return { from, to, kind, weight };
  });
}

export function summarise(m: NetworkMetrics): MetricsSummary {
  return {
    organizations: m.organizations,
    ties: m.ties,
    density: m.density,
    averageDegree: m.organizations === 0 ? 0 : (2 * m.ties) / m.organizations,
    referralReciprocity: m.referralReciprocity,
    thirdSectorShare: m.thirdSectorShare,
  };
}

export function buildGraphFromRows(rows: GraphRows): BuiltGraph {
  const organisations = [...new Map(rows.organisations.map((o) => [o.id, o])).values()].sort((a, b) => a.name.localeCompare(b.name, 'it') || a.id.localeCompare(b.id));
  const known = new Set(organisations.map((o) => o.id));
  const ties: NetworkTie[] = [
    ...pairTies(rows.memberships, 'table', known),
    ...pairTies(rows.attendances, 'attendance', known),
    ...pairTies(rows.agreementParties, 'agreement', known),
    ...rows.referrals
      .filter((r) => known.has(r.fromOrganizationId) && known.has(r.toOrganizationId) && r.count > 0)
      .map((r): NetworkTie => ({ from: r.fromOrganizationId, to: r.toOrganizationId, kind: 'referral', weight: r.count })),
  ];
  const graph = buildNetworkGraph({ organisations: organisations.map((o) => ({ id: o.id, sector: o.sector })), ties });
  const full = networkMetrics(graph);
  const nodes = organisations.map((o) => ({ ...o, degree: full.degree[o.id] ?? 0, betweenness: full.betweenness[o.id] ?? 0 }));
  const edges: GraphEdge[] = [];
  graph.forEachEdge((_key, a, source, target, _sa, _ta, undirected) => {
    edges.push({ source, target, kind: toApiKind[a.kind], weight: a.weight, directed: !undirected });
  });
  edges.sort((x, y) => x.kind.localeCompare(y.kind) || x.source.localeCompare(y.source) || x.target.localeCompare(y.target));
  return { nodes, edges, metrics: summarise(full), full };
}
