import type { APIRoute } from 'astro';
import { getArticleHtml, getArticles } from '../data/articles';
import { buildJsonFeed, feedArticles, feedSite } from '../lib/site/feeds';
import { shareImageUrl } from '../data/share-image';
import { config, routes, t } from '../data/site';

export const GET: APIRoute = async () => {
  const site = feedSite(config, routes, t);
  const articles = feedArticles(await getArticles());
  const entries = await Promise.all(
    articles.map(async (article) => ({ article, html: await getArticleHtml(article.slug), imageUrl: await shareImageUrl(article) })),
  );
  return new Response(JSON.stringify(buildJsonFeed(site, entries), null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};
