import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import StoryCard from '../../src/components/StoryCard.astro';
import FormattedDate from '../../src/components/FormattedDate.astro';
import Pagination from '../../src/components/Pagination.astro';
import type { Article } from '../../src/lib/content/schema.ts';
import { makeArticle } from '../helpers/article.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const article: Article = makeArticle({
  slug: 'harbour', title: 'Harbour <reopens> & "more"', date: '2024-03-12', description: 'Short summary.', lang: 'es', wordCount: 300, readingMinutes: 2,
});

describe('FormattedDate', () => {
  it('renders a machine date and a human date in the given language', async () => {
    const html = await container.renderToString(FormattedDate, { props: { date: '2024-03-12', lang: 'es' } });
    expect(html).toMatch(/<time datetime="2024-03-12"[^>]*>12 de marzo de 2024<\/time>/);
  });
});

describe('StoryCard', () => {
  const tagged = { ...article, tags: ['Local news'], author: 'Lucía Ferrer' };
  it('links the escaped headline and shows section, standfirst, byline and date in the article language', async () => {
    const html = await container.renderToString(StoryCard, { props: { article: tagged } });
    expect(html).toMatch(/<article[^>]*lang="es"/);
    expect(html).toMatch(/<h2[^>]*><a href="\/articles\/harbour\/"[^>]*>Harbour &lt;reopens&gt; &amp; &quot;more&quot;<\/a><\/h2>/);
    expect(html).toMatch(/class="kicker"[^>]*><a href="\/tags\/local-news\/"[^>]*>Local news<\/a>/);
    expect(html).toContain('12 de marzo de 2024');
    expect(html).toContain('Short summary.');
    expect(html).toMatch(/<a href="\/authors\/lucia-ferrer\/" rel="author"[^>]*>Lucía Ferrer<\/a>/);
  });

  it('reserves a 16:9 frame with a designed placeholder when there is no picture', async () => {
    const html = await container.renderToString(StoryCard, { props: { article: tagged } });
    expect(html).toMatch(/class="story-image"[^>]*>\s*<span class="placeholder" aria-hidden="true"[^>]*><span[^>]*>Local news<\/span>/);
    expect(html).not.toContain('<img');
  });

  it('frames a remote picture with a size so nothing shifts, and lazy-loads a card', async () => {
    const html = await container.renderToString(StoryCard, { props: { article: { ...tagged, image: 'https://img.example.org/a.jpg' } } });
    expect(html).toMatch(/<img src="https:\/\/img\.example\.org\/a\.jpg" alt="" width="1600" height="900" loading="lazy"/);
  });

  it('says when an article has no date', async () => {
    const html = await container.renderToString(StoryCard, { props: { article: { ...article, date: null } } });
    expect(html).not.toContain('<time');
    expect(html).toContain('Undated');
  });
});

describe('Pagination', () => {
  const href = (n: number) => `/p/${n}/`;
  it('renders nothing for a single page', async () => {
    const html = await container.renderToString(Pagination, { props: { current: 1, total: 1, href } });
    expect(html).not.toContain('<nav');
  });

  it('marks the current page and links its neighbours', async () => {
    const html = await container.renderToString(Pagination, { props: { current: 2, total: 3, href } });
    expect(html).toMatch(/<a[^>]*rel="prev"[^>]*href="\/p\/1\/"|<a[^>]*href="\/p\/1\/"[^>]*rel="prev"/);
    expect(html).toMatch(/aria-current="page"[^>]*href="\/p\/2\/"|href="\/p\/2\/"[^>]*aria-current="page"/);
    expect(html).toMatch(/rel="next"/);
  });

  it('shows a window of pages, not hundreds of links', async () => {
    const html = await container.renderToString(Pagination, { props: { current: 50, total: 500, href } });
    expect(html.match(/<li/g)?.length).toBeLessThanOrEqual(9);
  });
});
