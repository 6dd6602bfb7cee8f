/**
 * The last few words of the clause that ends at an offset, read backwards from it:
 * taking the whole clause first and splitting it is quadratic when a long sentence
 * holds many dates ("12/12/2016 12/12/2016 ...") and each asks for its own clause.
 */

import { isSpaceAt } from './word-runs.ts';

/** Characters that end a clause: , ; : ( ) – — (read by code, two regex tests a character cost more than the rest). */
const CLAUSE_DELIMITERS: ReadonlySet<number> = new Set([0x2c, 0x3b, 0x3a, 0x28, 0x29, 0x2013, 0x2014]);
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
  while (i > floor && !CLAUSE_DELIMITERS.has(text.charCodeAt(i - 1))) {
    i--;
    if (!isSpaceAt(text, i) && (i === 0 || isSpaceAt(text, i - 1)) && ++words === count) break;
  }
  return text.slice(i, end).split(/\s+/).filter(Boolean).join(' ');
}
