/**
 * Removes what is not the article from a page's DOM before Readability scores it:
 * comment sections, comment and other forms, CAPTCHAs, share bars and "related" boxes;
 * then byline and date lines, which the frontmatter carries.
 * Readability alone keeps some of these (a class such as `comment-content` also looks
 * like content to it), so they go first, by markup. See the field notes on boilerplate.
 */

import { COMMENT_RULE, MARKUP_RULES, META_RULES, type MarkupRule } from './markup-rules.ts';

/** Never part of an article's text. */
const ALWAYS_REMOVE = 'script, style, noscript, template, iframe, object, embed, textarea, input, button, select, label[for], dialog';

/** The page's own containers; a class like `comments-open` on them says nothing. */
const NEVER_REMOVE = new Set(['HTML', 'HEAD', 'BODY', 'MAIN']);

/**
 * Comment sections are long prose by nature, so size does not protect them: an element marked
 * as comments that holds a list of comments (two or more comment-marked elements) goes unless it
 * holds the article. A class such as `has-comments` on a wrapper is only a flag.
 */
const COMMENT_TOKEN = COMMENT_RULE.token;

function isCommentSection(el: Element, tokens: string[]): boolean {
  if (!tokens.some((t) => COMMENT_TOKEN.test(t))) return false;
  let marked = 0;
  for (const inner of el.querySelectorAll('[class], [id]')) if (tokensOf(inner).some((t) => COMMENT_TOKEN.test(t)) && ++marked >= 2) return true;
  return false;
}

/** Landmarks that hold no article text (the page's header and footer, not an article's own). */
const OUTSIDE_ARTICLE = 'aside, nav, body > header, body > footer, [role="complementary"], [role="navigation"], [role="contentinfo"]';

/** At or above this share of its text in links, an element is a list of links (a menu, a share bar, teasers). */
const LINK_DENSE = 0.5;

const tokensOf = (el: Element) => [el.id, ...(el.getAttribute('class') ?? '').split(/\s+/)].filter(Boolean);

const textLength = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, '').length;

function linkDensity(el: Element): number {
  const all = textLength(el);
  if (!all) return 1;
  let inLinks = 0;
  for (const a of el.querySelectorAll('a')) if (!a.parentElement?.closest('a')) inLinks += textLength(a);
  return inLinks / all;
}

/**
 * The page's main text: the element whose own paragraphs (direct <p> children) hold the most
 * text, which is where an article's body sits whatever its wrappers are called. Comments rarely
 * win: each comment is its own small container.
 */
export function mainTextElement(doc: Document): { element?: Element; length: number } {
  const byParent = new Map<Element, number>();
  for (const p of doc.querySelectorAll('p')) {
    // Sidebars, menus and page footers are never the article, however much they say.
    if (p.closest(OUTSIDE_ARTICLE)) continue;
    const parent = p.parentElement;
    if (parent) byParent.set(parent, (byParent.get(parent) ?? 0) + textLength(p));
  }
  let element: Element | undefined;
  let length = 0;
  for (const [parent, total] of byParent) if (total > length) [element, length] = [parent, total];
  return { element, length };
}

/** Holds the headline, the marked-up article body or the page's main text: removing it would remove the article. */
function holdsArticle(el: Element, main: Element | undefined): boolean {
  if (main && (el === main || el.contains(main))) return true;
  return el.querySelector('h1, [itemprop~="articleBody"]') !== null;
}

/**
 * Removes the elements whose class or id matches `pattern`, but only those that cannot be the
 * article: never one holding the main text or the headline; otherwise one that is link-dense,
 * or small next to the main text (at most half of it), or a list of comments. So a WordPress
 * theme's `<div class="post social-share-enabled">` around the whole story stays, while the
 * share bar inside it goes.
 */
function removeMarked(doc: Document, rules: readonly MarkupRule[]): void {
  const { element: main, length: mainLength } = mainTextElement(doc);
  const pageText = textLength(doc.body ?? doc.documentElement);
  for (const el of [...doc.querySelectorAll('[class], [id]')]) {
    // Already detached along with an ancestor: nothing to do.
    if (!el.isConnected || NEVER_REMOVE.has(el.tagName)) continue;
    const tokens = tokensOf(el);
    if (!tokens.some((t) => rules.some((r) => r.token.test(t)))) continue;
    if (holdsArticle(el, main)) continue;
    const length = textLength(el);
    // No paragraphs anywhere: only the old rule holds, never remove most of the page.
    const small = mainLength > 0 ? length * 2 <= mainLength : length * 2 <= pageText;
    if (small || linkDensity(el) >= LINK_DENSE || isCommentSection(el, tokens)) el.remove();
  }
}

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
  removeMarked(doc, MARKUP_RULES);
}

/** Run after the date and byline have been read from them. */
export function removeBylines(doc: Document): void {
  removeMarked(doc, META_RULES);
}
