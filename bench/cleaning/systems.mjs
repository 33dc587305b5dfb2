// The four ways a page becomes article text, each scored on the same pages in one run.
// Every system takes one benchmark page ({ id, html, dump }) and returns { text } or { error }.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlToText, markdownToText } from './text.mjs';

/** Loaded after the TypeScript hook is registered (see run.mjs). */
export async function loadSystems() {
  const { htmlToArticle } = await import('../../src/lib/import/html-to-article.ts');
  const { parseArticle } = await import('../../src/lib/content/article.ts');
  const utf8 = new TextEncoder();
  return [
    {
      key: 'import',
      input: 'html',
      label: 'saved HTML → `npm run import` (src/lib/import → Markdown → text)',
      run(page) {
        const article = htmlToArticle(page.html);
        return markdownToText(article.body);
      },
    },
    {
      key: 'readability',
      input: 'html',
      label: 'saved HTML → plain Mozilla Readability (linkedom DOM, default options)',
      run(page) {
        const { document } = parseHTML(page.html);
        const article = new Readability(document).parse();
        if (!article?.content) throw new Error('Readability found no article');
        return htmlToText(article.content);
      },
    },
    {
      key: 'build',
      input: 'dumps',
      label: 'text dump → the build (content/article.ts as a `.txt` without frontmatter → HTML → text)',
      run(page) {
        const parsed = parseArticle(`${page.id}.txt`, utf8.encode(page.dump), { siteLang: 'en' });
        if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
        return htmlToText(parsed.html);
      },
    },
    {
      key: 'raw',
      input: 'dumps',
      label: 'text dump unchanged (baseline: the whole file as the article)',
      run(page) {
        return page.dump;
      },
    },
  ];
}
