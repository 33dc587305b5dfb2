/**
 * Sanitizing can leave husks: an <img> whose data: URL was removed has no src (invalid
 * HTML, a broken image), and a paragraph that held only stripped elements is empty.
 */
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

const isBlank = (node: Element) =>
  node.children.every((child) => (child.type === 'text' ? !child.value.trim() : child.type === 'comment'));

function removeWhere(tree: Root, isHusk: (node: Element) => boolean) {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (!parent || index === undefined || !isHusk(node)) return;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
}

export default function rehypePruneEmpty() {
  return (tree: Root) => {
    // Images first, so a paragraph that held only a broken image is then seen as empty.
    removeWhere(tree, (node) => node.tagName === 'img' && !node.properties.src);
    removeWhere(tree, (node) => node.tagName === 'p' && isBlank(node));
  };
}
