/**
 * The matches of a global regex, as `text.matchAll(re)` reads them. matchAll
 * copies the regex on every call (through its species constructor), which
 * costs more than the search itself on a sentence; this reads them with the
 * regex's own `lastIndex`, leaving it at 0.
 */

/**
 * Every match of the global regex `re` in `text`, in order, from the start of the text
 * (where matchAll starts too: the regexes read so are never left with another lastIndex).
 * @example allMatches(/\d/g, 'a1b2').map((m) => m.index) // [1, 3]
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global regex: ${re}`); // as matchAll
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match moves on by one character, as matchAll does.
    if (m[0] === '') re.lastIndex = nextIndex(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  re.lastIndex = 0;
  return out;
}

/** The index after the character at `i`: a surrogate pair is one character in unicode mode. */
function nextIndex(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
