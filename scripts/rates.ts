// Rates measured by the benchmark scripts, with the interval a finite number of trials allows.

/** Wilson score interval of a rate, as whole percents: honest about what 20 or 100 trials can say. */
export function wilson(hits: number, n: number): string {
  const z = 1.96;
  const p = hits / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
  return `${(100 * Math.max(0, centre - half)).toFixed(1)}–${(100 * Math.min(1, centre + half)).toFixed(1)} %`;
}
