/**
 * Statistical disclosure control for aggregates that leave the module.
 *
 * Primary suppression: a count in 1..threshold-1 is withheld (0 is published: an empty cell names nobody).
 * A sum or median resting on fewer than `threshold` units is withheld too.
 * Secondary suppression: a column (one measure across the rows) comes with a published total, so
 * withheld cells could be recovered by subtraction. Cells are withheld until no withheld count is pinned
 * to a single value by the total and the known bounds, and no withheld sum stands alone.
 */

export type Cell = { value: number | null; suppressed: boolean };

/** A derived measure: `basis` is how many units (cases, referrals) it rests on. Additive ones (sums) add up to the total. */
export type Derived = { value: number | null; basis: number; additive: boolean };

export type RawValue = number | Derived;
export type RawRow<M extends string> = { key: string; values: Record<M, RawValue> };
export type SafeRow<M extends string> = { key: string; values: Record<M, Cell> };

const isCount = (v: RawValue): v is number => typeof v === 'number';

function primary(v: RawValue, threshold: number): Cell {
  if (isCount(v)) return v > 0 && v < threshold ? { value: null, suppressed: true } : { value: v, suppressed: false };
  if (v.value === null) return { value: null, suppressed: false };
  return v.basis < threshold ? { value: null, suppressed: true } : { value: v.value, suppressed: false };
}

/**
 * Whether some withheld count in a column is pinned to one value. Primary cells lie in [1, t-1];
 * complementary cells were published-size counts, so they lie in [t, ∞). Their sum is total − published.
 */
function countRecoverable(kinds: ('primary' | 'secondary')[], hiddenSum: number, threshold: number): boolean {
  const lo = kinds.map((k) => (k === 'primary' ? 1 : threshold));
  const hi = kinds.map((k) => (k === 'primary' ? threshold - 1 : Number.POSITIVE_INFINITY));
  const sumLo = lo.reduce((a, b) => a + b, 0);
  const sumHi = hi.reduce((a, b) => a + b, 0);
  return kinds.some((k, i) => {
    if (k !== 'primary') return false;
    const low = Math.max(lo[i]!, hiddenSum - (sumHi - hi[i]!));
    const high = Math.min(hi[i]!, hiddenSum - (sumLo - lo[i]!));
    return low >= high;
  });
}

function protectColumn<M extends string>(measure: M, raw: RawRow<M>[], safe: SafeRow<M>[], total: RawValue | undefined, totalCell: Cell | undefined, threshold: number): void {
  if (total === undefined || !totalCell || totalCell.suppressed || totalCell.value === null) return;
  const kinds = new Map<number, 'primary' | 'secondary'>();
  safe.forEach((r, i) => r.values[measure].suppressed && kinds.set(i, 'primary'));
  if (kinds.size === 0) return;
  const rawNumber = (i: number) => {
    const v = raw[i]!.values[measure];
    return isCount(v) ? v : (v.value ?? 0);
  };
  const additiveDerived = !isCount(total);
  if (additiveDerived && !(total as Derived).additive) return; // medians do not add up: nothing to subtract from
  const needsMore = () => {
    if (additiveDerived) return kinds.size === 1;
    const hiddenSum = (total as number) - safe.reduce((s, r, i) => s + (kinds.has(i) ? 0 : (r.values[measure].value ?? 0)), 0);
    return countRecoverable([...kinds.values()], hiddenSum, threshold);
  };
  while (needsMore()) {
    // The next-smallest published non-zero cell: withholding a zero would tell nothing new.
    let pick = -1;
    safe.forEach((r, i) => {
      if (kinds.has(i) || r.values[measure].suppressed || !r.values[measure].value) return;
      if (pick < 0 || rawNumber(i) < rawNumber(pick)) pick = i;
    });
    if (pick < 0) {
      // Nothing left to withhold in the column: withhold the total instead.
      totalCell.value = null;
      totalCell.suppressed = true;
      return;
    }
    kinds.set(pick, 'secondary');
    safe[pick]!.values[measure] = { value: null, suppressed: true };
  }
}

/**
 * Applies primary and secondary suppression to a table of rows and, when given, its totals row.
 * threshold 1 withholds nothing.
 */
export function suppressSmallCounts<M extends string>(rows: RawRow<M>[], threshold: number, totals?: Record<M, RawValue>): { rows: SafeRow<M>[]; totals: Record<M, Cell> | null } {
  const measureOf = (r: Record<M, RawValue>) => Object.keys(r) as M[];
  const safe: SafeRow<M>[] = rows.map((r) => ({ key: r.key, values: Object.fromEntries(measureOf(r.values).map((m) => [m, primary(r.values[m], threshold)])) as Record<M, Cell> }));
  const safeTotals = totals ? (Object.fromEntries(measureOf(totals).map((m) => [m, primary(totals[m], threshold)])) as Record<M, Cell>) : null;
  if (threshold > 1 && totals && safeTotals) {
    for (const m of measureOf(totals)) {
      if (rows.every((r) => m in r.values)) protectColumn(m, rows, safe, totals[m], safeTotals[m], threshold);
    }
  }
  return { rows: safe, totals: safeTotals };
}
