import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/lib/content/schema';
import { groupArchive } from '../../src/lib/site/taxonomy';
import { makeArticle } from '../helpers/article';

// site.ts reads the environment when first imported, so set it before loading the components.
vi.stubEnv('BASE_PATH', '/news/');
vi.stubEnv('SITE_LANG', 'en');
const { default: TagList } = await import('../../src/components/TagList.astro');
const { default: RelatedArticles } = await import('../../src/components/RelatedArticles.astro');
const { default: PrevNext } = await import('../../src/components/PrevNext.astro');
const { default: ArchiveList } = await import('../../src/components/ArchiveList.astro');
const { default: ArchiveOverview } = await import('../../src/components/ArchiveOverview.astro');
const { default: ArticleView } = await import('../../src/components/ArticleView.astro');

const article = (slug: string, title: string, date: string | null, extra: Partial<Article> = {}): Article =>
  makeArticle({ slug, title, date, ...extra });

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** Dev-mode output carries data-astro-* attributes; drop them so patterns stay readable. */
const render = async (component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>) =>
  (await container.renderToString(component, { props })).replace(/\s(?:data-astro-[\w-]+)(?:="[^"]*")?/g, '');
const text = (html: string) => html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('TagList', () => {
  it('links each tag to its page under the base path, by slug', async () => {
    const html = await render(TagList, { tags: [{ name: 'Local news' }, { name: '<b>bold</b>' }] });
    expect(html).toMatch(/<nav aria-label="Tags"[^>]*><ul class="tag-list"/);
    expect(html).toContain('<a href="/news/tags/local-news/">Local news</a>');
    expect(html).toContain('<a href="/news/tags/b-bold-b/">&lt;b&gt;bold&lt;/b&gt;</a>');
  });

  it('shows counts when given', async () => {
    const html = await render(TagList, { tags: [{ name: 'Transport', count: 3 }, { name: 'Rail', count: 1 }] });
    expect(text(html)).toBe('Transport (3 articles) Rail (1 article)');
  });

  it('renders nothing for no tags', async () => {
    expect(text(await render(TagList, { tags: [] }))).toBe('');
  });
});

describe('RelatedArticles', () => {
  it('lists titles with links and dates under a labelled heading', async () => {
    const html = await render(RelatedArticles, { articles: [article('a', 'Ferry talks', '2025-03-08'), article('b', 'Notice', null, { lang: 'es' })] });
    expect(html).toMatch(/<section class="related" aria-labelledby="related-heading" data-pagefind-ignore>\s*<h2 id="related-heading"[^>]*>Related articles<\/h2>/);
    // Story cards: a headline link and the date (styled by the one stylesheet, so it never wraps mid-date).
    expect(html).toMatch(/<article class="story story-compact" lang="en">[\s\S]*<h3 class="story-title"><a href="\/news\/articles\/a\/">Ferry talks<\/a><\/h3>[\s\S]*<time datetime="2025-03-08">8 March 2025<\/time>/);
    expect(html).toMatch(/<article class="story story-compact" lang="es">[\s\S]*<a href="\/news\/articles\/b\/">Notice<\/a>/);
  });

  it('renders nothing when there are none', async () => {
    expect(text(await render(RelatedArticles, { articles: [] }))).toBe('');
  });
});

describe('PrevNext', () => {
  const newer = article('newer-one', 'The newer one', '2025-03-09');
  const older = article('older-one', 'The older one', '2025-03-07');

  it('links the newer article as rel=prev and the older as rel=next, with their titles', async () => {
    const html = await render(PrevNext, { newer, older });
    expect(html).toMatch(/<nav class="prev-next" aria-label="More articles"/);
    expect(html).toMatch(/<a class="newer" rel="prev" href="\/news\/articles\/newer-one\/">.*Newer article.*The newer one.*<\/a>/s);
    expect(html).toMatch(/<a class="older" rel="next" href="\/news\/articles\/older-one\/">.*Older article.*The older one.*<\/a>/s);
    expect(html.indexOf('newer-one')).toBeLessThan(html.indexOf('older-one'));
  });

  it('shows only the side that exists', async () => {
    const html = await render(PrevNext, { newer: null, older });
    expect(html).not.toContain('rel="prev"');
    expect(html).toContain('rel="next"');
  });

  it('renders nothing for a lone article', async () => {
    expect(text(await render(PrevNext, { newer: null, older: null }))).toBe('');
  });
});

describe('archive components', () => {
  const archive = groupArchive([
    article('mar', 'In March', '2025-03-08'),
    article('jan', 'In January', '2025-01-02'),
    article('dec', 'In December', '2024-12-31'),
    article('none', 'Undated one', null),
  ]);

  it('overview: years (h2) linking to their pages, months with counts, undated last', async () => {
    const html = await render(ArchiveOverview, { archive, lang: 'en' });
    const headings = [...html.matchAll(/<h2[^>]*>(?:<a[^>]*>)?([^<]*)/g)].map((m) => m[1]);
    expect(headings).toEqual(['2025', '2024', 'Undated']);
    expect(html).toMatch(/<a href="\/news\/archive\/2025\/#m3"[^>]*>March<\/a>\s*<span[^>]*>\(1 article\)<\/span>/);
    expect(html.indexOf('Undated one')).toBeGreaterThan(html.indexOf('December'));
  });

  it('year: months (h2) newest first, each article with its date', async () => {
    const html = await render(ArchiveList, { year: archive.years[0], lang: 'en' });
    const headings = [...html.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual(['March', 'January']);
    expect(html).toMatch(/<h2 id="m3"/);
    expect(html).toMatch(/<a href="\/news\/articles\/mar\/">In March<\/a> <time datetime="2025-03-08">8 March 2025<\/time>/);
  });

  it('names months in the language it is given', async () => {
    const html = await render(ArchiveList, { year: archive.years[0], lang: 'es' });
    expect(html).toMatch(/<h2[^>]*>marzo<\/h2>/);
  });
});
describe('ArticleView', () => {
  it('adds tag links, related articles and neighbours after the article', async () => {
    const html = await render(ArticleView, {
      article: article('here', 'Here', '2025-03-08', { tags: ['Local news'] }),
      html: '<p>Body</p>',
      related: [article('rel', 'A related one', '2025-01-01')],
      newer: null,
      older: article('before', 'Before', '2025-03-01'),
      url: 'https://example.org/news/articles/here/',
    });
    const inside = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
    const after = html.slice(html.indexOf('</article>'));
    expect(inside).toMatch(/<footer class="article-footer" data-pagefind-ignore>\s*<nav[^>]*><ul class="tag-list"[^>]*>\s*<li>\s*<a href="\/news\/tags\/local-news\/">Local news<\/a>/);
    expect(inside).toMatch(/<p class="kicker"[^>]*><a href="\/news\/tags\/local-news\/">Local news<\/a>/);
    // Plain share URLs for this page; no third-party script.
    expect(inside).toContain(`https://x.com/intent/post?url=${encodeURIComponent('https://example.org/news/articles/here/')}`);
    expect(inside).not.toMatch(/<script[^>]+src="https?:/);
    expect(after).toContain('<a href="/news/articles/rel/">A related one</a>');
    expect(after).toMatch(/rel="next" href="\/news\/articles\/before\/"/);
    expect(after).not.toContain('rel="prev"');
  });
});

describe('ArticleView: byline, picture and source', () => {
  it('shows author, caption, credit and the source box by domain', async () => {
    const html = await render(ArticleView, {
      article: article('pic', 'Pic', '2025-03-08', {
        author: 'Mara Ellison', updated: '2025-03-09', readingMinutes: 4, source: 'https://www.example-press.org/story',
        image: 'https://img.example.org/a.jpg', imageAlt: 'A quay', imageCaption: 'The east quay at dawn.', imageCredit: 'Jo Reyes',
      }),
      html: '<p>Body</p>', related: [], newer: null, older: null, url: 'https://example.org/news/articles/pic/',
    });
    expect(text(html)).toContain('By Mara Ellison 8 March 2025 Updated 9 March 2025 4 min read');
    expect(html).toContain('<a href="/news/authors/mara-ellison/" rel="author">Mara Ellison</a>');
    // No size known: the 16:9 frame holds its place.
    expect(html).toMatch(/<div class="hero-frame"><img class="main-image" src="https:\/\/img\.example\.org\/a\.jpg" alt="A quay"/);
    expect(html).toMatch(/<figcaption[^>]*>[\s\S]*The east quay at dawn\.[\s\S]*Photo: Jo Reyes/);
    expect(html).toMatch(/<p class="source-name">example-press\.org<\/p>/);
    expect(html).toContain('href="https://www.example-press.org/story"');
  });
});

