import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { THEME_KEY, bindThemeToggle, effectiveTheme, oppositeTheme, parseTheme, type ThemeEnv } from '../../../src/lib/site/theme';

describe('theme choice', () => {
  it('accepts only the two stored values', () => {
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme('light')).toBe('light');
    for (const junk of [null, undefined, '', 'Dark', 'auto', 1]) expect(parseTheme(junk)).toBeNull();
  });

  it('lets an explicit choice win over the OS preference', () => {
    expect(effectiveTheme(null, true)).toBe('dark');
    expect(effectiveTheme(null, false)).toBe('light');
    expect(effectiveTheme('light', true)).toBe('light');
    expect(effectiveTheme('dark', false)).toBe('dark');
    expect(oppositeTheme('dark')).toBe('light');
    expect(oppositeTheme('light')).toBe('dark');
  });
});

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

function page(prefersDark: boolean) {
  const { document } = parseHTML('<html><body><button type="button" data-theme-toggle aria-pressed="false" hidden>Dark theme</button></body></html>');
  const button = document.querySelector('button') as unknown as HTMLButtonElement;
  const listeners: Array<() => void> = [];
  const darkQuery = { matches: prefersDark, addEventListener: (_: string, fn: () => void) => void listeners.push(fn) } as unknown as ThemeEnv['darkQuery'];
  return { document, button, root: document.documentElement as unknown as HTMLElement, darkQuery, listeners };
}

describe('bindThemeToggle', () => {
  it('shows the button and reports the OS scheme when nothing is stored', () => {
    const { button, root, darkQuery } = page(true);
    bindThemeToggle(button, { root, storage: memoryStorage(), darkQuery });
    expect(button.hidden).toBe(false);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(root.dataset.theme).toBeUndefined();
  });

  it('switches to the opposite theme, applies it to <html> and remembers it', () => {
    const { button, root, darkQuery } = page(true);
    const storage = memoryStorage();
    bindThemeToggle(button, { root, storage, darkQuery });
    button.click();
    expect(root.getAttribute('data-theme')).toBe('light');
    expect(storage.data.get(THEME_KEY)).toBe('light');
    expect(button.getAttribute('aria-pressed')).toBe('false');
    button.click();
    expect(root.getAttribute('data-theme')).toBe('dark');
    expect(button.getAttribute('aria-pressed')).toBe('true');
  });

  it('starts from a choice already applied by theme-init.js', () => {
    const { button, root, darkQuery } = page(false);
    root.dataset.theme = 'dark';
    bindThemeToggle(button, { root, storage: memoryStorage({ [THEME_KEY]: 'dark' }), darkQuery });
    expect(button.getAttribute('aria-pressed')).toBe('true');
  });

  it('still toggles the page when storage throws', () => {
    const { button, root, darkQuery } = page(false);
    const storage = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } };
    bindThemeToggle(button, { root, storage, darkQuery });
    button.click();
    expect(root.getAttribute('data-theme')).toBe('dark');
  });

  it('follows an OS scheme change while the reader has made no choice', () => {
    const { button, root, darkQuery, listeners } = page(false);
    bindThemeToggle(button, { root, storage: memoryStorage(), darkQuery });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    (darkQuery as { matches: boolean }).matches = true;
    listeners.forEach((fn) => fn());
    expect(button.getAttribute('aria-pressed')).toBe('true');
  });
});

describe('public/theme-init.js', () => {
  const source = readFileSync('public/theme-init.js', 'utf8');
  const run = (storage: { getItem(k: string): string | null }) => {
    const { document } = parseHTML('<html><head></head><body></body></html>');
    runInNewContext(source, { document, localStorage: storage });
    return document.documentElement.getAttribute('data-theme');
  };

  it('applies a stored choice under the key the toggle writes', () => {
    expect(run(memoryStorage({ [THEME_KEY]: 'dark' }))).toBe('dark');
    expect(run(memoryStorage({ [THEME_KEY]: 'light' }))).toBe('light');
  });

  it('leaves the OS preference alone for missing or foreign values and blocked storage', () => {
    expect(run(memoryStorage())).toBeNull();
    expect(run(memoryStorage({ [THEME_KEY]: '"><script>' }))).toBeNull();
    expect(run({ getItem: () => { throw new Error('SecurityError'); } })).toBeNull();
  });
});
