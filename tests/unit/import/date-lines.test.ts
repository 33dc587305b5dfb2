import { describe, expect, it } from 'vitest';
import { isDateLine } from '../../../src/lib/import/date-lines.ts';
import { htmlToMarkdown } from '../../../src/lib/import/html-to-markdown.ts';

describe('date lines', () => {
  it('recognises lines that are only a date, in several languages', () => {
    for (const line of [
      'Updated 9:05 pm GMT, Monday, March 3, 2025',
      'POSTED: 07:30, Thu, Apr 10, 2025',
      '| UPDATED: 11:05, Tue, Nov 19, 2019',
      'Sept. 4, 2024, 6:15 AM UTC',
      'Publicado el 12 de marzo de 2024 a las 10:30',
      'quinta-feira, 3 de abril de 2025 às 08:10',
      'Am 3. März 2021 um 14:00 Uhr',
      'Publié le 5 mai 2023 à 18h40',
    ]) {
      expect(isDateLine(line), line).toBe(true);
    }
  });
  it('keeps sentences, headings-like year lines and labels with words', () => {
    for (const line of ['In 2019 the mill reopened.', 'May 2019', '2019', 'March 2020: Lockdown begins', 'The 2019 season ended on 3 May.', 'Open 9:00 to 17:00 on weekdays']) {
      expect(isDateLine(line), line).toBe(false);
    }
  });
  it('drops date-line paragraphs from the Markdown, not headings', () => {
    const { markdown } = htmlToMarkdown('<p>Updated 9:05 pm GMT, Monday, March 3, 2025</p><h2>3 March 2025, 21:05</h2><p>The tide gauge was repaired on Monday.</p>');
    expect(markdown).not.toContain('Updated 9:05');
    expect(markdown).toContain('## 3 March 2025, 21:05');
    expect(markdown).toContain('The tide gauge was repaired on Monday.');
  });
});
