/**
 * rehype-sanitize prefixes every id with `user-content-` so article ids cannot clobber
 * the page's own (#main). Same-page links are rewritten to match, as GitHub does with
 * script; doing it at build time keeps footnotes working without JavaScript.
 */
import type { Root, Element } from 'hast';
import { visit } from 'unist-util-visit';

export const ID_PREFIX = 'user-content-';

export default function rehypeFragmentLinks() {
  return (tree: Root) => {
    const ids = new Set<string>();
    const links: Element[] = [];
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id);
      if (node.tagName === 'a' && typeof node.properties.href === 'string' && node.properties.href.startsWith('#')) links.push(node);
    });
    for (const link of links) {
      const target = decodeURIComponent((link.properties.href as string).slice(1));
      if (!target.startsWith(ID_PREFIX) && ids.has(ID_PREFIX + target)) link.properties.href = `#${ID_PREFIX}${target}`;
    }
  };
}
