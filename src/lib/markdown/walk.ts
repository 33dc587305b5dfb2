/**
 * One walk over a hast tree's elements for several plugins at once. Each plugin keeps its own
 * module and job and hands over a pass (a visitor, and what to do once the walk is done);
 * render.ts runs the passes that follow sanitizing in one walk instead of one walk each.
 * Elements are met in document order, as with unist-util-visit, but without its per-node
 * bookkeeping (a parents array and a named function per node), which cost more than the
 * plugins' own work.
 */
import type { Element, Nodes, Root } from 'hast';
import type { VFile } from 'vfile';

/** Returned by a visitor to take the element out: later visitors and its children do not see it. */
export const REMOVE = 'remove';

export type ElementVisitor = (node: Element) => typeof REMOVE | void;

export interface TreePass {
  visit: ElementVisitor;
  /** Runs after the walk, in the order the passes were given. */
  finish?: (tree: Root) => void;
}

/** Visits every element in document order, each with every visitor in turn. */
export function walkElements(parent: Root | Element, visitors: readonly ElementVisitor[]): void {
  const { children } = parent;
  for (let i = 0; i < children.length; ) {
    const child = children[i]!;
    if (child.type === 'element' && visitors.some((visit) => visit(child) === REMOVE)) {
      children.splice(i, 1);
      continue;
    }
    if (child.type === 'element') walkElements(child, visitors);
    i++;
  }
}

export function runPasses(tree: Root, passes: readonly TreePass[]): void {
  walkElements(
    tree,
    passes.map((pass) => pass.visit),
  );
  for (const pass of passes) pass.finish?.(tree);
}

/** A rehype plugin from pass factories: the passes run together, in one walk. */
export const passesPlugin =
  (...factories: ((file: VFile) => TreePass)[]) =>
  () =>
  (tree: Root, file: VFile) =>
    runPasses(
      tree,
      factories.map((make) => make(file)),
    );

/** Whether any node of the tree (of any type, at any depth) passes `test`. */
export function someNode(node: Nodes, test: (node: Nodes) => boolean): boolean {
  if (test(node)) return true;
  return 'children' in node && node.children.some((child) => someNode(child, test));
}
