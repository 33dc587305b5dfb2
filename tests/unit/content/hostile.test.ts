/**
 * Hostile input: generated Markdown mixed with HTML built to execute, Unicode titles, and
 * articles big enough to expose quadratic work. The output is read back the way a browser
 * reads it (an HTML parser), so a trick that only works after parsing is still caught.
 */
import fc from 'fast-check';
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/lib/content/article.ts';
import { renderMarkdown } from '../../../src/lib/markdown/render.ts';
import { frontmatterSchema } from '../../../src/lib/content/schema.ts';
import { chooseSlug, slugify } from '../../../src/lib/content/slug.ts';

// ---- what must never come out ----------------------------------------------------------

/** Elements that run code, load active content, or change how the page itself behaves. */
const EXECUTABLE = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'base', 'meta',
  'link', 'style', 'form', 'input', 'button', 'textarea', 'select', 'template', 'noscript', 'portal',
]);

/** GFM task lists render as disabled checkboxes: inert, the one input allowed. */
const isTaskCheckbox = (el: Element) => el.tagName === 'input' && el.properties.type === 'checkbox' && el.properties.disabled === true;

/** Attributes a browser follows or fetches as a URL (hast property names). */
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'poster', 'cite', 'data', 'background', 'xLinkHref', 'ping', 'longDesc', 'lowsrc', 'dynsrc'];

/** The scheme a browser sees: it drops leading C0 controls and spaces, and tabs and newlines anywhere. */
function schemeOf(url: string): string | undefined {
  const cleaned = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

function dangers(html: string): string[] {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
  const found: string[] = [];
  visit(tree, 'element', (el: Element) => {
    if (EXECUTABLE.has(el.tagName) && !isTaskCheckbox(el)) found.push(`<${el.tagName}>`);
    for (const [name, value] of Object.entries(el.properties)) {
      if (/^on/i.test(name)) found.push(`${el.tagName}[${name}]`);
      if (name === 'srcdoc' || name === 'style') found.push(`${el.tagName}[${name}]`);
      const values = URL_PROPERTIES.includes(name) ? [String(value)] : name === 'srcSet' ? String(value).split(',') : [];
      for (const url of values) {
        const scheme = schemeOf(url.trim());
        if (scheme && !SAFE_SCHEMES.has(scheme)) found.push(`${el.tagName}[${name}=${url}]`);
      }
    }
  });
  return found;
}

describe('the danger detector itself', () => {
  it('sees what a browser would run', () => {
    expect(dangers('<p onclick="x">a</p><a href=" java\tscript:alert(1)">b</a><svg></svg><img srcset="a.png 1x, javascript:x 2x">')).toEqual([
      'p[onClick]',
      'a[href= java\tscript:alert(1)]',
      '<svg>',
      'img[srcSet= javascript:x 2x]',
    ]);
    expect(dangers('<p>javascript:alert(1) is only text here</p><a href="https://example.org">ok</a>')).toEqual([]);
    expect(dangers('<input type="checkbox" disabled><input type="text">')).toEqual(['<input>']);
  });
});

// ---- generators -------------------------------------------------------------------------

const word = fc.constantFrom('harbour', 'news', 'café', '東京', 'خبر', '🎉', 'x', '', ' ', '&amp;', '&#106;', '\\', '`', '*', '_', '[', ']', '(', ')', '<', '>', '"', "'", '=', '/');
const text = fc.array(word, { maxLength: 8 }).map((w) => w.join(' '));

/** `javascript:` as attackers write it: mixed case, entities, whitespace and controls inside. */
const jsUrl = fc
  .tuple(
    fc.constantFrom('javascript', 'vbscript', 'data', 'livescript'),
    fc.constantFrom('', ' ', '\t', '\n', '\u0001', '&#x09;'),
    fc.constantFrom(':', '&colon;', '&#58;', '&#x3a;', '%3A'),
    fc.constantFrom('alert(1)', 'text/html,<script>alert(1)</script>', '//%0aalert(1)'),
  )
  .chain(([scheme, gap, colon, rest]) =>
    fc.mixedCase(fc.constant(scheme)).map((s) => {
      const entity = s.replace(/^j/i, (c) => (c === 'j' ? '&#106;' : '&#74;'));
      return [`${s}${colon}${rest}`, `${gap}${s}${colon}${rest}`, `${s.slice(0, 4)}${gap}${s.slice(4)}${colon}${rest}`, `${entity}${colon}${rest}`];
    }),
  )
  .chain((variants) => fc.constantFrom(...variants));

const url = fc.oneof(jsUrl, fc.constantFrom('https://example.org/a', '/relative', '#frag', 'mailto:a@example.org', '//evil.example/x'));
const eventName = fc.constantFrom('onclick', 'onerror', 'onload', 'onmouseover', 'onfocus', 'onanimationstart', 'onbegin', 'onpointerenter', 'ontoggle').chain((n) => fc.mixedCase(fc.constant(n)));
const quote = (value: string) => fc.constantFrom(`"${value.replace(/"/g, '&quot;')}"`, `'${value.replace(/'/g, '&#39;')}'`, value.replace(/[\s>]/g, ''));

const attribute = fc.oneof(
  fc.tuple(eventName, fc.constant('alert(1)')),
  fc.tuple(fc.constantFrom('href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcdoc', 'srcset', 'style', 'ping', 'cite'), url),
  fc.tuple(fc.constantFrom('id', 'name', 'class', 'title', 'alt', 'tabindex'), fc.constantFrom('main', '__proto__', 'constructor', 'x')),
).chain(([name, value]) => quote(value).map((v) => `${name}=${v}`));

const tagName = fc
  .constantFrom(...EXECUTABLE, 'a', 'img', 'p', 'div', 'span', 'details', 'video', 'audio', 'source', 'area', 'marquee', 'body', 'html', 'head', 'table', 'td', 'blockquote', 'image', 'xmp', 'plaintext', 'listing', 'noembed', 'noframes')
  .chain((n) => fc.mixedCase(fc.constant(n)));

const htmlFragment = fc.oneof(
  fc.tuple(tagName, fc.array(attribute, { maxLength: 3 }), text, fc.boolean()).map(([tag, attrs, inner, close]) => `<${[tag, ...attrs].join(' ')}>${inner}${close ? `</${tag}>` : ''}`),
  fc.tuple(tagName, attribute).map(([tag, attr]) => `<${tag}/${attr}>`),
  fc.constantFrom(
    '<!-- <script>alert(1)</script> -->',
    '<![CDATA[<script>alert(1)</script>]]>',
    '<scr<script>ipt>alert(1)</script>',
    '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '<a href="javas&#99;ript:alert(1)">x</a>',
    '<img src=x onerror=alert(1)//',
    '<iframe srcdoc="<script>alert(1)</script>">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<base href="javascript:alert(1)//">',
    '<object data="data:text/html,<script>alert(1)</script>">',
    '<form><button formaction="javascript:alert(1)">x</button></form>',
    '<details open ontoggle=alert(1)>',
    '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:alert(1)">x</a>',
  ),
);

const markdownPiece = fc.oneof(
  text,
  fc.tuple(text, url).map(([t, u]) => `[${t}](${u})`),
  fc.tuple(text, url).map(([t, u]) => `![${t}](${u})`),
  fc.tuple(text, url).map(([t, u]) => `[${t}][ref]\n\n[ref]: ${u}`),
  url.map((u) => `<${u}>`),
  fc.tuple(fc.integer({ min: 1, max: 6 }), text).map(([n, t]) => `${'#'.repeat(n)} ${t}`),
  text.map((t) => `- ${t}`),
  text.map((t) => `> ${t}`),
  text.map((t) => `\`${t}\``),
  text.map((t) => `\`\`\`html\n<script>${t}</script>\n\`\`\``),
  text.map((t) => `| a | b |\n| - | - |\n| ${t} | <b onclick=x>y</b> |`),
  text.map((t) => `Claim.[^n]\n\n[^n]: ${t}`),
  htmlFragment,
);

const separator = fc.constantFrom('', ' ', '\n', '\n\n', '    ');
const markdown = fc.array(fc.tuple(markdownPiece, separator), { minLength: 1, maxLength: 12 }).map((parts) => parts.map(([p, s]) => p + s).join(''));

// ---- properties ------------------------------------------------------------------------

describe('rendering hostile Markdown and HTML', () => {
  it('never outputs an executable element, event handler or script URL', () => {
    fc.assert(
      fc.property(markdown, (md) => {
        expect(dangers(renderMarkdown(md).html)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});

const encoder = new TextEncoder();
const yamlValue = fc.oneof(text, htmlFragment, fc.string(), fc.constantFrom('2025-02-31', '[a, b', '{', '|', '>-', '!!js/function "x"', '*anchor', '&a x', 'null', '0x10'));
const frontmatterFile = fc
  .tuple(fc.subarray(['title', 'date', 'tags', 'image', 'slug', 'lang', 'source', 'author', 'draft', 'bogus']), fc.array(yamlValue, { minLength: 10, maxLength: 10 }), markdown)
  .map(([keys, values, body]) => `---\n${keys.map((k, i) => `${k}: ${values[i]}`).join('\n')}\n---\n\n${body}`);
const dumpFile = fc.tuple(text, text, markdown).map(([title, date, body]) => `${title}\n\n${title}\nPublication date:\n${date}\nMain image:\n\n${body}\n\nAdd new comment\n`);
const anyFile = fc.oneof(
  frontmatterFile.map((s) => encoder.encode(s)),
  dumpFile.map((s) => encoder.encode(s)),
  markdown.map((s) => encoder.encode(s)),
  fc.string({ unit: 'grapheme' }).map((s) => encoder.encode(s)),
  fc.uint8Array({ maxLength: 200 }),
);

describe('the pipeline on anything', () => {
  it('returns an entry with safe HTML or a list of content problems, and never throws', () => {
    fc.assert(
      fc.property(fc.constantFrom('a.md', '000_9dbab1d4fedfb8da.txt', 'notes.markdown'), anyFile, (file, bytes) => {
        const result = parseArticle(file, bytes, { siteLang: 'en' });
        if (result.ok) {
          expect(dangers(result.html)).toEqual([]);
          expect(result.article.slug.length).toBeGreaterThan(0);
        } else {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const p of result.problems) expect(p).toMatchObject({ file, message: expect.any(String) });
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('YAML built to break the parser', () => {
  it.each([
    ['an alias to an anchor that does not exist', 'author: *nowhere'],
    ['an alias bomb', `a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]`],
  ])('reports %s as a content problem', (_, yaml) => {
    const result = parseArticle('a.md', encoder.encode(`---\ntitle: T\n${yaml}\n---\n\nBody.\n`), { siteLang: 'en' });
    expect(result.ok).toBe(false);
  });
});

// ---- Unicode titles ----------------------------------------------------------------------

/** A readable slug: words of letters, marks and digits joined by single hyphens, lower case, NFC. */
function isValidSlug(slug: string): boolean {
  return /^[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*$/u.test(slug) && isSafeSegment(slug);
}

/**
 * A slug any text may give: one URL path segment with no spaces, controls or punctuation
 * but connectors (`_`) and single inner hyphens, lower case, and NFC, so links and file names compare equal on
 * every host and file system.
 */
function isSafeSegment(slug: string): boolean {
  return /^(?:[^\p{Z}\p{C}\p{P}]|\p{Pc})+(?:-(?:[^\p{Z}\p{C}\p{P}]|\p{Pc})+)*$/u.test(slug) && slug === slug.toLowerCase() && slug === slug.normalize('NFC');
}

describe('slugs from Unicode titles', () => {
  const titles = [
    'Café reopens on the quay',
    'Über den Hafen',
    'Año nuevo en la plaza',
    '北京新闻发布会',
    '東京の夜行バス',
    '서울 지하철 연장',
    'أخبار المدينة اليوم',
    'חדשות העיר',
    'हिन्दी समाचार सेवा',
    'ข่าวกรุงเทพ',
    'Привет, мир',
    'Ελληνικά νέα',
    '🎉 Festival returns',
    'Festival returns 🎉🎊',
  ];

  it('gives every title a valid slug, and distinct titles distinct slugs', () => {
    const slugs = titles.map((title) => chooseSlug({ fileBaseName: '000_9dbab1d4fedfb8da', title }));
    for (const [i, slug] of slugs.entries()) expect(isValidSlug(slug ?? ''), `${titles[i]} → ${slug}`).toBe(true);
    // The two festival titles differ only by emoji; every other title is its own slug.
    expect(new Set(slugs).size).toBe(titles.length - 1);
  });

  it('makes slugs the frontmatter schema accepts back and the URL carries intact', () => {
    for (const title of titles) {
      const slug = slugify(title);
      expect(decodeURIComponent(encodeURIComponent(slug))).toBe(slug);
      expect(frontmatterSchema.shape.slug.safeParse(slug).success, `${title} → ${slug}`).toBe(true);
    }
  });

  it('is one safe path segment or empty for any text, and the same text always gives the same slug', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (title) => {
        const slug = slugify(title);
        expect(slug === '' || isSafeSegment(slug), JSON.stringify(slug)).toBe(true);
        expect(slugify(title)).toBe(slug);
      }),
      { numRuns: 500 },
    );
  });

  it('falls back to the file name for a title with no letters, and reports when neither has any', () => {
    const party = encoder.encode('---\ntitle: 🎉🎊\n---\n\nA party.\n');
    const hashed = parseArticle('000_9dbab1d4fedfb8da.md', party, { siteLang: 'en' });
    expect(hashed.ok && hashed.article.slug).toBe('000-9dbab1d4fedfb8da');
    const neither = parseArticle('🎉.md', party, { siteLang: 'en' });
    expect(neither.ok).toBe(false);
    if (!neither.ok) expect(neither.problems.map((p) => p.message).join()).toMatch(/slug/);
  });
});

// ---- size ----------------------------------------------------------------------------------

// No timing assertion: these finish, or the generous timeout says the pipeline hangs.
const HEAVY = 300_000;

describe('very large articles', () => {
  it(
    'builds a 5 MB article, all of it',
    () => {
      const paragraphs: string[] = [];
      let size = 0;
      for (let i = 0; size < 5 * 1024 * 1024; i++) {
        const p =
          i % 50 === 0
            ? `## Section ${i / 50}`
            : i % 10 === 0
              ? `Paragraph ${i} links to [the report](https://example.org/r/${i}) and has <em>inline HTML</em>.`
              : `Paragraph ${i}: the harbour wall was rebuilt over the winter while divers checked the foundations every week.`;
        paragraphs.push(p);
        size += p.length + 2;
      }
      paragraphs.push('The very last paragraph.');
      const result = parseArticle('big.md', encoder.encode(`---\ntitle: A very long report\n---\n\n${paragraphs.join('\n\n')}\n`), { siteLang: 'en' });
      expect(result.ok).toBe(true);
      if (result.ok) {
        expect(result.html).toContain('<p>The very last paragraph.</p>');
        expect(result.article.wordCount).toBeGreaterThan(700_000);
      }
    },
    HEAVY,
  );

  it(
    'builds a 20,000-line Markdown article',
    () => {
      const lines = ['---', 'title: Twenty thousand lines', '---', ''];
      for (let i = 0; lines.length < 20_004; i++) lines.push(i % 100 === 0 ? '' : i % 3 === 0 ? `- item ${i} with *emphasis*` : `Line ${i} of the minutes.`);
      lines.push('', 'Final line.');
      const result = parseArticle('long.md', encoder.encode(lines.join('\n')), { siteLang: 'en' });
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.html).toContain('Final line.');
    },
    HEAVY,
  );

  it(
    'builds a 20,000-line scraped dump, comment form removed from its end',
    () => {
      const lines = ['Council minutes in full', '', 'Council minutes in full', 'Publication date:', 'Friday, 7 March 2025 - 22:10', 'Main image:', ''];
      for (let i = 0; lines.length < 20_000; i++) lines.push(i % 4 === 3 ? '' : `Item ${i}: the council noted the report on road closures.`);
      lines.push('Final item.', '', 'Add new comment', 'Your name', 'Comment', 'Save', 'Preview');
      const result = parseArticle('000_1234abcd5678ef90.txt', encoder.encode(lines.join('\n')), { siteLang: 'en' });
      expect(result.ok).toBe(true);
      if (result.ok) {
        expect(result.html).toContain('Final item.');
        expect(result.html).not.toContain('Add new comment');
      }
    },
    HEAVY,
  );
});
