/**
 * rehype-sanitize prefixes every id with `user-content-` so article ids cannot clobber
 * the page's own (#main). Same-page links are rewritten to match, as GitHub does with
 * script; doing it at build time keeps footnotes working without JavaScript.
 */
import type { Element } from 'hast';
import { passesPlugin, type TreePass } from './walk.ts';

export const ID_PREFIX = 'user-content-';

/** Gathers ids and same-page links in the walk; links are rewritten once every id is known. */
export function fragmentLinksPass(): TreePass {
  const ids = new Set<string>();
  const links: Element[] = [];
  return {
    visit: (node) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id);
      if (node.tagName === 'a' && typeof node.properties.href === 'string' && node.properties.href.startsWith('#')) links.push(node);
    },
    finish: () => {
      for (const link of links) {
        const target = decodeURIComponent((link.properties.href as string).slice(1));
        if (!target.startsWith(ID_PREFIX) && ids.has(ID_PREFIX + target)) link.properties.href = `#${ID_PREFIX}${target}`;
      }
    },
  };
}

export default passesPlugin(fragmentLinksPass);
