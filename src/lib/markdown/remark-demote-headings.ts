/**
 * The page gives the article title the only <h1>; a body that uses `#` headings is
 * shifted down one level so the outline stays in order.
 */
import type { Root, Heading } from 'mdast';
import { visit } from 'unist-util-visit';

export default function remarkDemoteHeadings() {
  return (tree: Root) => {
    let hasH1 = false;
    visit(tree, 'heading', (node: Heading) => {
      if (node.depth === 1) hasH1 = true;
    });
    if (!hasH1) return;
    visit(tree, 'heading', (node: Heading) => {
      node.depth = Math.min(6, node.depth + 1) as Heading['depth'];
    });
  };
}
