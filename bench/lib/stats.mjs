// Summary statistics for repeated measurements. Pure functions, no I/O.

/**
 * @typedef {{ median: number, min: number, max: number, n: number }} Summary
 */

/** Median of a non-empty list (mean of the middle two for even lengths). */
export function median(values) {
  if (values.length === 0) throw new Error('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Median, min and max of finite values; non-finite ones (failed readings) are dropped.
 * @param {number[]} values
 * @returns {Summary | null} null when no finite value is left
 */
export function summarize(values) {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return null;
  return { median: median(finite), min: Math.min(...finite), max: Math.max(...finite), n: finite.length };
}
