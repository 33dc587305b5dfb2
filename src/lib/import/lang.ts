/**
 * A page's language as a BCP 47 tag. Pages write it many ways: `en_US` (a POSIX locale, as
 * og:locale does), `de_CH`, `EN-us`, `en-US.UTF-8`, or a template's leftover such as `{{lang}}`.
 * Each value is normalised when it can be (underscore to hyphen, case, an encoding suffix
 * dropped, then Intl's canonical form); what still is no tag is refused, and the caller moves
 * on to the next source. A page is never refused for its language.
 */

/** The page's own shape for the schema's tag: "en", "es-MX", "zh-Hant-TW". */
const TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

/** "und" (undetermined) and "mul" (several) say no language; "x-…" and "i-…" are private or grandfathered. */
const NO_LANGUAGE = new Set(['und', 'mul', 'zxx', 'mis']);

export function normalizeLang(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  // The first of a list ("en-US, en"), without an encoding or modifier ("en_US.UTF-8", "de_DE@euro").
  const first = value.split(/[,;\s]/).find(Boolean) ?? '';
  const cleaned = first.replace(/[.@].*$/, '').replace(/_/g, '-');
  if (!TAG.test(cleaned)) return undefined;
  let canonical: string;
  try {
    [canonical = ''] = Intl.getCanonicalLocales(cleaned);
  } catch {
    return undefined; // shaped like a tag, but not one (e.g. a subtag of the wrong length)
  }
  if (!TAG.test(canonical) || NO_LANGUAGE.has(canonical.split('-')[0]!.toLowerCase())) return undefined;
  return canonical;
}

/** The first source that gives a usable language, in the order given. */
export function firstLang(...candidates: (string | undefined | null)[]): string | undefined {
  for (const candidate of candidates) {
    const lang = normalizeLang(candidate);
    if (lang) return lang;
  }
  return undefined;
}
