/**
 * The one Markdown pipeline: remark-parse (or a tree built from a text dump) → remark-gfm → comment-form removal →
 * heading demotion → remark-rehype → raw HTML parsed (only when the body has some) →
 * local images noted → rehype-sanitize → husks pruned, same-page links, body images and
 * facts (one walk for the four, walk.ts) → rehype-stringify. Built once and reused for every article.
 */
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { articleFactsPass } from './rehype-article-facts.ts';
import { bodyImagesPass, rehypeMarkBodyImages, type BodyImage } from './rehype-body-images.ts';
import { fragmentLinksPass } from './rehype-fragment-links.ts';
import { pruneEmptyPass } from './rehype-prune-empty.ts';
import remarkDemoteHeadings from './remark-demote-headings.ts';
import { remarkStripCommentForms } from './remark-strip-comment-forms.ts';
import { articleSanitizeSchema } from './sanitize-schema.ts';
import { passesPlugin, someNode } from './walk.ts';

/**
 * Parsing raw HTML re-reads the whole tree with parse5; most articles have none. Markdown
 * without a `<` has none (HTML in Markdown starts with one), so its tree is not searched.
 */
function rehypeRawWhenPresent() {
  const parseRaw = rehypeRaw();
  return (tree: HastRoot, file: VFile) => {
    const mayHaveRaw = typeof file.value !== 'string' || file.value.includes('<');
    const hasRaw = mayHaveRaw && someNode(tree, (node) => node.type === 'raw');
    return hasRaw ? parseRaw(tree, file) : tree;
  };
}

/** What follows sanitizing, in this order for each element, in one walk. */
const rehypeAfterSanitize = passesPlugin(pruneEmptyPass, fragmentLinksPass, bodyImagesPass, articleFactsPass);

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkStripCommentForms)
  .use(remarkDemoteHeadings)
  .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' }) // sanitize adds the prefix, once
  .use(rehypeRawWhenPresent)
  .use(rehypeMarkBodyImages)
  .use(rehypeSanitize, articleSanitizeSchema)
  .use(rehypeAfterSanitize)
  .use(rehypeStringify)
  .freeze();

export interface RenderWarning {
  message: string;
  /** 1-based line within the rendered Markdown. */
  line?: number;
}

export interface RenderedBody {
  html: string;
  wordCount: number;
  firstParagraph: string;
  /** Set when a comment form was found and removed. */
  commentForm?: { ruleId: string; removedLines: number };
  /** Local images of the body, in the order of their `__BODY_IMAGE_<n>__` placeholders. */
  images: BodyImage[];
  warnings: RenderWarning[];
}

export function renderMarkdown(markdown: string): RenderedBody {
  const file = new VFile({ value: markdown });
  const html = String(processor.processSync(file));
  return rendered(file, html);
}

/**
 * Renders a tree built directly (a cleaned text dump, content/dump.ts): the same plugins,
 * sanitizing and stringifying as Markdown, without remark-parse.
 */
export function renderTree(tree: MdastRoot): RenderedBody {
  const file = new VFile();
  file.data.plainText = true;
  const hast = processor.runSync(tree, file);
  const html = processor.stringify(hast, file);
  return rendered(file, html);
}

function rendered(file: VFile, html: string): RenderedBody {
  const facts = file.data.articleFacts ?? { wordCount: 0, firstParagraph: '' };
  return {
    html,
    wordCount: facts.wordCount,
    firstParagraph: facts.firstParagraph,
    commentForm: file.data.commentForm,
    images: file.data.bodyImages ?? [],
    warnings: file.messages.map((m) => ({ message: m.reason, line: m.line ?? undefined })),
  };
}
