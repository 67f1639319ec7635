/**
 * The network, measured (issue 4, item 6) — pure graph-metrics core.
 *
 * No database, no I/O: callers turn table memberships, co-attendance,
 * agreements and referral counts into plain `NetworkInput`, and get back
 * numbers that can be stored as snapshots and compared over time.
 *
 * Graph model
 * -----------
 * `buildNetworkGraph` returns a graphology *mixed MultiGraph*:
 *  - one node per organisation, carrying its `sector`;
 *  - one undirected edge per (kind, unordered pair) for `table`, `attendance`
 *    and `agreement` ties — these are shared memberships, symmetric by nature;
 *  - one directed edge per ordered pair for `referral` ties, A → B meaning
 *    "A referred people to B".
 * Why a MultiGraph: two organisations are typically linked in several ways at
 * once (same table, co-attendance, an agreement, referrals both ways) and the
 * interactive view wants to show every tie with its kind. Repeated input ties
 * of the same kind between the same pair (same direction for referrals) are
 * aggregated into a single edge whose `weight` is the sum, so the graph has at
 * most one edge per kind per pair (per direction for referrals).
 *
 * Metrics
 * -------
 * Structural metrics (ties, density, degree, betweenness, third-sector share)
 * are computed on the *collaboration projection*: a simple undirected graph
 * with one edge per pair of organisations linked by at least one tie of any
 * kind (a referral counts as a link regardless of its direction). Counting
 * parallel edges would make density exceed 1 and inflate degree for pairs that
 * are simply linked in several ways, and the programmes' question is "who
 * works with whom", not "how many channels". Betweenness is unweighted: tie
 * weights are strengths (more meetings, more referrals), not distances, so
 * feeding them to a shortest-path algorithm would invert their meaning.
 * Direction is only used where it carries meaning: referral reciprocity.
 */
import { MultiGraph, UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';

export type Sector = 'public' | 'third_sector' | 'private';
export type TieKind = 'table' | 'attendance' | 'agreement' | 'referral';

export interface NetworkOrganisation {
  id: string;
  sector: Sector;
}

export interface NetworkTie {
  from: string;
  to: string;
  kind: TieKind;
  /** Strength of the tie: shared tables, meetings attended together, agreements, referrals. */
  weight: number;
}

export interface NetworkInput {
  organisations: readonly NetworkOrganisation[];
  ties: readonly NetworkTie[];
}

export interface OrganisationNodeAttributes {
  sector: Sector;
}

export interface TieEdgeAttributes {
  kind: TieKind;
  weight: number;
}

export type NetworkGraph = MultiGraph<OrganisationNodeAttributes, TieEdgeAttributes>;

export interface NetworkMetrics {
  /** Number of organisations (nodes), isolated ones included. */
  organizations: number;
  /** Number of distinct pairs of organisations linked by at least one tie of any kind. */
  ties: number;
  /** 2·ties / (N·(N−1)); 0 when there are fewer than two organisations. */
  density: number;
  /** Distinct partners per organisation (degree in the collaboration projection). */
  degree: Record<string, number>;
  /** Normalised betweenness per organisation, in [0, 1]: raw / ((N−1)(N−2)/2). */
  betweenness: Record<string, number>;
  /**
   * Share of referral pairs A→B for which B→A also exists (each direction of a
   * mutual pair counts, as in the standard reciprocity definition).
   * `null` when there are no referrals at all (e.g. no casework yet).
   */
  referralReciprocity: number | null;
  /** Share of `ties` (pairs) with at least one third-sector end; `null` when there are no ties. */
  thirdSectorShare: number | null;
}

export interface MetricsChange {
  organizations: number;
  ties: number;
  density: number;
  /** `null` when either side has no referrals. */
  referralReciprocity: number | null;
  /** `null` when either side has no ties. */
  thirdSectorShare: number | null;
  /** after − before per organisation; an organisation missing on one side counts as 0 there. */
  degree: Record<string, number>;
  betweenness: Record<string, number>;
  /** Organisations present only after / only before, sorted. */
  joined: string[];
  left: string[];
}

const UNDIRECTED_KINDS: ReadonlySet<TieKind> = new Set(['table', 'attendance', 'agreement']);

/** Builds the mixed multigraph of organisations and their ties. Throws on ties to unknown organisations. */
export function buildNetworkGraph(input: NetworkInput): NetworkGraph {
  const graph: NetworkGraph = new MultiGraph<OrganisationNodeAttributes, TieEdgeAttributes>({ type: 'mixed', allowSelfLoops: false });
  for (const org of input.organisations) {
    if (graph.hasNode(org.id)) throw new Error(`duplicate organisation ${org.id}`);
    graph.addNode(org.id, { sector: org.sector });
  }
  for (const tie of input.ties) {
    if (!graph.hasNode(tie.from)) throw new Error(`tie from unknown organisation ${tie.from}`);
    if (!graph.hasNode(tie.to)) throw new Error(`tie to unknown organisation ${tie.to}`);
    if (!Number.isFinite(tie.weight) || tie.weight < 0) throw new Error(`invalid tie weight ${tie.weight}`);
    // An organisation "tied to itself" (e.g. an internal referral) is not a network link.
    if (tie.from === tie.to || tie.weight === 0) continue;
    if (UNDIRECTED_KINDS.has(tie.kind)) {
      const [a, b] = tie.from < tie.to ? [tie.from, tie.to] : [tie.to, tie.from];
      const key = `${tie.kind}:${a}|${b}`;
      if (graph.hasEdge(key)) graph.updateEdgeAttribute(key, 'weight', (w) => (w ?? 0) + tie.weight);
      else graph.addUndirectedEdgeWithKey(key, a, b, { kind: tie.kind, weight: tie.weight });
    } else {
      const key = `${tie.kind}:${tie.from}>${tie.to}`;
      if (graph.hasEdge(key)) graph.updateEdgeAttribute(key, 'weight', (w) => (w ?? 0) + tie.weight);
      else graph.addDirectedEdgeWithKey(key, tie.from, tie.to, { kind: tie.kind, weight: tie.weight });
    }
  }
  return graph;
}

/** One undirected edge per linked pair, whatever the kinds and directions. */
function collaborationProjection(graph: NetworkGraph): UndirectedGraph {
  const projection = new UndirectedGraph({ allowSelfLoops: false });
  graph.forEachNode((node) => projection.addNode(node));
  graph.forEachEdge((_edge, _attributes, source, target) => {
    projection.mergeEdge(source, target);
  });
  return projection;
}

export function networkMetrics(graph: NetworkGraph): NetworkMetrics {
  const projection = collaborationProjection(graph);
  const n = projection.order;
  const ties = projection.size;

  const degree: Record<string, number> = {};
  projection.forEachNode((node) => {
    degree[node] = projection.degree(node);
  });

  // graphology-metrics normalises by 1/((N−1)(N−2)) for N > 2 and leaves raw
  // sums (counted from every source, i.e. twice per unordered pair) for N ≤ 2;
  // with N ≤ 2 no node can lie between two others, so every value is 0 anyway.
  const betweenness: Record<string, number> =
    n > 2 ? { ...betweennessCentrality(projection, { getEdgeWeight: null, normalized: true }) } : Object.fromEntries(projection.nodes().map((node) => [node, 0]));

  let referralPairs = 0;
  let reciprocated = 0;
  graph.forEachDirectedEdge((_edge, attributes, source, target) => {
    if (attributes.kind !== 'referral') return;
    referralPairs += 1;
    if (graph.hasDirectedEdge(`referral:${target}>${source}`)) reciprocated += 1;
  });

  let thirdSectorTies = 0;
  projection.forEachEdge((_edge, _attributes, source, target) => {
    if (graph.getNodeAttribute(source, 'sector') === 'third_sector' || graph.getNodeAttribute(target, 'sector') === 'third_sector') thirdSectorTies += 1;
  });

  return {
    organizations: n,
    ties,
    density: n < 2 ? 0 : (2 * ties) / (n * (n - 1)),
    degree,
    betweenness,
    referralReciprocity: referralPairs === 0 ? null : reciprocated / referralPairs,
    thirdSectorShare: ties === 0 ? null : thirdSectorTies / ties,
  };
}

function nullableDelta(before: number | null, after: number | null): number | null {
  return before === null || after === null ? null : after - before;
}

function perOrganisationDelta(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of new Set([...Object.keys(before), ...Object.keys(after)])) out[id] = (after[id] ?? 0) - (before[id] ?? 0);
  return out;
}

/** Change between two snapshots (after − before), for the steering dashboard's trend. */
export function metricsChange(before: NetworkMetrics, after: NetworkMetrics): MetricsChange {
  return {
    organizations: after.organizations - before.organizations,
    ties: after.ties - before.ties,
    density: after.density - before.density,
    referralReciprocity: nullableDelta(before.referralReciprocity, after.referralReciprocity),
    thirdSectorShare: nullableDelta(before.thirdSectorShare, after.thirdSectorShare),
    degree: perOrganisationDelta(before.degree, after.degree),
    betweenness: perOrganisationDelta(before.betweenness, after.betweenness),
    joined: Object.keys(after.degree).filter((id) => !(id in before.degree)).sort(),
    left: Object.keys(before.degree).filter((id) => !(id in after.degree)).sort(),
  };
}
