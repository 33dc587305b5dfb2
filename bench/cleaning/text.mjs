// What a reader would read, as plain text: rendered HTML and Markdown to text with one line per
// block, so words of neighbouring blocks never run together (`<p>a</p><p>b</p>` is "a\nb", not
// "ab"). Image alt text is left out: the page shows an image there, not words.
import rehypeParse from 'rehype-parse';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head']);

const htmlParser = unified().use(rehypeParse, { fragment: true });

export function htmlToText(html) {
  const out = [];
  const walk = (node) => {
    if (node.type === 'text') out.push(node.value);
    else if (node.type === 'element') {
      if (SKIP.has(node.tagName)) return;
      const block = BLOCK.has(node.tagName);
      if (block) out.push('\n');
      for (const child of node.children) walk(child);
      if (block) out.push('\n');
    } else if (node.children) for (const child of node.children) walk(child);
  };
  walk(htmlParser.parse(html));
  return tidy(out.join(''));
}

const mdParser = unified().use(remarkParse).use(remarkGfm);
const MD_BLOCK = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'code', 'html', 'table', 'tableRow', 'tableCell', 'thematicBreak', 'footnoteDefinition', 'break']);

export function markdownToText(markdown) {
  const out = [];
  const walk = (node) => {
    const block = MD_BLOCK.has(node.type);
    if (block) out.push('\n');
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') out.push(node.value);
    else if (node.type === 'html') out.push(htmlToText(node.value));
    else if (node.children) for (const child of node.children) walk(child);
    if (block) out.push('\n');
  };
  walk(mdParser.parse(markdown));
  return tidy(out.join(''));
}

/** One line per block, spaces collapsed, no empty lines. */
const tidy = (text) =>
  text
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
