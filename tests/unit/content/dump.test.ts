import { describe, expect, it } from 'vitest';
import { parseDumpHeader, splitImageValue } from '../../../src/lib/content/dump.ts';

describe('parseDumpHeader', () => {
  it('lifts title, repeated title and labels whose value is on the next line', () => {
    const header = parseDumpHeader('Pier reopens\n\nPier reopens\nFecha de publicación: \n2 May 2024\nImagen principal: \n\nBody starts here.\n\nMore body.');
    expect(header).toMatchObject({
      title: 'Pier reopens',
      titleLine: 1,
      fields: { date: { value: '2 May 2024', line: 5 } },
      emptyLabels: ['image'],
      body: 'Body starts here.\n\nMore body.',
      bodyStartLine: 8,
    });
  });

  it('reads values on the label line and prefers the longest label', () => {
    const header = parseDumpHeader('T\nFecha de publicación: 3 de mayo de 2024\nAutor: Ana Ruiz\n\nBody.');
    expect(header?.fields).toEqual({ date: { value: '3 de mayo de 2024', line: 2 }, author: { value: 'Ana Ruiz', line: 3 } });
  });

  it('does not take a body paragraph as the value of an empty image label', () => {
    const header = parseDumpHeader('T\nMain image:\nThe story begins without a blank line.');
    expect(header?.fields.image).toBeUndefined();
    expect(header?.body).toBe('The story begins without a blank line.');
  });

  it('keeps a title that is not repeated, and a body line that only looks like a label later on', () => {
    const header = parseDumpHeader('# Title\n\nFirst paragraph.\n\nDate: of the meeting was moved.');
    expect(header?.title).toBe('Title');
    expect(header?.body).toBe('First paragraph.\n\nDate: of the meeting was moved.');
  });

  it('gives nothing for an empty text', () => {
    expect(parseDumpHeader('\n\n')).toBeUndefined();
  });
});

describe('splitImageValue', () => {
  it('splits Markdown image syntax and leaves bare URLs', () => {
    expect(splitImageValue('![Alt text](https://x.org/a.jpg)')).toEqual({ src: 'https://x.org/a.jpg', alt: 'Alt text' });
    expect(splitImageValue('https://x.org/a.jpg')).toEqual({ src: 'https://x.org/a.jpg' });
  });
});
