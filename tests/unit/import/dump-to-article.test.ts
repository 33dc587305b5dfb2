import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dumpToArticle } from '../../../src/lib/import/dump-to-article.ts';
import { serializeArticle } from '../../../src/lib/import/serialize.ts';
import { parseArticle } from '../../../src/lib/content/article.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8');

describe('dumpToArticle', () => {
  it('turns a Spanish Drupal dump into frontmatter and a body without its comment form', () => {
    const { meta, body, warnings } = dumpToArticle(fixture('dump-es.txt'));
    expect(meta).toMatchObject({
      title: 'El coro de la residencia graba su primer disco',
      date: '2024-03-12',
      image: 'https://www.ribera-diario.example/files/2024-03/coro-residencia.jpg',
      imageAlt: 'Los miembros del coro ensayan en el salón de la residencia',
      lang: 'es',
    });
    expect(meta.description).toMatch(/^Veintidós residentes de la residencia Los Almendros/);
    expect(meta.description!.length).toBeLessThanOrEqual(160);
    expect(body.startsWith('Veintidós residentes')).toBe(true);
    expect(body.trimEnd().endsWith('comprar un piano nuevo para la residencia.')).toBe(true);
    for (const text of ['Añadir nuevo comentario', 'Su nombre', 'CAPTCHA', 'Pregunta matemática', 'Guardar', 'Vista previa']) {
      expect(body).not.toContain(text);
    }
    // The header is frontmatter now, not body text.
    expect(body).not.toMatch(/Fecha de publicación|Imagen principal|Pie de foto/);
    expect(warnings).toEqual([]);
  });

  it('reads Markdown image syntax, a written date with a weekday and the author of an English dump', () => {
    const { meta, body } = dumpToArticle(fixture('dump-en.md'));
    expect(meta).toMatchObject({
      title: 'A night count of hedgehogs on the allotments',
      date: '2024-07-26',
      author: 'Dev Okafor',
      image: 'https://allotment-news.example/media/hedgehog-dusk.jpg',
      imageAlt: 'A hedgehog crossing a path between vegetable beds at dusk',
      lang: 'en',
    });
    // A dump is text, as the build reads it: its "##" and "-" are the text's own characters,
    // escaped so that the Markdown article shows them as they stand.
    expect(body).toContain('\\## Why the numbers matter');
    expect(body).toContain('\\- Never put out milk; water is what they need.');
    expect(body).not.toMatch(/Leave a Reply|Post Comment|Save my name/);
  });

  it('writes Markdown that the build renders into the same body as the dump itself', () => {
    const dump = [
      'Kund*innen vote on the market hall',
      '',
      'Kund*innen of the market hall voted on Tuesday to keep the Saturday opening, the co-operative said. The vote was close: 212 to 190.',
      '',
      '1. The first point of the plan is a new roof; the <config files> of the tills move to the office *at the end*.',
      '# Stalls stay where they are',
      'Details are at https://market-hall.example/plan and in the hall itself.',
      '',
      'Read also: Market hall opens a second café',
      '',
      'Leave a Reply Cancel reply',
      'Your email address will not be published. Required fields are marked *',
      'Comment *',
      'Name *',
      'Post Comment',
      '',
    ].join('\n');
    const imported = dumpToArticle(dump);
    const direct = parseArticle('market.txt', Buffer.from(dump), { siteLang: 'en' });
    const viaImport = parseArticle('market.md', Buffer.from(serializeArticle(imported.meta, imported.body)), { siteLang: 'en' });
    if (!direct.ok || !viaImport.ok) throw new Error('a parse failed');
    expect(viaImport.html).toBe(direct.html);
    expect(direct.html).toContain('Kund*innen of the market hall');
    expect(direct.html).toContain('&#x3C;config files>');
    expect(direct.html).not.toContain('Read also');
    expect(direct.html).not.toContain('Post Comment');
    expect(imported.meta.lang).toBe(direct.article.lang);
  });

  it('leaves an unreadable date out and says where it stood', () => {
    const { meta, warnings } = dumpToArticle('Title\n\nTitle\nFecha: the day after tomorrow\n\nSome text for the body of this article.\n');
    expect(meta.date).toBeUndefined();
    expect(warnings).toEqual([expect.stringMatching(/publication date \(line 4\) left out: could not read/)]);
  });

  it('uses the fallback language only when the text does not tell', () => {
    expect(dumpToArticle('Title\n\nShort body.\n', { lang: 'es' }).meta.lang).toBe('es');
    expect(dumpToArticle(fixture('dump-en.md'), { lang: 'es' }).meta.lang).toBe('en');
  });

  it('refuses an empty file and a header without a body', () => {
    expect(() => dumpToArticle('\n\n')).toThrow(/empty/);
    expect(() => dumpToArticle('Title\n\nTitle\nFecha: 2024-01-02\n')).toThrow(/no article text/);
  });
});

describe('serializeArticle', () => {
  it('writes keys in a fixed order, dates unquoted and long lines unfolded', () => {
    const text = serializeArticle(
      { lang: 'en', title: 'Colons: they need quoting', date: '2024-01-02', description: 'x '.repeat(80).trim() },
      'Body.\n',
    );
    expect(text).toBe(`---\ntitle: "Colons: they need quoting"\ndate: 2024-01-02\ndescription: ${'x '.repeat(80).trim()}\nlang: en\n---\n\nBody.\n`);
  });

  it('refuses frontmatter the build would refuse', () => {
    expect(() => serializeArticle({ title: 'T', image: 'javascript:alert(1)' }, 'Body.')).toThrow(/image: expected an http\(s\) URL/);
  });
});
