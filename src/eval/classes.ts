// Per-class recall of two models on the same samples, and whether a class's drop is more than noise: the exact McNemar
// test on that class's samples (the sign test on its discordant pairs), corrected for the number of classes tested by
// Holm's step-down method. Pure: no I/O.

/** One class's figures; recalls are shares of the class's labelled samples. */
export interface ClassFigures {
  class: number;
  samples: number;
  baseline: number;
  candidate: number;
  /** Samples of this class the baseline got right and the candidate wrong, and the other way round. */
  lost: number;
  gained: number;
  /** Exact two-sided McNemar p; null for a class with fewer samples than the minimum (reported, never judged). */
  p: number | null;
  /** p after Holm's correction over the classes tested; null when not tested. */
  adjustedP: number | null;
}

export interface ClassRecall {
  /** Classes with at least `minSamples` samples: the ones tested, and the m of Holm's correction. */
  tested: number;
  minSamples: number;
  /** Every labelled class, the largest recall changes first (ties: the lower class first). */
  classes: ClassFigures[];
}

/** Running counts per class over several eval sets: which side got each labelled sample right. */
export class ClassTally {
  private readonly counts = new Map<number, { samples: number; baseline: number; candidate: number; lost: number; gained: number }>();

  /** One set's samples: the label and each side's predicted class at every position, positions labelled `ignore` skipped. */
  add(truth: Int32Array, baseline: Int32Array, candidate: Int32Array, ignore: number): void {
    for (let i = 0; i < truth.length; i++) {
      const label = truth[i]!;
      if (label === ignore) continue;
      const c = this.counts.get(label) ?? { samples: 0, baseline: 0, candidate: 0, lost: 0, gained: 0 };
      const [b, k] = [baseline[i] === label, candidate[i] === label];
      c.samples++;
      if (b) c.baseline++;
      if (k) c.candidate++;
      if (b && !k) c.lost++;
      if (k && !b) c.gained++;
      this.counts.set(label, c);
    }
  }

  result(minSamples: number): ClassRecall {
    const figures: ClassFigures[] = [...this.counts].map(([label, c]) => ({
      class: label,
      samples: c.samples,
      baseline: c.baseline / c.samples,
      candidate: c.candidate / c.samples,
      lost: c.lost,
      gained: c.gained,
      p: c.samples >= minSamples ? mcnemarExact(c.lost, c.gained) : null,
      adjustedP: null,
    }));
    const tested = figures.filter((f) => f.p !== null);
    holmAdjust(tested.map((f) => f.p!)).forEach((q, i) => (tested[i]!.adjustedP = q));
    const change = (f: ClassFigures) => f.candidate - f.baseline;
    figures.sort((x, y) => Math.abs(change(y)) - Math.abs(change(x)) || x.class - y.class);
    return { tested: tested.length, minSamples, classes: figures };
  }
}

/**
 * The exact two-sided McNemar p-value for `lost` and `gained` discordant pairs: under "no difference" each discordant
 * pair goes either way with probability ½, so p = 2·P(X ≤ min(lost, gained)) for X ~ Binomial(lost + gained, ½), at
 * most 1. Summed in log space: for thousands of pairs the single terms underflow long before their sum does.
 */
export function mcnemarExact(lost: number, gained: number): number {
  const n = lost + gained;
  const k = Math.min(lost, gained);
  let logTerm = -n * Math.LN2; // C(n, 0) / 2^n
  let logSum = logTerm;
  for (let i = 1; i <= k; i++) {
    logTerm += Math.log(n - i + 1) - Math.log(i);
    logSum = logAddExp(logSum, logTerm);
  }
  return Math.min(1, 2 * Math.exp(logSum));
}

function logAddExp(a: number, b: number): number {
  const [hi, lo] = a > b ? [a, b] : [b, a];
  return hi + Math.log1p(Math.exp(lo - hi));
}

/**
 * Holm's step-down adjusted p-values, in the order given: the i-th smallest of m p-values is multiplied by m − i + 1,
 * and each adjusted value is at least the one before it in that order (capped at 1). A hypothesis is rejected at level
 * α exactly when its adjusted p is below α; the family-wise error stays ≤ α whatever the dependence between classes,
 * and every rejection Bonferroni (p·m) makes, Holm makes too.
 */
export function holmAdjust(p: readonly number[]): number[] {
  const m = p.length;
  const order = p.map((_, i) => i).sort((a, b) => p[a]! - p[b]! || a - b);
  const out = new Array<number>(m);
  let running = 0;
  order.forEach((index, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p[index]!));
    out[index] = running;
  });
  return out;
}
