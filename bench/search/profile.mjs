// Self time per function of a V8 CPU profile (Chromium DevTools protocol Profiler.stop), so the
// benchmark can say where the browser spent a query's time.

/**
 * @param {{ nodes: { id: number, callFrame: { functionName: string, url: string, lineNumber: number } }[], samples: number[], timeDeltas: number[] }} profile
 * @param {number} top how many rows
 * @returns {{ name: string, selfMs: number }[]}
 */
export function summarizeCpuProfile(profile, top) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  /** @type {Map<string, number>} */
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const file = frame.url ? frame.url.slice(frame.url.lastIndexOf('/') + 1) : '';
    const name = `${frame.functionName || '(anonymous)'}${file ? ` ${file}:${frame.lineNumber + 1}` : ''}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => ({ name, selfMs: Math.round(ms) }));
}
