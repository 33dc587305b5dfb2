/**
 * Local images in an article body, from the loader to the page. The renderer leaves a
 * placeholder `src` for each (rehype-body-images.ts); the loader resolves the files like the
 * main image (local-image.ts) and stores them on the entry; the page builds them with
 * astro:assets and fills the placeholders in (fillBodyImages).
 */
import type { ContentProblem } from '../content/errors.ts';
import { bodyImageToken, type BodyImage } from '../markdown/rehype-body-images.ts';
import { imageSignature, resolveArticleImage, type ImageDirs, type ImageSource } from './local-image.ts';

/** What the loader stores on an entry for its body images, index by index. */
export interface BodyImageData {
  /** Each image's path as written. */
  bodyImages: string[];
  /** For files astro:assets builds, the path relative to the article (image() in content.config.ts); null for a file of public/. */
  bodyImageAssets: (string | null)[];
}

const resolveAll = (srcs: readonly string[], file: string, dirs: ImageDirs) =>
  srcs.map((src) => resolveArticleImage(src, file, dirs, 'body image'));

/**
 * Resolves the body images of the article at `file`: the entry's data, or one problem per
 * image found nowhere (at its line, with what to do).
 */
export function resolveBodyImages(images: readonly BodyImage[], file: string, dirs: ImageDirs): { data: BodyImageData; signature: string } | { problems: ContentProblem[] } {
  const sources = resolveAll(images.map((i) => i.src), file, dirs);
  const problems = sources.flatMap((source, i) =>
    source.kind === 'missing' ? [{ file, line: images[i]!.line, message: source.message, hint: source.hint }] : [],
  );
  if (problems.length) return { problems };
  const bodyImageAssets = sources.map((s) => (s.kind === 'asset' ? s.importPath : null));
  return { data: { bodyImages: images.map((i) => i.src), bodyImageAssets }, signature: signatureOf(sources) };
}

/** Where the stored entry's body images resolve to now, to tell whether an image file appeared or went. */
export function bodyImagesSignature(srcs: readonly string[] | undefined, file: string, dirs: ImageDirs): string {
  return srcs?.length ? signatureOf(resolveAll(srcs, file, dirs)) : '';
}

// Empty without body images, so those entries keep the digest they had before body images were resolved.
const signatureOf = (sources: readonly ImageSource[]) => (sources.length ? `\0body:${sources.map(imageSignature).join('\0')}` : '');

/** A body image as the page links it: the built file (or the public/ file) and what is known of its size. */
export interface FilledImage {
  src: string;
  srcset?: string;
  sizes?: string;
  width?: number;
  height?: number;
}

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * Puts the built images into the stored body HTML. The placeholder is always the first
 * attribute of its <img>, and the serializer escapes `<` in text and `"` in attribute
 * values, so `<img src="__BODY_IMAGE_n__"` can only be that element's own start.
 */
export function fillBodyImages(html: string, images: readonly FilledImage[]): string {
  const filled = html.replace(/<img src="(__BODY_IMAGE_(\d+)__)"/g, (_match, token: string, n: string) => {
    const image = images[Number(n)];
    if (!image || token !== bodyImageToken(Number(n))) throw new Error(`no built image for body image placeholder ${token}`);
    const attrs: [string, string | number | undefined][] = [['src', image.src], ['srcset', image.srcset], ['sizes', image.sizes], ['width', image.width], ['height', image.height]];
    return `<img${attrs.map(([name, value]) => (value === undefined || value === '' ? '' : ` ${name}="${escapeAttr(String(value))}"`)).join('')}`;
  });
  return filled;
}
