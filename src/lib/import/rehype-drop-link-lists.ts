/**
 * Drops lists of links from the extracted article: teaser lists ("You may also like…"),
 * in-body "more stories" boxes and tag or menu lists that Readability kept because they sit
 * inside the article's container. A list goes when it has two items or more and each item is
 * nearly all link text; an article's own lists carry prose around their links. A short label
 * right before such a list (no sentence punctuation, a few words: "DON'T MISS", "Related") goes
 * with it. Runs on hast before the Markdown is made, so the reason can be given per list.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** An item is a link when at least this share of its text is inside <a>. */
const ITEM_LINK_SHARE = 0.8;
/** A label before a list: at most this many words, and no sentence end. */
const LABEL_WORDS = 8;

const letters = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '').length;

function linkLetters(node: ElementContent): number {
  if (node.type !== 'element') return 0;
  if (node.tagName === 'a') return letters(toString(node));
  return node.children.reduce((sum, child) => sum + linkLetters(child), 0);
}

function isLinkList(list: Element): boolean {
  const items = list.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li');
  if (items.length < 2) return false;
  return items.every((li) => {
    const all = letters(toString(li));
    return all > 0 && linkLetters(li) >= all * ITEM_LINK_SHARE;
  });
}

const isLabel = (el: Element) => {
  if (!/^(h[1-6]|p|div|span|strong|b)$/.test(el.tagName)) return false;
  const text = toString(el).trim();
  return text !== '' && text.split(/\s+/).length <= LABEL_WORDS && !/[.!?;]["”’)]?$/.test(text);
};

export function rehypeDropLinkLists(onDrop?: (what: string) => void) {
  return () => (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined || (node.tagName !== 'ul' && node.tagName !== 'ol') || !isLinkList(node)) return;
      let start = index;
      // The nearest element before the list, over whitespace.
      let prev = index - 1;
      while (prev >= 0 && parent.children[prev]!.type === 'text' && !toString(parent.children[prev] as Element).trim()) prev--;
      const label = prev >= 0 ? parent.children[prev] : undefined;
      if (label?.type === 'element' && isLabel(label)) start = prev;
      onDrop?.(`a list of ${node.children.filter((c) => c.type === 'element').length} links${start < index ? ` under "${toString(parent.children[start] as Element).trim()}"` : ''}`);
      parent.children.splice(start, index - start + 1);
      return start;
    });
  };
}
