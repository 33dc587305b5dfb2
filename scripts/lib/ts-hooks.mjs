// Lets the plain-JS scripts (the importer, clean:explain, the cleaning benchmark) import the
// project's TypeScript modules: a module hook that compiles .ts on load with esbuild (a dependency
// Astro's Vite uses too). Node's own type stripping would not do: the modules import './x' for
// './x.ts', as bundlers allow.
import { register } from 'node:module';

const hooks = `
let transform;
export async function initialize({ esbuild }) {
  ({ transform } = await import(esbuild));
}
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !/^\\.{1,2}\\//.test(specifier)) throw error;
    return next(specifier + '.ts', context);
  }
}
export async function load(url, context, next) {
  if (!url.startsWith('file:') || !/\\.[cm]?ts$/.test(new URL(url).pathname)) return next(url, context);
  const { readFile } = await import('node:fs/promises');
  const source = await readFile(new URL(url), 'utf8');
  const { code } = await transform(source, { loader: 'ts', format: 'esm', target: 'node20', sourcemap: 'inline', sourcefile: url });
  return { format: 'module', source: code, shortCircuit: true };
}`;

export function registerTypeScript() {
  register(`data:text/javascript,${encodeURIComponent(hooks)}`, {
    parentURL: import.meta.url,
    data: { esbuild: import.meta.resolve('esbuild') },
  });
}
