import { describe, expect, it } from 'vitest';
import { buildGraphFromRows, pairTies, type GraphRows } from './graph';
import { lastQuarters, periodEnds, addMonths } from './dates';

/*
 * Fixture, computed by hand.
 *   Organisations: P1 public, T1 third sector, T2 third sector, V private, ISO public (no ties).
 *   Tables: X seats P1, T1; Y seats P1, T1, T2          → membership P1–T1 (2), P1–T2 (1), T1–T2 (1)
 *   Meetings: M1 and M2 attended by P1 and V (and Z,
 *     an organisation outside the scope, dropped)        → coattendance P1–V (2)
 *   Agreement A1: P1 and T2                               → agreement P1–T2 (1)
 *   Referrals: T1→V 3, V→T1 1, P1→Z 2 (dropped)          → referral T1→V (3), V→T1 (1)
 *
 *   Linked pairs: P1T1, P1T2, T1T2, P1V, T1V → ties = 5; N = 5
 *   density = 2·5 / (5·4) = 0.5; average degree = 2·5 / 5 = 2
 *   degree: P1 3, T1 3, T2 2, V 2, ISO 0
 *   betweenness: the only non-adjacent linked pair is T2–V, by T2–P1–V and T2–T1–V → P1 and T1 get 1/2 each,
 *     normalised by (N−1)(N−2)/2 = 6 → 1/12; the others 0
 *   reciprocity: T1→V and V→T1 both reciprocated → 1
 *   third-sector share: pairs touching T1 or T2: P1T1, P1T2, T1T2, T1V → 4/5
 */
const fixture: GraphRows = {
  organisations: [
    { id: 'P1', name: 'Comune', sector: 'public', kind: 'municipality' },
    { id: 'T1', name: 'Cooperativa', sector: 'third_sector', kind: 'third_sector' },
    { id: 'T2', name: 'Associazione', sector: 'third_sector', kind: 'third_sector' },
    { id: 'V', name: 'Impresa', sector: 'private', kind: 'company' },
    { id: 'ISO', name: 'Scuola', sector: 'public', kind: 'school' },
  ],
  memberships: [
    { groupId: 'X', organizationId: 'P1' },
    { groupId: 'X', organizationId: 'T1' },
    { groupId: 'Y', organizationId: 'P1' },
    { groupId: 'Y', organizationId: 'T1' },
    { groupId: 'Y', organizationId: 'T2' },
    { groupId: 'Y', organizationId: 'T2' }, // a second seat of the same organisation counts once
  ],
  attendances: [
    { groupId: 'M1', organizationId: 'P1' },
    { groupId: 'M1', organizationId: 'V' },
    { groupId: 'M1', organizationId: 'Z' },
    { groupId: 'M2', organizationId: 'V' },
    { groupId: 'M2', organizationId: 'P1' },
  ],
  agreementParties: [
    { groupId: 'A1', organizationId: 'P1' },
    { groupId: 'A1', organizationId: 'T2' },
  ],
  referrals: [
    { fromOrganizationId: 'T1', toOrganizationId: 'V', count: 3 },
    { fromOrganizationId: 'V', toOrganizationId: 'T1', count: 1 },
    { fromOrganizationId: 'P1', toOrganizationId: 'Z', count: 2 },
  ],
};

describe('buildGraphFromRows', () => {
  it('matches the hand-computed fixture', () => {
    const g = buildGraphFromRows(fixture);
    expect(g.metrics.organizations).toBe(5);
    expect(g.metrics.ties).toBe(5);
    expect(g.metrics.density).toBeCloseTo(0.5, 12);
    expect(g.metrics.averageDegree).toBeCloseTo(2, 12);
    expect(g.metrics.referralReciprocity).toBe(1);
    expect(g.metrics.thirdSectorShare).toBeCloseTo(0.8, 12);
    const node = Object.fromEntries(g.nodes.map((n) => [n.id, n]));
    expect(Object.fromEntries(g.nodes.map((n) => [n.id, n.degree]))).toEqual({ P1: 3, T1: 3, T2: 2, V: 2, ISO: 0 });
    expect(node.P1!.betweenness).toBeCloseTo(1 / 12, 12);
    expect(node.T1!.betweenness).toBeCloseTo(1 / 12, 12);
    expect(node.T2!.betweenness).toBeCloseTo(0, 12);
    expect(node.ISO).toMatchObject({ name: 'Scuola', sector: 'public', kind: 'school', degree: 0 });
    // Nodes by name.
    expect(g.nodes.map((n) => n.name)).toEqual(['Associazione', 'Comune', 'Cooperativa', 'Impresa', 'Scuola']);
  });

  it('keeps one edge per kind and pair with its weight; only referrals are directed', () => {
    const g = buildGraphFromRows(fixture);
    const edges = g.edges.map((e) => `${e.kind}:${e.source}${e.directed ? '>' : '|'}${e.target}=${e.weight}`).sort();
    expect(edges).toEqual(['agreement:P1|T2=1', 'coattendance:P1|V=2', 'membership:P1|T1=2', 'membership:P1|T2=1', 'membership:T1|T2=1', 'referral:T1>V=3', 'referral:V>T1=1']);
  });

  it('gives an empty graph for no organisations', () => {
    const g = buildGraphFromRows({ organisations: [], memberships: [], attendances: [], agreementParties: [], referrals: [] });
    expect(g).toMatchObject({ nodes: [], edges: [], metrics: { organizations: 0, ties: 0, density: 0, averageDegree: 0, referralReciprocity: null, thirdSectorShare: null } });
  });

  it('pairs every organisation of a group once per group', () => {
    const ties = pairTies(
      [
        { groupId: 'g', organizationId: 'a' },
        { groupId: 'g', organizationId: 'b' },
        { groupId: 'g', organizationId: 'c' },
        { groupId: 'h', organizationId: 'b' },
        { groupId: 'h', organizationId: 'a' },
      ],
      'table',
      new Set(['a', 'b', 'c']),
    );
    expect(ties.map((t) => `${t.from}${t.to}${t.weight}`).sort()).toEqual(['ab2', 'ac1', 'bc1']);
  });
});

describe('dates of the metrics series', () => {
  it('measures at the end of each period, the last one as of the end date', () => {
    expect(periodEnds('2026-01-15', '2026-11-23', 'quarter')).toEqual(['2026-03-31', '2026-06-30', '2026-09-30', '2026-11-23']);
    expect(periodEnds('2026-09-01', '2026-11-30', 'month')).toEqual(['2026-09-30', '2026-10-31', '2026-11-30']);
    expect(periodEnds('2024-05-01', '2026-02-01', 'year')).toEqual(['2024-12-31', '2025-12-31', '2026-02-01']);
    expect(lastQuarters('2026-11-23', 4)).toEqual(['2026-03-31', '2026-06-30', '2026-09-30', '2026-11-23']);
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });
});
