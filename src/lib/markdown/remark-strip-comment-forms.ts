/**
 * Removes comment sections and forms from a Markdown article wherever they stand, with the
 * same regions as scraped dumps (clean/comment-regions.ts, rows in rules/comment-forms.ts):
 * whole top-level blocks from the block a marker opens to the region's end, when the region
 * holds two or more distinct form lines of one row. A marker with weaker evidence keeps the
 * text and warns. Dumps are cleaned before they become a tree (content/article.ts) and marked
 * `plainText`, so this plugin leaves them alone.
 */
import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import { findCommentRegions } from '../clean/comment-regions.ts';
import { strip } from '../clean/normalize.ts';
import { commentFormRules, type CommentFormRule } from '../rules/comment-forms.ts';

declare module 'vfile' {
  interface DataMap {
    /** Set when a comment form was removed from the body. */
    commentForm: { ruleId: string; removedLines: number };
    /** The tree was built from a cleaned text dump, not parsed from Markdown. */
    plainText: boolean;
  }
}

export interface StripCommentFormsOptions {
  rules?: readonly CommentFormRule[];
}

/** Nodes whose children are inline: their text is one line until a soft or hard break. */
const INLINE_PARENTS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell']);

function textOf(node: Nodes): string {
  if (node.type === 'break') return '\n';
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  if ('value' in node) return node.value;
  if (!('children' in node)) return '';
  return node.children.map(textOf).join(INLINE_PARENTS.has(node.type) ? '' : '\n');
}

/** Non-empty lines of a block, decorations taken off. */
const linesOf = (node: Nodes): string[] => textOf(node).split('\n').map(strip).filter(Boolean);

export function remarkStripCommentForms(options: StripCommentFormsOptions = {}) {
  const rules = options.rules ?? commentFormRules;
  return (tree: Root, file: VFile) => {
    if (file.data.plainText) return;
    const lines: string[] = [];
    const blockOf: number[] = [];
    const firstLineOf: number[] = [];
    tree.children.forEach((node, b) => {
      firstLineOf[b] = lines.length;
      for (const l of linesOf(node)) {
        lines.push(l);
        blockOf.push(b);
      }
      lines.push('');
      blockOf.push(b);
    });
    const remove = new Set<number>();
    let removedLines = 0;
    let ruleId: string | undefined;
    for (const region of findCommentRegions(lines, rules)) {
      const first = blockOf[region.start]!;
      const node = tree.children[first]!;
      const opensBlock = firstLineOf[first] === region.start && (node.type === 'paragraph' || node.type === 'heading');
      if (!region.strong || !opensBlock) {
        file.message(`Kept text after a comment marker (rule ${region.markerRule}): too little form evidence to remove it`, {
          place: node.position,
          ruleId: 'comment-form-weak',
          source: 'news-reader',
        });
        continue;
      }
      const last = blockOf[region.end]!;
      for (let b = first; b <= last; b++) remove.add(b);
      removedLines += lines.slice(region.start, region.end + 1).filter(Boolean).length;
      ruleId ??= region.ruleId;
    }
    if (!remove.size) return;
    tree.children = tree.children.filter((_, b) => !remove.has(b));
    file.data.commentForm = { ruleId: ruleId!, removedLines };
  };
}

export default remarkStripCommentForms;
