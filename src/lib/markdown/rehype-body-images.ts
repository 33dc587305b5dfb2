/**
 * Images in an article body. Local ones (a path beside the article, under `src/assets/`, or
 * in public/) cannot be linked as written: the page lives at /articles/<slug>/ under the
 * base path, and astro:assets must build them. So their `src` becomes a placeholder
 * (`__BODY_IMAGE_<n>__`, the n-th entry of `file.data.bodyImages`) that the page fills in
 * with the built file, srcset and real size (src/lib/build/body-images.ts). Remote images
 * are linked as written; one without a width and height gets a class that reserves an
 * aspect-ratio box, so it does not shift the text when it arrives.
 *
 * Two passes around rehype-sanitize: the first (before it) records each local image with its
 * source line, which sanitizing loses; the second (after it) keeps only the images that
 * survived, and writes the placeholder as the first attribute, which fillBodyImages relies on.
 */
import type { Element } from 'hast';
import type { VFile } from 'vfile';
import { passesPlugin, type TreePass } from './walk.ts';

export interface BodyImage {
  /** The path as written in the Markdown or HTML. */
  src: string;
  /** 1-based line within the rendered Markdown, when known. */
  line?: number;
}

declare module 'vfile' {
  interface DataMap {
    /** Local body images in placeholder order. */
    bodyImages: BodyImage[];
    /** Images seen before sanitizing, by pending placeholder. */
    bodyImagesPending: BodyImage[];
  }
}

/** The class the stylesheet gives a remote body image of unknown size (an aspect-ratio box). */
export const UNSIZED_IMAGE_CLASS = 'body-image-unsized';

/** The `src` a local body image has in the stored HTML until the page fills it in. */
export const bodyImageToken = (index: number) => `__BODY_IMAGE_${index}__`;
const PENDING = /^__BODY_IMAGE_PENDING_(\d+)__$/;

/** http(s) and protocol-relative URLs are remote; other schemes are left to the sanitizer. */
const isRemote = (src: string) => /^(?:https?:)?\/\//i.test(src);
const hasScheme = (src: string) => /^[a-z][a-z\d+.-]*:/i.test(src);

/** The trimmed `src` of an image element that has one. */
function imageSrc(node: Element): string | undefined {
  const src = node.tagName === 'img' ? node.properties.src : undefined;
  return typeof src === 'string' && src.trim() ? src.trim() : undefined;
}

/** Before sanitizing: local images get a pending placeholder and their line is noted. */
export function markBodyImagesPass(file: VFile): TreePass {
  const pending: BodyImage[] = [];
  return {
    visit: (node) => {
      const src = imageSrc(node);
      if (src === undefined || isRemote(src) || hasScheme(src)) return;
      node.properties.src = `__BODY_IMAGE_PENDING_${pending.length}__`;
      pending.push({ src, line: node.position?.start.line });
    },
    finish: () => {
      file.data.bodyImagesPending = pending;
    },
  };
}

const positive = (value: unknown) => Number.isInteger(Number(value)) && Number(value) > 0;

/** After sanitizing: final placeholders for the local images kept, reserved space for remote ones. */
export function bodyImagesPass(file: VFile): TreePass {
  const pending = file.data.bodyImagesPending ?? [];
  const kept: BodyImage[] = [];
  const indexOf = new Map<string, number>();
  return {
    visit: (node) => {
      const src = imageSrc(node);
      if (src === undefined) return;
      const match = PENDING.exec(src);
      const image = match ? pending[Number(match[1])] : undefined;
      if (image) {
        let index = indexOf.get(image.src);
        if (index === undefined) {
          index = kept.push(image) - 1;
          indexOf.set(image.src, index);
        }
        // The file's own size is used; a width or height written by hand would distort it.
        const { src: _src, width: _w, height: _h, ...rest } = node.properties;
        node.properties = { src: bodyImageToken(index), ...rest };
      } else if (!(positive(node.properties.width) && positive(node.properties.height))) {
        const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
        node.properties.className = [...classes, UNSIZED_IMAGE_CLASS];
      }
    },
    finish: () => {
      delete file.data.bodyImagesPending;
      file.data.bodyImages = kept;
    },
  };
}

export const rehypeMarkBodyImages = passesPlugin(markBodyImagesPass);
export const rehypeBodyImages = passesPlugin(bodyImagesPass);
