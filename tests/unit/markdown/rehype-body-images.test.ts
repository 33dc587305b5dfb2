import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/lib/markdown/render.ts';
import { bodyImageToken, UNSIZED_IMAGE_CLASS } from '../../../src/lib/markdown/rehype-body-images.ts';

const imgs = (html: string) => html.match(/<img[^>]*>/g) ?? [];

describe('body images in the renderer', () => {
  it('gives each local image a placeholder, first among its attributes, and lists it with its line', () => {
    const { html, images } = renderMarkdown('Intro.\n\n![A boat](images/boat.jpg "At dusk")\n\n<img src="src/assets/quay.png" alt="The quay">\n');
    expect(images).toEqual([
      { src: 'images/boat.jpg', line: 3 },
      { src: 'src/assets/quay.png', line: 5 },
    ]);
    expect(imgs(html)).toEqual([
      `<img src="${bodyImageToken(0)}" alt="A boat" title="At dusk" loading="lazy" decoding="async">`,
      `<img src="${bodyImageToken(1)}" alt="The quay" loading="lazy" decoding="async">`,
    ]);
  });

  it('lists an image used twice once, and drops a hand-written size of a local file', () => {
    const { html, images } = renderMarkdown('![one](a.jpg)\n\n<img src="a.jpg" alt="two" width="5000" height="1">\n');
    expect(images).toEqual([{ src: 'a.jpg', line: 1 }]);
    expect(imgs(html)).toEqual([
      `<img src="${bodyImageToken(0)}" alt="one" loading="lazy" decoding="async">`,
      `<img src="${bodyImageToken(0)}" alt="two" loading="lazy" decoding="async">`,
    ]);
  });

  it('links remote images as written; one without a width and height gets the aspect-ratio class', () => {
    const { html, images } = renderMarkdown('![far](https://img.example.net/a.jpg)\n\n<img src="https://img.example.net/b.jpg" alt="" width="800" height="600">\n\n<img src="//img.example.net/c.jpg" alt="" width="800">\n');
    expect(images).toEqual([]);
    expect(imgs(html)).toEqual([
      `<img src="https://img.example.net/a.jpg" alt="far" class="${UNSIZED_IMAGE_CLASS}" loading="lazy" decoding="async">`,
      '<img src="https://img.example.net/b.jpg" alt="" width="800" height="600" loading="lazy" decoding="async">',
      `<img src="//img.example.net/c.jpg" alt="" width="800" class="${UNSIZED_IMAGE_CLASS}" loading="lazy" decoding="async">`,
    ]);
  });

  it('keeps sanitizing strict: a class, style or script URL written by the author does not survive', () => {
    const { html } = renderMarkdown('<img src="javascript:alert(1)" alt="x">\n\n<img src="https://e.net/a.jpg" class="evil" style="width:1px" onerror="alert(1)" alt="">\n\n![d](data:image/png;base64,AAAA)\n');
    expect(html).not.toMatch(/javascript|evil|style=|onerror|data:/);
    expect(imgs(html)).toEqual([`<img src="https://e.net/a.jpg" alt="" class="${UNSIZED_IMAGE_CLASS}" loading="lazy" decoding="async">`]);
  });

  it('does not list an image the sanitizer removes, nor trust a placeholder written by the author', () => {
    const { html, images } = renderMarkdown(`<form><img src="gone.jpg"></form>\n\n<img src="${bodyImageToken(0)}" alt="">\n\n\`<img src="${bodyImageToken(0)}">\`\n`);
    // The written "placeholder" is just a path: the loader will report that no such file exists.
    expect(images).toEqual([{ src: bodyImageToken(0), line: 3 }]);
    expect(imgs(html)).toHaveLength(1);
    expect(html).toContain(`<code>&#x3C;img src="${bodyImageToken(0)}"></code>`);
  });
});
