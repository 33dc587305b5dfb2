/**
 * Removes the comment form a scraped page dump carries at its end (see rules/comment-forms.ts).
 * A form is a run of top-level blocks, from a block whose first line is a marker to the end of
 * the document, in which every line is a known form line or a short non-sentence line.
 */
import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import { commentFormRules, type CommentFormRule } from '../rules/comment-forms';

declare module 'vfile' {
  interface DataMap {
    /** Set when a comment form was removed from the body. */
    commentForm: { ruleId: string; removedLines: number };
  }
}

export interface StripCommentFormsOptions {
  rules?: readonly CommentFormRule[];
  /** Longest line (in characters) accepted as a form line without matching a rule. */
  maxShortLine?: number;
}

/** Ends like a sentence: comments and article prose do, labels, buttons and CAPTCHA codes don't. */
const SENTENCE_END = /[.!?…]["'”’»)\]]*$/;

/** Nodes whose children are inline: their text is one line until a soft or hard break. */
const INLINE_PARENTS = new Set([
  'paragraph',
  'heading',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'tableCell',
]);

function textOf(node: Nodes): string {
  if (node.type === 'break') return '\n';
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  if ('value' in node) return node.value;
  if (!('children' in node)) return '';
  return node.children.map(textOf).join(INLINE_PARENTS.has(node.type) ? '' : '\n');
}

/** Non-empty lines of a block, trimmed, with inner whitespace collapsed. */
function linesOf(node: Nodes): string[] {
  return textOf(node)
    .split('\n')
    .map((l) => l.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

export function remarkStripCommentForms(options: StripCommentFormsOptions = {}) {
  const rules = options.rules ?? commentFormRules;
  const maxShortLine = options.maxShortLine ?? 40;

  const markerRule = (line: string) => rules.find((r) => r.markers.some((re) => re.test(line)));
  const isFormLine = (line: string) =>
    (line.length <= maxShortLine && !SENTENCE_END.test(line)) ||
    rules.some((r) => r.formLines.some((re) => re.test(line)) || r.markers.some((re) => re.test(line)));

  return (tree: Root, file: VFile) => {
    const blocks = tree.children.map((node) => linesOf(node));

    // The form must reach the end of the body: walk back while blocks look like form parts.
    let tail = blocks.length;
    while (tail > 0 && blocks[tail - 1]!.every(isFormLine)) tail--;

    const markerAt = (i: number) => {
      const node = tree.children[i]!;
      const first = blocks[i]![0];
      return (node.type === 'paragraph' || node.type === 'heading') && first !== undefined ? markerRule(first) : undefined;
    };
    // The earliest marker in that run opens the form; lines before it (tags, bylines) stay.
    const start = blocks.findIndex((_, i) => i >= tail && markerAt(i));
    if (start < 0) return;
    const rule = markerAt(start)!;

    const removed = blocks.slice(start).flat();
    const chars = (lines: string[]) => lines.reduce((n, l) => n + l.length, 0);
    if (chars(removed) * 2 > chars(blocks.flat())) {
      file.message(`Kept a trailing comment form (rule ${rule.id}): removing it would take most of the body`, {
        place: tree.children[start]!.position,
        ruleId: 'comment-form-guard',
        source: 'news-reader',
      });
      return;
    }

    tree.children.splice(start);
    file.data.commentForm = { ruleId: rule.id, removedLines: removed.length };
  };
}

export default remarkStripCommentForms;
