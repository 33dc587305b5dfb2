/**
 * The page gives the article title the only <h1>; a body that uses `#` headings is
 * shifted down one level so the outline stays in order.
 */
import type { Heading, Nodes, Root } from 'mdast';

/** Headings at any depth (in quotes, lists, footnotes), in document order. */
function headingsOf(node: Nodes, into: Heading[] = []): Heading[] {
  if (node.type === 'heading') into.push(node);
  if ('children' in node) for (const child of node.children) headingsOf(child, into);
  return into;
}

export default function remarkDemoteHeadings() {
  return (tree: Root) => {
    const headings = headingsOf(tree);
    if (!headings.some((node) => node.depth === 1)) return;
    for (const node of headings) node.depth = Math.min(6, node.depth + 1) as Heading['depth'];
  };
}
