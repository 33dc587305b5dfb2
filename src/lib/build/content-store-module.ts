/**
 * Astro integration: in a static build, the prerender bundle reads Astro's content store
 * (data-store.json in the cache folder) from the file when it runs, instead of carrying it.
 *
 * Astro makes the store a module, `export default JSON.parse("<the whole file>")`, and Vite bundles
 * that module on every build: at 10,000 articles a 9 MB string literal, about a second of Vite's
 * bundling in a build with nothing changed, and 130 MB of peak memory. The bundle only runs in
 * this process, right after it is made, with the file beside it, so reading the file is the same
 * data. The module is replaced only when its code is exactly what Astro makes of the file as it is
 * then; the bundle checks the file's hash before using it, so a store changed in between fails the
 * build with a message instead of rendering other data. Anything else (another Astro version's
 * code, the chunked store) is left as Astro made it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's resolved id of the store module (astro/dist/content/consts.js). */
export const STORE_MODULE_ID = '\0astro:data-layer-content';
/** Where Astro keeps the store in a build (astro/dist/content/paths.js, getDataStoreFile). */
const STORE_FILE = 'data-store.json';

const hashOf = (text: string) => createHash('sha1').update(text).digest('base64url');

/**
 * The module that reads `storeFile` when it runs, if `astroCode` is exactly Astro's module for
 * `storeText` (the file's text now); undefined otherwise.
 */
export function storeModuleCode(astroCode: string, storeText: string, storeFile: string): string | undefined {
  const prefix = 'export default JSON.parse(';
  if (!astroCode.startsWith(prefix) || !astroCode.endsWith(')')) return undefined;
  // The literal read back (about three times faster than writing the text as one to compare):
  // a module whose argument is one JSON string equal to the file has the file's data.
  let literal: unknown;
  try {
    literal = JSON.parse(astroCode.slice(prefix.length, -1));
  } catch {
    return undefined;
  }
  if (literal !== storeText) return undefined;
  const hint = 'the content store changed between bundling and rendering (another build writing the same cache folder?); run the build again';
  return [
    "import { createHash } from 'node:crypto';",
    "import { readFileSync } from 'node:fs';",
    `const text = readFileSync(${JSON.stringify(storeFile)}, 'utf8');`,
    `if (createHash('sha1').update(text).digest('base64url') !== ${JSON.stringify(hashOf(storeText))}) throw new Error(${JSON.stringify(`${storeFile}: ${hint}`)});`,
    'export default JSON.parse(text);',
  ].join('\n');
}

export default function contentStoreFromFile(): AstroIntegration {
  return {
    name: 'news-content-store',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build' || config.output !== 'static') return;
        const storeFile = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'news-content-store',
                apply: 'build',
                transform: {
                  filter: { id: /^\0astro:data-layer-content$/ },
                  handler(code: string, id: string) {
                    if (id !== STORE_MODULE_ID) return undefined;
                    let storeText: string;
                    try {
                      storeText = readFileSync(storeFile, 'utf8');
                    } catch {
                      return undefined; // no store file: Astro's own stub stays
                    }
                    const replaced = storeModuleCode(code, storeText, storeFile);
                    if (!replaced) {
                      logger.warn(`Astro's content store module is not in the form this integration knows; it is bundled as Astro made it (the same pages, a slower build); src/lib/build/content-store-module.ts needs updating for this Astro version.`);
                      return undefined;
                    }
                    logger.info(`content store read from ${STORE_FILE} when the pages render (${Math.round(Buffer.byteLength(storeText) / 1024).toLocaleString('en')} KB not bundled)`);
                    return { code: replaced, map: { mappings: '' } };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
