/**
 * The front matter most articles carry, "key: value" lines of plain words, read without
 * the YAML engine: js-yaml's loader cost more than the rest of the front matter's reading.
 * Only a block that js-yaml (3, gray-matter's, with its default safe schema) reads as
 * a mapping of the same strings is read here; any other block is left to the engine.
 */

/**
 * A "key: value" line YAML reads as the value's own text: a lowercase key, a colon and
 * spaces, and a value that starts with a letter (no indicator, number, date or quote can
 * start it) and ends in no space, with no tab, "#" (a comment), control character, line
 * separator or lone surrogate half in it.
 */
const PLAIN_PAIR =
  /^([a-z][a-z_]*):[ ]+([A-Za-z](?:[\x20-\x22\x24-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*[\x21\x22\x24-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd])?)$/;
/** A colon before a space or the end: YAML would read a mapping there. */
const MAPPING_COLON = /:(?: |$)/;
/** Plain words YAML reads as null or a boolean, not as text. */
const NOT_TEXT: ReadonlySet<string> = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

/**
 * The mapping a front matter block of plain "key: value" lines (and empty lines) holds, as
 * js-yaml reads it; null for any other block (a quote, a number, a date, a list, a comment,
 * a repeated key...), which the YAML engine reads.
 * @example plainMapping('\nsource: Wire One\nurl: https://example.org/a') // { source: 'Wire One', url: 'https://example.org/a' }
 */
export function plainMapping(block: string): Record<string, string> | null {
  const out: Record<string, string> = {};
  let pairs = 0;
  for (const line of block.split('\n')) {
    if (line === '') continue;
    const m = PLAIN_PAIR.exec(line);
    const key = m?.[1];
    const value = m?.[2];
    if (!key || !value || NOT_TEXT.has(key) || NOT_TEXT.has(value) || MAPPING_COLON.test(value) || Object.hasOwn(out, key)) return null;
    out[key] = value;
    pairs++;
  }
  return pairs > 0 ? out : null;
}
