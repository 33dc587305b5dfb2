/**
 * A comment section that loads by script leaves only its heading in a saved page: "Comments",
 * then a widget's label ("comments", "0 Comments", "Loading…") and nothing else. When the last
 * heading of the article names a comment section and nothing after it is prose (every block
 * after it has at most a few words), the heading and those blocks go. A heading followed by
 * real paragraphs stays: that is the article's own section, or a comment list the other rules
 * judge.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** Headings of comment sections, per language (en, es, pt, fr, de, it, nl). */
const COMMENT_HEADING =
  /^(?:\d+\s+)?(?:comments?|responses?|replies|discussion|leave a (?:comment|reply)|join the (?:discussion|conversation)|comentarios?|deja (?:un|tu) comentario|comentários|commentaires?|kommentare?|commenti|reacties)\s*(?:\(\d+\))?\s*:?$/i;

/** Blocks after the heading with at most this many words are widget leftovers, not prose. */
const LEFTOVER_WORDS = 4;

export function remarkDropEmptyCommentHeading() {
  return (tree: Root) => {
    const last = tree.children.findLastIndex((n) => n.type === 'heading');
    if (last < 0) return;
    if (!COMMENT_HEADING.test(toString(tree.children[last]!).trim())) return;
    const after = tree.children.slice(last + 1);
    if (after.every((n) => toString(n).trim().split(/\s+/).filter(Boolean).length <= LEFTOVER_WORDS)) tree.children.splice(last);
  };
}
