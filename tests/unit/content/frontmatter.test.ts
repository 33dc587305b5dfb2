import { describe, expect, it } from 'vitest';
import { hasFrontmatter, parseFrontmatter } from '../../../src/lib/content/frontmatter.ts';

describe('parseFrontmatter', () => {
  it('splits data and body and knows where each key stands', () => {
    const result = parseFrontmatter('---\ntitle: A\ndate: 2024-01-02\n---\n\nBody\n');
    if (!result.ok) throw new Error('expected ok');
    expect(result.block.data).toEqual({ title: 'A', date: '2024-01-02' });
    expect(result.block.lineOf('date')).toBe(3);
    expect(result.block.body).toBe('\nBody\n');
    expect(result.block.bodyStartLine).toBe(5);
  });

  it('keeps dates as strings so impossible ones are not rolled over by YAML', () => {
    const result = parseFrontmatter('---\ndate: 2025-02-31\n---\n');
    expect(result.ok && result.block.data.date).toBe('2025-02-31');
  });

  it('reports duplicate keys with their line', () => {
    const result = parseFrontmatter('---\ntitle: A\ntitle: B\n---\n');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]?.line).toBe(3);
  });

  it('refuses frontmatter that is not a mapping', () => {
    expect(parseFrontmatter('---\n- a\n- b\n---\n')).toMatchObject({ ok: false });
  });

  it('recognises the opening fence only on the first line', () => {
    expect(hasFrontmatter('---\ntitle: x\n---')).toBe(true);
    expect(hasFrontmatter('Title\n---\n')).toBe(false);
  });
});
