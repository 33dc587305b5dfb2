import { describe, expect, it } from 'vitest';
import { sourceHost, TemplateIndex, templateGroups, textKeys } from '../../../src/lib/clean/template.ts';

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
      { groups: templateGroups('a', 'site.example'), text: textKeys('Menu\n\nStory one') },
      { groups: templateGroups('b', 'site.example'), text: textKeys('Story two\nMENU') },
      { groups: templateGroups('c', 'site.example'), text: textKeys('menu\nStory three') },
      { groups: templateGroups('c', undefined), text: textKeys('Story four\n\nMenu') },
    ];
    const forward = new TemplateIndex();
    const backward = new TemplateIndex();
    for (const d of dumps) forward.addToGroups(d.groups, d.text.keys);
    for (const d of [...dumps].reverse()) backward.addToGroups(d.groups, d.text.keys);
    for (const d of dumps) expect(forward.templateLines(d.groups, d.text)).toEqual(backward.templateLines(d.groups, d.text));
    // The lines whose key is template, by their number in the text (blank lines counted).
    expect(forward.templateLines(dumps[0]!.groups, dumps[0]!.text)).toEqual([0]);
    expect(forward.templateLines(dumps[1]!.groups, dumps[1]!.text)).toEqual([1]);
    // The fourth names no host and shares its folder with one dump only: "menu" is in 2 of folder c's dumps.
    expect(forward.templateLines(dumps[3]!.groups, dumps[3]!.text)).toEqual([]);
  });
});

describe('textKeys', () => {
  it('gives each line its key among the distinct keys, and none to blank, wordless and over-long lines', () => {
    const { keys, lineKey } = textKeys(`Share (1)\n\n* * *\nshare (3)\n${'word '.repeat(90)}\nNext`);
    expect(keys).toEqual(['share 0', 'next']);
    expect([...lineKey]).toEqual([0, -1, -1, 0, -1, 1]);
  });
});
