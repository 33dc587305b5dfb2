/**
 * Site-wide values for pages and components: configuration, routes under the base path,
 * and the interface dictionary. The only module that reads the environment for pages.
 */
import { readConfig } from '../lib/config.ts';
import { dictionary } from '../lib/site/i18n.ts';
import { createRoutes } from '../lib/site/urls.ts';

export const config = readConfig(process.env);
export const routes = createRoutes(config.basePath);
export const t = dictionary(config.siteLang);
