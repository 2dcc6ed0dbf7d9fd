/** Small statistics for the benchmark: nearest-rank quantiles, medians of paired ratios. */

/** The q-quantile (0..1) by nearest rank; null for no samples. */
export function quantile(samples: readonly number[], q: number): number | null {
  if (!samples.length) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export const median = (samples: readonly number[]): number | null => quantile(samples, 0.5);
export const p95 = (samples: readonly number[]): number | null => quantile(samples, 0.95);

/**
 * Median of a/b over the repetitions where both succeeded: each repetition ran both back to
 * back, so the ratio cancels the noise they shared (another engineer's tests on the same cores).
 */
export function pairedRatio(a: readonly (number | null)[], b: readonly (number | null)[]): number | null {
  const ratios: number[] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x !== null && y !== null && y > 0) ratios.push(x / y);
  }
  return median(ratios);
}
