/**
 * Reads the counted thing after a figure, as written: "Daesh elements",
 * "tanks and infantry fighting vehicles", "cars equipped with heavy machine
 * guns", "percent of Aleppo".
 */
import { ACTION_NOUN, NP_STOP, PEOPLE_HELD, PREDICATE_NOUNS, PREDICATES, QUOTE_MARKS, WITH_PARTICIPLES } from './lexicon.ts';
import type { Token } from '../tokens.ts';
import { MONTH_NAMES, WEEKDAY_PATTERN, anyWordPattern } from '../../lexicon/calendar-words.ts';

/** Quote marks that may close on a figure. */
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', '”']);

const MAX_WORDS = 9;
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);
const PRONOUNS = new Set(['them', 'whom', 'which', 'those', 'these', 'us', 'it']);
/** Leading words that say "in addition", not what is counted ("three more villages"). */
const LEADING_EXTRA = new Set(['more', 'other', 'additional', 'further', 'extra', 'new']);
const VERB_FORM = /(?:ing|ed|ly)$/;
/** Words a participle never describes: "2 killed | others injured". */
const NOT_DESCRIBED = new Set(['and', 'or', 'others', 'more', 'and/or']);
const PERCENT = new Set(['percent', '%', 'pc', 'per']);
/** Participles that describe a count noun rather than end the counted thing ("18 reported deaths"). */
const DESCRIBING = new Set(['reported', 'confirmed', 'documented', 'recorded', 'registered', 'verified', 'estimated']);
/** A weekday or month name ends the counted thing; "May" may be the verb, so it does not. */
const WEEKDAY_OR_MONTH = new RegExp(`^${WEEKDAY_PATTERN}$|^${anyWordPattern(MONTH_NAMES.filter((m) => m !== 'may'))}$`);

export interface Counted {
  /** First and last token of the counted thing (inclusive); last < first when nothing is counted. */
  readonly first: number;
  readonly last: number;
  /** As written, without leading "more"/"other". */
  readonly what: string;
  /** Lower-case words before any "of": the head words that name the thing ("members", "percent"). */
  readonly head: readonly string[];
  /** Every lower-case word of the counted thing. */
  readonly words: readonly string[];
  readonly percent: boolean;
}

/**
 * Reads the counted thing that follows token `last` of a figure.
 * @example readCounted('destroyed 11 tanks and 31 cars', tokenize('destroyed 11 tanks and 31 cars'), 1).what // 'tanks'
 */
export function readCounted(text: string, tokens: readonly Token[], last: number): Counted {
  let i = last + 1;
  // 'told reporters "under 100" Palestinians were killed': the quote closes on the number, the noun follows.
  if (CLOSING_QUOTES.has(tokens[i]?.text ?? '') && tokens[i + 1]?.kind === 'word' && tokens[i]!.start === tokens[last]!.end) i++;
  let percent = false;
  const startPercent = tokens[i];
  if (startPercent && PERCENT.has(startPercent.lower)) {
    if (startPercent.lower === 'per') {
      if (tokens[i + 1]?.lower !== 'cent') return empty(last);
      i += 1;
    }
    percent = true;
  } else if (startPercent?.lower === 'of' && tokens[last]?.kind === 'word') {
    // vague amounts read "of" with them only sometimes ("dozens of"): step over it
    i += 1;
  }
  let first = percent ? i : skipLeading(tokens, i);
  // '12 "terrorists" were killed': past the opening mark of a counted noun in quotation marks.
  if (!percent && QUOTE_MARKS.has(tokens[first]?.text ?? '') && tokens[first + 1]?.kind === 'word') first++;
  let end = percent ? i : first - 1;
  let sawNoun = percent;
  let count = 0;
  for (let j = percent ? i + 1 : first; j < tokens.length && count < MAX_WORDS; j++, count++) {
    const t = tokens[j];
    // '12 "terrorists" were killed': the noun in quotation marks is still what is counted (its closing mark passed over).
    if (t && QUOTE_MARKS.has(t.text) && tokens[j - 1]?.kind === 'word' && sawNoun) continue;
    if (t?.kind !== 'word') break;
    // "12 U.S. service members": an initialism with its stops is one word of the noun phrase.
    if (isInitialism(tokens, j)) {
      j += 3;
      end = j;
      continue;
    }
    const w = t.lower;
    if (w === 'of') {
      const n = tokens[j + 1];
      if (!sawNoun || !n || n.kind !== 'word' || PRONOUNS.has(n.lower)) break;
      continue;
    }
    if (DETERMINERS.has(w)) {
      if (tokens[j - 1]?.lower !== 'of') break;
      continue;
    }
    if (w === 'and' || w === 'or') {
      const n = tokens[j + 1];
      if (!sawNoun || !n || n.kind !== 'word' || NP_STOP.has(n.lower) || DETERMINERS.has(n.lower) || isNumberWord(n.lower)) break;
      if (PREDICATES.has(n.lower) && !PREDICATE_NOUNS.has(n.lower)) break;
      // "and halting their offensive": a verb form followed by no noun starts a new clause.
      if (VERB_FORM.test(n.lower) && !nounFollows(tokens[j + 2])) break;
      continue;
    }
    if (w === 'with') {
      if (!WITH_PARTICIPLES.has(tokens[j - 1]?.lower ?? '')) break;
      continue;
    }
    // "18 reported fatalities", "40 confirmed deaths": a participle that a count noun follows describes it.
    if (!sawNoun && DESCRIBING.has(w) && PREDICATE_NOUNS.has(tokens[j + 1]?.lower ?? '')) {
      end = j;
      continue;
    }
    if (NP_STOP.has(w) || WEEKDAY_OR_MONTH.test(t.text)) break;
    // "60 others kidnapped": after its noun, a verb of the figure's own ends what it counts.
    if (sawNoun && PEOPLE_HELD.has(w)) break;
    if (PREDICATES.has(w) && !WITH_PARTICIPLES.has(w) && !PREDICATE_NOUNS.has(w)) {
      // "displaced Syrians", "wounded civilians": a participle before a noun describes it; so does a noun of an action ("nearby displacement camps").
      const n = tokens[j + 1];
      const describes =
        (!sawNoun || ACTION_NOUN.test(w)) && n?.kind === 'word' && !NP_STOP.has(n.lower) && !PREDICATES.has(n.lower) && !NOT_DESCRIBED.has(n.lower);
      if (!describes) break;
    }
    sawNoun = true;
    end = j;
  }
  if (end < first) return whoTheyWere(text, tokens, i) ?? empty(last);
  const startTok = tokens[first];
  const endTok = tokens[end];
  const what = startTok && endTok ? text.slice(startTok.start, endTok.end) : '';
  const words: string[] = [];
  const head: string[] = [];
  let inHead = true;
  for (let j = first; j <= end; j++) {
    const w = tokens[j]?.lower ?? '';
    if (w === 'of') inHead = false;
    words.push(w);
    if (inHead) head.push(w);
  }
  return { first, last: end, what: percent ? what.replace(/^per\s+cent/i, 'percent') : what, head, words, percent };
}

/** Who a count of people is said to be after it: "57 were women", "12 were children". */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'people',
  'persons',
  'children',
  'women',
  'men',
  'civilians',
  'soldiers',
  'fighters',
  'militants',
  'rebels',
  'policemen',
  'officers',
  'journalists',
  'students',
  'girls',
  'boys',
  'infants',
  'babies',
  'medics',
  'doctors',
  'foreigners',
]);

/** "Sixty-four of the dead were children and 57 were women": with no noun after the number, the people it says they were. */
function whoTheyWere(text: string, tokens: readonly Token[], at: number): Counted | null {
  const verb = tokens[at]?.lower;
  const noun = tokens[at + 1];
  if ((verb !== 'were' && verb !== 'are') || !noun || !PEOPLE_NOUNS.has(noun.lower)) return null;
  return { first: at + 1, last: at + 1, what: text.slice(noun.start, noun.end), head: [noun.lower], words: [noun.lower], percent: false };
}

/** "U.S.", "U.K.", "U.N.": two capitals, each with its stop, the four tokens from `j`. */
function isInitialism(tokens: readonly Token[], j: number): boolean {
  const a = tokens[j];
  const b = tokens[j + 2];
  return (
    a?.text.length === 1 &&
    b?.text.length === 1 &&
    CAPITAL_LETTER.test(a.text) &&
    CAPITAL_LETTER.test(b.text) &&
    tokens[j + 1]?.text === '.' &&
    tokens[j + 3]?.text === '.' &&
    tokens[j + 2]?.kind === 'word' &&
    tokens[j + 4]?.kind === 'word'
  );
}
const CAPITAL_LETTER = /^[A-Z]$/;

/** Steps over "more"/"other" and, after "scores of", over "the". */
function skipLeading(tokens: readonly Token[], i: number): number {
  let j = i;
  if (tokens[i - 1]?.lower === 'of' && DETERMINERS.has(tokens[j]?.lower ?? '')) j++;
  while (tokens[j] && LEADING_EXTRA.has(tokens[j]?.lower ?? '') && tokens[j + 1]?.kind === 'word') j++;
  return j;
}

/** A lower-case word that can go on a noun phrase ("armored | vehicles"), not a determiner or preposition. */
function nounFollows(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && !NP_STOP.has(t.lower) && !DETERMINERS.has(t.lower) && t.lower !== 'and' && t.lower !== 'or';
}

function empty(last: number): Counted {
  return { first: last + 1, last, what: '', head: [], words: [], percent: false };
}

const NUMBER_WORDS = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'dozens',
  'hundreds',
  'thousands',
  'millions',
  'scores',
  'several',
  'a',
]);
function isNumberWord(w: string): boolean {
  return NUMBER_WORDS.has(w);
}
