// Number and table formatting for the benchmark report. Pure functions, no I/O.

/** @typedef {import('./stats.mjs').Summary} Summary */

/** 12345 → "12,345" (fixed locale so reports do not depend on the machine). */
export const formatInt = (n) => Math.round(n).toLocaleString('en-US');

/** Milliseconds → seconds with sensible precision: "0.84 s", "12.3 s", "164 s". */
export function formatSeconds(ms) {
  if (!Number.isFinite(ms)) return '–';
  const s = ms / 1000;
  if (s < 10) return `${s.toFixed(2)} s`;
  if (s < 100) return `${s.toFixed(1)} s`;
  return `${formatInt(s)} s`;
}

/** Bytes → binary units with three significant figures: "512 B", "4.20 KiB", "1.06 GiB". */
export function formatBytes(bytes) {
  if (!Number.isFinite(bytes)) return '–';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = bytes;
  let u = 0;
  while (Math.abs(v) >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  if (u === 0) return `${Math.round(v)} B`;
  return `${v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)} ${units[u]}`;
}

/** A ratio as "0.38×"; "–" when unknown. */
export const formatRatio = (r) => (r === null || !Number.isFinite(r) ? '–' : `${r < 10 ? r.toFixed(2) : r.toFixed(1)}×`);

/**
 * "median (min–max)", or just the median when there was one run or all runs agree.
 * @param {Summary | null} s
 * @param {(n: number) => string} fmt
 */
export function formatSummary(s, fmt) {
  if (!s) return '–';
  if (s.n === 1 || fmt(s.min) === fmt(s.max)) return fmt(s.median);
  return `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`;
}

/** Escapes what would break a Markdown table cell. */
const cell = (v) => String(v).replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * GitHub-flavoured Markdown table. `align` holds 'l' or 'r' per column (default 'l').
 * @param {string[]} headers
 * @param {(string | number)[][]} rows
 * @param {('l' | 'r')[]} [align]
 */
export function markdownTable(headers, rows, align = []) {
  for (const row of rows) if (row.length !== headers.length) throw new Error(`row has ${row.length} cells, expected ${headers.length}`);
  const sep = headers.map((_, i) => (align[i] === 'r' ? '---:' : '---'));
  return [headers, sep, ...rows].map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n');
}
