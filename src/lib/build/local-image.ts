/**
 * Where an article's main image lives. Local files (beside the article, or under
 * `src/assets/`) go through astro:assets; http(s) URLs and files in public/ are linked as
 * written. Nothing is downloaded: remote images keep the size the frontmatter gives.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { ImageMetadata } from 'astro';

/** Formats Astro's image service resizes; others (SVG, BMP…) belong in public/. */
export const RESIZABLE = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.tiff']);

/** Paths that start here name a file of the project, not one beside the article. */
export const ASSETS_PREFIX = 'src/assets/';

export interface ImageDirs {
  /** Absolute content folder; article paths are relative to it. */
  contentDir: string;
  /** Absolute project root, where `src/assets/` is. */
  projectRoot: string;
  /** Absolute public/ folder. */
  publicDir: string;
}

export type ImageSource =
  | { kind: 'none' | 'remote' | 'public' }
  /** `importPath` is relative to the article file, as astro:content's image() wants it. */
  | { kind: 'asset'; importPath: string }
  | { kind: 'missing'; message: string; hint: string };

const isFile = (file: string) => statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
const inside = (dir: string, file: string) => !path.relative(dir, file).startsWith('..');

function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Resolves the `image` of the article at `file` (relative to the content folder); `label`
 * names it in messages (`body image` for one in the body).
 */
export function resolveArticleImage(image: string | null, file: string, dirs: ImageDirs, label = 'image'): ImageSource {
  if (!image) return { kind: 'none' };
  if (/^https?:\/\//i.test(image)) return { kind: 'remote' };
  const clean = decoded(image.replace(/[?#].*$/, ''));
  const articleDir = path.dirname(path.join(dirs.contentDir, file));
  const asset = (abs: string): ImageSource => {
    const rel = path.relative(articleDir, abs).split(path.sep).join('/');
    return { kind: 'asset', importPath: rel.startsWith('../') ? rel : `./${rel}` };
  };
  const unresizable = (where: string): ImageSource => ({
    kind: 'missing',
    message: `${label} "${image}" ${where} is a ${path.extname(clean) || 'extensionless'} file, which cannot be resized`,
    hint: `use ${[...RESIZABLE].join(', ')}, or put the file in public/`,
  });

  if (clean.startsWith(ASSETS_PREFIX)) {
    const abs = path.join(dirs.projectRoot, clean);
    if (!inside(path.join(dirs.projectRoot, ASSETS_PREFIX), abs) || !isFile(abs)) {
      return { kind: 'missing', message: `${label} "${image}" is not in ${ASSETS_PREFIX}`, hint: `add the file to ${ASSETS_PREFIX}, or fix the path` };
    }
    return RESIZABLE.has(path.extname(abs).toLowerCase()) ? asset(abs) : unresizable(`in ${ASSETS_PREFIX}`);
  }

  // A leading / means the site root, so only public/ can hold it.
  const beside = clean.startsWith('/') ? undefined : path.resolve(articleDir, clean);
  const besideFound = beside !== undefined && inside(dirs.contentDir, beside) && isFile(beside);
  if (besideFound && RESIZABLE.has(path.extname(beside).toLowerCase())) return asset(beside);
  const inPublic = path.join(dirs.publicDir, clean);
  if (inside(dirs.publicDir, inPublic) && isFile(inPublic)) return { kind: 'public' };
  if (besideFound) return unresizable('beside the article');
  return {
    kind: 'missing',
    message: `${label} "${image}" is neither beside the article nor in public/`,
    hint: `put the file next to the article (paths are relative to it), under ${ASSETS_PREFIX}, or in public/; or give an http(s) URL`,
  };
}

/** A short, stable description of a resolution, so the loader notices when it changes. */
export function imageSignature(source: ImageSource): string {
  return source.kind === 'asset' ? `asset:${source.importPath}` : source.kind;
}

/** 1-based line of the image in the source text: the `image:` key, else the first line naming it. */
export function imageLine(text: string, image: string): number | undefined {
  const lines = text.split(/\r\n?|\n/);
  const index = lines.findIndex((l) => /^image\s*:/.test(l));
  const at = index >= 0 ? index : lines.findIndex((l) => l.includes(image));
  return at >= 0 ? at + 1 : undefined;
}

/** The built image of an article whose main image is a local file (set by content.config.ts). */
export function imageAssetOf(article: object): ImageMetadata | undefined {
  const asset = (article as { imageAsset?: unknown }).imageAsset;
  if (asset === undefined || asset === null) return undefined;
  if (typeof asset === 'object' && 'src' in asset && 'width' in asset) return asset as ImageMetadata;
  // Still a path: Astro's list of content images (.astro/content-assets.mjs, one per project)
  // lacked it, e.g. because another build in this folder rewrote it meanwhile. Fail, not a broken image.
  throw new Error(`the main image ${JSON.stringify(asset)} of ${(article as { file?: string }).file ?? 'an article'} was not built by astro:assets; run the build again, one build per project folder at a time`);
}
