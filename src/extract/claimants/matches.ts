/**
 * The matches of a global regular expression, read with `exec`: `matchAll`
 * copies the regex on every call, which costs more than the search itself on
 * a sentence.
 */

/**
 * Every match of a global regex that never matches the empty string, left to right: what
 * `[...text.matchAll(regex)]` gives when the regex's lastIndex is 0, as it is after this call.
 * @example allMatches(/\d+/g, 'a1 b22').map((m) => m.index) // [1, 4]
 */
export function allMatches(regex: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) out.push(m);
  return out;
}
