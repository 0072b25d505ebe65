/**
 * Shared by the benchmarks: one clock, percentiles and aligned output, so every bench measures
 * and reports the same way and the figures of different benches can be compared.
 */

/** Milliseconds since the epoch with sub-millisecond resolution (comparable across worker threads). */
export const now = (): number => performance.timeOrigin + performance.now();

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

export interface Summary {
  n: number;
  min: number;
  mean: number;
  p50: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentile of an ascending array (p in 0..100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? NaN;
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    n: sorted.length,
    min: sorted[0] ?? NaN,
    mean: sorted.length ? sum / sorted.length : NaN,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? NaN,
  };
}

/** Rounds for the JSON result (3 decimals: microseconds when the unit is ms). */
export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function roundSummary(s: Summary): Summary {
  return { n: s.n, min: round(s.min), mean: round(s.mean), p50: round(s.p50), p99: round(s.p99), max: round(s.max) };
}

export function ms(x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  return x < 10 ? `${x.toFixed(2)} ms` : x < 1000 ? `${x.toFixed(1)} ms` : `${(x / 1000).toFixed(2)} s`;
}

export function ratio(a: number, b: number): number {
  return b > 0 ? a / b : NaN;
}

/** Prints rows with each column padded to its widest cell. */
export function printTable(rows: readonly (readonly string[])[], indent = '  '): void {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  for (const row of rows) {
    const cells = row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)));
    console.log(indent + cells.join('  ').trimEnd());
  }
}

/** One table row for a latency summary. */
export function latencyRow(label: string, s: Summary): string[] {
  return [label, `n=${s.n}`, `p50 ${ms(s.p50)}`, `p99 ${ms(s.p99)}`, `max ${ms(s.max)}`];
}
