/**
 * Markup rules of the importer, as data: class or id tokens that mark what is not the article,
 * one row per kind of boilerplate, with why it goes. Each pattern is tested against one class
 * token (or the id) at a time, so `entry-content` never matches `comment-content`'s row by
 * accident. html-clean.ts applies them under its main-text guard: a marked element that holds the
 * article's main text is never removed, whatever its class says.
 */
export interface MarkupRule {
  id: string;
  /** Matches one class token or the id. */
  token: RegExp;
  why: string;
}

export const MARKUP_RULES: readonly MarkupRule[] = [
  { id: 'comments', token: /(^|[-_])comments?([-_]|$)|^nocomments$|^(dsq|disqus)|(^|[-_])(respond|reply)([-_]|$)/i, why: 'a comment section, comment entry or reply form' },
  { id: 'captcha', token: /captcha|akismet/i, why: 'a CAPTCHA or spam-filter notice' },
  { id: 'share', token: /(^|[-_])shar(e|ing)([-_]|$)|sharedaddy|addtoany|^a2a_|sharethis|shareaholic|social/i, why: 'a share bar or social-media links' },
  { id: 'related', token: /related|yarpp|(^|[-_])(more|recommended|trending|popular|most-read|read-next|up-next|also)[-_](stories|articles|posts|news|read)([-_]|$)/i, why: 'a related or recommended stories box' },
  { id: 'newsletter', token: /newsletter|(^|[-_])(subscribe|subscription|signup|sign-up|optin|opt-in)([-_]|$)/i, why: 'a newsletter or subscription prompt' },
  { id: 'ads', token: /(^|[-_])(ad|ads|adv|advert|adverts|advertisement|advertising|adslot|adunit|ad-slot|dfp|gpt|sponsored|outbrain|taboola)([-_]|$)/i, why: 'an advertisement slot or sponsored-content widget' },
  { id: 'consent', token: /(^|[-_])(cookies?|consent|gdpr|cmp)([-_]|$)/i, why: 'a cookie or consent notice' },
  { id: 'paywall', token: /paywall|(^|[-_])(meter|regwall|piano)([-_]|$)/i, why: 'a paywall or registration box' },
  { id: 'navigation', token: /(^|[-_])(breadcrumbs?|crumbs|navbar|navigation|nav|menu|submenu|toolbar|pagination|pager)([-_]|$)/i, why: 'navigation: a menu, breadcrumb trail or pager' },
  { id: 'credit', token: /(^|[-_])(credits?|copyrights?|photo-?credit|image-?credit|photographer|byline-photo)([-_]|$)/i, why: 'a photo credit or copyright line; the caption itself stays' },
  { id: 'skip-link', token: /skip-link|skip-to/i, why: 'a skip link' },
];

/** Bylines and date lines: read into the frontmatter first, then removed. */
export const META_RULES: readonly MarkupRule[] = [
  { id: 'byline', token: /byline|dateline|posted-on|submitted|(^|[-_])meta$/i, why: 'a byline or date line; the frontmatter carries author and date' },
];

export const COMMENT_RULE = MARKUP_RULES.find((r) => r.id === 'comments')!;
