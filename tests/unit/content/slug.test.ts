import { describe, expect, it } from 'vitest';
import { chooseSlug, isHashedName, slugify } from '../../../src/lib/content/slug.ts';

describe('slugify', () => {
  it.each([
    ['Storm closes harbour for a week', 'storm-closes-harbour-for-a-week'],
    ['Añadir más café, ¿por qué no?', 'anadir-mas-cafe-por-que-no'],
    ['Ελληνικά νέα', 'ellinika-nea'],
    ['城市新闻', '城市新闻'],
    ['Emoji 🎉 day', 'emoji-day'],
  ])('%s → %s', (title, expected) => {
    expect(slugify(title)).toBe(expected);
  });

  it('gives nothing for text without letters or digits', () => {
    expect(slugify('🎉🎉 !!')).toBe('');
  });
});

describe('chooseSlug', () => {
  it('prefers the frontmatter slug', () => {
    expect(chooseSlug({ frontmatterSlug: 'given', fileBaseName: 'file-name', title: 'Title' })).toBe('given');
  });
  it('uses a readable file name', () => {
    expect(chooseSlug({ fileBaseName: 'Harbour Storm', title: 'Other title' })).toBe('harbour-storm');
  });
  it('uses the title for hashed scraper names', () => {
    expect(isHashedName('000_9dbab1d4fedfb8da')).toBe(true);
    expect(chooseSlug({ fileBaseName: '000_9dbab1d4fedfb8da', title: 'Port reopens' })).toBe('port-reopens');
  });
  it('falls back to the file name when the title has no letters', () => {
    expect(chooseSlug({ fileBaseName: '000_9dbab1d4fedfb8da', title: '🎉' })).toBe('000-9dbab1d4fedfb8da');
  });
});
