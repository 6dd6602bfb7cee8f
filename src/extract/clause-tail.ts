/**
 * The last few words of the clause that ends at an offset, read backwards from it:
 * taking the whole clause first and splitting it is quadratic when a long sentence
 * holds many dates ("12/12/2016 12/12/2016 ...") and each asks for its own clause.
 */

/** Characters that end a clause. */
const CLAUSE_DELIMITER = /[,;:()\u2013\u2014]/;
const SPACE = /\s/;
/** Past this many characters nothing is read: no run of a dozen words of prose is so long. */
const MAX_CHARS = 2000;

/**
 * The last `count` words of the clause of `text` that ends at `end` (after the last
 * clause delimiter before it), joined by single spaces.
 * @example lastWordsOfClause('In 2011, since the war  began in', 32, 3) // 'war began in'
 */
export function lastWordsOfClause(text: string, end: number, count: number): string {
  const floor = Math.max(0, end - MAX_CHARS);
  let i = Math.min(end, text.length);
  let words = 0;
  while (i > floor && !CLAUSE_DELIMITER.test(text[i - 1]!)) {
    i--;
    if (!SPACE.test(text[i]!) && (i === 0 || SPACE.test(text[i - 1]!)) && ++words === count) break;
  }
  return text.slice(i, end).split(/\s+/).filter(Boolean).join(' ');
}
