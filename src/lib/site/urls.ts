/**
 * The one place internal URLs are made. Pages and components never write a leading `/`
 * themselves; they call these, so the site works under any BASE_PATH.
 */
import { slugify } from '../content/slug.ts';

/** Joins a site-relative path onto the base path: `withBase('/news/', 'tags/')` → `/news/tags/`. */
export function withBase(base: string, path = ''): string {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  return cleanBase + path.replace(/^\/+/, '');
}

// A site has few distinct tags and bylines but slugs them for every link: transliterating each time was ~1 s of a build.
const tagSlugs = new Map<string, string>();

/** The URL segment of a tag: tags are written freely ("Local news") but linked as slugs. */
export function tagSlug(tag: string): string {
  let slug = tagSlugs.get(tag);
  if (slug === undefined) {
    // Emoji-only tags have no letters to slug; code points still give a stable, unique segment.
    slug = slugify(tag) || [...tag.trim()].map((c) => c.codePointAt(0)!.toString(16)).join('-');
    tagSlugs.set(tag, slug);
  }
  return slug;
}

/** The URL segment of an author: a byline slugged like a tag ("Mara Ellison" → `mara-ellison`). */
export function authorSlug(author: string): string {
  return tagSlug(author);
}

export interface Routes {
  home(): string;
  /** Page n of the index (1 is the home page). */
  indexPage(n: number): string;
  article(slug: string): string;
  tags(): string;
  /** Page n of a tag's list. */
  tag(tag: string, n?: number): string;
  /** Page n of an author's list. */
  author(name: string, n?: number): string;
  archive(): string;
  /** One year of the archive; `month` points at that month's section. */
  archiveYear(year: number, month?: number): string;
  search(): string;
  rss(): string;
  jsonFeed(): string;
  /** A file in public/ or another path relative to the site root. */
  asset(path: string): string;
  /** An article image: an http(s) URL as written, else a file under the base path. */
  image(src: string): string;
}

export function createRoutes(base: string): Routes {
  const at = (path: string) => withBase(base, path);
  return {
    home: () => at(''),
    indexPage: (n) => (n <= 1 ? at('') : at(`page/${n}/`)),
    article: (slug) => at(`articles/${encodeURIComponent(slug)}/`),
    tags: () => at('tags/'),
    tag: (tag, n = 1) => at(`tags/${encodeURIComponent(tagSlug(tag))}/${n > 1 ? `${n}/` : ''}`),
    author: (name, n = 1) => at(`authors/${encodeURIComponent(authorSlug(name))}/${n > 1 ? `${n}/` : ''}`),
    archive: () => at('archive/'),
    archiveYear: (year, month) => at(`archive/${year}/${month ? `#m${month}` : ''}`),
    search: () => at('search/'),
    rss: () => at('rss.xml'),
    jsonFeed: () => at('feed.json'),
    asset: (path) => at(path),
    image: (src) => (/^https?:\/\//i.test(src) ? src : at(src)),
  };
}

/** Absolute URL for feeds and canonical links. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}
