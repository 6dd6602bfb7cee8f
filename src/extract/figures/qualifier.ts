/**
 * Reads the qualifier written before (or after) a figure: "more than 300",
 * "at least 50", "some 10,000", "nearly 90", "fewer than 20", "300 or more".
 */
import type { Qualifier } from '../../model/types.ts';
import type { Token } from '../tokens.ts';

/** Phrases before a number, longest first within each qualifier so "just over" wins over "over". */
const BEFORE: readonly (readonly [Qualifier, readonly string[]])[] = [
  ['at-least', ['no', 'fewer', 'than']],
  ['at-least', ['no', 'less', 'than']],
  ['at-least', ['not', 'less', 'than']],
  ['at-least', ['a', 'minimum', 'of']],
  ['at-least', ['at', 'least']],
  ['more-than', ['in', 'excess', 'of']],
  ['more-than', ['more', 'than']],
  ['more-than', ['upwards', 'of']],
  ['more-than', ['just', 'over']],
  ['more-than', ['well', 'over']],
  ['more-than', ['over']],
  ['more-than', ['exceeding']],
  // "the toll topped 20", "surged past 30,000": a verb of going beyond.
  ['more-than', ['topped']],
  ['more-than', ['tops']],
  ['more-than', ['exceeded']],
  ['more-than', ['exceeds']],
  ['more-than', ['surpassed']],
  ['more-than', ['passed']],
  ['more-than', ['past']],
  ['more-than', ['above']],
  ['fewer-than', ['just', 'under']],
  ['fewer-than', ['less', 'than']],
  ['fewer-than', ['fewer', 'than']],
  ['fewer-than', ['under']],
  ['fewer-than', ['below']],
  ['up-to', ['as', 'many', 'as']],
  ['up-to', ['as', 'much', 'as']],
  ['up-to', ['close', 'to']],
  ['up-to', ['up', 'to']],
  ['up-to', ['nearly']],
  ['up-to', ['almost']],
  ['up-to', ['approaching']],
  ['about', ['an', 'estimated']],
  ['about', ['approximately']],
  ['about', ['roughly']],
  ['about', ['about']],
  ['about', ['around']],
  ['about', ['some']],
  ['about', ['estimated']],
  ['about', ['circa']],
  ['about', ['approx']],
  ['about', ['~']],
];
const CURRENCY = new Set(['$', '€', '£', '¥']);
/** Phrases after a number: "300 or more", "300-plus", "300 or so". */
const AFTER: readonly (readonly [Qualifier, readonly string[]])[] = [
  ['at-least', ['or', 'more']],
  ['at-least', ['-', 'plus']],
  ['at-least', ['plus']],
  ['about', ['or', 'so']],
];

/** BEFORE by each phrase's last word, keeping BEFORE's order (so "just over" still wins over "over"). */
const BEFORE_BY_LAST: ReadonlyMap<string, readonly (readonly [Qualifier, readonly string[]])[]> = byLastWord(BEFORE);

function byLastWord(phrases: readonly (readonly [Qualifier, readonly string[]])[]): Map<string, (readonly [Qualifier, readonly string[]])[]> {
  const index = new Map<string, (readonly [Qualifier, readonly string[]])[]>();
  for (const entry of phrases) {
    const last = entry[1][entry[1].length - 1] ?? '';
    index.set(last, [...(index.get(last) ?? []), entry]);
  }
  return index;
}

export interface ReadQualifier {
  readonly qualifier: Qualifier;
  /** Index of the first token of the figure's text (the qualifier's, or the number's). */
  readonly first: number;
  /** Index of the last token of a trailing qualifier, or -1. */
  readonly trailingLast: number;
}

/**
 * Reads the qualifier around the number spanning tokens `first..last`.
 * @example readQualifier(tokenize('killed more than 300 people'), 3, 3) // { qualifier: 'more-than', first: 1, trailingLast: -1 }
 */
export function readQualifier(tokens: readonly Token[], first: number, last: number): ReadQualifier {
  for (const [qualifier, phrase] of AFTER) {
    if (phrase.every((w, k) => tokens[last + 1 + k]?.lower === w)) {
      return { qualifier, first: before(tokens, first)?.first ?? first, trailingLast: last + phrase.length };
    }
  }
  const found = before(tokens, first);
  return found ? { qualifier: found.qualifier, first: found.first, trailingLast: -1 } : { qualifier: 'exact', first, trailingLast: -1 };
}

function before(tokens: readonly Token[], first: number): { qualifier: Qualifier; first: number } | null {
  // "around $1 billion": a currency sign sits between the qualifier and the number;
  // "at least another 525", "more than a further 40": so does the word of a count added to one before.
  const sign = CURRENCY.has(tokens[first - 1]?.text ?? '') ? first - 1 : first;
  const at = tokens[sign - 1]?.lower === 'another' ? sign - 1 : tokens[sign - 1]?.lower === 'further' && tokens[sign - 2]?.lower === 'a' ? sign - 2 : sign;
  // Only phrases ending in the word before the number can match: looked up by that word, in BEFORE's order.
  for (const [qualifier, phrase] of BEFORE_BY_LAST.get(tokens[at - 1]?.lower ?? '') ?? []) {
    const start = at - phrase.length;
    if (start < 0) continue;
    if (!phrase.every((w, k) => tokens[start + k]?.lower === w)) continue;
    // "the death toll is now up to 23", "has gone up to 41": a toll risen to the figure, not a bound on it.
    if (phrase[0] === 'up' && risenTo(tokens, start)) return null;
    return { qualifier, first: start };
  }
  return null;
}

/** Verbs a toll is "up to" a figure by: "is up to", "has gone up to", "went up to". */
const RISEN_BY: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'gone', 'went', 'goes']);
/** Words of a count that rises. */
const RISING_COUNTS: ReadonlySet<string> = new Set(['toll', 'count', 'number', 'total', 'tally']);
/** How far back the count may stand before its verb. */
const RISING_REACH = 6;

/** "up" at `up` says a count rose: "the death toll is now up to 23" (not "killed up to 300"). */
function risenTo(tokens: readonly Token[], up: number): boolean {
  let v = up - 1;
  if (tokens[v]?.lower === 'now') v--;
  if (!RISEN_BY.has(tokens[v]?.lower ?? '')) return false;
  for (let k = v - 1; k >= 0 && k >= v - RISING_REACH; k--) if (RISING_COUNTS.has(tokens[k]?.lower ?? '')) return true;
  return false;
}
