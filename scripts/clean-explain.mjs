#!/usr/bin/env node
// `npm run clean:explain -- <file> [...]`: prints a dump (or any page text) with every line the
// cleaner removes marked, and the rule and reason, using the same template (the other dumps of
// its folder, and of its source host across the content folder) and cleaning overrides
// (cleaning.txt) as the build. See README, "Cleaning".
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { registerTypeScript } from './lib/ts-hooks.mjs';

registerTypeScript();
const { classifyBlocks } = await import('../src/lib/clean/classify.ts');
const { explain } = await import('../src/lib/clean/explain.ts');
const { mergeOverrides, parseOverrides, OVERRIDES_FILE } = await import('../src/lib/clean/overrides.ts');
const { sourceHost, TemplateIndex, templateGroups, textKeys } = await import('../src/lib/clean/template.ts');
const { templateOfBody } = await import('../src/lib/content/article.ts');
const { parseDumpHeader } = await import('../src/lib/content/dump.ts');
const { hasFrontmatter } = await import('../src/lib/content/frontmatter.ts');

const files = process.argv.slice(2);
if (!files.length) {
  console.error('Usage: npm run clean:explain -- <dump.txt> [more files]');
  process.exit(2);
}

const read = (f) => readFileSync(f, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

/** The content folder the build reads (CONTENT_DIR, else content/) when `file` lies in it, else the file's own folder. */
function contentRoot(file) {
  const root = path.resolve(process.env.CONTENT_DIR ?? 'content');
  const rel = path.relative(root, path.resolve(file));
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? root : path.dirname(path.resolve(file));
}

/** Every dump under `root` (relative paths), as the build's template sees them. */
function dumpsUnder(root, dir = root) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') found.push(...dumpsUnder(root, full));
    } else if (/\.(txt|md|markdown)$/i.test(entry.name) && entry.name !== OVERRIDES_FILE) {
      const text = read(full);
      if (!hasFrontmatter(text)) found.push({ rel: path.relative(root, full), text });
    }
  }
  return found;
}

for (const file of files) {
  const text = read(file);
  if (hasFrontmatter(text)) {
    console.log(`${file}: Markdown with frontmatter is not cleaned line by line (only comment forms are removed).`);
    continue;
  }
  const folder = path.dirname(file);
  // The template as the build finds it: every dump of the content folder, grouped by folder and source host.
  const root = contentRoot(file);
  const index = new TemplateIndex();
  for (const other of dumpsUnder(root)) index.addToGroups(templateGroups(path.dirname(other.rel), sourceHost(other.text)), textKeys(other.text).keys);
  const groups = templateGroups(path.dirname(path.relative(root, path.resolve(file))), sourceHost(text));
  // Overrides: this folder's cleaning.txt and its parents' (nearest first), as far as the file system goes.
  const overrides = [];
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    try {
      overrides.push(parseOverrides(readFileSync(path.join(dir, OVERRIDES_FILE), 'utf8')).overrides);
    } catch {}
    if (dir === path.dirname(dir)) break;
  }
  const header = parseDumpHeader(text);
  const lines = (header?.body ?? text).split('\n');
  const result = classifyBlocks(lines, {
    title: header?.title,
    scope: header && (Object.keys(header.fields).length || header.emptyLabels.length) ? 'article' : 'page',
    template: templateOfBody(index.templateLines(groups, textKeys(text)), header?.bodyStartLine ?? 1),
    overrides: mergeOverrides(overrides),
  });
  console.log(`${file} (title: ${header?.title ?? 'none'})\n`);
  console.log(explain(lines, result, { firstLine: header?.bodyStartLine ?? 1 }));
  console.log();
}
