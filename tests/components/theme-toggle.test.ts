import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it, vi } from 'vitest';

// site.ts reads the environment when first imported; the Spanish dictionary proves the label is not hard-coded.
vi.stubEnv('SITE_LANG', 'es');
const { default: ThemeToggle } = await import('../../src/components/ThemeToggle.astro');

let html: string;
beforeAll(async () => {
  const container = await AstroContainer.create();
  html = await container.renderToString(ThemeToggle);
});

/** The opening tag of the toggle button, whatever dev-mode attributes surround it. */
const buttonTag = () => html.match(/<button\b[^>]*>/)?.[0] ?? '';

describe('ThemeToggle', () => {
  it('is a real button labelled from the dictionary', () => {
    expect(buttonTag()).toMatch(/type="button"/);
    expect(html).toMatch(/<button\b[^>]*>Tema: sistema<\/button>/);
    // Every state's words come along for the script, in the site's language.
    const labels = buttonTag().match(/data-labels="([^"]*)"/)?.[1]?.replace(/&quot;|&#34;/g, '"');
    expect(JSON.parse(labels ?? 'null')).toEqual({ system: 'Tema: sistema', light: 'Tema: claro', dark: 'Tema: oscuro' });
  });

  it('starts hidden, so without JavaScript nothing dead is shown', () => {
    expect(buttonTag()).toMatch(/\shidden(\s|>|=)/);
    expect(buttonTag()).toMatch(/data-theme-toggle/);
  });

  it('renders no inline script body', () => {
    const inlineScripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attrs, body]) => !/\bsrc=/.test(attrs!) && body!.trim());
    expect(inlineScripts).toEqual([]);
  });
});
