// Each plugin on its own (render.ts runs the ones after sanitizing in one walk; render.test.ts covers that).
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import type { Root } from 'hast';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import rehypeArticleFacts from '../../../src/lib/markdown/rehype-article-facts.ts';
import rehypeFragmentLinks from '../../../src/lib/markdown/rehype-fragment-links.ts';
import rehypePruneEmpty from '../../../src/lib/markdown/rehype-prune-empty.ts';
import remarkDemoteHeadings from '../../../src/lib/markdown/remark-demote-headings.ts';

/** HTML in, through remark (as a Markdown HTML block) and rehype-raw, to the plugin. */
const rehype = (html: string, plugin: () => (tree: Root, file: VFile) => void) => {
  const processor = unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(plugin).use(rehypeStringify);
  const file = processor.processSync(html);
  return { html: String(file), data: file.data };
};

describe('rehype-prune-empty', () => {
  it('removes images without a src, then paragraphs left blank, wherever they stand', () => {
    expect(rehype('<p><img> <!-- x --></p><div><p> </p><p>kept<img></p></div><p><span><img></span></p>', rehypePruneEmpty).html).toBe(
      '<div><p>kept</p></div><p><span></span></p>',
    );
  });
});

describe('rehype-fragment-links', () => {
  it('points same-page links at the prefixed ids, and leaves links to ids the article lacks', () => {
    const out = rehype('<div><a href="#a">1</a><a href="#b">2</a><a href="#user-content-a">3</a><p id="user-content-a"></p></div>', rehypeFragmentLinks).html;
    expect(out).toBe('<div><a href="#user-content-a">1</a><a href="#b">2</a><a href="#user-content-a">3</a><p id="user-content-a"></p></div>');
  });
});

describe('rehype-article-facts', () => {
  it('counts words, takes the first paragraph with text, and marks images lazy', () => {
    const { html, data } = rehype('<p><img src="x.png"></p><p>Two  words.</p><p>三</p>', rehypeArticleFacts);
    expect(html).toBe('<p><img src="x.png" loading="lazy" decoding="async"></p><p>Two  words.</p><p>三</p>');
    expect(data.articleFacts).toEqual({ wordCount: 3, firstParagraph: 'Two words.' });
  });
});

describe('remark-demote-headings', () => {
  const md = (text: string) => String(unified().use(remarkParse).use(remarkDemoteHeadings).use(remarkRehype).use(rehypeStringify).processSync(text));
  it('shifts every heading down one level, nested ones too, when the body has an h1', () => {
    expect(md('# A\n\n> ## B\n\n###### C')).toBe('<h2>A</h2>\n<blockquote>\n<h3>B</h3>\n</blockquote>\n<h6>C</h6>');
  });
  it('leaves a body without an h1 as written', () => {
    expect(md('## A\n\n- ### B')).toBe('<h2>A</h2>\n<ul>\n<li>\n<h3>B</h3>\n</li>\n</ul>');
  });
});
