import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../../../src/lib/clean/classify';
import { findCommentRegions } from '../../../src/lib/clean/comment-regions';

const article = [
  'The harbour ferry will add a late sailing on Fridays from next month, the operator said on Tuesday, after hospitality workers asked for a way home after their shifts.',
  'The trial runs until the end of the summer season, when the operator will publish passenger figures and decide whether the sailing stays in the timetable.',
];
const sidebar = ['Search', 'Popular', 'Bridge opens on Monday', 'Train timetable changes', 'About us', 'Contact'];
const kept = (lines: string[], lang = 'en') => {
  const { decisions } = classifyBlocks(lines, { lang, scope: 'page' });
  return lines.filter((l, i) => l && decisions[i]!.keep);
};

describe('comment regions in a whole-page scrape', () => {
  it('removes a members-only comment box that a sidebar follows', () => {
    const lines = [
      'Harbour ferry adds a late sailing',
      ...article,
      'Show comments',
      'If you would like to add a comment, please register or log in',
      'Register Log in',
      'The Gazette values your comments. Please keep them on topic and read our community guidelines before you post.',
      ...sidebar,
    ];
    expect(kept(lines)).toEqual(['Harbour ferry adds a late sailing', ...article]);
    expect(findCommentRegions(lines)).toMatchObject([{ start: 3, markerRule: 'comments-en', strong: true }]);
  });

  it('removes "N responses to “Title”" with its entries and the form after them', () => {
    const lines = [
      ...article,
      '2 responses to “Harbour ferry adds a late sailing”',
      'Ana Ruiz says:',
      'June 3, 2025 at 7:10 pm',
      'Good news for everyone who works in the restaurants by the water.',
      'Tom B. says:',
      'June 3, 2025 at 8:45 pm',
      'Will it run on Saturdays as well?',
      'Leave a Reply Cancel reply',
      'You must be logged in to post a comment.',
      ...sidebar,
    ];
    expect(kept(lines)).toEqual(article);
  });

  it('removes an Italian WordPress form whose fields are replaced by a log-in notice', () => {
    const italian = [
      'Da giugno il traghetto per l’isola partirà anche alle dieci di sera, tre volte alla settimana, per chi lavora negli alberghi della costa e non ha altro modo di tornare.',
      'La prova durerà fino alla fine dell’estate, quando la società pubblicherà i dati sui passeggeri e deciderà se mantenere la corsa nell’orario.',
    ];
    const lines = [...italian, 'Lascia un commento Annulla risposta', 'Devi essere connesso per inviare un commento.', 'Cerca', 'Contatti'];
    expect(kept(lines, 'it')).toEqual(italian);
    expect(findCommentRegions(lines)[0]).toMatchObject({ ruleId: 'wordpress-it', strong: true });
  });

  it('keeps a paragraph that quotes a form phrase inside its own sentence', () => {
    const quoting = 'Readers who clicked “Leave a Reply” under the story found that the form asked for their name and email, the newspaper admitted on Monday, and that it kept both.';
    const lines = [...article, quoting, 'Name', 'Email', ...sidebar];
    expect(kept(lines)).toEqual([...article, quoting]);
    expect(findCommentRegions(lines)).toEqual([]);
  });

  it('takes a bulleted "Have your say" or "Leave a comment" for a menu link, not the start of a section', () => {
    const lines = [
      '   * Home',
      '   * Have Your Say',
      '   * Leave a comment',
      'Harbour ferry adds a late sailing',
      '   * 3 June 2025',
      article[0]!,
      'Report',
      article[1]!,
      'Report',
    ];
    expect(findCommentRegions(lines.map((l) => l.replace(/^\s*\*\s+/, '')), undefined, { listItem: (i) => lines[i]!.trimStart().startsWith('* ') })).toEqual([]);
    expect(kept(lines)).toEqual(expect.arrayContaining(article));
  });
});
