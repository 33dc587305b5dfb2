#!/usr/bin/env node
// Builds the site the browser tests, Lighthouse, html-validate and the link checker read:
// the real content/ plus filler articles (so the index has a page 2), under the /news/
// sub-path, into .e2e/dist. Separate from dist/ so it never clobbers a production build.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { E2E } from './lib/e2e-site.mjs';

const work = path.resolve('.e2e');
const content = path.join(work, 'content');
rmSync(content, { recursive: true, force: true });
rmSync(E2E.dist, { recursive: true, force: true });
mkdirSync(content, { recursive: true });
cpSync(path.resolve(process.env.CONTENT_DIR ?? 'content'), content, { recursive: true });

// Hostile layout content (unbreakable words and URLs, wide tables, long code, a remote image
// without a size) for the overflow and layout-shift checks; its picture is served from the
// site itself, so CSP and the offline machine both allow it.
// The fixture names the default port's origin; the build serves the picture from its own
// (E2E_PORT), so another port would make it a foreign, CSP-blocked image.
writeFileSync(
  path.join(content, 'hostile-layout.md'),
  readFileSync(path.resolve('tests/e2e/content/hostile-layout.md'), 'utf8').replaceAll('http://127.0.0.1:4173', E2E.origin),
);

// More fillers than one index page holds, whatever content/ has. Older than any real
// article, so real ones stay on page 1.
for (let i = 1; i <= E2E.fillers; i++) {
  const n = String(i).padStart(2, '0');
  writeFileSync(
    path.join(content, `e2e-filler-${n}.md`),
    `---\ntitle: Routine council notice ${n}\ndate: 2001-01-${n}\ntags: [notices]\n---\n\nNotice ${n} lists the week's road closures and bin collection changes.\n`,
  );
}

const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', E2E.dist], {
  stdio: 'inherit',
  env: {
    ...process.env,
    CONTENT_DIR: content,
    BASE_PATH: E2E.base,
    SITE_URL: E2E.origin,
    ASTRO_CACHE_DIR: path.join(work, 'cache'),
    // Two articles per search index part, so the browser tests search across merged parts.
    SEARCH_PART_SIZE: '2',
    NODE_ENV: 'production',
  },
});
if (result.status === 0) cpSync(path.resolve('tests/e2e/content/e2e-remote.svg'), path.join(E2E.dist, 'e2e-remote.svg'));
process.exit(result.status ?? 1);
