/**
 * Colour theme choice, three states: follow the system (nothing stored), or light, or dark,
 * remembered in localStorage. public/theme-init.js applies a stored choice before first
 * paint (it cannot import this module, so keep THEME_KEY and the values in step with it).
 */
export type Theme = 'light' | 'dark';
/** What the reader picked: a theme, or following the system. */
export type ThemeChoice = Theme | 'system';

export const THEME_KEY = 'theme';

/** The order the toggle steps through. */
export const THEME_CYCLE: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/** A stored value as a theme, or null when absent or not one we wrote. */
export function parseTheme(value: unknown): Theme | null {
  return value === 'light' || value === 'dark' ? value : null;
}

/** The theme in effect: the reader's choice, else the OS preference. */
export function effectiveTheme(chosen: Theme | null, prefersDark: boolean): Theme {
  return chosen ?? (prefersDark ? 'dark' : 'light');
}

/** The choice after this one: system → light → dark → system. */
export function nextChoice(choice: ThemeChoice): ThemeChoice {
  return THEME_CYCLE[(THEME_CYCLE.indexOf(choice) + 1) % THEME_CYCLE.length]!;
}

/** What the page needs from the page; injected so tests can supply fakes. */
export interface ThemeEnv {
  root: HTMLElement;
  /** null when storage is unavailable (private mode, blocked cookies). */
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  /** Words for each choice, as the button shows them ("Theme: system"). */
  labels: Record<ThemeChoice, string>;
}

function readStored(storage: ThemeEnv['storage']): Theme | null {
  try {
    return parseTheme(storage?.getItem(THEME_KEY));
  } catch {
    return null;
  }
}

/**
 * Makes a rendered (hidden) toggle button work: shows it, states the current choice in
 * words, and on click steps to the next one, storing it (or forgetting it for "system").
 */
export function bindThemeToggle(button: HTMLButtonElement, env: ThemeEnv): void {
  const { root, storage, labels } = env;
  let choice: ThemeChoice = parseTheme(root.dataset.theme) ?? readStored(storage) ?? 'system';
  const sync = () => {
    button.textContent = labels[choice];
    button.dataset.choice = choice;
  };

  button.addEventListener('click', () => {
    choice = nextChoice(choice);
    try {
      if (choice === 'system') storage?.removeItem(THEME_KEY);
      else storage?.setItem(THEME_KEY, choice);
    } catch {
      // The choice still applies to this page; it just won't be remembered.
    }
    if (choice === 'system') delete root.dataset.theme;
    else root.dataset.theme = choice;
    sync();
  });
  sync();
  button.hidden = false;
}
