/**
 * Sanitizing can leave husks: an <img> whose data: URL was removed has no src (invalid
 * HTML, a broken image), and a paragraph that held only stripped elements is empty.
 */
import type { Element, ElementContent } from 'hast';
import { passesPlugin, REMOVE, type TreePass } from './walk.ts';

const isHuskImage = (node: ElementContent) => node.type === 'element' && node.tagName === 'img' && !node.properties.src;

/** A paragraph is blank when only space, comments or husk images are left in it: those go anyway. */
const isBlank = (node: Element) =>
  node.children.every((child) => (child.type === 'text' ? !child.value.trim() : child.type === 'comment' || isHuskImage(child)));

export function pruneEmptyPass(): TreePass {
  return {
    visit: (node) => (isHuskImage(node) || (node.tagName === 'p' && isBlank(node)) ? REMOVE : undefined),
  };
}

export default passesPlugin(pruneEmptyPass);
