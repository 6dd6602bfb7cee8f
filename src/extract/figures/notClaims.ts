/**
 * Numbers that are not claims: years, days of the month, clock times, ages,
 * durations, distances between places, story ids, page counters, ordinals,
 * decades and model names. Each rule looks only at the number's neighbours.
 */
import {
  CLOCK_WORDS,
  COUNT_NOUNS,
  DEFINITE,
  DISTANCE_UNITS,
  FURNITURE_AFTER,
  isMonth,
  NAME_BEFORE_NUMBER,
  PREDICATES,
  TIME_UNITS,
  WEIGHT_UNITS,
} from './lexicon.ts';
import { numberValue, type NumberToken } from './numbers.ts';
import { MONTH_NAMES, WEEKDAY_PATTERN } from '../../lexicon/calendar-words.ts';
import type { Token } from '../tokens.ts';

/** A closing bracket, then a word in lower case (regex constants are built once, not per number). */
const BRACKET_BEFORE_LOWERCASE = /^\)\s+\p{Ll}/u;
/** Ends in a letter. */
const ENDS_IN_LETTER = /\p{L}$/u;
/** Starts with a letter. */
const STARTS_WITH_LETTER = /^\p{L}/u;
/** Starts with a capital. */
const STARTS_CAPITALISED = /^\p{Lu}/u;

const YEAR = /^(?:1[89]|20)\d\d$/;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)\b/i;
const CLOCK_SUFFIX = /^(?:am|pm|a\.m|p\.m|h|hrs|gmt)\b/i;
const DISTANCE_SUFFIX = /^(?:km|kms|m|mi|ft)\b/i;
const DECADE_SUFFIX = /^s\b/;
/** Letters glued before a number that make it part of a name: "Su24", "MiG-29", "S-400", "G20", "MH17". */
const MODEL_PREFIX = /(?:^|[^\p{L}])(?:\p{Lu}[\p{L}]{0,3}|\p{L}{1,2})-?$/u;
/** A name of any length glued to the number by a hyphen: "Strela-10", "Iskander-2" (a model, not a count). */
const NAMED_MODEL = /(?:^|[^\p{L}])\p{Lu}\p{L}+-$/u;
/** A social-media handle or hashtag the number is glued to. */
const HANDLE_BEFORE = /[@#][\p{L}\d_]*$/u;
/** A weekday just before an opening bracket: "Tuesday (", "Thursday (". */
const WEEKDAY_BEFORE_BRACKET = new RegExp(`\\b${WEEKDAY_PATTERN}\\s*\\($`, 'i');
/** A hyphenated adjective after a number: "2,000-year-old", "10-month", "435-member"; "5,000-strong" stays. */
const HYPHEN_ADJECTIVE = /^-(?!strong\b)\p{L}/u;
const RANGE_START = /^[-–]\d/;
/** "16-02-2015", "16.02.2015": the year of a numeric date. */
const NUMERIC_DATE_BEFORE = /\d{1,2}[-./]\d{1,2}[-./]$/;
const LONG_DIGITS = /^\d{10,}$/;
/** A colon right before a number. */
const COLON_BEFORE = /:\s*$/;
/** A label, then a colon, before a number: an account, a code, a telephone number ("Income code:", "IBAN:"). */
const LABELLED_NUMBER_BEFORE = /\b(?:code|account|iban|edrpou|swift|bic|tel|telephone|phone|fax|card|id|no)\b[^.:\n]{0,30}:\s*$/i;
/** A number opening a line, then a full stop or bracket, and a capital or nothing: "  1. In the city", "2) The governor", "3." */
const LIST_MARKER = { before: /(?:^|\n)[ \t]*$/, after: /^[.)](?:\s+\p{Lu}|\s*$)/u };
/** A month's name glued after a word in lower case: "deskJanuary", "staffMarch". */
const GLUED_MONTH = new RegExp(`\\p{Ll}(?:${MONTH_NAMES.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})$`, 'u');
/** Makers whose aircraft and missiles go by number: "Sukhoi 22", "Tupolev 22", "Ilyushin 76". */
const MAKERS: ReadonlySet<string> = new Set([
  'sukhoi',
  'mig',
  'mikoyan',
  'tupolev',
  'ilyushin',
  'antonov',
  'kamov',
  'yakovlev',
  'tu',
  'il',
  'su',
  'boeing',
  'airbus',
  'lockheed',
  'northrop',
]);
/** A slideshow's counter: "1 of 4 | Soldiers walk ...", "Photo 2 of 10". The number, then its total. */
const GALLERY_NUMBER_AFTER = /^\s+of\s+\d{1,3}\s*(?:[|•]|\n|$)/;
const GALLERY_TOTAL = { before: /(?:^|[^\d,.])\d{1,3}\s+of\s+$/, after: /^\s*(?:[|•]|\n|$)/ };
const GALLERY_WORD_BEFORE = /\b(?:photos?|images?|pictures?|slides?|gallery)\s+$/i;
const GALLERY_WORD_TOTAL_BEFORE = /\b(?:photos?|images?|pictures?|slides?|gallery)\s+\d{1,3}\s+of\s+$/i;
/** "28.04.2017", read as one token. */
const DOTTED_DATE = /^\d{1,2}\.\d{1,2}\.\d{2,4}$/;
/** "0830", "014": clock times and codes, never counts. */
const LEADING_ZERO = /^0\d/;
/** "28.04.2017", "16-02-2015": the day of a numeric date. */
const NUMERIC_DATE_AFTER = /^[-./]\d{1,2}[-./]\d{2,4}\b/;

export type NotClaimReason =
  | 'year'
  | 'date'
  | 'clock'
  | 'duration'
  | 'age'
  | 'distance'
  | 'weight'
  | 'id'
  | 'counter'
  | 'ordinal'
  | 'decade'
  | 'model'
  | 'adjective'
  | 'range-start'
  | 'furniture'
  | 'proportion'
  | 'speaker'
  | 'population'
  | 'denied'
  | 'reference';

/** Just before a number, a year and a dash: the number is the year the span ends in ("1975-90", "2003-2004"). */
const YEAR_THEN_DASH = /\b(?:1[89]|20)\d\d\s*[-–]\s*$/;
/** A year written whole. */
const WHOLE_YEAR = /^(?:1[89]|20)\d\d$/;

/** After a number: a share of one body ("98% of her body", "60 percent of his skin"). */
const SHARE_OF_A_BODY = /^\s*(?:%|per\s?cent)\s+of\s+(?:his|her|their|the)\s+(?:body|skin)\b/i;

/**
 * Tells why a number is not a claim, or null when it may be one.
 * @example notClaimReason('a 2,000-year-old city', tokenize('a 2,000-year-old city'), n) // 'adjective'
 */

export function notClaimReason(text: string, tokens: readonly Token[], n: NumberToken, hasQualifier: boolean): NotClaimReason | null {
  const first = tokens[n.first];
  const last = tokens[n.last];
  if (!first || !last) return 'reference';
  const before = text.slice(Math.max(0, first.start - 12), first.start);
  const after = text.slice(last.end, last.end + 14);
  const prev = previousWord(tokens, n.first);
  const next = tokens[n.last + 1];
  const nextWord = next?.kind === 'word' ? next : undefined;

  if (n.kind === 'digits') {
    const digits = first.text;
    if (after.startsWith('/') || before.endsWith('/')) return 'counter';
    if (/^:\d/.test(after) || /\d:$/.test(before)) return 'clock';
    if (DOTTED_DATE.test(digits)) return 'date';
    // "the civil war (1975-90)", "in 2014–15", "2003-2004": the end of a span of years.
    if ((digits.length === 2 || WHOLE_YEAR.test(digits)) && YEAR_THEN_DASH.test(before)) return 'date';
    if (LONG_DIGITS.test(digits) || LEADING_ZERO.test(digits)) return 'id';
    // "Income code: 50110000", "EDRPOU of the recipient: 37930566": what a label names.
    if (COLON_BEFORE.test(before) && LABELLED_NUMBER_BEFORE.test(text.slice(Math.max(0, first.start - 40), first.start))) return 'id';
    // "  1. In the city of ..." opening a line: the item's number in a list.
    if (LIST_MARKER.after.test(after) && LIST_MARKER.before.test(text.slice(Math.max(0, first.start - 4), first.start))) return 'counter';
    if (n.value === 0) return 'counter';
    if (insideAddress(text, first.start, last.end)) return 'furniture';
    const tail = text.slice(last.end, last.end + 20);
    if (GALLERY_NUMBER_AFTER.test(tail) || (GALLERY_WORD_BEFORE.test(before) && /^\s+of\s+\d/.test(tail))) return 'counter';
    if (
      (GALLERY_TOTAL.before.test(before) && GALLERY_TOTAL.after.test(tail)) ||
      GALLERY_WORD_TOTAL_BEFORE.test(text.slice(Math.max(0, first.start - 24), first.start))
    )
      return 'counter';
    // "(@reporter88)", "#Day12": part of a handle or a hashtag.
    if (HANDLE_BEFORE.test(before)) return 'furniture';
    // "on Tuesday (22)": the day of the month, as some outlets write it after the weekday.
    if (before.endsWith('(') && after.startsWith(')') && (n.value ?? 0) <= 31 && WEEKDAY_BEFORE_BRACKET.test(before)) return 'date';
    // "(2)" numbers a list; "rose to (31) people, while (103) others were injured" brackets a count.
    if (
      before.endsWith('(') &&
      after.startsWith(')') &&
      (!BRACKET_BEFORE_LOWERCASE.test(after) || /^\)\s+(?:the|a|an|to|and|or|of|in|on|at|for|by|with|is|are|was|were|that|this|it)\b/i.test(after))
    )
      return 'counter';
    if (afterUrl(tokens, n.first)) return 'furniture';
    // "burns over 98% of her body": how much of one person a wound covers.
    if (SHARE_OF_A_BODY.test(after)) return 'reference';
    if (prev?.lower === 'updated') return 'clock';
    if (NUMERIC_DATE_AFTER.test(after)) return 'date';
    if (ENDS_IN_LETTER.test(before) || before.endsWith('-')) {
      if (MODEL_PREFIX.test(before) || NAMED_MODEL.test(before)) return 'model';
    }
    if (STARTS_WITH_LETTER.test(after)) {
      if (ORDINAL_SUFFIX.test(after)) return 'ordinal';
      if (CLOCK_SUFFIX.test(after)) return 'clock';
      if (DECADE_SUFFIX.test(after)) return 'decade';
      if (DISTANCE_SUFFIX.test(after)) return distanceTail(tokens, n.last + 2);
      return 'model';
    }
    if (/^['’]s\b/.test(after) && /^\d{2,4}$/.test(digits)) return 'decade';
    if (HYPHEN_ADJECTIVE.test(after)) return 'adjective';
    if (NUMERIC_DATE_BEFORE.test(before) || (/\d[-.]$/.test(before) && /^[-.]\d/.test(after))) return 'date';
    if (RANGE_START.test(after)) return 'range-start';
    if (before.endsWith('#')) return 'id';
  }
  if (n.kind !== 'vague' && HYPHEN_ADJECTIVE.test(after)) return 'adjective';

  // A maker's aircraft or missile by number: "a Sukhoi 22 warplane", "a MiG 23".
  if (prev && MAKERS.has(prev.lower) && STARTS_CAPITALISED.test(prev.text) && n.kind === 'digits') return 'model';
  // Names by number: "Resolution 2254", "Division 17", "News ID: 425676", "Copyright 2018".
  if (prev && NAME_BEFORE_NUMBER.has(prev.lower) && STARTS_CAPITALISED.test(prev.text) && n.kind === 'digits') return 'id';
  // "under articles 100.1, 100.2 and 116.0.1 of the code", "section 4": parts of a text, named by number.
  if (n.kind === 'digits' && ((MULTI_DOTTED.test(first.text) && !DOTTED_THOUSANDS.test(first.text)) || partOfAText(tokens, n.first))) return 'id';
  if (prev && AGE_WORDS.has(prev.lower)) return 'age';
  // "children under the age of 10".
  if (prev?.lower === 'of' && AGE_WORDS.has(previousWord(tokens, n.first - 1)?.lower ?? '')) return 'age';
  if (inAgeList(tokens, n.first)) return 'age';
  if (ageOfChild(tokens, n)) return 'age';
  if (ageAfterName(tokens, n)) return 'age';

  // "a 31 year-old saleswoman": an age, its hyphen lost before the number.
  if (nextWord && YEAR_OLD.test(nextWord.text)) return 'age';
  // "checkpoint number 14": a name by number, in lower case after the thing it names.
  const named = tokens[n.first - 2];
  if (prev?.lower === 'number' && n.kind === 'digits' && named?.kind === 'word' && !NOT_NAMED.has(named.lower)) return 'id';
  // "walked 100 or 150 metres": the lower end of a distance.
  if (nextWord && RANGE_LINKS.has(nextWord.lower) && tokens[n.last + 2]?.kind === 'num' && DISTANCE_UNITS.has(tokens[n.last + 3]?.lower ?? ''))
    return 'distance';
  // "At 13.02 and 13.21 the monitors heard ...": a time of day written with a stop.
  if (n.kind === 'digits' && DOTTED_CLOCK.test(first.text) && clockAt(tokens, n.first)) return 'clock';
  // "Shawwal 15, 1445 H": a day and a year of the Hijri calendar.
  if (n.kind === 'digits' && ((prev && HIJRI_MONTHS.has(prev.lower) && (n.value ?? 99) <= 30) || (nextWord && HIJRI_YEAR_MARK.has(nextWord.text))))
    return 'date';

  // Dates: a month name next to the number ("11 December", "Dec. 10", "March 2, 2017").
  // "news deskJanuary 14, 2023": a byline's month glued to the word before it.
  const gluedMonth = prev !== undefined && GLUED_MONTH.test(prev.text);
  if (n.kind === 'digits' && (isMonth(prev) || gluedMonth || monthFollows(tokens, n.last) || monthDayBefore(tokens, n.first) || yearOfDay(tokens, n.first))) {
    const v = n.value ?? 0;
    // "Jul 172015": a day glued to its year.
    if (v <= 31 || YEAR.test(first.text) || (isMonth(prev) && /^\d{5,6}$/.test(first.text))) return 'date';
  }
  if (n.kind === 'digits' && YEAR.test(first.text) && n.first === n.last) {
    // A capitalised word after a year starts a new sentence in punctuation-stripped text ("2016 Terrorists executed").
    const countNoun = nextWord && COUNT_NOUNS.has(nextWord.lower) && !STARTS_CAPITALISED.test(nextWord.text);
    const counted = hasQualifier || countNoun || (prev && PREDICATES.has(prev.lower));
    if (!counted) return 'year';
  }

  if (nextWord) {
    // "within 30 to 60 minutes", "5 and 10 days": the lower end of a duration's range.
    const rangeOfTime =
      (nextWord.lower === 'and' || nextWord.lower === 'to') && tokens[n.last + 2]?.kind === 'num' && TIME_UNITS.has(tokens[n.last + 3]?.lower ?? '');
    if (TIME_UNITS.has(nextWord.lower) || (nextWord.lower === 'and' && TIME_UNITS.has(tokens[n.last + 3]?.lower ?? '')) || rangeOfTime) {
      const after2 = tokens[n.last + 2]?.lower;
      if (after2 === 'old') return 'age';
      return 'duration';
    }
    if (CLOCK_WORDS.has(nextWord.lower) || meridiem(nextWord.lower, tokens[n.last + 2])) {
      const v = n.value ?? 9999;
      if (n.kind === 'digits' && (v <= 24 || (first.text.length === 4 && v <= 2400 && v % 100 < 60))) return 'clock';
    }
    if (DISTANCE_UNITS.has(nextWord.lower) && !(prev && prev.lower === 'square')) {
      return distanceTail(tokens, n.last + 2);
    }
    if (FURNITURE_AFTER.has(nextWord.lower) && n.kind === 'digits' && nextWord.lower !== 'votes') return 'furniture';
    if (WEIGHT_UNITS.has(nextWord.lower)) return 'weight';
  }

  if (isProportion(tokens, n)) return 'proportion';
  // "a casualty rate nearly 10 times higher", "three times as many": how many times another figure, not a count.
  if (nextWord?.lower === 'times' && TIMES_COMPARED.test(tokens[n.last + 2]?.lower ?? '')) return 'proportion';
  if (isPopulation(tokens, n)) return 'population';
  if (isDenied(tokens, n.first)) return 'denied';
  // "one official said", "two witnesses told AFP": who speaks, not what happened.
  if ((n.value ?? 99) <= 10 && opensClause(tokens, n.first) && SPEAKERS_AFTER.test(text.slice(last.end, last.end + 60))) return 'speaker';

  if (n.kind === 'words') {
    // Number words are claims only as counts: "the two sides", "one of the", "two of them" are references.
    if (prev && DEFINITE.has(prev.lower)) return 'reference';
    // ("killed two of the attackers", "claimed the lives of five of its fighters": a part of them, counted.)
    if ((next?.lower === 'of' && !tollOfPart(tokens, n)) || next?.lower === 'another') return 'reference';
    // "members of one family", "five of one household": a family it names, not a count.
    if (n.value === 1 && prev?.lower === 'of' && next && KIN_GROUPS.has(next.lower)) return 'reference';
    // "That one killed 31 people": the thing pointed at, no count ("said that one person was killed" counts one).
    if (n.value === 1 && (prev?.lower === 'that' || prev?.lower === 'this') && (next?.kind !== 'word' || POINTED_AT_VERBS.has(next.lower))) return 'reference';
    // "one can see the bodies", "one could hear shelling": the pronoun, no count.
    if (n.value === 1 && next && MODALS.has(next.lower)) return 'reference';
  }
  return null;
}

/** Verbs of a toll a part of a group is the object of: "killed two of the attackers". */
const TOLL_OF_PART: ReadonlySet<string> = new Set(['killed', 'killing', 'kill', 'kills', 'wounded', 'wounding', 'injured', 'injuring']);

/** "killed two of the attackers", "claimed the lives of five of its fighters": two or more of a group, as a toll's object. */
function tollOfPart(tokens: readonly Token[], n: NumberToken): boolean {
  if ((n.value ?? 0) < 2) return false;
  const prev = previousWord(tokens, n.first);
  if (prev && TOLL_OF_PART.has(prev.lower)) return true;
  return prev?.lower === 'of' && previousWord(tokens, n.first - 1)?.lower === 'lives';
}

/** "a.m."/"p.m." written as tokens ("1 p . m ."), or spaced ("11 a m"): after a number, a time of day. */
function meridiem(word: string, next: Token | undefined): boolean {
  return (word === 'a' || word === 'p') && (next?.text === '.' || next?.lower === 'm');
}

/** People a war drove from home: a place home to them holds a count of the war ("home to 900,000 displaced"). */
const UPROOTED: ReadonlySet<string> = new Set(['displaced', 'refugees', 'idps', 'evacuees', 'uprooted']);
/** Words of a hedge before a population: "about", "some", "nearly". */
const POPULATION_HEDGES: ReadonlySet<string> = new Set(['about', 'some', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'over', 'an', 'estimated']);

/** Verbs of a thing pointed at as "that one": "That one killed 31", "this one was worse". */
const POINTED_AT_VERBS: ReadonlySet<string> = new Set([
  'killed',
  'left',
  'was',
  'is',
  'had',
  'has',
  'hit',
  'struck',
  'claimed',
  'took',
  'came',
  'happened',
  'wounded',
  'injured',
]);

/** Places that "a ... of N" gives the people of: "a city of two million". */
const PEOPLED: ReadonlySet<string> = new Set(['city', 'town', 'country', 'nation', 'territory', 'enclave', 'region', 'province', 'state', 'strip', 'camp']);
/** From this many, people "living in" a place are its people, not a group a happening struck. */
const LIVING_IN_FROM = 100_000;

/**
 * How many live somewhere, no happening's count: "home to 2.3 million people", "a population of
 * 40,000", "El Fasher, a city of two million", "the 2.3 million people living in Gaza".
 */
function isPopulation(tokens: readonly Token[], n: NumberToken): boolean {
  const w = (k: number): string => tokens[k]?.lower ?? '';
  // Past a hedge: "a town of about 10,000 residents", "home to some 30,000".
  let at = n.first;
  while (at > 0 && POPULATION_HEDGES.has(w(at - 1))) at--;
  // "home to some 900,000 displaced Syrians": the people a war drove there are its count.
  if (UPROOTED.has(w(n.last + 1))) return false;
  if (w(at - 2) === 'home' && w(at - 1) === 'to') return true;
  // "which housed 217,000 before the war".
  if (w(at - 1) === 'housed' || w(at - 1) === 'houses') return true;
  const ofPlace = w(at - 1) === 'of' && PEOPLED.has(w(at - 2));
  if (ofPlace && (w(at - 3) === 'a' || w(at - 3) === 'an')) return true;
  // "the city of 2 million people", "the seaside city of over 2 million people", "a small town of 5,000 residents".
  const described = w(at - 3) === 'the' || (DETERMINERS.has(w(at - 4)) && tokens[at - 3]?.kind === 'word');
  if (ofPlace && described && RESIDENTS.has(w(n.last + 1))) return true;
  // "a population of 40,000", "the population of the village was about 330", "with population just over 300".
  for (let k = at - 1; k >= 0 && k >= at - POPULATION_REACH; k--) {
    if (w(k) === 'population') return true;
    if (tokens[k]?.kind !== 'word' && tokens[k]?.kind !== 'num') break;
  }
  let k = n.last + 1;
  // The lower end of a range: "Between 250 and 300 people lived in Hroza".
  if ((w(k) === 'and' || w(k) === 'to') && tokens[k + 1]?.kind === 'num') k += 2;
  if (w(k) === 'people' || w(k) === 'residents' || w(k) === 'inhabitants') k++;
  // "Between 250 and 300 people lived in Hroza": people who lived there, not a group a happening struck.
  if ((w(k) === 'lived' || w(k) === 'live') && w(k + 1) === 'in') return true;
  return (n.value ?? 0) >= LIVING_IN_FROM && (w(k) === 'living' || w(k) === 'who') && (w(k + 1) === 'in' || w(k + 1) === 'live');
}

/** Words before a place's noun, and the people a population counts. */
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the']);
const RESIDENTS: ReadonlySet<string> = new Set(['people', 'residents', 'inhabitants']);

/** How many words back a population's subject may stand: "the population of the village was about 330". */
const POPULATION_REACH = 8;

/** A count denied as it is told: "there are not 200 or 500 dead, but a few dozen", "not 20 but 30". */
function isDenied(tokens: readonly Token[], first: number): boolean {
  const w = (k: number): string => tokens[k]?.lower ?? '';
  if (w(first - 1) === 'not') return true;
  return (w(first - 1) === 'or' || w(first - 1) === 'nor') && tokens[first - 2]?.kind === 'num' && w(first - 3) === 'not';
}

/** What "of one ..." names as a whole, not a count: "members of one family". */
const KIN_GROUPS: ReadonlySet<string> = new Set(['family', 'household', 'clan', 'tribe']);

/** Verbs that follow "one" the pronoun ("one can see", "one would think"). */
const MODALS: ReadonlySet<string> = new Set(['can', 'cannot', 'could', 'may', 'might', 'must', 'should', 'would', 'will']);

/** The token opens a clause: first in the sentence, or after a comma, a quote, "and", "but" or "while" ("... killed two police officers said the ministry" does not). */
function opensClause(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev === undefined || CLAUSE_OPENERS.has(prev.lower);
}
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([',', ';', ':', '"', '“', '”', '(', 'and', 'but', 'while', 'as']);

/**
 * After a small number: people who then speak ("one official said", "two witnesses told AFP", "one official put the toll
 * at 40"), named in apposition ("one fleeing resident, Jane Roe, said") or as witnesses of something ("one witness to the
 * attack had counted 30 bodies").
 */
const SPEAKERS_AFTER =
  /^\s+(?:(?:[\p{L}-]+\s+){0,2}?)(?:officials?|sources?|witness(?:es)?|eyewitness(?:es)?|residents?|survivors?|doctors?|medics?|activists?|diplomats?|spokes(?:man|men|woman|women|person|people)|aides?|commanders?|officers?)(?:,\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3},?|\s+to\s+the\s+\p{L}+)?\s+(?:(?:also|later|earlier|had)\s+)?(?:said|says|say|told|tells|added|confirmed|reported|put|puts|gave|estimated|estimates|counted|recalled|recounted|described)\b/iu;

/**
 * "three out of four Yemenis", "one in five children", "nine out of 10": a share, not a count
 * of anything (either of its two numbers). A share's whole is small, or ten or a hundred;
 * "40 in two days", "12 out of 40 villages" count.
 */
function isProportion(tokens: readonly Token[], n: NumberToken): boolean {
  const share = (part: number | null, whole: number | null): boolean => part !== null && whole !== null && part < whole && (whole <= 10 || whole === 100);
  const a = tokens[n.last + 1]?.lower;
  if (a === 'out' && tokens[n.last + 2]?.lower === 'of') return share(n.value, numberValue(tokens[n.last + 3]));
  if (a === 'in') return share(n.value, numberValue(tokens[n.last + (tokens[n.last + 2]?.lower === 'every' ? 3 : 2)]));
  const b = tokens[n.first - 1]?.lower;
  const every = b === 'every' ? 1 : 0;
  const link = tokens[n.first - 1 - every]?.lower;
  if (link === 'of' && tokens[n.first - 2]?.lower === 'out') return share(numberValue(tokens[n.first - 3]), n.value);
  return link === 'in' && share(numberValue(tokens[n.first - 2 - every]), n.value);
}

/** A distance followed by a direction or "from" is between places; "11 kilometers of roads" is an amount. */
function distanceTail(tokens: readonly Token[], i: number): NotClaimReason | null {
  const t = tokens[i];
  if (t?.kind !== 'word') return 'distance';
  if (t.lower === 'of') {
    const after = tokens[i + 1];
    // "of the border", "of Damascus" measure from a place; "of roads", "of territory" count ground.
    if (after?.kind !== 'word' || STARTS_CAPITALISED.test(after.text) || after.lower === 'the' || after.lower === 'a') return 'distance';
    return null;
  }
  // Anything else ("225 kilometers from Raqqah", "5 km west", "within 5 km.") measures between places.
  return 'distance';
}

/** A web address: a scheme, "www.", or a domain followed by a path. */
const WEB_ADDRESS = /:\/\/|^www\.|^[\w-]+(?:\.[\w-]+)+\/\S/i;
/** How far a web address around a number is looked for, each way. */
const ADDRESS_REACH = 200;

/** The number stands inside a web address ("…/status/1719?s=20"): part of a link, no count. */
function insideAddress(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < ADDRESS_REACH && !/\s/.test(text[from - 1] ?? ' ')) from--;
  let to = end;
  while (to < text.length && to - end < ADDRESS_REACH && !/\s/.test(text[to] ?? ' ')) to++;
  return from < start && WEB_ADDRESS.test(text.slice(from, to));
}

/** Share-widget counters after a short-link button: "Get short URL 0 67". */
function afterUrl(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const t = tokens[j];
    if (t?.kind === 'word') return t.lower === 'url';
    if (t?.kind !== 'num') return false;
  }
  return false;
}

/** After "N times": a comparison with another figure ("higher", "more", "as many", "the number"). */
const TIMES_COMPARED = /^(?:\p{L}+er|more|less|fewer|as|the|over)$/u;
/** A number with two stops or more ("116.0.1"): a part of a text or a version, never a count ... */
const MULTI_DOTTED = /^\d+(?:\.\d+){2,}$/;
/** ... unless the stops group its thousands ("1.250.000"). */
const DOTTED_THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;
/** Parts of a law or a text, named by number in lower case: "articles 100.1, 100.2", "section 3", "paragraph 4". */
const TEXT_PARTS: ReadonlySet<string> = new Set(['article', 'articles', 'section', 'sections', 'paragraph', 'paragraphs', 'clause', 'clauses', 'subsection']);
/** How far back over a list of numbers ("articles 100.1, 100.2 and 116.0.1") the part's name may stand. */
const TEXT_PARTS_REACH = 12;

/** Whether the number at `i` stands right after the name of a part of a text, or in a list of numbers right after one. */
function partOfAText(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= TEXT_PARTS_REACH; j--) {
    const t = tokens[j];
    if (!t) return false;
    if (t.kind === 'word') {
      if (TEXT_PARTS.has(t.lower)) return true;
      if (t.lower !== 'and' && t.lower !== 'or') return false;
    } else if (t.kind !== 'num' && t.text !== ',') return false;
  }
  return false;
}

function previousWord(tokens: readonly Token[], i: number): Token | undefined {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const t = tokens[j];
    if (!t) return undefined;
    if (t.kind === 'word') return t;
    if (t.text !== '.' && t.text !== ':' && t.text !== '#') return undefined;
  }
  return undefined;
}

/** "11 December", "10 Dec.", "21 of September", "21 and 26 of September", "3-5 March". */
function monthFollows(tokens: readonly Token[], last: number): boolean {
  let i = last + 1;
  const link = tokens[i]?.lower;
  if ((link === 'and' || link === 'to' || link === '-' || link === '–') && tokens[i + 1]?.kind === 'num') i += 2;
  if (tokens[i]?.lower === 'of') i += 1;
  const t = tokens[i];
  if (t?.kind === 'word') return isMonth(t);
  if (t && (t.text === '.' || t.text === ',')) return isMonth(tokens[i + 1]);
  return false;
}

/** A year after the day and month it belongs to: "on March 17, 2017 killed", "17 March, 2017", "March 17 2017". */
function yearOfDay(tokens: readonly Token[], first: number): boolean {
  if (!YEAR.test(tokens[first]?.text ?? '')) return false;
  const k = tokens[first - 1]?.text === ',' ? first - 2 : first - 1;
  const a = tokens[k];
  const b = tokens[k - 1];
  return (a?.kind === 'num' && Number(a.text) <= 31 && isMonth(b)) || (isMonth(a) && b?.kind === 'num' && Number(b.text) <= 31);
}

/** "March 17 and 23", "March 17-23", "May 3 to 9": the last day of a month's run. */
function monthDayBefore(tokens: readonly Token[], first: number): boolean {
  const link = tokens[first - 1]?.lower;
  if (link !== 'and' && link !== 'to' && link !== '-' && link !== '–' && link !== 'through') return false;
  return tokens[first - 2]?.kind === 'num' && isMonth(tokens[first - 3]);
}

/** The oldest age an apposition gives. */
const MAX_AGE = 110;

/** An age set off after a person's name: "Oleksandr Mukhovatyi, 23, and his sister". */
function ageAfterName(tokens: readonly Token[], n: NumberToken): boolean {
  if (n.kind !== 'digits' || (n.value ?? MAX_AGE + 1) > MAX_AGE) return false;
  const before = tokens[n.first - 1];
  const name = tokens[n.first - 2];
  const after = tokens[n.last + 1];
  const given = tokens[n.first - 3];
  // "In Kharkiv Oblast, 12, including children, were killed": a place's name, after its preposition.
  const lead = tokens[n.first - 4]?.lower ?? '';
  // "said resident Jane Roe, 60." ends the sentence on the age as well.
  const closes = after?.text === ',' || (after !== undefined && SENTENCE_END.has(after.text) && tokens[n.last + 2] === undefined);
  if (before?.text !== ',' || !closes || name?.kind !== 'word' || !NAME_WORD.test(name.text)) return false;
  // "'No one is left,' Lubivskyi, 58, said": one name, when its speech follows.
  const spoken = SPOKE.has(tokens[n.last + 2]?.lower ?? '');
  // "his little brother Ali, 9,": a name after its kin word is a person's too.
  const kin = given?.kind === 'word' && KIN.has(given.lower);
  return ((given?.kind === 'word' && NAME_WORD.test(given.text)) || spoken || kin) && !PLACE_PREPOSITIONS.has(lead);
}

/** "year-old" written apart from its number. */
const YEAR_OLD = /^years?-old$/i;
/** Words before "number" that make it a count ("the number 14" is one). */
const NOT_NAMED: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'total', 'same', 'of', 'to', 'by', 'in']);
/** Words joining the two ends of a range. */
const RANGE_LINKS: ReadonlySet<string> = new Set(['or', 'to', 'and']);
/** A time of day with a stop between hours and minutes: "13.02". */
const DOTTED_CLOCK = /^(?:[01]?\d|2[0-3])\.[0-5]\d$/;
/** The months of the Hijri calendar as pages print them. */
const HIJRI_MONTHS: ReadonlySet<string> = new Set(['muharram', 'safar', 'rajab', 'shaban', "sha'ban", 'ramadan', 'shawwal']);
/** What follows a Hijri year: "1445 H", "1445 AH". */
const HIJRI_YEAR_MARK: ReadonlySet<string> = new Set(['H', 'AH']);

/** Whether "at" stands before the time at `i`, or before the first of a pair of times ("at 13.02 and 13.21"). */
function clockAt(tokens: readonly Token[], i: number): boolean {
  if (tokens[i - 1]?.lower === 'at') return true;
  const link = tokens[i - 1]?.lower ?? '';
  const earlier = tokens[i - 2];
  return RANGE_LINKS.has(link) && earlier?.kind === 'num' && DOTTED_CLOCK.test(earlier.text) && tokens[i - 3]?.lower === 'at';
}

/** Kin before a name: "brother Ali, 9". */
const KIN: ReadonlySet<string> = new Set([
  'brother',
  'sister',
  'son',
  'daughter',
  'mother',
  'father',
  'wife',
  'husband',
  'cousin',
  'nephew',
  'niece',
  'grandson',
  'granddaughter',
  'uncle',
  'aunt',
]);

/** What ends a sentence after a name and its age: "said Jane Roe, 60." */
const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?']);
/** Speech right after a name and its age: "Lubivskyi, 58, said". */
const SPOKE: ReadonlySet<string> = new Set(['said', 'says', 'told', 'recalled', 'added', 'explained', 'wrote']);

const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'from', 'of', 'on', 'to', 'outside', 'inside']);
/** A word of a person's name: capitalised, or a family name after its particle ("al-Sapti", "bin-Ali", "abu-Omar"). */
const NAME_WORD = /^(?:\p{Lu}|(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|abu|abd|ben|bint|ould|ag)-\p{Lu})/u;

/** Young people whose number after them is their age: "a child no more than 13", "children under 15". */
const YOUNG: ReadonlySet<string> = new Set(['child', 'children', 'boy', 'boys', 'girl', 'girls', 'teenager', 'teenagers', 'baby', 'toddler', 'infant']);
/** Words between such a noun and the age: "no more than", "not yet", "under", "of". */
const AGE_HEDGES: ReadonlySet<string> = new Set(['no', 'not', 'more', 'than', 'yet', 'under', 'of', 'barely', 'just', 'only', 'over']);
/** Past this, a number after a young person is no age. */
const MAX_CHILD_AGE = 18;

/** "a child no more than 13", "children under 15", "a boy of 12": the number after a young person, past a hedge, is an age. */
function ageOfChild(tokens: readonly Token[], n: NumberToken): boolean {
  if ((n.value ?? MAX_CHILD_AGE + 1) > MAX_CHILD_AGE) return false;
  let k = n.first - 1;
  while (k >= 0 && n.first - k <= 3 && AGE_HEDGES.has(tokens[k]?.lower ?? '')) k--;
  return k < n.first - 1 && YOUNG.has(tokens[k]?.lower ?? '');
}

/** Words that make the numbers after them ages: "aged 14", "ages 3 and 9". */
const AGE_WORDS: ReadonlySet<string> = new Set(['aged', 'age', 'ages']);
/** What may stand between an age word and a later age of its list: other ages, commas, "and", "to", "between". */
const AGE_LIST_LINKS: ReadonlySet<string> = new Set([',', 'and', 'or', 'to', 'between', 'from', '-', '–']);
/** How far back the age word of a list is looked for. */
const AGE_LIST_REACH = 8;

/**
 * The number at `first` goes on a list of ages: "two children, ages 3 and 9", "aged 5, 7 and 11",
 * "aged between 18 and 25", "ranged in age from 20 to 62", "between the ages of 11 and 15".
 */
function inAgeList(tokens: readonly Token[], first: number): boolean {
  let sawNumber = false;
  for (let k = first - 1; k >= 0 && k >= first - AGE_LIST_REACH; k--) {
    const t = tokens[k]!;
    // "aged 6 and 2", "aged six and two".
    if (t.kind === 'num' || numberValue(t) !== null) sawNumber = true;
    // "of all ages and 12 soldiers": the age word starts no list of numbers there.
    else if (AGE_WORDS.has(t.lower)) return sawNumber || tokens[k + 1]?.lower === 'between' || tokens[k + 1]?.lower === 'from';
    // "at the age of 5" (the number after it: "at the age of 5 and 12 others"), "between the ages of 11 and 15" (the list).
    else if (t.lower === 'of' && AGE_WORDS.has(tokens[k - 1]?.lower ?? '')) return tokens[k - 1]?.lower === 'ages' || !sawNumber;
    else if (!AGE_LIST_LINKS.has(t.lower)) return false;
  }
  return false;
}
