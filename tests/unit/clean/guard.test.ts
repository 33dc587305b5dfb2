import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../../../src/lib/clean/classify';

const paragraphs = [
  'The harbour ferry will add a late sailing on Fridays from next month, the operator said on Tuesday, after hospitality workers asked for a way home after their shifts.',
  'The trial runs until the end of the summer season, when the operator will publish the passenger figures and decide whether the sailing stays in the timetable.',
  'Tickets cost the same as on the day sailings, and season passes are valid on the late boat as well, a spokeswoman for the operator said.',
];

describe('the guard: a text that would lose most of its prose keeps it', () => {
  it('keeps paragraphs that the template would remove when they are most of the article, and warns with the rule and the line', () => {
    const template = new Set([0, 1]);
    const { decisions, warnings } = classifyBlocks(paragraphs, { lang: 'en', scope: 'page', template });
    expect(decisions.every((d) => d.keep)).toBe(true);
    expect(decisions[0]!.rule).toBe('guard:template');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ block: 0, rule: 'template' });
    expect(warnings[0]!.message).toMatch(/lose most of its prose/);
    expect(warnings[0]!.message).toContain('The harbour ferry will add');
  });

  it('lets the template remove a paragraph when most of the prose stays, without a warning', () => {
    const template = new Set([2]);
    const { decisions, warnings } = classifyBlocks(paragraphs, { lang: 'en', scope: 'page', template });
    expect(decisions.map((d) => d.keep)).toEqual([true, true, false]);
    expect(decisions[2]!.rule).toBe('template');
    expect(warnings).toEqual([]);
  });
});
