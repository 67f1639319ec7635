import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { suppressSmallCounts, type RawRow } from './disclosure';

const rowsOf = (values: number[]): RawRow<'n'>[] => values.map((n, i) => ({ key: `k${i}`, values: { n } }));
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const range = (a: number, b: number) => Array.from({ length: Math.max(0, b - a + 1) }, (_, i) => a + i);
/** Can some choice of one value per domain add up to target? */
function reachable(domains: number[][], target: number): boolean {
  let sums = new Set([0]);
  for (const d of domains) {
    const nextSums = new Set<number>();
    for (const s of sums) for (const v of d) if (s + v <= target) nextSums.add(s + v);
    sums = nextSums;
  }
  return sums.has(target);
}
const shown = (out: ReturnType<typeof suppressSmallCounts<'n'>>) => out.rows.map((r) => r.values.n.value);

describe('suppressSmallCounts', () => {
  it('withholds counts between 1 and threshold-1 and publishes zeros', () => {
    const out = suppressSmallCounts(rowsOf([0, 3, 7, 12]), 5);
    expect(out.rows.map((r) => r.values.n)).toEqual([
      { value: 0, suppressed: false },
      { value: null, suppressed: true },
      { value: 7, suppressed: false },
      { value: 12, suppressed: false },
    ]);
  });

  it('a single withheld cell next to a published total takes the next-smallest cell with it', () => {
    const values = [3, 7, 12, 40];
    const out = suppressSmallCounts(rowsOf(values), 5, { n: sum(values) });
    expect(shown(out)).toEqual([null, null, 12, 40]);
    expect(out.totals!.n).toEqual({ value: 62, suppressed: false });
  });

  it('does not pick a zero as the complementary cell', () => {
    const values = [0, 2, 9, 30];
    const out = suppressSmallCounts(rowsOf(values), 5, { n: sum(values) });
    expect(shown(out)).toEqual([0, null, null, 30]);
  });

  it('keeps withholding while the total still pins a withheld cell (1 + 5 = 6 leaves only 1 and 5)', () => {
    const values = [1, 5, 8];
    const out = suppressSmallCounts(rowsOf(values), 5, { n: sum(values) });
    // 1 and 5 alone: hidden sum 6 forces 1 + 5. With 8 hidden too, 1 can be anything from 1 to 4.
    expect(shown(out)).toEqual([null, null, null]);
    expect(out.totals!.n.value).toBe(14);
  });

  it('withholds the total when nothing else is left to hide', () => {
    const values = [1, 5];
    const out = suppressSmallCounts(rowsOf(values), 5, { n: sum(values) });
    expect(shown(out)).toEqual([null, null]);
    expect(out.totals!.n).toEqual({ value: null, suppressed: true });
  });

  it('two withheld cells whose sum pins them both (1 + 1) get a complement', () => {
    const values = [1, 1, 20, 30];
    const out = suppressSmallCounts(rowsOf(values), 5, { n: sum(values) });
    expect(shown(out)).toEqual([null, null, null, 30]);
  });

  it('all small: every cell and the total are withheld', () => {
    const values = [1, 2, 1];
    const out = suppressSmallCounts(rowsOf(values), 5, { n: sum(values) });
    expect(shown(out)).toEqual([null, null, null]);
    expect(out.totals!.n.suppressed).toBe(true);
  });

  it('threshold 1 disables suppression', () => {
    const values = [1, 2, 0, 9];
    const out = suppressSmallCounts(rowsOf(values), 1, { n: sum(values) });
    expect(shown(out)).toEqual(values);
    expect(out.rows.every((r) => !r.values.n.suppressed)).toBe(true);
  });

  it('withholds medians and sums resting on too few units; a lone withheld sum takes another with it', () => {
    const rows: RawRow<'median' | 'hours'>[] = [
      { key: 'a', values: { median: { value: 3, basis: 2, additive: false }, hours: { value: 4.5, basis: 2, additive: true } } },
      { key: 'b', values: { median: { value: 6, basis: 9, additive: false }, hours: { value: 30, basis: 9, additive: true } } },
      { key: 'c', values: { median: { value: 8, basis: 12, additive: false }, hours: { value: 50, basis: 12, additive: true } } },
    ];
    const out = suppressSmallCounts(rows, 5, { median: { value: 6, basis: 23, additive: false }, hours: { value: 84.5, basis: 23, additive: true } });
    expect(out.rows.map((r) => r.values.median.value)).toEqual([null, 6, 8]);
    expect(out.rows.map((r) => r.values.hours.value)).toEqual([null, null, 50]);
  });

  it('a measure without data stays null without being called suppressed', () => {
    const out = suppressSmallCounts([{ key: 'a', values: { median: { value: null, basis: 0, additive: false } } }], 5);
    expect(out.rows[0]!.values.median).toEqual({ value: null, suppressed: false });
  });

  it('property: no withheld count can be recovered exactly from the total and the published cells', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 25 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 2, max: 10 }), (values, t) => {
        const out = suppressSmallCounts(rowsOf(values), t, { n: sum(values) });
        const cells = out.rows.map((r) => r.values.n);
        // Nothing small is ever shown.
        cells.forEach((c, i) => {
          if (values[i]! > 0 && values[i]! < t) expect(c.suppressed).toBe(true);
        });
        if (out.totals!.n.suppressed) return;
        const hidden = cells.map((c, i) => (c.suppressed ? i : -1)).filter((i) => i >= 0);
        const hiddenSum = sum(values) - sum(cells.map((c) => (c.suppressed ? 0 : c.value!)));
        // The attacker knows, for each hidden cell, whether it is small ([1, t-1]) or a complement (>= t).
        const domain = (i: number) => (values[i]! < t ? range(1, t - 1) : range(t, hiddenSum));
        for (const i of hidden.filter((j) => values[j]! < t)) {
          const others = hidden.filter((j) => j !== i);
          const possible = domain(i).filter((v) => reachable(others.map(domain), hiddenSum - v));
          expect(possible.length).toBeGreaterThan(1);
        }
      }),
    );
  });
});
