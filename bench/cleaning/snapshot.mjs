#!/usr/bin/env node
// `node bench/cleaning/snapshot.mjs --out FILE [--root REPO] [--shared] DIR...`: the full result of
// the cleaning for every file under each DIR, one JSON line per item, so that a change meant to
// leave every decision as it was (a speed-up) can be checked byte for byte: run it on the code
// before (--root pointing at another worktree) and after, then `cmp` the two files.
//
// For each DIR its files go through the build's path as a sync gives them: gatherCleaning over
// the folder (template and overrides), then parseArticle with that input (article, HTML,
// warnings, cleaning counts). Every dump's body also goes through classifyBlocks alone, in page
// and article scope, with every decision's rule, reason and label. --shared adds the dumps of the
// shared article-extraction set (read at run time, written nowhere but FILE).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { registerTypeScript } from '../../scripts/lib/ts-hooks.mjs';
import { benchmarkDir, loadPages, REPO_ROOT } from './data.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, root: { type: 'string' }, shared: { type: 'boolean', default: false } },
});
if (!values.out) throw new Error('usage: node bench/cleaning/snapshot.mjs --out FILE [--root REPO] [--shared] DIR...');
const root = resolve(values.root ?? REPO_ROOT);
registerTypeScript();
const load = (p) => import(pathToFileURL(join(root, p)).href);
const { parseArticle, templateOfBody } = await load('src/lib/content/article.ts');
const { parseDumpHeader } = await load('src/lib/content/dump.ts');
const { classifyBlocks } = await load('src/lib/clean/classify.ts');
const { gatherCleaning, isDump } = await load('src/lib/content/cleaning-context.ts');
const { mergeOverrides, parseOverrides } = await load('src/lib/clean/overrides.ts');

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

/** Decisions as plain data (a feature decision's reason is a getter). */
const plain = (c) => ({ ...c, decisions: c.decisions.map((d) => [d.keep, d.rule, d.reason, d.label]) });

const lines = [];
const emit = (name, value) => {
  const json = JSON.stringify(value);
  lines.push(`${name}\t${createHash('sha256').update(json).digest('hex').slice(0, 16)}\t${json}`);
};

/** classifyBlocks alone on a dump's body, with the template and overrides of `input` (as content/article.ts passes them). */
function classifyAll(name, text, input = {}) {
  const header = parseDumpHeader(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  if (!header) return;
  const body = header.body.split('\n');
  const template = templateOfBody(input.templateLines, header.bodyStartLine);
  const overrides = input.overrides?.length ? mergeOverrides(input.overrides.map((t) => parseOverrides(t).overrides)) : undefined;
  for (const scope of ['page', 'article']) emit(`${name}#classify:${scope}`, plain(classifyBlocks(body, { title: header.title, scope, template, overrides })));
  emit(`${name}#classify:es`, plain(classifyBlocks(body, { title: header.title, lang: 'es', template, overrides })));
}

for (const dirArg of positionals) {
  const dir = resolve(dirArg);
  const paths = walk(dir).filter((p) => /\.(md|txt|markdown)$/i.test(p) && !p.endsWith('cleaning.txt'));
  const files = paths.map((p) => [relative(dir, p), readFileSync(p)]);
  const overridesFiles = walk(dir).filter((p) => p.endsWith('cleaning.txt')).map((p) => relative(dir, p));
  const context = await gatherCleaning(dir, files, overridesFiles);
  for (const [file, bytes] of files) {
    const name = `${dirArg}/${file}`;
    const input = context.inputFor(file);
    emit(name, parseArticle(file, bytes, { siteLang: 'en' }, input));
    const text = new TextDecoder().decode(bytes);
    if (isDump(text)) classifyAll(name, text, input);
  }
}
if (values.shared) {
  for (const page of loadPages(benchmarkDir())) {
    emit(`shared/${page.id}`, parseArticle(`${page.id}.txt`, new TextEncoder().encode(page.dump), { siteLang: 'en' }));
    classifyAll(`shared/${page.id}`, page.dump);
  }
}
writeFileSync(values.out, lines.join('\n') + '\n');
console.log(`${lines.length} results from ${root} → ${values.out}`);
