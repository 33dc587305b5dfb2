import { describe, expect, it } from 'vitest';
import { sourceHost, TemplateIndex, templateGroups } from '../../../src/lib/clean/template.ts';

describe('sourceHost', () => {
  it('reads the host of a "Source:" line near the top, in English or Spanish, without www.', () => {
    expect(sourceHost('Bridge reopens\nSource: https://www.Valley-Gazette.example/news/1\n\nText.')).toBe('valley-gazette.example');
    expect(sourceHost('Puente\n\nFuente: http://diario.example/a?b=1\n')).toBe('diario.example');
  });
  it('ignores a source without a web address, one deep in the text, and a malformed address', () => {
    expect(sourceHost('Title\nSource: Reuters\n')).toBeUndefined();
    expect(sourceHost(`Title\n${'line\n'.repeat(30)}Source: https://late.example/\n`)).toBeUndefined();
    expect(sourceHost('Title\nSource: https://exa mple/\n')).toBeUndefined();
    expect(sourceHost('Title\nSource: https://[::1/\n')).toBeUndefined();
  });
});

describe('TemplateIndex over folder and host groups', () => {
  it('counts a line as template when it is template in any group of the dump, independent of order', () => {
    const dumps = [
      { groups: templateGroups('a', 'site.example'), keys: ['menu', 'story one'] },
      { groups: templateGroups('b', 'site.example'), keys: ['menu', 'story two'] },
      { groups: templateGroups('c', 'site.example'), keys: ['menu', 'story three'] },
      { groups: templateGroups('c', undefined), keys: ['menu', 'story four'] },
    ];
    const forward = new TemplateIndex();
    const backward = new TemplateIndex();
    for (const d of dumps) forward.addToGroups(d.groups, d.keys);
    for (const d of [...dumps].reverse()) backward.addToGroups(d.groups, d.keys);
    for (const d of dumps) expect(forward.templateOfGroups(d.groups, d.keys)).toEqual(backward.templateOfGroups(d.groups, d.keys));
    expect(forward.templateOfGroups(dumps[0]!.groups, dumps[0]!.keys)).toEqual(['menu']);
    // The fourth names no host and shares its folder with one dump only: "menu" is in 2 of folder c's dumps.
    expect(forward.templateOfGroups(dumps[3]!.groups, dumps[3]!.keys)).toEqual([]);
  });
});
