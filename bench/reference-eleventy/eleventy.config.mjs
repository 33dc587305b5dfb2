// Minimal Eleventy 3 site used as a build-time baseline.
// CONTENT_DIR: corpus of frontmatter .md files (generate.mjs --reference-md); OUT_DIR: output folder.
// The corpus folder is the input dir, so the layout and index live here and are added as
// virtual templates (Eleventy 3 `addTemplate`) rather than copied into the corpus.
import { readFileSync } from 'node:fs';

const tpl = (name) => readFileSync(new URL(`./templates/${name}`, import.meta.url), 'utf8');

export default function (eleventyConfig) {
  if (!process.env.CONTENT_DIR) throw new Error('Set CONTENT_DIR to a corpus made with generate.mjs --reference-md');
  // Corpora live in bench/.work/, which .gitignore lists; Eleventy would otherwise skip them all.
  eleventyConfig.setUseGitIgnore(false);
  eleventyConfig.addTemplate('_includes/article.njk', tpl('article.njk'));
  eleventyConfig.addTemplate('index.njk', tpl('index.njk'));
  // Defaults for every corpus file; index.njk overrides both in its front matter.
  eleventyConfig.addGlobalData('layout', 'article.njk');
  eleventyConfig.addGlobalData('permalink', '/articles/{{ page.fileSlug }}/');
  eleventyConfig.addCollection('articles', (api) =>
    api
      .getAll()
      .filter((item) => item.inputPath.endsWith('.md'))
      .sort((a, b) => b.date - a.date),
  );
}

export const config = {
  dir: {
    input: process.env.CONTENT_DIR,
    output: process.env.OUT_DIR ?? '_site',
  },
};
