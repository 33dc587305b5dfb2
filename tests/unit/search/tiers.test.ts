import { describe, expect, it } from 'vitest';
import { monthOf, partsForYears, placeOf, searchedRun, seekingText, summaryText, tierOf, tierWeight, yearsOfParts } from '../../../src/lib/search/tiers.ts';

describe('tier weights', () => {
  it('keeps every relevance score of a newer part above every score of an older one', () => {
    // Relevance scores as Pagefind gives them lie around 1.
    const newer = [12.5, 0.8, 0.004].map((s) => s * tierWeight(2));
    const older = [30, 1.2].map((s) => s * tierWeight(3));
    expect(Math.min(...newer)).toBeGreaterThan(Math.max(...older));
    expect([...newer, ...older].map(tierOf)).toEqual([2, 2, 2, 3, 3]);
  });

  it('reads a date sort’s place and part back from the merged score', () => {
    expect(placeOf(7 * tierWeight(0))).toEqual({ place: 7, part: 0 });
    expect(placeOf(5000 * tierWeight(9))).toEqual({ place: 5000, part: 9 });
    expect(placeOf(-1 * tierWeight(33))).toEqual({ place: 1, part: 33 });
    expect(placeOf(0)).toBeNull();
    expect(tierOf(0)).toBeNull();
  });
});

describe('searchedRun', () => {
  it('counts the parts searched from the newest without a gap', () => {
    expect(searchedRun(new Set([0]))).toBe(1);
    expect(searchedRun(new Set([0, 1, 2, 5]))).toBe(3);
    expect(searchedRun(new Set([1]))).toBe(0);
  });
});

describe('partsForYears', () => {
  // Part 0 holds March 2024 on, part 1 mid-2022 to March 2024, part 2 2019 to mid-2022, part 3 undated.
  const oldest = ['2024-03-10', '2022-06-01', '2019-01-05', ''];
  it('gives every part holding articles of the year, a year split between parts in both', () => {
    expect(partsForYears(['2025'], oldest)).toEqual([0]);
    expect(partsForYears(['2024'], oldest)).toEqual([0, 1]);
    expect(partsForYears(['2023'], oldest)).toEqual([1]);
    expect(partsForYears(['2022'], oldest)).toEqual([1, 2]);
    expect(partsForYears(['2020', '2023'], oldest)).toEqual([1, 2]);
    expect(partsForYears(['2010'], oldest)).toEqual([3]);
    expect(partsForYears(['x'], oldest)).toEqual([]);
  });
});

describe('yearsOfParts', () => {
  const oldest = ['2024-03-10', '2022-06-01', '2019-01-05'];
  it('names the years of the unsearched older parts', () => {
    expect(yearsOfParts(1, oldest)).toBe('2019–2024');
    expect(yearsOfParts(2, oldest)).toBe('2019–2022');
    expect(yearsOfParts(3, oldest)).toBe('');
    expect(yearsOfParts(1, ['2024-03-10', '2024-01-01'])).toBe('2024');
    expect(yearsOfParts(1, ['2024-03-10', ''])).toBe('');
  });
});

describe('monthOf', () => {
  it('names the month and year in the page’s language', () => {
    expect(monthOf('2024-03-10', 'en')).toBe('March 2024');
    expect(monthOf('2024-03-10', 'es')).toBe('marzo de 2024');
    expect(monthOf('', 'en')).toBe('');
  });
});

describe('summaryText', () => {
  const words = {
    zero: 'none for [SEARCH_TERM] anywhere',
    zeroFiltered: 'none for [SEARCH_TERM] filtered',
    one: '[COUNT] for [SEARCH_TERM]',
    many: '[COUNT] all for [SEARCH_TERM]',
    zeroSince: 'none since [SINCE]',
    oneSince: '[COUNT] since [SINCE]',
    manySince: '[COUNT] for [SEARCH_TERM] since [SINCE]',
    seeking: '[SUMMARY]; going on',
  };
  it('says since when while older parts are unsearched, and the plain count when all are', () => {
    expect(summaryText(words, 42, 'tool', 'March 2024')).toBe('42 for tool since March 2024');
    expect(summaryText(words, 1, 'tool', 'March 2024')).toBe('1 since March 2024');
    expect(summaryText(words, 0, 'tool', 'March 2024')).toBe('none since March 2024');
    expect(summaryText(words, 42, 'tool', '')).toBe('42 all for tool');
    expect(summaryText(words, 1, 'tool', '', true)).toBe('1 for tool');
  });
  it('says no result in any article once every part is searched, or with the filters when a filter narrowed it', () => {
    expect(summaryText(words, 0, 'tool', '')).toBe('none for tool anywhere');
    expect(summaryText(words, 0, 'tool', '', true)).toBe('none for tool filtered');
    expect(summaryText(words, 0, 'tool', 'March 2024', true)).toBe('none since March 2024');
  });
});

describe('seekingText', () => {
  it('wraps the count line so far while older parts are searched', () => {
    const words = { zero: '', zeroFiltered: '', one: '', many: '[COUNT] for [SEARCH_TERM]', zeroSince: 'none for [SEARCH_TERM] since [SINCE]', oneSince: '', manySince: '[COUNT] since [SINCE]', seeking: '[SUMMARY]; going on' };
    expect(seekingText(words, 0, 'tool', 'March 2024')).toBe('none for tool since March 2024; going on');
    expect(seekingText(words, 5, 'tool', 'March 2024')).toBe('5 since March 2024; going on');
  });
});
