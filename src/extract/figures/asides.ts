/**
 * Asides between commas that stand between a figure and its predicate:
 * "27 people, including two children, were killed", "36 settlements, located
 * in an area of 400 square kilometres, have been liberated".
 */
import { HARD_STOPS } from './lexicon.ts';
import type { Token } from '../tokens.ts';

/** Words that open an aside between commas ("including two children", "among them", "mostly women", "mainly women and children"). */
export const INSERT_OPENERS = new Set([
  'including',
  'among',
  'mostly',
  'mainly',
  'largely',
  'predominantly',
  'primarily',
  'chiefly',
  'nearly',
  'almost',
  'most',
  'many',
  'half',
  'of',
  'all',
  'some',
  'located',
  'situated',
  'covering',
  'totaling',
  'totalling',
  'spanning',
]);
const MAX_INSERT = 16;

/**
 * The word that opened the aside a figure stands in, if it is one: ", including two children" before `at`.
 * @example lastAsideWord(tokenize('27 people, including two children,'), 6) // 'including'
 */
export function lastAsideWord(tokens: readonly Token[], at: number): string {
  for (let p = at - 1; p >= 0 && at - p <= MAX_INSERT; p--) {
    const t = tokens[p];
    if (!t || HARD_STOPS.has(t.text)) return '';
    if (t.text === ',') return tokens[p + 1]?.lower ?? '';
  }
  return '';
}

/**
 * The comma that closes an aside opened at `from`, within a few words; -1 when there is none.
 * @example closingComma(tokenize('27 people, including two children, were killed'), 3) // 6
 */
export function closingComma(tokens: readonly Token[], from: number): number {
  return closingMark(tokens, from, ',');
}

/** What closes an aside each mark opens: "274 Palestinians — including dozens of children — were killed", "(including 5 women)". */
export const ASIDE_CLOSERS: ReadonlyMap<string, string> = new Map([
  [',', ','],
  ['—', '—'],
  ['–', '–'],
  // "At least 46 people - including 33 in the capital - were killed": a hyphen typed for a dash.
  ['-', '-'],
  ['(', ')'],
]);

/**
 * The mark `close` that closes an aside opened at `from`, within a few words; -1 when there is none.
 * @example closingMark(tokenize('274 people — including dozens of children — were killed'), 3, '—') // 7
 */
export function closingMark(tokens: readonly Token[], from: number, close: string): number {
  for (let q = from; q < tokens.length && q - from <= MAX_INSERT; q++) {
    const t = tokens[q];
    if (!t) return -1;
    if (t.text === close) return q;
    if (HARD_STOPS.has(t.text) || t.text === '.') return -1;
  }
  return -1;
}
