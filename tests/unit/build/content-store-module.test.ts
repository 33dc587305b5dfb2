import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { storeModuleCode } from '../../../src/lib/build/content-store-module.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

/** What Astro makes of a single-file store (astro/dist/content/vite-plugin-content-virtual-mod.js). */
const astroModule = (text: string) => `export default JSON.parse(${JSON.stringify(text)})`;

function storeFile(text: string): string {
  const file = path.join(tempDir('store-'), 'data-store.json');
  writeFileSync(file, text);
  return file;
}

/** Imports `code` as a module file, as the prerender bundle would run it. */
async function run(code: string): Promise<unknown> {
  const file = path.join(tempDir('store-module-'), 'store.mjs');
  writeFileSync(file, code);
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

const STORE = JSON.stringify([['Map', 1], 'articles', { title: 'Quotes " and \\ backslashes, ünïcödé, \u2028 too' }]);

describe('content store read at run time', () => {
  it('gives the data Astro would have bundled', async () => {
    const file = storeFile(STORE);
    const code = storeModuleCode(astroModule(STORE), STORE, file);
    expect(code).toBeDefined();
    expect(code).not.toContain('ünïcödé');
    expect(await run(code!)).toEqual(JSON.parse(STORE));
  });

  it('fails with the file named when the store changed after bundling', async () => {
    const file = storeFile(STORE);
    const code = storeModuleCode(astroModule(STORE), STORE, file)!;
    writeFileSync(file, STORE.replace('articles', 'changed!'));
    await expect(run(code)).rejects.toThrow(`${file}: the content store changed between bundling and rendering`);
  });

  it('leaves any other form of the module alone', () => {
    const file = storeFile(STORE);
    expect(storeModuleCode(astroModule(STORE.replace('articles', 'other')), STORE, file)).toBeUndefined();
    expect(storeModuleCode('export default new Map()', STORE, file)).toBeUndefined();
    expect(storeModuleCode(`export default{"articles":[(await import("astro:data-layer-content-chunk:0.json"))]}`, STORE, file)).toBeUndefined();
    // Code around a literal of the same text, or a literal that is not one JSON string.
    expect(storeModuleCode(`${astroModule(STORE).slice(0, -1)}) + evil()`, STORE, file)).toBeUndefined();
    expect(storeModuleCode(`export default JSON.parse(${JSON.stringify(STORE)}, reviver)`, STORE, file)).toBeUndefined();
    expect(storeModuleCode(`export default JSON.parse(${STORE})`, STORE, file)).toBeUndefined();
  });
});
