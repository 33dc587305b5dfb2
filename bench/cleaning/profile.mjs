#!/usr/bin/env node
// `node [--cpu-prof --cpu-prof-dir=DIR] bench/cleaning/profile.mjs [--seconds 5] [--count 200] [--dir CORPUS]`:
// runs a dump's cleaning (classifyBlocks with the template and overrides the build would give)
// in a loop on the dumps of a generated corpus (the one bench:pipeline uses, or the dumps of
// --dir), outside Vitest's module runner, for a CPU profile of cleaning alone
// (summarise it with bench/lib/profile-summary.mjs). Prints µs of CPU per dump. --scope page|article
// overrides the dumps' own scope; --root takes the code of another worktree.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { registerTypeScript } from '../../scripts/lib/ts-hooks.mjs';
import { generateCorpus } from '../generate.mjs';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '5' }, count: { type: 'string', default: '200' }, dir: { type: 'string' }, root: { type: 'string' }, scope: { type: 'string' } } });
registerTypeScript();
// --root: another worktree's code (to compare before and after on the same dumps).
const root = pathToFileURL(resolve(values.root ?? fileURLToPath(new URL('../..', import.meta.url))) + '/').href;
const { classifyBlocks } = await import(new URL('src/lib/clean/classify.ts', root).href);
const { parseDumpHeader } = await import(new URL('src/lib/content/dump.ts', root).href);
const { templateOfBody } = await import(new URL('src/lib/content/article.ts', root).href);
const { gatherCleaning, isDump } = await import(new URL('src/lib/content/cleaning-context.ts', root).href);

let dir = values.dir;
let tmp;
if (!dir) {
  dir = tmp = mkdtempSync(join(tmpdir(), 'clean-profile-'));
  generateCorpus({ count: Number(values.count), seed: 42, outDir: dir });
}
const files = readdirSync(dir)
  .filter((f) => /\.(md|txt)$/.test(f))
  .sort()
  .map((f) => [f, readFileSync(join(dir, f))]);
if (tmp) rmSync(tmp, { recursive: true, force: true });
const context = await gatherCleaning(dir, files, []);
const dumps = files
  .filter(([, b]) => isDump(b.toString('utf8')))
  .map(([f, b]) => {
    const h = parseDumpHeader(b.toString('utf8'));
    const input = context.inputFor(f);
    return { lines: h.body.split('\n'), title: h.title, scope: values.scope ?? (Object.keys(h.fields).length || h.emptyLabels.length ? 'article' : 'page'), template: templateOfBody(input?.templateLines, h.bodyStartLine) };
  });

const clean = (d) => classifyBlocks(d.lines, { title: d.title, scope: d.scope, template: d.template });
for (let i = 0; i < 200; i++) for (const d of dumps) clean(d); // warm-up
const until = Date.now() + Number(values.seconds) * 1000;
const cpu0 = process.cpuUsage();
let n = 0;
while (Date.now() < until) for (const d of dumps) (clean(d), n++);
const cpu = process.cpuUsage(cpu0);
console.log(`${dumps.length} dumps, ${n} cleanings: ${((cpu.user + cpu.system) / n).toFixed(1)} µs CPU per dump`);
