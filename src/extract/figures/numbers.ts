/**
 * Finds the numbers written in a sentence: digits ("1,324", "2.6", "78000"),
 * number words ("three", "Ninety-three", "a dozen", "two hundred"), scaled
 * numbers ("1.5 million") and vague amounts ("dozens", "scores of", "tens of
 * thousands"). Whether a number is a claim is decided later.
 */
import type { Token } from '../tokens.ts';
import { isMonth } from './lexicon.ts';

const UNITS: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
]);
const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);
const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100],
  ['thousand', 1_000],
  ['million', 1_000_000],
  ['billion', 1_000_000_000],
  ['mln', 1_000_000],
  ['bn', 1_000_000_000],
]);
const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['half', 0.5],
  ['quarter', 0.25],
  ['third', 1 / 3],
]);
/** Plural scale words read as an amount without a defined value. */
/**
 * The value of a token that is a number by itself (digits, or a unit or tens word: "four",
 * "twenty"), else null.
 * @example numberValue({ kind: 'word', lower: 'four', text: 'four' }) // 4
 */
export function numberValue(t: { readonly kind: string; readonly lower: string; readonly text: string } | undefined): number | null {
  if (!t) return null;
  if (t.kind === 'num') return PLAIN.test(t.text) ? Number(t.text) : null;
  return UNITS.get(t.lower) ?? TENS.get(t.lower) ?? null;
}

const VAGUE_PLURALS = new Set(['dozens', 'scores', 'hundreds', 'thousands', 'millions', 'billions', 'tens']);
/** Words that turn a following scale word into a vague amount: "several hundred", "a few thousand". */
const VAGUE_LEADS = new Set(['several', 'few']);
/** Words that can start a number; every other word is passed over with one look-up. */
const STARTS_NUMBER = new Set([...UNITS.keys(), ...TENS.keys(), ...VAGUE_PLURALS, ...VAGUE_LEADS, 'a', 'an', 'half', 'quarter', 'third']);
/** Thousands grouping must be regular ("1,324", "78,000"); anything else is a list ("12,13"). */
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PLAIN = /^\d+(?:\.\d+)?$/;
/**
 * Thousands grouped by dots, as many outlets write them: "265.000", "1.250.000". Only where no
 * decimal reading is likely: two groups or more, or a group of zeros ("1.500" stays one and a half).
 */
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3}){2,}$|^\d{1,3}\.000$/;

/**
 * Thousands grouped by spaces, as agencies and the UN write them: "4 000", "800 000", "1 250 000".
 * A group of one to three digits, then groups of three, each one space on. Not after a month's
 * name, where the first number is a day ("March 3 200 people" is a day and a count, badly written).
 */
const FIRST_GROUP = /^\d{1,3}$/;
const NEXT_GROUP = /^\d{3}$/;

export type NumberKind = 'digits' | 'words' | 'vague';

export interface NumberToken {
  /** Index of the first and last token of the number (inclusive). */
  readonly first: number;
  readonly last: number;
  readonly value: number | null;
  /** The vague word as written ("dozens", "scores"), else null. */
  readonly vague: string | null;
  readonly kind: NumberKind;
}

/**
 * Reads every number in a token list, left to right, without overlaps.
 * @example readNumbers(tokenize('killed scores of fighters and 1.5 million fled')).map((n) => n.value) // [null, 1500000]
 */
export function readNumbers(tokens: readonly Token[]): NumberToken[] {
  const out: NumberToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const found = readAt(tokens, i);
    if (!found) continue;
    out.push(found);
    i = found.last;
  }
  return out;
}

function readAt(tokens: readonly Token[], i: number): NumberToken | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'num') return readDigits(tokens, i);
  if (t.kind !== 'word' || !STARTS_NUMBER.has(firstPart(t.lower))) return null;
  return readVague(tokens, i) ?? readWords(tokens, i);
}

/** The word up to its first hyphen ("ninety" of "ninety-three"), as `split('-')[0]` gives it, without the array. */
function firstPart(word: string): string {
  const dash = word.indexOf('-');
  return dash < 0 ? word : word.slice(0, dash);
}

function readDigits(tokens: readonly Token[], i: number): NumberToken | null {
  const t = tokens[i];
  if (!t) return null;
  const text = t.text;
  const groupedEnd = FIRST_GROUP.test(text) ? spaceGroupedEnd(tokens, i) : i;
  if (groupedEnd > i) {
    let grouped = text;
    for (let k = i + 1; k <= groupedEnd; k++) grouped += tokens[k]?.text ?? '';
    return { first: i, last: groupedEnd, value: Number(grouped), vague: null, kind: 'digits' };
  }
  let value: number;
  if (GROUPED.test(text)) value = Number(text.replace(/,/g, ''));
  else if (DOT_GROUPED.test(text)) value = Number(text.replace(/\./g, ''));
  else if (PLAIN.test(text)) value = Number(text);
  else {
    // "12,13" or "1.2.3": read the first part only, the rest is not one number.
    const head = /^\d+/.exec(text);
    if (!head) return null;
    value = Number(head[0]);
  }
  const next = tokens[i + 1];
  const scale = next && next.start === t.end + 1 ? SCALES.get(next.lower) : undefined;
  if (scale !== undefined && scale >= 1_000) return { first: i, last: i + 1, value: round(value * scale), vague: null, kind: 'digits' };
  return { first: i, last: i, value, vague: null, kind: 'digits' };
}

/** "dozens", "scores of", "tens of thousands", "hundreds of thousands", "several hundred", "a few thousand". */
function readVague(tokens: readonly Token[], i: number): NumberToken | null {
  const t = tokens[i];
  if (!t) return null;
  const w = t.lower;
  if (VAGUE_LEADS.has(w)) {
    const scale = tokens[i + 1];
    if (scale && (scale.lower === 'hundred' || scale.lower === 'thousand' || scale.lower === 'dozen')) {
      const first = w === 'few' && tokens[i - 1]?.lower === 'a' ? i - 1 : i;
      const vague = first < i ? `${tokens[first]?.text ?? ''} ${t.text} ${scale.text}` : `${t.text} ${scale.text}`;
      return { first, last: i + 1, value: null, vague, kind: 'vague' };
    }
    return null;
  }
  if (!VAGUE_PLURALS.has(w)) return null;
  const of = tokens[i + 1]?.lower === 'of';
  const scaleAfterOf = of ? tokens[i + 2] : undefined;
  // "tens of thousands", "hundreds of thousands"
  if (scaleAfterOf && (scaleAfterOf.lower === 'thousands' || scaleAfterOf.lower === 'millions')) {
    const ofAgain = tokens[i + 3]?.lower === 'of';
    return { first: i, last: ofAgain ? i + 3 : i + 2, value: null, vague: `${t.text} of ${scaleAfterOf.text}`, kind: 'vague' };
  }
  if (w === 'tens') return null; // "tens" alone is not an amount
  // "scores" is an amount only as "scores of"; "settle scores" is not.
  if (w === 'scores' && !of) return null;
  return { first: i, last: of ? i + 1 : i, value: null, vague: t.text, kind: 'vague' };
}

/** "three", "Ninety-three", "thirty one", "two hundred", "a dozen", "a thousand", "two dozen". */
function readWords(tokens: readonly Token[], i: number): NumberToken | null {
  const t = tokens[i];
  if (!t) return null;
  const fraction = readFraction(tokens, i);
  if (fraction) return fraction;
  if (t.lower === 'a' || t.lower === 'an') {
    const next = tokens[i + 1];
    if (!next) return null;
    if (next.lower === 'dozen') return { first: i, last: i + 1, value: 12, vague: null, kind: 'words' };
    const scale = SCALES.get(next.lower);
    if (scale !== undefined && next.lower !== 'mln' && next.lower !== 'bn') {
      return { first: i, last: i + 1, value: scale, vague: null, kind: 'words' };
    }
    return null;
  }
  let total = 0;
  let current = 0;
  let last = -1;
  let lastKind: 'unit' | 'ten' | 'scale' | null = null;
  for (let j = i; j < tokens.length; j++) {
    const tok = tokens[j];
    if (tok?.kind !== 'word') break;
    const small = smallNumber(tok.lower);
    if (small !== null) {
      const isTen = TENS.has(tok.lower);
      // "thirty one" joins a unit to a ten; "two hundred five" a number to a scale; "two three" is two numbers.
      const joins = lastKind === null || lastKind === 'scale' || (lastKind === 'ten' && !isTen && small < 10 && j === last + 1);
      if (!joins) break;
      current += small;
      lastKind = isTen ? 'ten' : 'unit';
      last = j;
      continue;
    }
    if (lastKind === null) return null;
    if (tok.lower === 'and' && tokens[j - 1]?.lower === 'hundred' && smallNumber(tokens[j + 1]?.lower ?? '') !== null) continue;
    if (tok.lower === 'dozen') {
      current = (current || 1) * 12;
      lastKind = 'scale';
      last = j;
      continue;
    }
    const scale = SCALES.get(tok.lower);
    if (scale === undefined || tok.lower === 'mln' || tok.lower === 'bn') break;
    if (scale === 100) current = (current || 1) * 100;
    else {
      total += (current || 1) * scale;
      current = 0;
    }
    lastKind = 'scale';
    last = j;
  }
  if (last < 0) return null;
  return { first: i, last, value: total + current, vague: null, kind: 'words' };
}

/** "half a million", "a quarter of a million", "a third of a million", "a half million"; "half a dozen", "a half-dozen". */
function readFraction(tokens: readonly Token[], i: number): NumberToken | null {
  let j = i;
  if (tokens[j]?.lower === 'a') j++;
  if (tokens[j]?.lower === 'half-dozen') return { first: i, last: j, value: 6, vague: null, kind: 'words' };
  const part = FRACTIONS.get(tokens[j]?.lower ?? '');
  if (part === undefined) return null;
  j++;
  if (tokens[j]?.lower === 'of') j++;
  if (tokens[j]?.lower === 'a') j++;
  if (part === 0.5 && tokens[j]?.lower === 'dozen') return { first: i, last: j, value: 6, vague: null, kind: 'words' };
  const scaleTok = tokens[j];
  const scale = scaleTok ? SCALES.get(scaleTok.lower) : undefined;
  if (scale === undefined || scale < 1_000_000 || !scaleTok || scaleTok.lower === 'mln' || scaleTok.lower === 'bn') return null;
  return { first: i, last: j, value: part * scale, vague: null, kind: 'words' };
}

/** 0-99 from one word, hyphenated tens included ("ninety-three"); null otherwise. */
function smallNumber(word: string): number | null {
  const unit = UNITS.get(word);
  if (unit !== undefined) return unit;
  const ten = TENS.get(word);
  if (ten !== undefined) return ten;
  const dash = word.indexOf('-');
  if (dash < 0) return null;
  const a = TENS.get(word.slice(0, dash));
  const b = UNITS.get(word.slice(dash + 1));
  return a !== undefined && b !== undefined && b > 0 && b < 10 ? a + b : null;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** The last token of a number grouped by spaces that starts at token `i` ("800 000"), or `i` when it is not one. */
function spaceGroupedEnd(tokens: readonly Token[], i: number): number {
  if (isMonth(tokens[i - 1])) return i;
  let last = i;
  for (let next = tokens[last + 1]; next && next.kind === 'num' && NEXT_GROUP.test(next.text); next = tokens[last + 1]) {
    const prev = tokens[last];
    if (!prev || next.start !== prev.end + 1) break;
    last++;
  }
  return last;
}
