/**
 * Site-wide values for pages and components: configuration, routes under the base path,
 * and the interface dictionary. The only module that reads the environment for pages.
 *
 * This folder (src/data/) is the pages' door to the data. Its modules stay out of src/lib
 * because they are Astro-side: they import `astro:*` virtual modules or hold the parsed
 * environment for pages, which the framework-free wings must never do.
 */
import { readConfig } from '../lib/config.ts';
import { dictionary } from '../lib/site/i18n.ts';
import { createRoutes } from '../lib/site/urls.ts';

export const config = readConfig(process.env);
export const routes = createRoutes(config.basePath);
export const t = dictionary(config.siteLang);
