/**
 * An article as file text: YAML frontmatter in a fixed key order, then the body.
 * Nothing time- or machine-dependent goes in, so a re-import gives the same bytes.
 */
import { stringify } from 'yaml';
import { frontmatterSchema } from '../content/schema.ts';
import { ImportError, type ArticleMeta } from './article.ts';

const KEY_ORDER: readonly (keyof ArticleMeta)[] = ['title', 'date', 'updated', 'author', 'description', 'image', 'imageAlt', 'source', 'lang'];

export function serializeArticle(meta: ArticleMeta, body: string): string {
  const data: Record<string, string> = {};
  for (const key of KEY_ORDER) {
    const value = meta[key];
    if (value !== undefined && value !== '') data[key] = value;
  }
  // The build reads these files with the same schema: refuse here what it would refuse there.
  const checked = frontmatterSchema.safeParse(data);
  if (!checked.success) {
    const problems = checked.error.issues.map((i) => `${i.path.join('.') || 'frontmatter'}: ${i.message}`);
    throw new ImportError(`the frontmatter would not validate (${problems.join('; ')})`);
  }
  // lineWidth 0: long titles and descriptions stay on one line instead of being folded.
  const yaml = stringify(data, { lineWidth: 0 });
  return `---\n${yaml}---\n\n${body.trim()}\n`;
}
