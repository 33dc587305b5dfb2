// Deterministic corpus generator for the build benchmark.
// Plain ESM + JSDoc so it runs on Node 20 without a TS loader.
// Usage: node bench/generate.mjs --count 2000 --seed 42 --out bench/.work/corpus-2000 [--reference-md]
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * @typedef {{ count: number, seed?: number, outDir: string, referenceMarkdownOnly?: boolean, clean?: boolean }} CorpusOptions
 * @typedef {{ file: string, kind: 'markdown' | 'dump', title: string, slug: string, date: string, lang: 'en' | 'es', words: number }} CorpusEntry
 */

/** mulberry32: tiny, fast, good enough for test data. Returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function rng() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Per-article seed, so article i is the same whatever `count` is (small corpora are prefixes of big ones). */
function articleSeed(seed, i) {
  return Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(i + 1, 0xc2b2ae35);
}

const int = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = (rng, arr) => arr[Math.floor(rng() * arr.length)];
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

// ---- invented vocabulary (pseudo-words from syllables; fixed seed so it never changes) ----
function buildLexicon(seed, size, onsets, nuclei, codas) {
  const rng = mulberry32(seed);
  const words = new Set();
  while (words.size < size) {
    let w = '';
    const syl = int(rng, 1, 3);
    for (let s = 0; s < syl; s++) w += pick(rng, onsets) + pick(rng, nuclei) + (rng() < 0.4 ? pick(rng, codas) : '');
    if (w.length >= 3) words.add(w);
  }
  return [...words];
}
const EN_WORDS = buildLexicon(1, 1500, ['b', 'br', 'c', 'd', 'dr', 'f', 'g', 'gl', 'h', 'k', 'l', 'm', 'n', 'p', 'pl', 'r', 's', 'st', 't', 'tr', 'v', 'w', 'z', 'sh', 'th'], ['a', 'e', 'i', 'o', 'u', 'ea', 'oo', 'ai'], ['n', 'r', 'l', 'st', 'ck', 'm', 'x', 'nd']);
const ES_WORDS = buildLexicon(2, 1500, ['b', 'c', 'ch', 'd', 'f', 'g', 'j', 'l', 'll', 'm', 'n', 'ñ', 'p', 'qu', 'r', 's', 't', 'v'], ['a', 'e', 'i', 'o', 'u', 'á', 'é', 'ó', 'ia', 'ue'], ['n', 'r', 's', 'l']);
const EN_FUNC = ['the', 'of', 'and', 'to', 'in', 'a', 'for', 'with', 'on', 'that', 'is', 'was', 'by', 'from', 'as', 'at', 'will', 'has', 'new', 'more'];
const ES_FUNC = ['el', 'la', 'de', 'que', 'y', 'en', 'los', 'las', 'por', 'con', 'para', 'una', 'un', 'es', 'del', 'se', 'más', 'sobre'];
const TAGS = buildLexicon(3, 40, ['b', 'c', 'd', 'f', 'g', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v'], ['a', 'e', 'i', 'o', 'u'], ['n', 'r', 'l', 's']).map((t, i) => (i % 5 === 0 ? `${t}-${EN_WORDS[i]}` : t));
const AUTHORS = Array.from({ length: 25 }, (_, i) => `${cap(EN_WORDS[100 + i])} ${cap(EN_WORDS[300 + i * 3])}`);
const RECURRING = Array.from({ length: 8 }, (_, i) => `${cap(EN_WORDS[500 + i])} ${EN_WORDS[600 + i]}`);
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

function words(rng, lang, n) {
  const [lex, func] = lang === 'es' ? [ES_WORDS, ES_FUNC] : [EN_WORDS, EN_FUNC];
  const out = [];
  for (let i = 0; i < n; i++) out.push(rng() < 0.3 ? pick(rng, func) : pick(rng, lex));
  return out;
}

/**
 * One sentence; `markup` adds Markdown emphasis/links.
 * @returns {[string, number]} text and word count
 */
function sentence(rng, lang, markup) {
  const w = words(rng, lang, int(rng, 6, 18));
  if (markup && w.length > 4) {
    const r = rng();
    const i = int(rng, 1, w.length - 3);
    if (r < 0.12) w[i] = `*${w[i]}*`;
    else if (r < 0.2) w[i] = `**${w[i]}**`;
    else if (r < 0.28) w.splice(i, 2, `[${w[i]} ${w[i + 1]}](https://example.org/${w[i]}/${int(rng, 1, 9999)})`);
  }
  if (w.length > 8 && rng() < 0.3) w[int(rng, 3, w.length - 3)] += ',';
  return [`${cap(w.join(' '))}.`, w.length];
}

/** @returns {[string, number]} */
function paragraph(rng, lang, markup) {
  const parts = [];
  let n = 0;
  for (let s = int(rng, 2, 5); s > 0; s--) {
    const [t, c] = sentence(rng, lang, markup);
    parts.push(t);
    n += c;
  }
  return [parts.join(' '), n];
}

/** ASCII slug; diacritics stripped so "Añor" and "Anor" collide here (conservative). */
export function slugKey(title) {
  return title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Builds one article's data (no I/O). `takenSlugs` enforces unique titles across the corpus. */
export function generateArticle(seed, i, takenSlugs = new Set()) {
  const rng = mulberry32(articleSeed(seed, i));
  /** @type {CorpusEntry['kind']} */
  const kind = rng() < 0.6 ? 'markdown' : 'dump';
  /** @type {CorpusEntry['lang']} */
  const lang = rng() < 0.85 ? 'en' : 'es';
  // A few recurring titles (like "weekly roundup" columns) exercise the de-duplication counter.
  let title = rng() < 0.03 ? RECURRING[int(rng, 0, RECURRING.length - 1)] : cap([pick(rng, lang === 'es' ? ES_WORDS : EN_WORDS), ...words(rng, lang, int(rng, 2, 8))].join(' '));
  for (let n = 2; takenSlugs.has(slugKey(title)); n++) title = title.replace(/ \d+$/, '') + ` ${n}`;
  const slug = slugKey(title);
  takenSlugs.add(slug);
  // Dates spread over 2020-01-01 .. 2024-12-31 (~5 years).
  const d = new Date(Date.UTC(2020, 0, 1) + int(rng, 0, 1826) * 86400000);
  const date = d.toISOString().slice(0, 10);
  const target = int(rng, 350, 650);
  const tags = [...new Set(Array.from({ length: int(rng, 1, 4) }, () => pick(rng, TAGS)))];
  const author = pick(rng, AUTHORS);
  const description = rng() < 0.5 ? sentence(rng, lang, false)[0] : undefined;
  const blocks = [];
  let count = 0;
  if (kind === 'markdown') {
    for (let b = 0; count < target; b++) {
      const r = rng();
      if (b > 0 && r < 0.15) blocks.push(`## ${cap(words(rng, lang, int(rng, 2, 6)).join(' '))}`);
      else if (r < 0.25) {
        const items = Array.from({ length: int(rng, 3, 5) }, () => sentence(rng, lang, true));
        blocks.push(items.map(([t]) => `- ${t}`).join('\n'));
        count += items.reduce((s, [, c]) => s + c, 0);
      } else if (r < 0.31) {
        const [t, c] = sentence(rng, lang, false);
        blocks.push(`> ${t}`);
        count += c;
      } else {
        const [t, c] = paragraph(rng, lang, true);
        blocks.push(t);
        count += c;
      }
    }
  } else {
    while (count < target) {
      const [t, c] = paragraph(rng, lang, false);
      blocks.push(t);
      count += c;
    }
  }
  const extra = {
    imageUrl: rng() < 0.35 ? `https://img.example.net/${int(rng, 2015, 2024)}/${slug.slice(0, 20)}-${int(rng, 1, 999)}.jpg` : '',
    wordpress: rng() < 0.3,
    spanishLabels: lang === 'es' && rng() < 0.9,
  };
  return { kind, lang, title, slug, date, tags, author, description, blocks, words: count, extra };
}

const yamlStr = (s) => JSON.stringify(s); // JSON strings are valid YAML double-quoted scalars

function toMarkdown(a, minimal) {
  const fm = ['---', `title: ${yamlStr(a.title)}`, `date: ${a.date}`];
  if (!minimal) {
    if (a.description) fm.push(`description: ${yamlStr(a.description)}`);
    fm.push(`tags: [${a.tags.map(yamlStr).join(', ')}]`, `author: ${yamlStr(a.author)}`, `lang: ${a.lang}`);
  }
  fm.push('---', '');
  return `${fm.join('\n')}\n${a.blocks.join('\n\n')}\n`;
}

function toDump(a) {
  const [y, m, d] = a.date.split('-').map(Number);
  const es = a.extra.spanishLabels;
  const date = es ? `${d} de ${MONTHS_ES[m - 1]} de ${y}` : `${d} ${MONTHS_EN[m - 1]} ${y}`;
  const head = [a.title, '', a.title, es ? 'Fecha de publicación:' : 'Publication date:', date, es ? 'Imagen principal:' : 'Main image:'];
  if (a.extra.imageUrl) head.push(a.extra.imageUrl);
  const footer = a.extra.wordpress
    ? ['Leave a Reply', 'Your email address will not be published. Required fields are marked *', 'Comment *', 'Name *', 'Email *', 'Website', 'Post Comment']
    : ['Add new comment', '', 'This question is for testing whether or not you are a human visitor and to prevent automated spam submissions.', 'Enter the characters shown in the image.'];
  return `${head.join('\n')}\n\n${a.blocks.join('\n\n')}\n\n${footer.join('\n')}\n`;
}

/** Refuse to wipe anything that does not look like a generated corpus. */
function prepareDir(outDir, clean) {
  if (!existsSync(outDir)) return mkdirSync(outDir, { recursive: true });
  const entries = readdirSync(outDir);
  if (entries.length === 0) return;
  if (!clean) throw new Error(`${outDir} is not empty (pass clean: true / --clean)`);
  if (entries.some((e) => !/\.(md|txt)$/.test(e))) throw new Error(`${outDir} holds non-corpus files; refusing to clean it`);
  rmSync(outDir, { recursive: true });
  mkdirSync(outDir, { recursive: true });
}

/**
 * Writes `count` articles into `outDir` (flat). ~60% frontmatter Markdown, ~40% scraped .txt dumps.
 * With `referenceMarkdownOnly`, everything is written as `<slug>.md` (dumps get minimal frontmatter:
 * title + date, body paragraphs without scrape boilerplate) for the reference Astro/Eleventy sites.
 * @param {CorpusOptions} opts
 * @returns {{ outDir: string, entries: CorpusEntry[], totalWords: number }}
 */
export function generateCorpus({ count, seed = 42, outDir, referenceMarkdownOnly = false, clean = false }) {
  if (!Number.isInteger(count) || count < 0) throw new Error('count must be a non-negative integer');
  outDir = resolve(outDir);
  prepareDir(outDir, clean);
  const taken = new Set();
  /** @type {CorpusEntry[]} */
  const entries = [];
  let totalWords = 0;
  for (let i = 0; i < count; i++) {
    const a = generateArticle(seed, i, taken);
    let file, text;
    if (referenceMarkdownOnly) [file, text] = [`${a.slug}.md`, toMarkdown(a, a.kind === 'dump')];
    else if (a.kind === 'markdown') [file, text] = [`${a.slug}.md`, toMarkdown(a, false)];
    else {
      const hex = createHash('sha1').update(`${seed}:${i}:${a.title}`).digest('hex').slice(0, 16);
      [file, text] = [`${String(i).padStart(3, '0')}_${hex}.txt`, toDump(a)];
    }
    writeFileSync(join(outDir, file), text);
    entries.push({ file, kind: a.kind, title: a.title, slug: a.slug, date: a.date, lang: a.lang, words: a.words });
    totalWords += a.words;
  }
  return { outDir, entries, totalWords };
}

// ---- CLI ----
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const get = (name, dflt) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : dflt;
  };
  const count = Number(get('count', '200'));
  const seed = Number(get('seed', '42'));
  const outDir = get('out', `bench/.work/corpus-${count}`);
  const t0 = performance.now();
  const { entries, totalWords } = generateCorpus({ count, seed, outDir, referenceMarkdownOnly: args.includes('--reference-md'), clean: args.includes('--clean') });
  const dumps = entries.filter((e) => e.kind === 'dump').length;
  console.log(`${entries.length} files (${entries.length - dumps} md, ${dumps} dumps), ${totalWords} words -> ${resolve(outDir)} in ${Math.round(performance.now() - t0)} ms`);
}
