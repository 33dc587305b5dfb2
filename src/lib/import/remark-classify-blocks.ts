/**
 * The text classifier (src/lib/clean/classify.ts) over the article Readability kept: each
 * top-level block of the Markdown tree, and each item of a list, is one block of text; what the
 * classifier removes — in-body "read also" lines, promo and contact paragraphs, author boxes,
 * disclaimers, paywall prompts, comment regions — goes from the tree. In 'article' scope the
 * classifier never removes by position, and only its rules are acted on (ACTED_ON); its guard
 * keeps a text that would lose most of its prose. Blocks without words (an image)
 * are passed as blank and always stay.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { classifyBlocks, type Classification } from '../clean/classify.ts';

export interface ClassifyOptions {
  lang?: string;
  title?: string;
  /** Receives the classification and the text of each block, for the importer's warnings and tests. */
  report?: (result: Classification, blocks: string[]) => void;
}

/**
 * The decisions the importer acts on: the classifier's rules (comment forms, phrase tables,
 * a repeated headline, the user's overrides). Its feature labels (`text:bad`, `text:short`,
 * `widget`) were made for whole-page dumps; on text Readability already chose they remove more
 * article than boilerplate (on half A of the benchmark: 4,750 article tokens lost for 960
 * boilerplate tokens), so here they decide nothing.
 */
export const ACTED_ON = /^(comment-form:|boilerplate:|title-repeat$|override:)/;

type Slot = { parent: { children: RootContent[] }; node: RootContent };

export function remarkClassifyBlocks(options: ClassifyOptions = {}) {
  return () => (tree: Root) => {
    const slots: Slot[] = [];
    for (const node of tree.children) {
      if (node.type === 'list') for (const item of node.children) slots.push({ parent: node as unknown as { children: RootContent[] }, node: item });
      else slots.push({ parent: tree, node });
    }
    const blocks = slots.map(({ node }) => (node.type === 'code' || node.type === 'html' ? '' : toString(node, { includeImageAlt: false }).replace(/\s+/g, ' ').trim()));
    if (!blocks.some(Boolean)) return;
    const result = classifyBlocks(blocks, { lang: options.lang, title: options.title, scope: 'article' });
    options.report?.(result, blocks);
    const drop = new Set(
      slots
        .filter((_, i) => {
          const d = result.decisions[i];
          return blocks[i] && d && !d.keep && ACTED_ON.test(d.rule);
        })
        .map((s) => s.node),
    );
    if (!drop.size) return;
    for (const node of tree.children) if (node.type === 'list') node.children = node.children.filter((item) => !drop.has(item));
    tree.children = tree.children.filter((node) => !drop.has(node) && !(node.type === 'list' && node.children.length === 0));
  };
}
