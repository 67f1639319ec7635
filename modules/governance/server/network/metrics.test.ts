import { describe, expect, it } from 'vitest';
import { buildNetworkGraph, metricsChange, networkMetrics, type NetworkOrganisation, type NetworkTie, type Sector } from './metrics';

const orgs = (spec: Record<string, Sector>): NetworkOrganisation[] => Object.entries(spec).map(([id, sector]) => ({ id, sector }));
const tie = (from: string, to: string, kind: NetworkTie['kind'] = 'table', weight = 1): NetworkTie => ({ from, to, kind, weight });
const pub = (...ids: string[]): NetworkOrganisation[] => ids.map((id) => ({ id, sector: 'public' as const }));

/*
 * Worked example, computed by hand.
 *
 *   Organisations: A public, B third_sector, C public, D private, E third_sector (isolated).
 *   Ties: A–B table (2) and A–B attendance (3)   → one pair AB, two parallel edges
 *         B–C agreement, C–D table
 *         referrals A→C (4), C→A (1), B→D (2)
 *
 *   Collaboration pairs: AB, BC, CD, AC, BD                → ties E = 5, N = 5
 *   density = 2E / (N(N−1)) = 10 / 20 = 0.5
 *   degree: A {B,C} = 2, B {A,C,D} = 3, C {A,B,D} = 3, D {B,C} = 2, E = 0
 *   betweenness: the only non-adjacent pair among A..D is A–D, with two
 *     shortest paths A–B–D and A–C–D, so B and C each get 1/2; everyone else 0.
 *     Normalised by (N−1)(N−2)/2 = 4·3/2 = 6 (E counts in N): B = C = 0.5/6 = 1/12.
 *   referral reciprocity: directed pairs A→C, C→A, B→D = 3; with reverse: A→C, C→A = 2 → 2/3
 *   third-sector share: pairs touching B or E: AB, BC, BD = 3 of 5 → 0.6
 */
const example = {
  organisations: orgs({ A: 'public', B: 'third_sector', C: 'public', D: 'private', E: 'third_sector' }),
  ties: [tie('A', 'B', 'table', 2), tie('B', 'A', 'attendance', 3), tie('B', 'C', 'agreement'), tie('D', 'C', 'table'), tie('A', 'C', 'referral', 4), tie('C', 'A', 'referral', 1), tie('B', 'D', 'referral', 2)],
};

describe('buildNetworkGraph', () => {
  it('keeps one edge per kind and pair, undirected for memberships and directed for referrals', () => {
    const g = buildNetworkGraph(example);
    expect(g.order).toBe(5);
    expect(g.size).toBe(7);
    expect(g.undirectedSize).toBe(4);
    expect(g.directedSize).toBe(3);
    expect(g.getNodeAttribute('B', 'sector')).toBe('third_sector');
    expect(g.hasDirectedEdge('A', 'C')).toBe(true);
    expect(g.hasDirectedEdge('D', 'B')).toBe(false);
    expect(g.hasUndirectedEdge('C', 'D')).toBe(true);
    expect(g.edges('A', 'B').map((e) => g.getEdgeAttribute(e, 'kind')).sort()).toEqual(['attendance', 'table']);
  });

  it('sums repeated ties of the same kind (per direction for referrals) and skips self-ties', () => {
    const g = buildNetworkGraph({
      organisations: pub('A', 'B'),
      ties: [tie('A', 'B', 'attendance', 2), tie('B', 'A', 'attendance', 5), tie('A', 'B', 'referral', 1), tie('A', 'B', 'referral', 3), tie('B', 'A', 'referral', 1), tie('A', 'A', 'referral', 9)],
    });
    expect(g.size).toBe(3);
    expect(g.getEdgeAttribute('attendance:A|B', 'weight')).toBe(7);
    expect(g.getEdgeAttribute('referral:A>B', 'weight')).toBe(4);
    expect(g.getEdgeAttribute('referral:B>A', 'weight')).toBe(1);
  });

  it('rejects ties to unknown organisations, duplicate organisations and negative weights', () => {
    expect(() => buildNetworkGraph({ organisations: pub('A'), ties: [tie('A', 'Z')] })).toThrow(/unknown/);
    expect(() => buildNetworkGraph({ organisations: pub('A', 'A'), ties: [] })).toThrow(/duplicate/);
    expect(() => buildNetworkGraph({ organisations: pub('A', 'B'), ties: [tie('A', 'B', 'table', -1)] })).toThrow(/weight/);
  });
});

describe('networkMetrics', () => {
  it('matches the hand-computed worked example', () => {
    const m = networkMetrics(buildNetworkGraph(example));
    expect(m.organizations).toBe(5);
    expect(m.ties).toBe(5);
    expect(m.density).toBeCloseTo(0.5, 12);
    expect(m.degree).toEqual({ A: 2, B: 3, C: 3, D: 2, E: 0 });
    expect(m.betweenness.A).toBeCloseTo(0, 12);
    expect(m.betweenness.B).toBeCloseTo(1 / 12, 12);
    expect(m.betweenness.C).toBeCloseTo(1 / 12, 12);
    expect(m.betweenness.D).toBeCloseTo(0, 12);
    expect(m.betweenness.E).toBeCloseTo(0, 12);
    expect(m.referralReciprocity).toBeCloseTo(2 / 3, 12);
    expect(m.thirdSectorShare).toBeCloseTo(0.6, 12);
  });

  it('gives the middle of a 3-node path betweenness 1', () => {
    // Only pair not adjacent: A–C, one shortest path through B → raw 1; normalised by (2·1)/2 = 1.
    const m = networkMetrics(buildNetworkGraph({ organisations: pub('A', 'B', 'C'), ties: [tie('A', 'B'), tie('B', 'C', 'agreement')] }));
    expect(m.betweenness).toEqual({ A: 0, B: 1, C: 0 });
    expect(m.density).toBeCloseTo(2 / 3, 12); // 2·2 / (3·2)
  });

  it('computes a 4-node path by hand', () => {
    // A–B–C–D: E = 3, density = 6/12 = 0.5. B is between A–C and A–D (raw 2), C between B–D and A–D (raw 2);
    // normalised by (3·2)/2 = 3 → 2/3 each, ends 0.
    const m = networkMetrics(buildNetworkGraph({ organisations: pub('A', 'B', 'C', 'D'), ties: [tie('A', 'B'), tie('B', 'C'), tie('C', 'D')] }));
    expect(m.density).toBeCloseTo(0.5, 12);
    expect(m.degree).toEqual({ A: 1, B: 2, C: 2, D: 1 });
    expect(m.betweenness.A).toBeCloseTo(0, 12);
    expect(m.betweenness.B).toBeCloseTo(2 / 3, 12);
    expect(m.betweenness.C).toBeCloseTo(2 / 3, 12);
    expect(m.betweenness.D).toBeCloseTo(0, 12);
  });

  it('gives the hub of a star betweenness 1, whatever the tie kinds', () => {
    // Hub H with leaves 1..4: every one of the C(4,2) = 6 leaf pairs goes through H → 6/6 = 1.
    const m = networkMetrics(buildNetworkGraph({ organisations: pub('H', 'L1', 'L2', 'L3', 'L4'), ties: [tie('H', 'L1'), tie('L2', 'H', 'attendance'), tie('H', 'L3', 'agreement'), tie('L4', 'H', 'referral')] }));
    expect(m.betweenness.H).toBeCloseTo(1, 12);
    expect(m.betweenness.L1).toBeCloseTo(0, 12);
    expect(m.density).toBeCloseTo(0.4, 12); // 2·4 / (5·4)
  });

  it('handles the empty graph', () => {
    expect(networkMetrics(buildNetworkGraph({ organisations: [], ties: [] }))).toEqual({ organizations: 0, ties: 0, density: 0, degree: {}, betweenness: {}, referralReciprocity: null, thirdSectorShare: null });
  });

  it('handles a single organisation', () => {
    expect(networkMetrics(buildNetworkGraph({ organisations: pub('A'), ties: [] }))).toEqual({ organizations: 1, ties: 0, density: 0, degree: { A: 0 }, betweenness: { A: 0 }, referralReciprocity: null, thirdSectorShare: null });
  });

  it('handles two organisations with one tie', () => {
    const m = networkMetrics(buildNetworkGraph({ organisations: orgs({ A: 'public', B: 'third_sector' }), ties: [tie('A', 'B')] }));
    expect(m).toEqual({ organizations: 2, ties: 1, density: 1, degree: { A: 1, B: 1 }, betweenness: { A: 0, B: 0 }, referralReciprocity: null, thirdSectorShare: 1 });
  });

  it('counts isolated organisations in N but gives them nothing else', () => {
    const none = networkMetrics(buildNetworkGraph({ organisations: pub('A', 'B', 'C'), ties: [] }));
    expect(none).toMatchObject({ organizations: 3, ties: 0, density: 0, degree: { A: 0, B: 0, C: 0 }, betweenness: { A: 0, B: 0, C: 0 } });
    // One tie among 4 organisations: density = 2·1 / (4·3) = 1/6.
    const one = networkMetrics(buildNetworkGraph({ organisations: pub('A', 'B', 'C', 'D'), ties: [tie('A', 'B')] }));
    expect(one.density).toBeCloseTo(1 / 6, 12);
    expect(one.degree).toEqual({ A: 1, B: 1, C: 0, D: 0 });
    expect(one.thirdSectorShare).toBe(0);
  });

  describe('referral reciprocity', () => {
    const net = (ties: NetworkTie[]) => networkMetrics(buildNetworkGraph({ organisations: pub('A', 'B', 'C', 'D'), ties }));

    it('is null without referrals, even when other ties exist', () => {
      expect(net([tie('A', 'B')]).referralReciprocity).toBeNull();
    });
    it('is 0 with no mutual pair: A→B, B→C → 0/2', () => {
      expect(net([tie('A', 'B', 'referral'), tie('B', 'C', 'referral')]).referralReciprocity).toBe(0);
    });
    it('is 2/3 with one mutual pair: A→B, B→A, B→C', () => {
      expect(net([tie('A', 'B', 'referral'), tie('B', 'A', 'referral'), tie('B', 'C', 'referral')]).referralReciprocity).toBeCloseTo(2 / 3, 12);
    });
    it('is 1 with two mutual pairs only, and 4/5 when a one-way referral is added', () => {
      const mutual = [tie('A', 'B', 'referral'), tie('B', 'A', 'referral'), tie('C', 'D', 'referral', 5), tie('D', 'C', 'referral', 1)];
      expect(net(mutual).referralReciprocity).toBe(1);
      expect(net([...mutual, tie('A', 'C', 'referral')]).referralReciprocity).toBeCloseTo(4 / 5, 12);
    });
    it('does not count an undirected tie as the reverse of a referral', () => {
      expect(net([tie('A', 'B', 'referral'), tie('B', 'A', 'agreement')]).referralReciprocity).toBe(0);
    });
  });
});

describe('metricsChange', () => {
  it('reports after − before, per organisation too, with joiners and leavers', () => {
    // before: path A–B–C (density 2/3, B betweenness 1); after: triangle A–B–C plus D tied to C.
    const before = networkMetrics(buildNetworkGraph({ organisations: pub('A', 'B', 'C'), ties: [tie('A', 'B'), tie('B', 'C'), tie('A', 'B', 'referral')] }));
    const after = networkMetrics(
      buildNetworkGraph({
        organisations: [...pub('B', 'C', 'D'), { id: 'A', sector: 'third_sector' }],
        ties: [tie('A', 'B'), tie('B', 'C'), tie('C', 'A'), tie('C', 'D'), tie('A', 'B', 'referral'), tie('B', 'A', 'referral')],
      }),
    );
    // after: N = 4, E = 4, density = 8/12 = 2/3; only C is between (A–D, B–D) → raw 2 / 3 = 2/3.
    const change = metricsChange(before, after);
    expect(change.organizations).toBe(1);
    expect(change.ties).toBe(2);
    expect(change.density).toBeCloseTo(0, 12);
    expect(change.referralReciprocity).toBe(1); // 0 → 1
    expect(change.thirdSectorShare).toBeCloseTo(0.5, 12); // before 0/2 (no third sector); after A is third-sector: AB, CA of 4 → 0.5
    expect(change.degree).toEqual({ A: 1, B: 0, C: 2, D: 1 });
    expect(change.betweenness.B).toBeCloseTo(-1, 12);
    expect(change.betweenness.C).toBeCloseTo(2 / 3, 12);
    expect(change.betweenness.D).toBeCloseTo(0, 12);
    expect(change.joined).toEqual(['D']);
    expect(change.left).toEqual([]);
  });

  it('gives null ratio deltas when a side has no data, and lists leavers', () => {
    const before = networkMetrics(buildNetworkGraph({ organisations: pub('A', 'B'), ties: [] }));
    const after = networkMetrics(buildNetworkGraph({ organisations: orgs({ A: 'third_sector' }), ties: [] }));
    const change = metricsChange(before, after);
    expect(change).toMatchObject({ organizations: -1, ties: 0, density: 0, referralReciprocity: null, thirdSectorShare: null, joined: [], left: ['B'] });
    expect(change.degree).toEqual({ A: 0, B: 0 });
  });
});
