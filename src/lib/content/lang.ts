/**
 * Tells English from Spanish prose by its commonest words, for scraped dumps that carry
 * no language. Undecided text (short, mixed, another language) gets no answer, and the
 * caller falls back to the site's language.
 */
const STOPWORDS: Record<string, ReadonlySet<string>> = {
  en: new Set('the of and to in is that for it with as was on by at from his her they have this are which'.split(' ')),
  es: new Set('el la de que y en los las del se por un una con para es al lo como más pero sus fue ha'.split(' ')),
};

export function detectLang(text: string): string | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return undefined;
  const scores = Object.entries(STOPWORDS).map(([lang, set]) => [lang, words.filter((w) => set.has(w)).length] as const);
  scores.sort((a, b) => b[1] - a[1]);
  const [best, second] = scores;
  // Demand a clear lead: both lists share a few short words ("a", "no", "se").
  return best && second && best[1] >= 5 && best[1] >= second[1] * 2 ? best[0] : undefined;
}
