/**
 * What article HTML may contain after rendering. GitHub's schema (rehype-sanitize's
 * default) is the base; we only narrow it, except to keep GFM footnotes' accessible label.
 */
import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

/** Elements removed with everything inside them: their text is never article text. */
const STRIP_WHOLE = ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'form', 'textarea', 'select', 'button', 'svg', 'math'];

/** Attributes an article has no business setting: focus order and form plumbing. */
const DROP_GLOBAL = new Set(['tabIndex', 'accessKey', 'action', 'method', 'encType', 'acceptCharset', 'accept']);

const base = defaultSchema;

export const articleSanitizeSchema: SanitizeSchema = {
  ...base,
  strip: [...new Set([...(base.strip ?? []), ...STRIP_WHOLE])],
  tagNames: (base.tagNames ?? []).filter((t) => !STRIP_WHOLE.includes(t)),
  attributes: {
    ...base.attributes,
    '*': (base.attributes?.['*'] ?? []).filter((a) => typeof a !== 'string' || !DROP_GLOBAL.has(a)),
    // remark-rehype marks the footnotes heading `sr-only`; keep it so the label stays hidden.
    h2: [...(base.attributes?.h2 ?? []), ['className', 'sr-only'], 'id'],
  },
  protocols: {
    ...base.protocols,
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
    // GitHub's schema lets <source srcset> through with any scheme; each candidate is checked here.
    srcSet: ['http', 'https'],
  },
};
