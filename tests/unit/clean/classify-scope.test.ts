import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../../../src/lib/clean/classify';

// A brief in the sample's shape: a headline line, prose, a short caption-like line, a menu-like run.
const text = [
  'Harbour ferry adds a late sailing',
  '',
  'The harbour ferry will add a late sailing on Fridays from next month, the operator said on Tuesday, after hospitality workers asked for a way home after their shifts.',
  'Photo: the ferry at the north pier',
  'The trial runs until the end of the summer season, when the operator will publish the passenger figures and decide whether the sailing stays in the timetable.',
  '',
  'Home',
  'News',
  'Sport',
  'WEATHER AND TRAFFIC UPDATES FOR THE WHOLE REGION',
];

describe('classifyBlocks in article scope: feature labels read when asked', () => {
  it('gives kept lines the rule, label and reason the features give them in page scope', () => {
    const article = classifyBlocks(text, { lang: 'en', scope: 'article' });
    const page = classifyBlocks(text, { lang: 'en', scope: 'page' });
    const byFeatures = (rule: string) => /^(keep|text):/.test(rule);
    let compared = 0;
    text.forEach((line, i) => {
      const a = article.decisions[i]!;
      const p = page.decisions[i]!;
      if (!line.trim() || !byFeatures(a.rule)) return;
      expect(a.keep).toBe(true); // article scope removes by rules only
      // Page scope reads the same features, whether it keeps the line (keep:…) or drops it (text:…).
      if (byFeatures(p.rule)) {
        expect(a.rule).toBe(p.rule.replace(/^text:/, 'keep:'));
        expect(a.label).toBe(p.label);
        expect(a.reason).toBe(p.reason.replace(/, among boilerplate$/, ''));
        compared++;
      }
    });
    expect(compared).toBe(3);
    expect(article.decisions[0]).toMatchObject({ keep: true });
    expect([article.decisions[0]!.rule, article.decisions[0]!.label]).toEqual(['keep:short', 'good']); // a headline before prose
    expect(article.decisions.map((d) => d.rule)).toContain('keep:bad'); // the uppercase line
  });

  it('keeps its labels when another text is classified before they are read', () => {
    const first = classifyBlocks(text, { lang: 'en', scope: 'article' });
    classifyBlocks(['Otra cosa completamente distinta, con más palabras en castellano para el análisis.', 'Inicio'], { scope: 'article' });
    const again = classifyBlocks(text, { lang: 'en', scope: 'article' });
    expect(first.decisions.map((d) => [d.rule, d.label, d.reason])).toEqual(again.decisions.map((d) => [d.rule, d.label, d.reason]));
  });

  it('still guards a text the rules would leave empty', () => {
    const { decisions, warnings } = classifyBlocks(['Share on Facebook', 'Share on Twitter'], { lang: 'en', scope: 'article' });
    expect(decisions.every((d) => d.keep)).toBe(true);
    expect(warnings.map((w) => w.message).join('\n')).toMatch(/become empty/);
  });
});
