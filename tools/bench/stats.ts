/** Summary statistics shared by the benchmark tools (`npm run bench`, `bench:engine`, `bench:vault`). */

/**
 * Median and p95 by the nearest-rank method (the value at rank ⌈p·n⌉ of the sorted sample).
 * @example stats([3, 1, 2]) // { median: 2, p95: 3, n: 3 }
 */
export function stats(xs: readonly number[]): { median: number; p95: number; n: number } {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]!;
  return { median: q(0.5), p95: q(0.95), n: s.length };
}
