// Which dumps hold a comment section or form, and whether a cleaned text still shows it.
//
// The ground truth only says what the article is, so a comment section is found in the raw dump
// by its own lines, checked against the truth:
//   1. A comment line is a dump line that matches one of the patterns below (comment headings and
//      counters, "leave a reply" prompts, form fields and buttons, "says:"/"Reply" of comment
//      entries, comment-widget notices) and is not article text (its tokens are not a run of the
//      truth's tokens, or for a long line, fewer than half of its shingles are the truth's).
//      A bulleted "Comments" or "Leave a comment" is a menu or post-meta link, not a comment line;
//      a field or button ("Email (required)", "Submit") counts only after a heading or prompt of
//      its cluster (before one, it is the newsletter box above the section).
//   2. A comment section is a cluster of comment lines, each within WINDOW lines of the previous,
//      that holds an unmistakable prompt ("Leave a Reply", "Post a Comment", a Disqus notice), or
//      an opening line (heading, counter, "view comments") with a form or entry line, or a
//      "Comments" heading with a widget's label right under it. A lone "Comments" menu entry, a
//      share bar's "Comments" item, a "View comments" button or a teaser list's "12 comments"
//      counters are not a section (see isSection).
//   3. A cleaned text still shows a section when any of its comment lines survives: a line of one
//      or two tokens must stand as a whole line of the output (the word "Reply" inside a sentence
//      is not the button); a longer line must appear, token for token, inside an output line.
// A dump "had it removed" when no comment line of any of its sections survives.
import { shingles, tokenize } from './score.mjs';

export const WINDOW = 15;

const WORDS = String.raw`(?:comments?|responses?|replies|kommentare?|comentarios?|commentaires?|commenti|commento|reacties|reacciones|discussion)`;

/** Lines that open a comment section: headings, counters, prompts. */
const COUNTER = new RegExp(String.raw`^[\[(]?\s*\d[\d.,]*\s*k?\s*[\])]?\s*${WORDS}\b`, 'i'); // 12 comments, (42) Comments, [ 167 comments ]
const HEADING = new RegExp(String.raw`^${WORDS}\s*(?:\(\d+\))?:?$`, 'i'); // Comments, Comentarios (3)
const OPENERS = [
  new RegExp(String.raw`^(?:no|nessun|sin|keine|aucun)\s+${WORDS}`, 'i'),
  new RegExp(String.raw`\b(?:view|show|read|load|see|hide)\b.{0,15}${WORDS}`, 'i'),
  /\b(?:join|start)\s+the\s+(?:conversation|discussion)\b/i,
];

/** Prompts that are a comment form by themselves. */
const PROMPTS = [
  /\b(?:leave|post|add|write|submit)\s+(?:a\s+|an\s+|your\s+|new\s+)?(?:comments?|reply|response)\b/i,
  /lascia un commento|deja (?:un|tu) comentario|dejar un comentario|escribe un comentario|publicar un comentario|kommentar (?:schreiben|verfassen)|laisser un commentaire|ajouter un commentaire/i,
  /comments? powered by|\bdisqus\b/i,
  /(?:loading|enable javascript|javascript is required).{0,40}comments/i,
];

/** Lines of a comment form or of comment entries. */
const FORM_LINES = [
  /cancel reply|annulla risposta|cancelar respuesta|antwort abbrechen|annuler la réponse/i,
  /^(?:reply|responder|responder a|antworten|répondre|rispondi|log in to reply)$/i,
  /\bsays:$|\bdice:$|\bsagt:$/i,
  /email (?:address )?will not be published|required fields are marked|notify me|you must be (?:logged|signed) in|log in to (?:comment|reply)|devi essere connesso|you are commenting using|your comment|commenting (?:rules|guidelines)|comment (?:policy|guidelines)|save my name, email/i,
];

/** A form's fields and buttons: part of a section only after its heading or prompt (see findCommentSections). */
const FIELD_LINES = [
  /\bcomment\s*\(required\)|^(?:name|email|e-mail|website|nombre|correo electrónico|sitio web)\s*(?:\*|\(required\))$/i,
  /^(?:\(BUTTON\)\s*)?(?:post|submit|send|publish)(?:\s+comment)?$/i,
];

const strip = (line) => line.replace(/^\s*(?:[*+#o-]\s+|\[\s?\]\s*|\(BUTTON\)\s*)+/, '').trim();

/** Is this dump line article text (part of the ground truth)? */
function inArticle(lineTokens, truthJoined, truthShingles) {
  if (lineTokens.length <= 4) return truthJoined.includes(` ${lineTokens.join(' ')} `);
  const own = shingles(lineTokens);
  let hit = 0, all = 0;
  for (const [s, c] of own) { all += c; if (truthShingles.has(s)) hit += c; }
  return hit * 2 >= all;
}

/** The comment sections of one dump: arrays of { line, text, tokens }. */
export function findCommentSections(dumpText, truthText) {
  const truthTokens = tokenize(truthText);
  const truthJoined = ` ${truthTokens.join(' ')} `;
  const truthShingles = shingles(truthTokens);
  const lines = dumpText.split('\n');
  const hits = [];
  lines.forEach((raw, index) => {
    const text = strip(raw);
    if (!text || text.length > 200) return;
    // "* Comments" or "* Leave a comment" is a menu, share-bar or post-meta entry (a link to the
    // section), not the section's heading or its form.
    if (/^\s*[*+o-]\s/.test(raw) && (HEADING.test(text) || (text.split(/\s+/).length <= 3 && PROMPTS.some((r) => r.test(text))))) return;
    const kind = PROMPTS.some((r) => r.test(text))
      ? 'prompt'
      : COUNTER.test(text)
        ? 'counter'
        : HEADING.test(text)
          ? 'heading'
          : OPENERS.some((r) => r.test(text))
            ? 'opener'
            : FORM_LINES.some((r) => r.test(text))
              ? 'form'
              : FIELD_LINES.some((r) => r.test(text))
                ? 'field'
                : undefined;
    if (!kind) return;
    const tokens = tokenize(text);
    if (!tokens.length || inArticle(tokens, truthJoined, truthShingles)) return;
    hits.push({ line: index + 1, text, tokens, kind });
  });
  const clusters = [];
  for (const hit of hits) {
    const last = clusters.at(-1);
    if (last && hit.line - last.at(-1).line <= WINDOW) last.push(hit);
    else clusters.push([hit]);
  }
  // A form's fields and buttons follow its heading or prompt; an "Email (required)" field before
  // any of them belongs to the newsletter box above the section, not to the comment form.
  return clusters.map((c) => c.filter((h, i) => h.kind !== 'field' || c.slice(0, i).some((o) => o.kind !== 'form' && o.kind !== 'field'))).filter((c) => c.length && isSection(c));
}

/**
 * A prompt is a form by itself; an opener (heading, counter, "view comments") needs a form or entry
 * line beside it; a heading needs a second heading or opener right under it (a widget's label).
 * Counters alone are a teaser list's, and a lone heading is a menu entry or a share-bar item.
 */
function isSection(cluster) {
  const has = (...kinds) => cluster.some((h) => kinds.includes(h.kind));
  if (has('prompt')) return true;
  if (has('heading', 'counter', 'opener') && has('form', 'field')) return true;
  return cluster.some((h, i) => h.kind === 'heading' && cluster.slice(i + 1).some((n) => n.line - h.line <= 3 && n.kind !== 'form' && n.kind !== 'field'));
}

/** The output's lines as token strings, for survival checks. */
export function outputLines(predictionText) {
  // Stripped like the dump's lines, so "(BUTTON) Post" in a raw dump still is the line "Post".
  return (predictionText ?? '').split('\n').map((l) => tokenize(strip(l)).join(' ')).filter(Boolean);
}

/** Does one comment line still show in the output? */
export function survives(hit, lines) {
  const key = hit.tokens.join(' ');
  if (hit.tokens.length <= 2) return lines.includes(key);
  return lines.some((l) => ` ${l} `.includes(` ${key} `));
}

/** For one page: how many comment lines there were and how many the output still shows. */
export function commentRemoval(sections, predictionText) {
  const lines = outputLines(predictionText);
  const all = sections.flat();
  const kept = all.filter((h) => survives(h, lines));
  return { sections: sections.length, lines: all.length, keptLines: kept.length, removed: kept.length === 0, kept: kept.map((h) => h.line) };
}
