/**
 * White space in page lines: the squeezing of its runs, which most lines turn
 * out not to need.
 */

const SPACE_RUN = /\s+/g;
/** One character of white space beyond ASCII (as `\s` reads it). */
const SPACE = /\s/;
const PLAIN_SPACE = 0x20;

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
 * No white space at an end, none two in a row, none but plain spaces: what
 * `!/^\s|\s$|\s\s|[^\S ]/.test(line)` tells, read by code (every line of every page is asked).
 */
function isSqueezed(line: string): boolean {
  const n = line.length;
  if (n === 0) return true;
  if (line.charCodeAt(0) === PLAIN_SPACE || line.charCodeAt(n - 1) === PLAIN_SPACE) return false;
  let afterSpace = false;
  for (let i = 0; i < n; i++) {
    const c = line.charCodeAt(i);
    if (c === PLAIN_SPACE) {
      if (afterSpace) return false;
      afterSpace = true;
      continue;
    }
    afterSpace = false;
    if (c < 0x80 ? c >= 0x09 && c <= 0x0d : SPACE.test(line.charAt(i))) return false;
  }
  return true;
}
