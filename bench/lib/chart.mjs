// Hand-written SVG line charts (no dependency): small panels side by side, one line per series.
// Pure: data in, SVG text out.

/**
 * @typedef {{ name: string, points: [number, number][] }} Series
 * @typedef {{ title: string, yLabel: string, series: Series[], limit?: { value: number, label: string } }} Panel
 * @typedef {{ title: string, description: string, xLabel: string, panels: Panel[] }} ChartSpec
 */

// Colour plus dash plus marker shape, so lines stay apart in greyscale and for colour-blind readers.
const STYLES = [
  { color: '#1f5fa8', dash: '', marker: 'circle' },
  { color: '#b3541e', dash: '6 4', marker: 'square' },
  { color: '#2e7d32', dash: '2 3', marker: 'triangle' },
  { color: '#6a3d9a', dash: '8 3 2 3', marker: 'diamond' },
];

const PANEL_W = 340;
const PANEL_H = 250;
const M = { top: 40, right: 30, bottom: 50, left: 62 }; // right: room for the last x tick label
const LEGEND_H = 30;

export const escapeXml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Rounds for SVG coordinates (keeps files small and diffs stable). */
const r1 = (v) => Math.round(v * 10) / 10;

/**
 * "Nice" axis ticks from 0 up to at least `max`: steps of 1, 2, 2.5 or 5 × 10^k.
 * @returns {number[]}
 */
export function niceTicks(max, target = 5) {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  const raw = max / target;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? 10 * pow;
  const ticks = [];
  for (let i = 0; ; i++) {
    // Multiply rather than accumulate so 0.1 steps do not drift.
    const v = Number((i * step).toPrecision(12));
    ticks.push(v);
    if (v >= max) break;
  }
  return ticks;
}

const tickLabel = (v) => (Math.abs(v) >= 1000 ? Math.round(v).toLocaleString('en-US') : String(Number(v.toPrecision(4))));

function marker(kind, x, y, color) {
  const s = 4;
  if (kind === 'square') return `<rect x="${r1(x - s)}" y="${r1(y - s)}" width="${2 * s}" height="${2 * s}" fill="${color}"/>`;
  if (kind === 'triangle') return `<path d="M${r1(x)} ${r1(y - s - 1)}L${r1(x + s + 1)} ${r1(y + s)}L${r1(x - s - 1)} ${r1(y + s)}Z" fill="${color}"/>`;
  if (kind === 'diamond') return `<path d="M${r1(x)} ${r1(y - s - 1)}L${r1(x + s + 1)} ${r1(y)}L${r1(x)} ${r1(y + s + 1)}L${r1(x - s - 1)} ${r1(y)}Z" fill="${color}"/>`;
  return `<circle cx="${r1(x)}" cy="${r1(y)}" r="${s}" fill="${color}"/>`;
}

/** @param {Panel} panel @param {number} ox left edge of the panel @param {string} xLabel @param {string[]} names all series names, for styles */
function renderPanel(panel, ox, xLabel, names) {
  const w = PANEL_W - M.left - M.right;
  const h = PANEL_H - M.top - M.bottom;
  const all = panel.series.flatMap((s) => s.points);
  const xTicks = niceTicks(Math.max(0, ...all.map(([x]) => x)), 4);
  const yTicks = niceTicks(Math.max(0, panel.limit?.value ?? 0, ...all.map(([, y]) => y)), 5);
  const [xMax, yMax] = [xTicks.at(-1), yTicks.at(-1)];
  const sx = (x) => ox + M.left + (x / xMax) * w;
  const sy = (y) => M.top + h - (y / yMax) * h;
  const out = [`<g class="panel">`, `<text x="${ox + M.left + w / 2}" y="22" text-anchor="middle" font-weight="bold">${escapeXml(panel.title)}</text>`];
  for (const t of yTicks) {
    out.push(`<line x1="${ox + M.left}" x2="${ox + M.left + w}" y1="${r1(sy(t))}" y2="${r1(sy(t))}" stroke="#ddd"/>`);
    out.push(`<text x="${ox + M.left - 6}" y="${r1(sy(t) + 4)}" text-anchor="end">${tickLabel(t)}</text>`);
  }
  for (const t of xTicks) out.push(`<text x="${r1(sx(t))}" y="${M.top + h + 16}" text-anchor="middle">${tickLabel(t)}</text>`);
  out.push(`<line x1="${ox + M.left}" x2="${ox + M.left + w}" y1="${M.top + h}" y2="${M.top + h}" stroke="#333"/>`);
  out.push(`<line x1="${ox + M.left}" x2="${ox + M.left}" y1="${M.top}" y2="${M.top + h}" stroke="#333"/>`);
  out.push(`<text x="${ox + M.left + w / 2}" y="${M.top + h + 36}" text-anchor="middle">${escapeXml(xLabel)}</text>`);
  const cy = M.top + h / 2;
  out.push(`<text transform="translate(${ox + 14} ${cy}) rotate(-90)" text-anchor="middle">${escapeXml(panel.yLabel)}</text>`);
  if (panel.limit) {
    const y = r1(sy(panel.limit.value));
    out.push(`<line x1="${ox + M.left}" x2="${ox + M.left + w}" y1="${y}" y2="${y}" stroke="#c62828" stroke-dasharray="3 3"/>`);
    out.push(`<text x="${ox + M.left + w - 2}" y="${y - 4}" text-anchor="end" fill="#c62828">${escapeXml(panel.limit.label)}</text>`);
  }
  for (const s of panel.series) {
    const st = STYLES[names.indexOf(s.name) % STYLES.length];
    const pts = [...s.points].sort((a, b) => a[0] - b[0]);
    if (pts.length > 1) {
      const d = pts.map(([x, y], j) => `${j ? 'L' : 'M'}${r1(sx(x))} ${r1(sy(y))}`).join('');
      out.push(`<path d="${d}" fill="none" stroke="${st.color}" stroke-width="2"${st.dash ? ` stroke-dasharray="${st.dash}"` : ''}/>`);
    }
    for (const [x, y] of pts) out.push(`<g>${marker(st.marker, sx(x), sy(y), st.color)}<title>${escapeXml(`${s.name}, N = ${tickLabel(x)}: ${tickLabel(y)} ${panel.yLabel}`)}</title></g>`);
  }
  out.push('</g>');
  return out.join('\n');
}

/** @param {string[]} names @param {number} y @param {number} width */
function renderLegend(names, y, width) {
  const item = 150;
  const x0 = (width - item * names.length) / 2;
  return names
    .map((name, i) => {
      const st = STYLES[i % STYLES.length];
      const x = x0 + i * item;
      return `<g><line x1="${x}" x2="${x + 28}" y1="${y}" y2="${y}" stroke="${st.color}" stroke-width="2"${st.dash ? ` stroke-dasharray="${st.dash}"` : ''}/>${marker(st.marker, x + 14, y, st.color)}<text x="${x + 34}" y="${y + 4}">${escapeXml(name)}</text></g>`;
    })
    .join('\n');
}

/**
 * Panels side by side with one shared legend; a series keeps its style (by name) in every panel.
 * @param {ChartSpec} spec
 */
export function renderLineCharts(spec) {
  const width = PANEL_W * spec.panels.length;
  const height = PANEL_H + LEGEND_H;
  const names = [...new Set(spec.panels.flatMap((p) => p.series.map((s) => s.name)))];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="chart-title chart-desc" font-family="system-ui, sans-serif" font-size="12">`,
    `<title id="chart-title">${escapeXml(spec.title)}</title>`,
    `<desc id="chart-desc">${escapeXml(spec.description)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    ...spec.panels.map((p, i) => renderPanel(p, i * PANEL_W, spec.xLabel, names)),
    renderLegend(names, PANEL_H + LEGEND_H / 2 - 4, width),
    '</svg>',
    '',
  ].join('\n');
}
