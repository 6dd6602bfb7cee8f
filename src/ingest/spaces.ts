/**
 * White space in page lines: the squeezing of its runs, which most lines turn
 * out not to need.
 */

const SPACE_RUN = /\s+/g;
/** One character of white space, as `\s` reads it (the characters beyond ASCII are asked of it). */
const WHITE_SPACE = /\s/;
const PLAIN_SPACE = 0x20;
const ASCII_END = 0x80;

/**
 * `line.replace(/\s+/g, ' ').trim()`: each run of white space one space, none at the ends.
 * A line with no white space at its ends, no two in a row and none but plain spaces is
 * already so, and is returned as it is (most are), without the regex building a copy.
 * @example squeezeSpaces('  a \t b ') // 'a b'
 */
export function squeezeSpaces(line: string): string {
  return isSqueezed(line) ? line : line.replace(SPACE_RUN, ' ').trim();
}

/**
 * True when squeezing would change nothing: no white space at an end, none two in a row,
 * none but plain spaces (`!/^\s|\s$|\s\s|[^\S ]/.test(line)`), read char by char, as
 * a regex of four branches tried at every position costs more on a line of prose.
 * @example isSqueezed('a b') // true; isSqueezed('a  b') // false
 */
export function isSqueezed(line: string): boolean {
  const last = line.length - 1;
  let afterSpace = false;
  for (let i = 0; i <= last; i++) {
    const c = line.charCodeAt(i);
    if (c === PLAIN_SPACE) {
      if (i === 0 || i === last || afterSpace) return false;
      afterSpace = true;
    } else if (c < ASCII_END ? c >= 0x09 && c <= 0x0d : WHITE_SPACE.test(line.charAt(i))) return false;
    else afterSpace = false;
  }
  return true;
}
