/**
 * Article HTML → Markdown with the unified family, so headings, lists, links, images,
 * tables and quotes survive. The result goes through the build's comment-form plugin
 * too: a form written as plain paragraphs has no markup to be caught by.
 */
import type { Element, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { remarkStripCommentForms } from '../markdown/remark-strip-comment-forms.ts';
import { isDateLine } from './date-lines.ts';
import { remarkDropEmptyCommentHeading } from './remark-drop-empty-comment-heading.ts';
import { remarkClassifyBlocks, type ClassifyOptions } from './remark-classify-blocks.ts';
import { rehypeDropLinkLists } from './rehype-drop-link-lists.ts';
import { squash, unescapeText } from './text.ts';

export interface HtmlToMarkdownOptions {
  /** Page URL that relative links and images are resolved against. */
  baseUrl?: string;
  /** The headline: a first heading repeating it is dropped, the page shows the title. */
  title?: string;
  /** The main image: a first image repeating it is dropped, the page shows it above the body. */
  leadImage?: string;
  /** The page's language, for the names in date lines and the classifier's tables. */
  lang?: string;
  /** Sees the text classifier's decisions (remark-classify-blocks.ts). */
  onClassify?: ClassifyOptions['report'];
}

/** Fixed so that the same page always gives the same bytes. */
export const stringifyOptions: StringifyOptions = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  rule: '-',
  fences: true,
  listItemIndent: 'one',
};

const LAZY_SRC = ['dataSrc', 'dataOriginal', 'dataLazySrc'];

function rehypeResolveUrls(baseUrl: string | undefined) {
  const resolve = (url: string | undefined) => {
    if (!url || !baseUrl || url.startsWith('#')) return url;
    try {
      return new URL(url, baseUrl).href;
    } catch {
      return url;
    }
  };
  return () => (tree: HastRoot) => {
    // HTML comments (`<!-- .entry-content -->`) would come out as raw HTML.
    visit(tree, 'comment', (_, index, parent) => {
      parent?.children.splice(index!, 1);
      return index;
    });
    // Soft hyphens and zero-width characters split words; entities escaped twice show as `&amp;`.
    visit(tree, 'text', (node) => {
      node.value = unescapeText(node.value);
    });
    visit(tree, 'element', (node: Element) => {
      const props = node.properties;
      if (node.tagName === 'img') {
        // Lazy loaders leave a placeholder in src and the real image in a data attribute.
        const lazy = LAZY_SRC.map((k) => props[k]).find((v): v is string => typeof v === 'string' && v !== '');
        const src = typeof props.src === 'string' ? props.src : undefined;
        props.src = resolve(lazy && (!src || src.startsWith('data:')) ? lazy : src);
      }
      if (node.tagName === 'a') props.href = resolve(typeof props.href === 'string' ? props.href : undefined);
    });
  };
}

function remarkDropRepeats(options: HtmlToMarkdownOptions) {
  return () => (tree: MdastRoot) => {
    const first = tree.children[0];
    if (first?.type === 'heading' && options.title && squash(toString(first)).toLowerCase() === squash(options.title).toLowerCase()) {
      tree.children.shift();
    }
    const lead = tree.children[0];
    if (lead?.type === 'paragraph' && lead.children.length === 1) {
      const only = lead.children[0]!;
      if (only.type === 'image' && options.leadImage && only.url === options.leadImage) tree.children.shift();
    }
  };
}

/** Paragraphs that are only a date line (date-lines.ts): the frontmatter carries the date. */
function remarkDropDateLines(lang: string | undefined) {
  return () => (tree: MdastRoot) => {
    tree.children = tree.children.filter((node) => node.type !== 'paragraph' || !isDateLine(toString(node), lang));
  };
}

export interface MarkdownResult {
  markdown: string;
  warnings: string[];
  /** Plain text of the first paragraph, for a description. */
  firstParagraph: string;
}

export function htmlToMarkdown(html: string, options: HtmlToMarkdownOptions = {}): MarkdownResult {
  let firstParagraph = '';
  const file = new VFile({ value: html });
  const markdown = String(
    unified()
      .use(rehypeParse, { fragment: true })
      .use(rehypeResolveUrls(options.baseUrl))
      .use(rehypeDropLinkLists())
      .use(rehypeRemark)
      .use(remarkDropRepeats(options))
      .use(remarkDropDateLines(options.lang))
      .use(remarkGfm)
      .use(remarkStripCommentForms)
      .use(remarkDropEmptyCommentHeading)
      .use(remarkClassifyBlocks({ lang: options.lang, title: options.title, report: options.onClassify }))
      .use(remarkFirstParagraph((text) => (firstParagraph = text)))
      .use(remarkStringify, stringifyOptions)
      .processSync(file),
  );
  return { markdown: markdown.trim() + '\n', warnings: file.messages.map((m) => m.reason), firstParagraph };
}

/** Reads the first paragraph's text for the description, in the same pass that writes Markdown. */
export function remarkFirstParagraph(found: (text: string) => void) {
  return () => (tree: MdastRoot) => {
    const p = tree.children.find((n) => n.type === 'paragraph');
    found(p ? squash(toString(p)) : '');
  };
}
