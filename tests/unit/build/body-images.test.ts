import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyImagesSignature, fillBodyImages, resolveBodyImages } from '../../../src/lib/build/body-images.ts';
import { bodyImageToken } from '../../../src/lib/markdown/rehype-body-images.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

/** A project folder with content/, src/assets/ and public/; `files` are paths under it. */
function project(files: string[]) {
  const root = tempDir('body-images-');
  for (const name of files) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), 'image bytes');
  }
  return { root, dirs: { contentDir: path.join(root, 'content'), projectRoot: root, publicDir: path.join(root, 'public') } };
}

describe('resolveBodyImages', () => {
  it('gives files beside the article or in src/assets/ to astro:assets, relative to the article, and public/ files none', () => {
    const { dirs } = project(['content/news/pics/a.jpg', 'src/assets/b.png', 'public/logo.png']);
    const result = resolveBodyImages([{ src: 'pics/a.jpg', line: 7 }, { src: 'src/assets/b.png' }, { src: '/logo.png' }], 'news/story.md', dirs);
    expect(result).toMatchObject({
      data: { bodyImages: ['pics/a.jpg', 'src/assets/b.png', '/logo.png'], bodyImageAssets: ['./pics/a.jpg', '../../src/assets/b.png', null] },
    });
  });

  it('names every image found nowhere or not resizable, at its line, with what to do', () => {
    const { dirs } = project(['content/diagram.svg']);
    const result = resolveBodyImages([{ src: 'pics/gone.jpg', line: 12 }, { src: 'diagram.svg', line: 14 }, { src: 'src/assets/none.png' }], 'story.md', dirs);
    expect('problems' in result && result.problems).toEqual([
      { file: 'story.md', line: 12, message: 'body image "pics/gone.jpg" is neither beside the article nor in public/', hint: expect.stringContaining('put the file next to the article') },
      { file: 'story.md', line: 14, message: expect.stringMatching(/^body image "diagram.svg" beside the article is a .svg file, which cannot be resized/), hint: expect.stringContaining('public/') },
      { file: 'story.md', line: undefined, message: 'body image "src/assets/none.png" is not in src/assets/', hint: expect.any(String) },
    ]);
  });

  it('has an empty signature without images, and one that changes when a file appears', () => {
    const { root, dirs } = project(['public/a.jpg']);
    expect(resolveBodyImages([], 'story.md', dirs)).toEqual({ data: { bodyImages: [], bodyImageAssets: [] }, signature: '' });
    expect(bodyImagesSignature(undefined, 'story.md', dirs)).toBe('');
    const before = bodyImagesSignature(['a.jpg'], 'story.md', dirs);
    expect(before).toBe((resolveBodyImages([{ src: 'a.jpg' }], 'story.md', dirs) as { signature: string }).signature);
    mkdirSync(path.join(root, 'content'), { recursive: true });
    writeFileSync(path.join(root, 'content', 'a.jpg'), 'image bytes');
    expect(bodyImagesSignature(['a.jpg'], 'story.md', dirs)).not.toBe(before);
  });
});

describe('fillBodyImages', () => {
  const html = `<p><img src="${bodyImageToken(0)}" alt="A &#x26; B" loading="lazy"></p><p><code>&#x3C;img src="${bodyImageToken(1)}"></code></p><img src="${bodyImageToken(1)}" alt="">`;

  it('puts each built image in place of its placeholder, sized, and leaves text alone', () => {
    const out = fillBodyImages(html, [
      { src: '/news/_astro/a.webp', srcset: '/news/_astro/a-320.webp 320w, /news/_astro/a.webp 640w', sizes: '100vw', width: 640, height: 427 },
      { src: '/news/logo "x".png' },
    ]);
    expect(out).toBe(
      '<p><img src="/news/_astro/a.webp" srcset="/news/_astro/a-320.webp 320w, /news/_astro/a.webp 640w" sizes="100vw" width="640" height="427" alt="A &#x26; B" loading="lazy"></p>' +
        `<p><code>&#x3C;img src="${bodyImageToken(1)}"></code></p>` +
        '<img src="/news/logo &quot;x&quot;.png" alt="">',
    );
  });

  it('fails rather than leave a broken image when a placeholder has no built image', () => {
    expect(() => fillBodyImages(html, [{ src: '/a.webp' }])).toThrow(/no built image for body image placeholder __BODY_IMAGE_1__/);
  });
});
