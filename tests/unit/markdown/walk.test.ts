import type { Element, ElementContent, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { REMOVE, runPasses, someNode, walkElements } from '../../../src/lib/markdown/walk.ts';

const h = (tagName: string, children: (ElementContent | string)[] | Record<string, string> = []): Element => ({
  type: 'element',
  tagName,
  properties: Array.isArray(children) ? {} : children,
  children: Array.isArray(children) ? children.map((c) => (typeof c === 'string' ? { type: 'text', value: c } : c)) : [],
});
const tree = (): Root => ({ type: 'root', children: [h('p', [h('em', ['a']), 'b']), h('div', [h('p', ['c']), h('img', { src: 'x' })])] });

describe('walkElements', () => {
  it('meets every element in document order, each with every visitor in turn', () => {
    const seen: string[] = [];
    walkElements(tree(), [(n) => void seen.push(`1${n.tagName}`), (n) => void seen.push(`2${n.tagName}`)]);
    expect(seen).toEqual(['1p', '2p', '1em', '2em', '1div', '2div', '1p', '2p', '1img', '2img']);
  });

  it('takes out an element a visitor removes: later visitors and its children do not see it, its next sibling is seen', () => {
    const root = tree();
    const later: string[] = [];
    walkElements(root, [(n) => (n.tagName === 'p' ? REMOVE : undefined), (n) => void later.push(n.tagName)]);
    expect(later).toEqual(['div', 'img']);
    expect(root.children).toHaveLength(1);
    expect((root.children[0] as Element).children.map((c) => (c as Element).tagName)).toEqual(['img']);
  });
});

describe('runPasses', () => {
  it('finishes the passes after the walk, in the order given', () => {
    const log: string[] = [];
    const pass = (name: string) => ({ visit: () => void log.push(name), finish: () => void log.push(`${name} done`) });
    runPasses({ type: 'root', children: [h('p')] }, [pass('a'), pass('b')]);
    expect(log).toEqual(['a', 'b', 'a done', 'b done']);
  });
});

describe('someNode', () => {
  it('finds a node of any type at any depth, and says so when there is none', () => {
    const root: Root = { type: 'root', children: [h('p', [h('em', [{ type: 'raw', value: '<b>' }])])] };
    expect(someNode(root, (n) => n.type === 'raw')).toBe(true);
    expect(someNode(tree(), (n) => n.type === 'raw')).toBe(false);
  });
});
