/**
 * The one place internal URLs are made. Pages and components never write a leading `/`
 * themselves; they call these, so the site works under any BASE_PATH.
 */

/** Joins a site-relative path onto the base path: `withBase('/news/', 'tags/')` → `/news/tags/`. */
export function withBase(base: string, path = ''): string {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  return cleanBase + path.replace(/^\/+/, '');
}

export interface Routes {
  home(): string;
  /** Page n of the index (1 is the home page). */
  indexPage(n: number): string;
  article(slug: string): string;
  asset(path: string): string;
}

export function createRoutes(base: string): Routes {
  return {
    home: () => withBase(base),
    indexPage: (n) => (n <= 1 ? withBase(base) : withBase(base, `page/${n}/`)),
    article: (slug) => withBase(base, `articles/${encodeURIComponent(slug)}/`),
    asset: (path) => withBase(base, path),
  };
}

/** Absolute URL for feeds and canonical links. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}
