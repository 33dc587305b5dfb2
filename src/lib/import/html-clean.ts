/**
 * Removes what is not the article from a page's DOM before Readability scores it:
 * comment sections, comment and other forms, CAPTCHAs, share bars and "related" boxes;
 * then byline and date lines, which the frontmatter carries.
 * Readability alone keeps some of these (a class such as `comment-content` also looks
 * like content to it), so they go first, by markup. See the field notes on boilerplate.
 */

/** Never part of an article's text. */
const ALWAYS_REMOVE = 'script, style, noscript, template, iframe, object, embed, textarea, input, button, select, label[for], dialog';

/**
 * Class tokens and ids that mark comments, CAPTCHAs, share bars, related boxes and
 * newsletter sign-ups. Tested one class token at a time, so `entry-content` never
 * matches `comment-content`'s rule by accident.
 */
const BOILERPLATE_TOKEN = new RegExp(
  [
    '(^|[-_])comments?([-_]|$)',
    '^(dsq|disqus)',
    '^nocomments$',
    '(^|[-_])(respond|reply)([-_]|$)',
    'captcha',
    'akismet',
    '(^|[-_])shar(e|ing)([-_]|$)',
    'sharedaddy|addtoany|^a2a_|sharethis|shareaholic',
    'social',
    'related',
    'yarpp',
    'newsletter',
    'skip-link|skip-to',
  ].join('|'),
  'i',
);

/** Bylines and date lines: the frontmatter carries author and date. */
const META_TOKEN = /byline|dateline|posted-on|submitted|(^|[-_])meta$/i;

/** The page's own containers; a class like `comments-open` on them says nothing. */
const NEVER_REMOVE = new Set(['HTML', 'HEAD', 'BODY', 'MAIN']);

const tokensOf = (el: Element) => [el.id, ...(el.getAttribute('class') ?? '').split(/\s+/)].filter(Boolean);

function removeMarked(doc: Document, pattern: RegExp): void {
  const pageText = textLength(doc.body ?? doc.documentElement);
  for (const el of [...doc.querySelectorAll('[class], [id]')]) {
    // Already detached along with an ancestor: nothing to do.
    if (!el.isConnected || NEVER_REMOVE.has(el.tagName)) continue;
    if (!tokensOf(el).some((t) => pattern.test(t))) continue;
    // Never remove most of the page: a wrapper named `social-affairs` is the article, not a share bar.
    if (holdsArticle(el) || textLength(el) * 2 > pageText) continue;
    el.remove();
  }
}

/** Holds the headline or the marked-up article body: removing it would remove the article. */
const holdsArticle = (el: Element) => el.querySelector('h1, [itemprop~="articleBody"]') !== null;

const textLength = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, '').length;

export function cleanDocument(doc: Document): void {
  const body = doc.body ?? doc.documentElement;
  // Measured before anything goes: a form wrapping the whole page (ASP.NET does this) is no comment form.
  const pageText = textLength(body);
  for (const form of [...doc.querySelectorAll('form')]) {
    if (textLength(form) * 2 > pageText) form.replaceWith(...[...form.childNodes]);
    else form.remove();
  }
  for (const el of [...doc.querySelectorAll('fieldset')]) el.remove();
  for (const el of [...doc.querySelectorAll(ALWAYS_REMOVE)]) el.remove();
  removeMarked(doc, BOILERPLATE_TOKEN);
}

/** Run after the date and byline have been read from them. */
export function removeBylines(doc: Document): void {
  removeMarked(doc, META_TOKEN);
}
