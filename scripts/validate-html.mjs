#!/usr/bin/env node
// html-validate over every HTML file of a built site, with the project's .htmlvalidate.json.
// Prints each error with its file and position; exits 1 when there is any.
// Usage: node scripts/validate-html.mjs [dir=dist]
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { listFiles } from './lib/files.mjs';

const dir = path.resolve(process.argv[2] ?? 'dist');
if (!existsSync(dir)) {
  console.error(`validate-html: ${dir} does not exist; build the site first`);
  process.exit(2);
}
const files = listFiles(dir, ['.html']);
if (!files.length) {
  console.error(`validate-html: no HTML files in ${dir}`);
  process.exit(2);
}

// The project's config, wherever the site was built (a temp folder has no config above it).
const config = JSON.parse(readFileSync(new URL('../.htmlvalidate.json', import.meta.url), 'utf8'));
const validator = new HtmlValidate(new StaticConfigLoader(config));
let errors = 0;
for (const file of files) {
  const report = await validator.validateFile(path.join(dir, file));
  for (const result of report.results) {
    for (const m of result.messages) {
      if (m.severity < 2) continue;
      errors++;
      console.log(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
}
console.log(`${errors ? `${errors} HTML error(s)` : 'no HTML errors'} in ${files.length} files`);
process.exit(errors ? 1 : 0);
