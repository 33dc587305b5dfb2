/**
 * Interface strings, one typed dictionary per language. English defines the keys;
 * every other language must provide all of them (the type checker enforces it).
 */
import type { SiteLang } from './config.ts';

const en = {
  skipToContent: 'Skip to content',
  latestArticles: 'Latest articles',
  pageN: (n: number) => `Page ${n}`,
  pagination: 'Pagination',
  newer: 'Newer articles',
  older: 'Older articles',
  undated: 'Undated',
  readingTime: (minutes: number) => `${minutes} min read`,
  words: (count: number) => `${count.toLocaleString('en')} words`,
  originalSource: 'Original source',
  by: (author: string) => `By ${author}`,
  updatedOn: 'Updated',
  notFoundTitle: 'Page not found',
  notFoundBody: 'There is no page at this address. It may have moved, or the link may be wrong.',
  backHome: 'Back to the latest articles',
  noArticles: 'No articles yet.',
  siteNav: 'Site',
  navLatest: 'Latest',
  navTags: 'Tags',
  navArchive: 'Archive',
  navSearch: 'Search',
};

export type Dictionary = typeof en;

const es: Dictionary = {
  skipToContent: 'Saltar al contenido',
  latestArticles: 'Últimos artículos',
  pageN: (n) => `Página ${n}`,
  pagination: 'Paginación',
  newer: 'Artículos más recientes',
  older: 'Artículos anteriores',
  undated: 'Sin fecha',
  readingTime: (minutes) => `${minutes} min de lectura`,
  words: (count) => `${count.toLocaleString('es')} palabras`,
  originalSource: 'Fuente original',
  by: (author) => `Por ${author}`,
  updatedOn: 'Actualizado',
  notFoundTitle: 'Página no encontrada',
  notFoundBody: 'No hay ninguna página en esta dirección. Puede que se haya movido o que el enlace esté mal.',
  backHome: 'Volver a los últimos artículos',
  noArticles: 'Aún no hay artículos.',
  siteNav: 'Sitio',
  navLatest: 'Últimas',
  navTags: 'Etiquetas',
  navArchive: 'Archivo',
  navSearch: 'Buscar',
};

const dictionaries: Record<SiteLang, Dictionary> = { en, es };

export function dictionary(lang: SiteLang): Dictionary {
  return dictionaries[lang];
}
