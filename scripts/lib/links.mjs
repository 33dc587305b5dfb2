// The pure half of the link checker: which references a built file makes, and which file
// of the site each one must resolve to. scripts/check-links.mjs does the disk lookups.
import { parseHTML } from 'linkedom';

/**
 * @typedef {{ attr: string, value: string }} Ref  `attr` names where it came from, e.g. "a[href]"
 * @typedef {{ origin: string, base: string }} Site  origin without a trailing slash; base like "/news/"
 * @typedef {{ kind: 'external' } | { kind: 'skip' }
 *   | { kind: 'internal', file: string, fragment: string, pathname: string }
 *   | { kind: 'broken', reason: string }} Resolution
 */

/** Attributes holding one URL, per element. */
const URL_ATTRS = [
  ['a', 'href'],
  ['area', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['source', 'src'],
  ['video', 'src'],
  ['video', 'poster'],
  ['audio', 'src'],
  ['track', 'src'],
  ['iframe', 'src'],
  ['embed', 'src'],
  ['object', 'data'],
  ['form', 'action'],
  ['use', 'href'],
];

/**
 * The URLs in a srcset, read as the HTML spec does: a URL runs to the next whitespace (a
 * trailing comma ends it), then descriptors run to the next comma.
 * @param {string} srcset
 * @returns {string[]}
 */
export function parseSrcset(srcset) {
  const urls = [];
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(srcset[i] ?? '')) i++;
    let url = '';
    while (i < srcset.length && !/\s/.test(srcset[i] ?? '')) url += srcset[i++];
    if (!url) break;
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else while (i < srcset.length && srcset[i] !== ',') i++;
    if (url) urls.push(url);
  }
  return urls;
}

/**
 * Every URL reference an HTML document makes, plus meta tags that carry URLs (og:image, og:url).
 * @param {string} html
 * @returns {Ref[]}
 */
export function extractHtmlRefs(html) {
  const { document } = parseHTML(html);
  /** @type {Ref[]} */
  const refs = [];
  for (const [tag, attr] of URL_ATTRS) {
    for (const el of document.querySelectorAll(`${tag}[${attr}]`)) refs.push({ attr: `${tag}[${attr}]`, value: el.getAttribute(attr) ?? '' });
  }
  // A folder, not a page: what must exist there is the search bundle's entry script.
  for (const el of document.querySelectorAll('pagefind-config[bundle-path]')) {
    refs.push({ attr: 'pagefind-config[bundle-path]', value: `${(el.getAttribute('bundle-path') ?? '').replace(/\/?$/, '/')}pagefind.js` });
  }
  for (const el of document.querySelectorAll('img[srcset], source[srcset]')) {
    for (const value of parseSrcset(el.getAttribute('srcset') ?? '')) refs.push({ attr: `${el.localName}[srcset]`, value });
  }
  for (const el of document.querySelectorAll('meta[content]')) {
    const key = el.getAttribute('property') ?? el.getAttribute('name') ?? '';
    if (/^(og:(url|image)|twitter:image)$/.test(key)) refs.push({ attr: `meta[${key}]`, value: el.getAttribute('content') ?? '' });
  }
  return refs;
}

/**
 * Fragment targets of a document: every id and every a[name].
 * @param {string} html
 * @returns {Set<string>}
 */
export function extractIds(html) {
  const { document } = parseHTML(html);
  const ids = new Set();
  for (const el of document.querySelectorAll('[id]')) ids.add(el.getAttribute('id'));
  for (const el of document.querySelectorAll('a[name]')) ids.add(el.getAttribute('name'));
  return ids;
}

/**
 * Absolute URLs on the site's own origin anywhere in a text file (feeds, sitemaps, robots.txt).
 * @param {string} text
 * @param {string} origin
 * @returns {string[]}
 */
export function extractOriginUrls(text, origin) {
  const escaped = origin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  // Stops at quotes, brackets and escaped ones (`&quot;` in XML-escaped HTML); `&amp;` is part of the URL.
  const char = `(?:[^\\s"'<>\\\\&]|&(?!(?:quot|lt|gt|apos|#\\d+|#x[0-9a-f]+);))`;
  const found = text.match(new RegExp(`${escaped}(?:/${char}*)?`, 'gi')) ?? [];
  return found.map((url) => url.replace(/&amp;/g, '&'));
}

/**
 * Items of an RSS feed: the item's link and the HTML of its content, for relative references
 * inside the content.
 * @param {string} xml
 * @returns {{ link: string, html: string }[]}
 */
export function rssItems(xml) {
  const decode = (/** @type {string} */ s) =>
    s.replace(/^<!\[CDATA\[([\s\S]*)\]\]>$/, '$1').replace(/&(lt|gt|quot|apos|amp);/g, (_, e) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[/** @type {'lt'} */ (e)]);
  return [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(([, item = '']) => ({
    link: decode(/<link>([\s\S]*?)<\/link>/.exec(item)?.[1]?.trim() ?? ''),
    html: decode(/<content:encoded>([\s\S]*?)<\/content:encoded>/.exec(item)?.[1] ?? ''),
  }));
}

/**
 * The address a built file is served at: `articles/x/index.html` → `<origin><base>articles/x/`.
 * @param {string} file path relative to the site's folder, with forward slashes
 * @param {Site} site
 */
export function pageUrl(file, site) {
  return `${site.origin}${site.base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Where a reference leads. Other origins and non-navigating schemes are not checked;
 * `javascript:` and addresses on this origin outside the base path are broken; the rest map
 * to the file a static host serves (`x/` → `x/index.html`).
 * @param {string} ref as written
 * @param {string} from absolute URL of the referring page
 * @param {Site} site
 * @returns {Resolution}
 */
export function resolveRef(ref, from, site) {
  const value = ref.trim();
  if (!value) return { kind: 'broken', reason: 'empty URL' };
  if (/^javascript:/i.test(value)) return { kind: 'broken', reason: 'javascript: URL' };
  if (/^(mailto|tel|data|sms|blob):/i.test(value)) return { kind: 'skip' };
  let url;
  try {
    url = new URL(value, from);
  } catch {
    return { kind: 'broken', reason: 'not a valid URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'skip' };
  if (url.origin !== site.origin) return { kind: 'external' };
  if (!url.pathname.startsWith(site.base)) return { kind: 'broken', reason: `outside the base path ${site.base}` };
  let rel;
  try {
    rel = decodeURIComponent(url.pathname.slice(site.base.length));
  } catch {
    return { kind: 'broken', reason: 'malformed percent-encoding' };
  }
  const file = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
  return { kind: 'internal', file, pathname: url.pathname, fragment: decodeURIComponent(url.hash.slice(1)) };
}

/**
 * Origin and base path from a page's canonical link, so the checker needs no flags.
 * @param {string} html of the home page
 * @returns {Site | undefined}
 */
export function siteFromCanonical(html) {
  const { document } = parseHTML(html);
  const href = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (!href) return undefined;
  const url = new URL(href);
  return { origin: url.origin, base: url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/` };
}
