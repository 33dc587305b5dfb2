import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { THEME_KEY, bindThemeToggle, effectiveTheme, nextChoice, parseTheme, type ThemeChoice } from '../../../src/lib/site/theme';

const labels: Record<ThemeChoice, string> = { system: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' };

describe('theme choice', () => {
  it('accepts only the two stored values', () => {
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme('light')).toBe('light');
    for (const junk of [null, undefined, '', 'Dark', 'auto', 'system', 1]) expect(parseTheme(junk)).toBeNull();
  });

  it('lets an explicit choice win over the OS preference', () => {
    expect(effectiveTheme(null, true)).toBe('dark');
    expect(effectiveTheme(null, false)).toBe('light');
    expect(effectiveTheme('light', true)).toBe('light');
    expect(effectiveTheme('dark', false)).toBe('dark');
  });

  it('steps system → light → dark → system', () => {
    expect(nextChoice('system')).toBe('light');
    expect(nextChoice('light')).toBe('dark');
    expect(nextChoice('dark')).toBe('system');
  });
});

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k), data };
}

function page() {
  const { document } = parseHTML('<html><body><button type="button" data-theme-toggle hidden>Theme: system</button></body></html>');
  const button = document.querySelector('button') as unknown as HTMLButtonElement;
  return { document, button, root: document.documentElement as unknown as HTMLElement };
}

describe('bindThemeToggle', () => {
  it('shows the button and says "system" when nothing is stored', () => {
    const { button, root } = page();
    bindThemeToggle(button, { root, storage: memoryStorage(), labels });
    expect(button.hidden).toBe(false);
    expect(button.textContent).toBe('Theme: system');
    expect(root.dataset.theme).toBeUndefined();
  });

  it('steps through light and dark, applying and remembering each, then back to following the system', () => {
    const { button, root } = page();
    const storage = memoryStorage();
    bindThemeToggle(button, { root, storage, labels });
    button.click();
    expect(root.getAttribute('data-theme')).toBe('light');
    expect(storage.data.get(THEME_KEY)).toBe('light');
    expect(button.textContent).toBe('Theme: light');
    button.click();
    expect(root.getAttribute('data-theme')).toBe('dark');
    expect(storage.data.get(THEME_KEY)).toBe('dark');
    expect(button.textContent).toBe('Theme: dark');
    button.click();
    expect(root.hasAttribute('data-theme')).toBe(false);
    expect(storage.data.has(THEME_KEY)).toBe(false);
    expect(button.textContent).toBe('Theme: system');
  });

  it('starts from a choice already applied by theme-init.js', () => {
    const { button, root } = page();
    root.dataset.theme = 'dark';
    bindThemeToggle(button, { root, storage: memoryStorage({ [THEME_KEY]: 'dark' }), labels });
    expect(button.textContent).toBe('Theme: dark');
  });

  it('still switches the page when storage throws', () => {
    const { button, root } = page();
    const deny = () => { throw new Error('denied'); };
    bindThemeToggle(button, { root, storage: { getItem: deny, setItem: deny, removeItem: deny }, labels });
    button.click();
    expect(root.getAttribute('data-theme')).toBe('light');
  });
});

describe('public/theme-init.js', () => {
  const run = (stored: string | null) => {
    const { document } = parseHTML('<html><body></body></html>');
    const localStorage = { getItem: () => stored };
    runInNewContext(readFileSync('public/theme-init.js', 'utf8'), { document, localStorage });
    return document.documentElement.getAttribute('data-theme');
  };
  it('applies a stored light or dark theme and ignores anything else', () => {
    expect(run('dark')).toBe('dark');
    expect(run('light')).toBe('light');
    expect(run(null)).toBeNull();
    expect(run('system')).toBeNull();
  });
});
