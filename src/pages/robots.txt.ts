import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/site/seo';
import { absoluteUrl } from '../lib/site/urls';
import { config, routes } from '../data/site';

// @astrojs/sitemap writes sitemap-index.xml at the root of the build, i.e. under the base path.
export const GET: APIRoute = () =>
  new Response(robotsTxt(absoluteUrl(config.siteUrl, routes.asset('sitemap-index.xml'))), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
