/**
 * The search index in parts: the fixture site at two articles a part, built twice with one
 * cache folder, as a deploy would: cold, then after one article is edited.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tierWeight } from '../../src/lib/search/tiers.ts';
import { pageDate, planParts, type SearchPart } from '../../src/lib/search/parts.ts';
import { withBase } from '../../src/lib/site/urls.ts';
import { suiteTempDirs } from '../helpers/temp-dir.ts';
import { BASE_PATH, FIXTURE_SITE, SITE_URL } from './build-site.ts';
import { pageMergeOptions, searchSite } from './pagefind-search.ts';

const EDITED = 'ferry-strike';
const NEW_WORD = 'zeppelinfahrt';

let work = '';
const build = (name: string) => {
  const outDir = path.join(work, name);
  const env = { ...process.env, CONTENT_DIR: path.join(work, 'content'), BASE_PATH, SITE_URL, ASTRO_CACHE_DIR: path.join(work, 'cache'), SEARCH_PART_SIZE: '2', NODE_ENV: 'production' };
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], { env, encoding: 'utf8' });
  const log = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`site build failed:\n${log}`);
  const counts = log.match(/(\d+) articles in (\d+) index parts: (\d+) indexed, (\d+) reused/)?.slice(1).map(Number);
  if (!counts) throw new Error(`no search index summary in the build log:\n${log}`);
  const [articles, parts, indexed, reused] = counts as [number, number, number, number];
  const ahead = Number(log.match(/(\d+) of them indexed while the pages were written/)?.[1]);
  return { outDir, articles, parts, indexed, reused, ahead };
};

let cold: ReturnType<typeof build>;
let warm: ReturnType<typeof build>;
let plan: SearchPart[];
const tempDir = suiteTempDirs();

beforeAll(() => {
  work = tempDir('news-parts-');
  cpSync(FIXTURE_SITE, path.join(work, 'content'), { recursive: true });
  cold = build('cold');
  const articles = readdirSync(path.join(cold.outDir, 'articles'));
  plan = planParts(articles.map((slug) => ({ slug, date: pageDate(readFileSync(path.join(cold.outDir, 'articles', slug, 'index.html'), 'utf8')) })), 2);
  appendFileSync(path.join(work, 'content', `${EDITED}.md`), `\nThe ${NEW_WORD} was postponed as well.\n`);
  warm = build('warm');
});

const allUrls = `return urls(await pf.search(null, {}));`;
const articleUrls = () => plan.flatMap((p) => p.slugs).map((s) => withBase(BASE_PATH, `articles/${s}/`)).sort();

describe('search index in parts', () => {
  it('writes a bundle for each part that holds articles, with Pagefind’s scripts only in the primary one', () => {
    expect(plan.length).toBeGreaterThan(2);
    expect(cold).toMatchObject({ articles: plan.flatMap((p) => p.slugs).length, parts: plan.length, indexed: plan.length, reused: 0 });
    // Into an empty output folder, the parts are indexed while Astro writes the pages (search/ahead.ts).
    expect(cold.ahead).toBe(plan.length);
    for (const part of plan) {
      const dir = path.join(cold.outDir, part.dir);
      expect(existsSync(path.join(dir, 'pagefind-entry.json')), part.dir).toBe(true);
      for (const file of ['pagefind.js', 'pagefind-worker.js', 'pagefind-component-ui.js', 'wasm.unknown.pagefind']) {
        expect(existsSync(path.join(dir, file)), `${part.dir}${file}`).toBe(part.primary);
      }
    }
  });

  it('has the search page merge every other part, with results under the base path', () => {
    expect(pageMergeOptions(cold.outDir)).toEqual(plan.filter((p) => !p.primary).map((p, i) => ({ bundlePath: withBase(BASE_PATH, p.dir), baseUrl: BASE_PATH, indexWeight: tierWeight(i + 1) })));
  });

  it('finds the articles of every part, and counts filters across parts', () => {
    expect(searchSite(cold.outDir, BASE_PATH, allUrls)).toEqual(articleUrls());
    const merged = plan.find((p) => !p.primary)!;
    const title = readFileSync(path.join(cold.outDir, 'articles', merged.slugs[0]!, 'index.html'), 'utf8').match(/<h1[^>]*>([^<]+)</)![1]!;
    expect(searchSite(cold.outDir, BASE_PATH, `return urls(await pf.search(${JSON.stringify(title)}));`)).toContain(withBase(BASE_PATH, `articles/${merged.slugs[0]}/`));
    // Each part counts its own filters; the page shows their sums.
    const years = searchSite(cold.outDir, BASE_PATH, 'return (await pf.filters()).year;') as Record<string, number>;
    const built = plan.flatMap((p) => p.slugs).map((s) => readFileSync(path.join(cold.outDir, 'articles', s, 'index.html'), 'utf8').match(/data-search-year="(\d+)"/)?.[1]);
    const expected: Record<string, number> = {};
    for (const year of built) if (year) expected[year] = (expected[year] ?? 0) + 1;
    expect(years).toEqual(expected);
  });

  it('splits by date: each part is one run of dates, the primary holding the newest', () => {
    const runs = plan.map((p) => p.slugs.map((s) => pageDate(readFileSync(path.join(cold.outDir, 'articles', s, 'index.html'), 'utf8')) ?? '').sort());
    expect(plan[0]!.primary).toBe(true);
    for (let i = 1; i < runs.length; i++) expect(runs[i - 1]![0]! >= runs[i]!.at(-1)!, `part ${plan[i - 1]!.id} is newer than part ${plan[i]!.id}`).toBe(true);
  });

  it('on the next build re-indexes the edited article’s part and copies the others from the cache', () => {
    expect(warm.parts).toBe(cold.parts);
    // Only the edited article's part: related lists elsewhere may change, but are not indexed.
    expect(warm.indexed).toBe(1);
    // Its output folder is new too, so the edited part was indexed while the pages were written, the rest found in the cache.
    expect(warm.ahead).toBe(1);
    expect(warm.reused).toBe(warm.parts - warm.indexed);
    const edited = plan.find((p) => p.slugs.includes(EDITED))!;
    const entry = (dist: string, part: SearchPart) => readFileSync(path.join(dist, part.dir, 'pagefind-entry.json'), 'utf8');
    expect(entry(warm.outDir, edited)).not.toBe(entry(cold.outDir, edited));
    expect(plan.filter((p) => entry(warm.outDir, p) === entry(cold.outDir, p)).length).toBeGreaterThanOrEqual(warm.reused);
    expect(searchSite(warm.outDir, BASE_PATH, `return urls(await pf.search(${JSON.stringify(NEW_WORD)}));`)).toEqual([withBase(BASE_PATH, `articles/${EDITED}/`)]);
    expect(searchSite(warm.outDir, BASE_PATH, allUrls)).toEqual(articleUrls());
  });
});
