/**
 * Reads facts off the sanitized HTML tree, in the same pass that renders it: the word
 * count and the first paragraph (for a derived description). Also marks body images
 * lazy, since they sit below the title and main image.
 */
import type { VFile } from 'vfile';
import { toString } from 'hast-util-to-string';
import { passesPlugin, type TreePass } from './walk.ts';

declare module 'vfile' {
  interface DataMap {
    articleFacts: { wordCount: number; firstParagraph: string };
  }
}

/** Words are runs of letters or digits; CJK characters count one each, as readers read them. */
export function countWords(text: string): number {
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  const rest = text.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu, ' ');
  const words = rest.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return words + cjk;
}

export function articleFactsPass(file: VFile): TreePass {
  let firstParagraph = '';
  return {
    visit: (node) => {
      if (!firstParagraph && node.tagName === 'p') firstParagraph = toString(node).replace(/\s+/g, ' ').trim();
      if (node.tagName === 'img') {
        node.properties.loading = 'lazy';
        node.properties.decoding = 'async';
      }
    },
    finish: (tree) => {
      file.data.articleFacts = { wordCount: countWords(toString(tree)), firstParagraph };
    },
  };
}

export default passesPlugin(articleFactsPass);
