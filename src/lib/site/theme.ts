/**
 * Colour theme choice: the OS preference unless the reader picked one with the toggle,
 * remembered in localStorage. public/theme-init.js applies a stored choice before first
 * paint (it cannot import this module, so keep THEME_KEY and the values in step with it).
 */
export type Theme = 'light' | 'dark';

export const THEME_KEY = 'theme';

/** A stored value as a theme, or null when absent or not one we wrote. */
export function parseTheme(value: unknown): Theme | null {
  return value === 'light' || value === 'dark' ? value : null;
}

/** The theme in effect: the reader's choice, else the OS preference. */
export function effectiveTheme(chosen: Theme | null, prefersDark: boolean): Theme {
  return chosen ?? (prefersDark ? 'dark' : 'light');
}

export function oppositeTheme(theme: Theme): Theme {
  return theme === 'dark' ? 'light' : 'dark';
}

/** What the toggle needs from the page; injected so tests can supply fakes. */
export interface ThemeEnv {
  root: HTMLElement;
  /** null when storage is unavailable (private mode, blocked cookies). */
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  /** `matchMedia('(prefers-color-scheme: dark)')`, or null where unsupported. */
  darkQuery: Pick<MediaQueryList, 'matches' | 'addEventListener'> | null;
}

function readStored(storage: ThemeEnv['storage']): Theme | null {
  try {
    return parseTheme(storage?.getItem(THEME_KEY));
  } catch {
    return null;
  }
}

/**
 * Makes a rendered (hidden) toggle button work: shows it, keeps aria-pressed equal to
 * "dark theme in effect", and on click stores and applies the opposite theme.
 */
export function bindThemeToggle(button: HTMLButtonElement, env: ThemeEnv): void {
  const { root, storage, darkQuery } = env;
  const current = () => effectiveTheme(parseTheme(root.dataset.theme) ?? readStored(storage), darkQuery?.matches ?? false);
  const sync = () => button.setAttribute('aria-pressed', String(current() === 'dark'));

  button.addEventListener('click', () => {
    const next = oppositeTheme(current());
    root.dataset.theme = next;
    try {
      storage?.setItem(THEME_KEY, next);
    } catch {
      // The choice still applies to this page; it just won't be remembered.
    }
    sync();
  });
  // Without a stored choice the page follows the OS; keep the button's state honest.
  darkQuery?.addEventListener('change', sync);
  sync();
  button.hidden = false;
}
