/**
 * White space in page lines: the squeezing of its runs, which most lines turn
 * out not to need.
 */

const SPACE_RUN = /\s+/g;
/** What `squeezeSpaces` changes: white space at an end, two in a row, or any but a plain space. */
const NOT_SQUEEZED = /^\s|\s$|\s\s|[^\S ]/;

/**
 * `line.replace(/\s+/g, ' ').trim()`: each run of white space one space, none at the ends.
 * A line with no white space at its ends, no two in a row and none but plain spaces is
 * already so, and is returned as it is (most are), without the regex building a copy.
 * @example squeezeSpaces('  a \t b ') // 'a b'
 */
export function squeezeSpaces(line: string): string {
  return NOT_SQUEEZED.test(line) ? line.replace(SPACE_RUN, ' ').trim() : line;
}
