// Scoring of the article-extraction benchmark, reimplemented from its scoring.md (evaluate.py):
// \w+ tokens, 4-token shingles as multisets, per-page precision and recall, macro averages,
// F1 of the averages, exact-token accuracy, and a seeded bootstrap for the ± figures.

/** Section 1: maximal runs of letters, numbers and `_` (Python's `\w` on str). */
export const tokenize = (text) => text.match(/[\p{L}\p{N}_]+/gu) ?? [];

/** Section 2: overlapping 4-grams; one shingle of all tokens when there are 1–4. */
export function shingles(tokens) {
  const counts = new Map();
  const n = tokens.length === 0 ? 0 : Math.max(1, tokens.length - 3);
  for (let i = 0; i < n; i++) {
    const key = tokens.slice(i, i + 4).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Sections 3–4 for one page: normalised tp/fp/fn, precision (undefined for an empty
 * prediction), recall (undefined for an empty truth) and exact-token accuracy.
 */
export function scorePage(truthText, predictionText) {
  const truthTokens = tokenize(truthText);
  const predTokens = tokenize(predictionText ?? '');
  const t = shingles(truthTokens);
  const p = shingles(predTokens);
  let tp = 0, fp = 0, fn = 0;
  for (const [s, tc] of t) {
    const pc = p.get(s) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [s, pc] of p) fp += Math.max(0, pc - (t.get(s) ?? 0));
  const total = tp + fp + fn;
  if (total > 0) { tp /= total; fp /= total; fn /= total; }
  const precision = tp + fp > 0 ? tp / (tp + fp) : undefined;
  const recall = tp + fn > 0 ? tp / (tp + fn) : undefined;
  const accuracy = truthTokens.length === predTokens.length && truthTokens.every((tok, i) => tok === predTokens[i]) ? 1 : 0;
  return { tp, fp, fn, precision, recall, accuracy };
}

const mean = (values) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

/** Section 5–6: macro averages over pages; F1 is the harmonic mean of P and R. */
export function aggregate(pages) {
  const P = mean(pages.map((p) => p.precision).filter((v) => v !== undefined));
  const R = mean(pages.map((p) => p.recall).filter((v) => v !== undefined));
  const F1 = P + R > 0 ? (2 * P * R) / (P + R) : 0;
  return { f1: F1, precision: P, recall: R, accuracy: mean(pages.map((p) => p.accuracy)), pages: pages.length };
}

/** mulberry32: a small seeded PRNG, so the ± figures are the same on every run. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Section 7: sample standard deviation of each metric over resamples of the pages (seeded, unlike evaluate.py). */
export function bootstrap(pages, rounds = 1000, seed = 0) {
  const rand = mulberry32(seed);
  const keys = ['f1', 'precision', 'recall', 'accuracy'];
  const samples = Object.fromEntries(keys.map((k) => [k, []]));
  for (let r = 0; r < rounds; r++) {
    const sample = pages.map(() => pages[Math.floor(rand() * pages.length)]);
    const agg = aggregate(sample);
    for (const k of keys) samples[k].push(agg[k]);
  }
  const std = (xs) => {
    const m = mean(xs);
    return xs.length > 1 ? Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1)) : 0;
  };
  return Object.fromEntries(keys.map((k) => [k, std(samples[k])]));
}
