// Reads the `_headers` file that Netlify and Cloudflare Pages apply, so the e2e server can
// send exactly the headers a deploy would. Plain ESM + JSDoc: scripts run on Node alone.

/**
 * @typedef {{ path: string, headers: [string, string][] }} HeaderRule
 */

/**
 * Parses the file: a URL pattern at the start of a line, then indented `Name: value` lines.
 * `#` starts a comment line. Malformed lines throw, naming the line, so a typo never ships
 * a silently missing policy.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeaders(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trimEnd();
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/') && !/^https?:\/\//.test(line)) throw new Error(`_headers line ${i + 1}: expected a path starting with "/", got "${line}"`);
      rules.push({ path: line.trim(), headers: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers line ${i + 1}: header before any path`);
    const match = /^\s+([A-Za-z0-9-]+)\s*:\s*(.*)$/.exec(line);
    if (!match || !match[2]) throw new Error(`_headers line ${i + 1}: expected "Name: value", got "${line.trim()}"`);
    rule.headers.push([match[1], match[2].trim()]);
  });
  return rules;
}

/**
 * Whether a rule's pattern covers a request path: `*` matches any rest (including `/`),
 * `:name` one segment, everything else literally.
 * @param {string} pattern
 * @param {string} pathname
 */
export function pathMatches(pattern, pathname) {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(pathname);
}

/**
 * The headers for one path. When several rules match, they combine; a header set by two
 * rules gets both values joined with ", " (what Cloudflare Pages documents).
 * @param {HeaderRule[]} rules
 * @param {string} pathname
 * @returns {Record<string, string>} keyed by lower-case header name
 */
export function headersFor(rules, pathname) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const rule of rules) {
    if (!pathMatches(rule.path, pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] ? `${out[key]}, ${value}` : value;
    }
  }
  return out;
}
