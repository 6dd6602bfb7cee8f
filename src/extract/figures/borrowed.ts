/**
 * Figures that take their category from another figure or from what is put
 * at them: "put the number of the deaths at 43", "putting the figure at 50"
 * after a toll, "destroyed along with 37 vehicles", "of the 98 wounded, some
 * 16 were children".
 */
import type { Category } from '../../model/types.ts';
import { FALLBACK_BACK, HARD_STOPS, PREDICATES, TOLL_SUBJECTS } from './lexicon.ts';
import type { Token } from '../tokens.ts';

const PART_REACH = 20;

/** The category already given to the figure whose number sits at a token index, if any. */
export type EarlierFigure = (tokenIndex: number) => Category | undefined;
/**
 * "19 tanks were destroyed along with 37 vehicles": the figure is counted as the one it is listed with.
 * @example alongWith(tokens, first, earlier) // 'destroyed'
 */
export function alongWith(tokens: readonly Token[], first: number, earlier: EarlierFigure): Category | null {
  if (tokens[first - 1]?.lower !== 'with' || tokens[first - 2]?.lower !== 'along') return null;
  for (let p = first - 3; p >= 0 && first - p <= FALLBACK_BACK; p--) {
    const t = tokens[p];
    if (!t || HARD_STOPS.has(t.text)) return null;
    const c = t.kind === 'num' ? earlier(p) : undefined;
    if (c !== undefined) return c === 'other' ? null : c;
  }
  return null;
}

/** Words for wounds after "with": "six others with serious injuries", "two with burns". */
const WOUND_NOUNS: ReadonlySet<string> = new Set(['injuries', 'injury', 'wounds', 'burns']);
/** Tokens after the number where "with" may stand: right after it, or past its noun ("others", "people"). */
const WITH_REACH = 2;

/**
 * The figure's people are "with" wounds: "six others with serious injuries", "12 people with gunshot wounds".
 * @example withInjuries(tokenize('six others with serious injuries'), 1) // true
 */
export function withInjuries(tokens: readonly Token[], from: number): boolean {
  for (let p = from; p < from + WITH_REACH && p < tokens.length; p++) {
    if (tokens[p]?.lower !== 'with') continue;
    // Up to two words describe the wounds: "serious", "life-threatening", "gunshot".
    for (let q = p + 1; q <= p + 3 && q < tokens.length; q++) {
      const w = tokens[q];
      if (w?.kind !== 'word') return false;
      if (WOUND_NOUNS.has(w.lower)) return true;
    }
    return false;
  }
  return false;
}

/** Verbs that give a count "at" a figure: "put the number of deaths at 43", "estimated the displaced at 5,000". */
const PUT_VERBS = new Set(['put', 'puts', 'putting', 'estimated', 'estimates', 'placed', 'places', 'set', 'sets']);
const MAX_PUT = 10;
/** Nouns that stand for a count told before: "putting the figure at 50". */
const BACK_NOUNS = new Set(['figure', 'figures', 'number', 'count', 'tally', 'total', 'estimate']);

/**
 * "put the number of the deaths at 43": what is put at the figure says what it counts (the word
 * nearest it, when two counts are put: "put the death toll at 30 and injured at 52").
 * @example putAt(tokenize('put the number of the deaths at 43'), 7, () => undefined) // 'killed'
 */
export function putAt(tokens: readonly Token[], first: number, earlier: EarlierFigure): Category | null {
  if (tokens[first - 1]?.lower !== 'at') return null;
  let verb = -1;
  for (let p = first - 2; p >= 0 && first - p <= MAX_PUT; p--) {
    const w = tokens[p]?.lower ?? '';
    if (PUT_VERBS.has(w)) {
      verb = p;
      break;
    }
    if (HARD_STOPS.has(w) || w === 'that' || w === 'which' || w === 'who') return null;
  }
  let refersBack = false;
  // The nearest word that names a count: "put the death toll at 30 and the injured at 52".
  for (let p = first - 2; verb !== -1 && p > verb; p--) {
    const w = tokens[p]?.lower ?? '';
    const c = TOLL_SUBJECTS.get(w) ?? PREDICATES.get(w);
    if (c && c !== 'strikes' && c !== 'control') return c;
    if (BACK_NOUNS.has(w)) refersBack = true;
  }
  // "40 had died, ... putting the figure at 50": the figure is the count told before it.
  for (let p = verb - 1; refersBack && p >= 0 && verb - p <= FALLBACK_BACK; p--) {
    const t = tokens[p];
    if (!t || HARD_STOPS.has(t.text)) return null;
    const c = t.kind === 'num' ? earlier(p) : undefined;
    if (c !== undefined) return c === 'other' ? null : c;
  }
  return null;
}

/**
 * "Of the 98 people wounded, some 16 were children": a breakdown counts what its whole counts.
 * @example partOfWhole(tokens, first, earlier) // 'injured'
 */
export function partOfWhole(tokens: readonly Token[], first: number, earlier: EarlierFigure): Category | null {
  for (let p = first - 1; p >= 1 && first - p <= PART_REACH; p--) {
    const t = tokens[p];
    if (!t || HARD_STOPS.has(t.text)) return null;
    // "Of the 98 wounded" opens its clause (after the sentence's start or a comma), unlike "the bodies of 29".
    const ofAt = tokens[p - 1]?.lower === 'of' ? p - 1 : tokens[p - 1]?.lower === 'the' && tokens[p - 2]?.lower === 'of' ? p - 2 : -1;
    const of = ofAt === 0 || (ofAt > 0 && tokens[ofAt - 1]?.text === ',');
    const c = t.kind === 'num' && of ? earlier(p) : undefined;
    if (c !== undefined && c !== 'other') return c;
  }
  return null;
}

/** Words "of" refers back by, after a part's figure: "7 of whom", "two of which", "three of them". */
const PART_BACK = new Set(['whom', 'which', 'them']);
/** How far back the whole of "N of whom" is looked for: it may close a long clause ("16 people were wounded in ... Kyiv, 7 of whom"). */
const WHOLE_REACH = 30;

/**
 * "16 people were wounded in the attack on the hospital, 7 of whom were children": a part told
 * "of whom" after its whole counts what the whole counts.
 * @example partOfWhom(tokens, first, last, earlier) // 'injured'
 */
export function partOfWhom(tokens: readonly Token[], first: number, last: number, earlier: EarlierFigure): Category | null {
  if (tokens[last + 1]?.lower !== 'of' || !PART_BACK.has(tokens[last + 2]?.lower ?? '')) return null;
  for (let p = first - 1; p >= 0 && first - p <= WHOLE_REACH; p--) {
    const t = tokens[p];
    if (!t || HARD_STOPS.has(t.text)) return null;
    const c = earlier(p);
    if (c !== undefined) return c === 'other' ? null : c;
  }
  return null;
}

/** How many words a count's noun may have before its breakdown in brackets: "131 civilians (", "40 people, most of them children (". */
const BRACKETED_NOUN_WORDS = 4;

/**
 * "killed at least 131 civilians (102 men, 17 women and 12 children)": a breakdown in brackets
 * right after a count's noun counts what that count counts.
 * @example inBrackets(tokens, first, earlier) // 'killed'
 */
export function inBrackets(tokens: readonly Token[], first: number, earlier: EarlierFigure): Category | null {
  if (tokens[first - 1]?.text !== '(') return null;
  for (let p = first - 2; p >= 0 && first - 2 - p <= BRACKETED_NOUN_WORDS; p--) {
    const t = tokens[p];
    if (!t) return null;
    if (t.kind === 'num') {
      const c = earlier(p);
      return c === undefined || c === 'other' ? null : c;
    }
    if (t.kind !== 'word') return null;
  }
  return null;
}
