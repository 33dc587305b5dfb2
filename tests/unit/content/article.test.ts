import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/lib/content/article.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const parse = (file: string, text: string | Uint8Array, siteLang = 'en') =>
  parseArticle(file, typeof text === 'string' ? bytes(text) : text, { siteLang });

function problemsOf(file: string, text: string | Uint8Array) {
  const result = parse(file, text);
  if (result.ok) throw new Error(`expected problems for ${file}`);
  return result.problems;
}

describe('problems that stop the build', () => {
  it('names the YAML syntax error with its line', () => {
    const [problem, ...rest] = problemsOf('bad.md', '---\ntitle: ok\ntags: [a, b\n---\nBody\n');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'bad.md', line: 3 });
    expect(problem!.message).toMatch(/^YAML: /);
  });

  it('refuses an impossible date instead of rolling it over, pointing at its line', () => {
    expect(problemsOf('d.md', '---\ntitle: T\ndate: 2025-02-31\n---\nBody\n')).toEqual([
      expect.objectContaining({ file: 'd.md', line: 3, message: expect.stringMatching(/2025-02-31 is not a real date/) }),
    ]);
  });

  it('refuses an unreadable date in a dump, at the line of the value', () => {
    const dump = 'Title here\n\nTitle here\nPublication date:\nsoon-ish\n\nBody text.\n';
    expect(problemsOf('x.txt', dump)).toEqual([expect.objectContaining({ line: 5, message: expect.stringMatching(/could not read "soon-ish"/) })]);
  });

  it.each([
    ['an empty file', ''],
    ['a file of blank lines', '\n  \n\t\n'],
  ])('reports %s', (_, text) => {
    expect(problemsOf('e.md', text)).toEqual([expect.objectContaining({ message: 'file is empty' })]);
  });

  it('reports a binary file', () => {
    expect(problemsOf('p.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/not a UTF-8 text file/) }),
    ]);
  });

  it('reports a missing title and every unknown key, not only the first problem', () => {
    const problems = problemsOf('n.md', '---\ndate: 2024-01-01\ntitel: Typo\nauthr: Someone\n---\nBody\n');
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [1, 'no title'],
      [3, 'unknown frontmatter key "titel"'],
      [4, 'unknown frontmatter key "authr"'],
    ]);
  });

  it('refuses javascript: URLs in frontmatter', () => {
    const problems = problemsOf('j.md', '---\ntitle: T\nimage: "javascript:alert(1)"\n---\nBody\n');
    expect(problems).toEqual([expect.objectContaining({ line: 3, message: expect.stringMatching(/^image: /) })]);
  });

  it('reports a frontmatter block that is never closed', () => {
    expect(problemsOf('u.md', '---\ntitle: T\nBody\n')).toEqual([expect.objectContaining({ line: 1, message: expect.stringMatching(/never closed/) })]);
  });
});

describe('entries', () => {
  it('treats an empty image label as no image, and keeps the body intact', () => {
    const result = parse('x.txt', 'Headline\n\nHeadline\nMain image:\n\nFirst paragraph of the story.\n');
    expect(result.ok && result.article.image).toBeNull();
    expect(result.ok && result.html).toBe('<p>First paragraph of the story.</p>');
  });

  it('uses the site language when a dump is too short to tell', () => {
    const result = parse('x.txt', 'Titular\n\nTexto breve.\n', 'es');
    expect(result.ok && result.article.lang).toBe('es');
  });

  it("gives a dump without a language the cleaner's guess, from the same stop-word lists", () => {
    const es = 'El ayuntamiento aprobó ayer la reforma de la plaza, que se hará en dos fases para que los comercios del centro puedan seguir abiertos durante las obras.';
    const de = 'Der Gemeinderat hat gestern den Umbau des Platzes beschlossen, der in zwei Abschnitten erfolgen soll, damit die Geschäfte in der Innenstadt während der Arbeiten geöffnet bleiben können.';
    const esResult = parse('es.txt', `Titular\n\n${es}\n`);
    const deResult = parse('de.txt', `Schlagzeile\n\n${de}\n`);
    expect(esResult.ok && esResult.article.lang).toBe('es');
    expect(deResult.ok && deResult.article.lang).toBe('de');
  });

  it('counts words and derives reading time from the cleaned body', () => {
    const words = Array.from({ length: 660 }, (_, i) => `word${i}`).join(' ');
    const result = parse('long.md', `---\ntitle: Long\n---\n\n${words}\n`);
    expect(result.ok && [result.article.wordCount, result.article.readingMinutes]).toEqual([660, 3]);
  });

  it('removes a full form after a one-line brief: evidence decides, not size', () => {
    const dump = 'Short one\n\nShort one\n\nOne line of news.\n\nAdd new comment\n\nYour name\n\nSubject\n\nComment\n\nText format\n\nPlain text\n\nSave\n\nPreview\n';
    const result = parse('brief.txt', dump);
    expect(result.ok && result.html).toBe('<p>One line of news.</p>');
    expect(result.ok && result.cleaning).toMatchObject({ commentForms: 1, commentLines: 8 });
  });

  it('keeps the text after a marker alone and warns with the file, the rule and the line', () => {
    const dump = 'Harbour news\n\nThe harbour master said the new pontoon will open on Monday after two weeks of tests in calm and rough water.\n\nAdd new comment\n\nThe pontoon will be free for small boats during its first month, the council added in a statement on Friday.\n';
    const result = parse('weak.txt', dump);
    expect(result.ok && result.html).toContain('first month');
    expect(result.ok && result.warnings).toEqual([expect.objectContaining({ file: 'weak.txt', line: 5, message: expect.stringMatching(/drupal-en/) })]);
  });

  it('keeps a dump that would become empty and says which rule would have emptied it', () => {
    const result = parse('menu.txt', 'Menu page\n\nHome\nNews\nSport\n');
    expect(result.ok && result.html).toContain('Home');
    expect(result.ok && result.warnings.map((w) => w.message).join()).toMatch(/would become empty/);
  });
});
