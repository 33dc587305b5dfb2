import { describe, expect, it } from 'vitest';
import { shareLinks, sourceDomain } from '../../../src/lib/site/story';

describe('sourceDomain', () => {
  it('names the publication by its host, without www', () => {
    expect(sourceDomain('https://www.example.com/news/a?b=1')).toBe('example.com');
    expect(sourceDomain('http://diario.example.es/x')).toBe('diario.example.es');
  });
  it('gives null for what is not a URL', () => {
    expect(sourceDomain('not a url')).toBeNull();
  });
});

describe('shareLinks', () => {
  it('builds plain share URLs with the page address and title encoded', () => {
    const links = shareLinks('https://example.org/news/articles/a b/', 'Tides & "storms"', 'Email');
    expect(links.map((l) => l.id)).toEqual(['email', 'x', 'facebook', 'linkedin', 'whatsapp']);
    const x = new URL(links.find((l) => l.id === 'x')!.href);
    expect(x.searchParams.get('url')).toBe('https://example.org/news/articles/a b/');
    expect(x.searchParams.get('text')).toBe('Tides & "storms"');
    expect(links[0]!.href.startsWith('mailto:?subject=Tides%20%26%20%22storms%22&body=https%3A%2F%2F')).toBe(true);
    for (const l of links.slice(1)) expect(l.href).toMatch(/^https:\/\//);
  });
});
