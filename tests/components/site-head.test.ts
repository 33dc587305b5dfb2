import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/lib/content/schema';
import { makeArticle } from '../helpers/article';

// site.ts reads the environment when first imported, so set it before loading the component.
vi.stubEnv('BASE_PATH', '/news/');
vi.stubEnv('SITE_URL', 'https://example.org');
vi.stubEnv('SITE_TITLE', 'The Ledger');
vi.stubEnv('SITE_LANG', 'en');
const { default: SiteHead } = await import('../../src/components/SiteHead.astro');

const article: Article = makeArticle({
  title: 'Ferry </script> strike', description: 'Crews agreed.', image: 'images/ferry.jpg', imageAlt: 'A ferry',
  tags: ['Transport'], author: 'Priya', lang: 'es',
});

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = (props: Record<string, unknown>) => container.renderToString(SiteHead, { props });
/** The content of <meta property|name="key">, whatever attributes dev mode adds around it. */
const meta = (html: string, key: string) =>
  [...html.matchAll(new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`, 'g'))].map((m) => m[1]);

describe('SiteHead', () => {
  it('links both feeds under the base path', async () => {
    const html = await render({ title: 'Home · The Ledger', canonical: 'https://example.org/news/' });
    expect(html).toMatch(/<link rel="alternate" type="application\/rss\+xml" title="The Ledger" href="\/news\/rss\.xml"/);
    expect(html).toMatch(/<link rel="alternate" type="application\/feed\+json" title="The Ledger" href="\/news\/feed\.json"/);
  });

  it('gives an ordinary page its title, canonical URL and website card, and no structured data', async () => {
    const html = await render({ title: 'Home · The Ledger', description: 'Latest', canonical: 'https://example.org/news/' });
    expect(html).toMatch(/<title>Home · The Ledger<\/title>/);
    expect(html).toMatch(/<link rel="canonical" href="https:\/\/example\.org\/news\/"/);
    expect(meta(html, 'description')).toEqual(['Latest']);
    expect(meta(html, 'og:type')).toEqual(['website']);
    expect(meta(html, 'og:url')).toEqual(['https://example.org/news/']);
    expect(meta(html, 'og:locale')).toEqual(['en_US']);
    expect(meta(html, 'twitter:card')).toEqual(['summary']);
    expect(html).not.toContain('application/ld+json');
  });

  it('describes an article with an absolute image and escaped NewsArticle data', async () => {
    const canonical = 'https://example.org/news/articles/ferry/';
    const html = await render({ title: 'Ferry · The Ledger', description: article.description, canonical, article });
    expect(meta(html, 'og:type')).toEqual(['article']);
    expect(meta(html, 'og:image')).toEqual(['https://example.org/news/images/ferry.jpg']);
    expect(meta(html, 'og:locale')).toEqual(['es_ES']);
    expect(meta(html, 'twitter:card')).toEqual(['summary_large_image']);
    const scripts = [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    // The title's </script> must not have ended the element early.
    const data = JSON.parse(scripts[0]!);
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Ferry </script> strike',
      image: ['https://example.org/news/images/ferry.jpg'],
      author: { '@type': 'Person', name: 'Priya' },
      publisher: { '@type': 'Organization', name: 'The Ledger' },
      mainEntityOfPage: { '@id': canonical },
      inLanguage: 'es',
    });
  });

  it('names no canonical URL for the 404 page and keeps it out of the index', async () => {
    const html = await render({ title: 'Not found · The Ledger', canonical: 'https://example.org/news/404/' });
    expect(html).not.toContain('rel="canonical"');
    expect(meta(html, 'og:url')).toEqual([]);
    expect(meta(html, 'robots')).toEqual(['noindex']);
  });
});
