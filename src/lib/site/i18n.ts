/**
 * Interface strings, one typed dictionary per language. English defines the keys;
 * every other language must provide all of them (the type checker enforces it).
 */
import type { SiteLang } from '../config.ts';

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
  tagsTitle: 'Tags',
  noTags: 'No tags yet.',
  articleCount: (count: number) => (count === 1 ? '1 article' : `${count.toLocaleString('en')} articles`),
  taggedWith: (tag: string) => `Tagged “${tag}”`,
  archiveTitle: 'Archive',
  archiveDescription: 'Every article, by month',
  archiveYearTitle: (year: number) => `Archive: ${year}`,
  archiveYearDescription: (year: number) => `Every article of ${year}, by month`,
  relatedArticles: 'Related articles',
  articleNav: 'More articles',
  newerArticle: 'Newer article',
  olderArticle: 'Older article',
  siteNav: 'Site',
  navLatest: 'Latest',
  navTags: 'Tags',
  navArchive: 'Archive',
  navSearch: 'Search',
  searchTitle: 'Search articles',
  searchNeedsJs: 'Search runs in your browser and needs JavaScript.',
  searchBrowseArchive: 'Browse every article in the archive',
  darkTheme: 'Dark theme',
  pageAddress: 'Web address',
  feedDescription: (site: string) => `The latest articles from ${site}`,
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
  tagsTitle: 'Etiquetas',
  noTags: 'Aún no hay etiquetas.',
  articleCount: (count) => (count === 1 ? '1 artículo' : `${count.toLocaleString('es')} artículos`),
  taggedWith: (tag) => `Etiqueta «${tag}»`,
  archiveTitle: 'Archivo',
  archiveDescription: 'Todos los artículos, por mes',
  archiveYearTitle: (year) => `Archivo: ${year}`,
  archiveYearDescription: (year) => `Todos los artículos de ${year}, por mes`,
  relatedArticles: 'Artículos relacionados',
  articleNav: 'Más artículos',
  newerArticle: 'Artículo más reciente',
  olderArticle: 'Artículo anterior',
  siteNav: 'Sitio',
  navLatest: 'Últimas',
  navTags: 'Etiquetas',
  navArchive: 'Archivo',
  navSearch: 'Buscar',
  searchTitle: 'Buscar artículos',
  searchNeedsJs: 'La búsqueda funciona en el navegador y necesita JavaScript.',
  searchBrowseArchive: 'Ver todos los artículos en el archivo',
  darkTheme: 'Tema oscuro',
  pageAddress: 'Dirección web',
  feedDescription: (site) => `Los últimos artículos de ${site}`,
};

const dictionaries: Record<SiteLang, Dictionary> = { en, es };

export function dictionary(lang: SiteLang): Dictionary {
  return dictionaries[lang];
}
