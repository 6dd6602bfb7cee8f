/**
 * Where a speaker's phrase starts and ends in a sentence, and what is trimmed
 * off it: clause boundaries, time and manner words ("also said on Sunday in a
 * statement"), and the test that an inverted phrase is a name only.
 */
import { MODIFIERS, ROLE_HEADS } from './names.ts';
import { allMatches } from '../all-matches.ts';
import { ANY_MONTH_PATTERN, WEEKDAY_PATTERN } from '../../lexicon/calendar-words.ts';

/** Starts with a capital (built once, not per word). */
const STARTS_CAPITALISED = /^\p{Lu}/u;
/** An initial or a title's abbreviation right before a dot (isAbbreviationDot). */
const ABBREVIATION_BEFORE_DOT = /(?:^|[\s.])(?:\p{Lu}|Lt|Col|Gen|Maj|Capt|Sgt|Brig|Adm|Mr|Mrs|Ms|Dr|Prof|St)$/u;

/** Characters that close the speaker's phrase, by char code (all are single UTF-16 units). */
const BOUNDARY_CODES: readonly number[] = [',', ';', ':', '“', '”', '"', '«', '»', '(', ')', '[', ']', '—', '–', '.', '?', '!'].map((ch) => ch.charCodeAt(0));
/** The ASCII ones as a table and the others as a set: the phrase bounds ask of every character they pass. */
const ASCII_BOUNDARY: Uint8Array = new Uint8Array(0x80);
for (const c of BOUNDARY_CODES) if (c < 0x80) ASCII_BOUNDARY[c] = 1;
const OTHER_BOUNDARY: ReadonlySet<number> = new Set(BOUNDARY_CODES.filter((c) => c >= 0x80));
const CLOSE_PAREN = 0x29;

/** A character (by code) that closes the speaker's phrase. */
function isBoundary(code: number): boolean {
  return code < 0x80 ? ASCII_BOUNDARY[code] === 1 : OTHER_BOUNDARY.has(code);
}
/** Words that start a new clause before a speaker ("... while the Observatory said"). */
const CLAUSE_WORD = /\b(?:that|while|but|whereas|although|though|because|when|after|as|where)\s+/gi;
/** After an inverted cue, these end the speaker's name ("said X, adding", "said X on Sunday that"). */
const AFTER_END = /\s+(?:that|adding|saying|who|which|in a statement|as|when|while|after|because|citing|during)\b/i;

const WEEKDAY = WEEKDAY_PATTERN;
const MONTH = `${ANY_MONTH_PATTERN}\\.?`;
/** Time, manner and auxiliaries around a speaker: "the ministry had also said on Sunday in a statement". */
const TRAILING = new RegExp(
  `(?:[\\s,]+(?:also|later|earlier|previously|further|separately|then|has|had|have|would|will|reportedly|officially|again|recently|once|now|however|meanwhile|today|yesterday|tonight|overnight|itself|themselves|himself|herself|last\\s+(?:week|month|night|year)|(?:(?:late|early)\\s+)?(?:on\\s+)?${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?|(?:on\\s+)?${MONTH}\\s+\\d{1,2}|\\(\\s*(?:${MONTH}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH}\\.?)\\s*\\)|in\\s+a\\s+(?:written\\s+|joint\\s+|short\\s+)?statement|in\\s+an?\\s+(?:interview|briefing|news\\s+conference|press\\s+conference|press\\s+release|report|message|video|speech|tweet|post)|on\\s+(?:Twitter|Facebook|Telegram|its\\s+website|state\\s+TV|television)|at\\s+the\\s+time|in\\s+(?:the|a)\\s+(?:morning|evening))|\\s+(?:on|at|in))+\\s*$`,
  'i',
);
const LEADING = new RegExp(
  `^(?:[\\s,]*(?:and|but|while|as|with|when|which|who|whom|that|meanwhile|however|additionally|also|then|so|earlier|later|separately|yesterday|today|elsewhere|moreover|furthermore|in\\s+addition|in\\s+(?:a|its)\\s+statement(?:\\s+(?:issued|released|published)\\s+\\S+(?:\\s+in\\s+\\S+)?)?|(?:(?:late|early)\\s+)?(?:on\\s+)?${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?|(?:on\\s+)?${MONTH}\\s+\\d{1,2})\\b)+[\\s,]*`,
  'i',
);
/**
 * How far from its cue a speaker's phrase may reach, in characters: far past any clause
 * of prose. Without it each cue of a long run without punctuation ("said said said ...")
 * would read the whole run, and the sentence would take time quadratic in its length.
 */
const MAX_REACH = 1000;
const SHAPE_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const SHAPE_CONNECTORS = new Set(['the', 'of', 'for', 'and', 'al', 'de', 'to', 'so-called', 'its', 'his', 'her', 'their']);

/**
 * A phrase made of a name only, ending on a capitalised word: "the Syrian Observatory for Human Rights",
 * "the oppositions chief negotiator Mohamad Sabra"; not "its warplanes carried out 60 strikes".
 * @example nameShaped('the Syrian Observatory for Human Rights') // true
 */
export function nameShaped(phrase: string): boolean {
  const words = phrase.match(SHAPE_WORD) ?? [];
  if (words.length === 0 || !STARTS_CAPITALISED.test(words[words.length - 1] ?? '')) return false;
  return words.every((w) => {
    if (STARTS_CAPITALISED.test(w)) return true;
    const lower = w.toLowerCase().replace(/['’]s$/, '');
    const single = lower.endsWith('s') ? lower.slice(0, -1) : lower;
    return (
      SHAPE_CONNECTORS.has(lower) ||
      ROLE_HEADS.has(lower) ||
      ROLE_HEADS.has(single) ||
      MODIFIERS.has(lower) ||
      MODIFIERS.has(single) ||
      /-(?:based|run|led|backed)$/.test(lower)
    );
  });
}

/**
 * Only closing punctuation follows `end`.
 * @example endsSentence('said the Observatory.', 20) // true
 */
export function endsSentence(text: string, end: number): boolean {
  return /^[\s.!?”"'’»)]*$/.test(text.slice(end));
}

/** Between a speaker's closing parenthesis and the cue: nothing, or adverbs ("(SLN) also said", "(SLN) later reported"). */
const ADVERBS_BEFORE_CUE = /^\s*(?:(?:also|later|earlier|then|again|first|still|now|previously|since|too|\p{Ll}+ly)\s+)*$/u;
/**
 * Start of the clause that ends at `at`: after the last boundary character or clause word.
 * @example boundaryBefore('The jihadists killed 50, the Observatory said', 40) // 25
 */
export function boundaryBefore(text: string, at: number): number {
  const floor = Math.max(0, at - MAX_REACH);
  let start = floor === 0 ? 0 : wordStartAfter(text, floor, at);
  for (let i = at - 1; i >= floor; i--) {
    const code = text.charCodeAt(i);
    // "Syria Live Network (SLN) reported", "... (SLN) later said": a parenthesis right before the cue (or before
    // adverbs that come before it) belongs to the speaker.
    if (code === CLOSE_PAREN && ADVERBS_BEFORE_CUE.test(text.slice(i + 1, at))) {
      const open = text.lastIndexOf('(', i);
      if (open > 0) {
        i = open;
        continue;
      }
    }
    if ((isBoundary(code) && !isAbbreviationDot(text, i)) || isDashHyphen(text, i)) {
      start = i + 1;
      break;
    }
  }
  const slice = text.slice(start, at);
  let clause = 0;
  for (const m of allMatches(CLAUSE_WORD, slice)) clause = m.index + m[0].length;
  return start + clause;
}

const HYPHEN = 0x2d;
const SPACE = 0x20;

/**
 * Two hyphens written for a dash after a dateline: "NORTHTOWN, Eastmoor -- Officials said", or one after a dateline of
 * capitalised words: "NORTHTOWN, Eastmoor Territories - Health authorities said". (One spaced hyphen is also a dash in
 * pairs around an aside, "The monitor - which has sources there - said", which does not end the speaker.)
 */
function isDashHyphen(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== HYPHEN || text.charCodeAt(i + 1) !== SPACE) return false;
  if (text.charCodeAt(i - 1) === HYPHEN && text.charCodeAt(i - 2) === SPACE) return true;
  return text.charCodeAt(i - 1) === SPACE && i <= MAX_DATELINE && DATELINE_BEFORE.test(text.slice(0, i));
}
/**
 * A dateline from the start of the sentence: words in capitals ("NORTHTOWN "), or capitalised words with a comma
 * ("GAZA STRIP, Palestinian Territories "); not a capitalised subject ("The Observatory - which ... - said").
 */
const DATELINE_BEFORE =
  /^\s*(?:\p{Lu}{2,}[\p{Lu}'’.-]*(?:\s+\p{Lu}{2,}[\p{Lu}'’.-]*)*|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2},(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}),?\s*$/u;
/** How long such a dateline may be. */
const MAX_DATELINE = 60;

/** "U.N. spokesman", "Lt. Gen." and "St." keep the phrase together. */
function isAbbreviationDot(text: string, i: number): boolean {
  if (text[i] !== '.') return false;
  return ABBREVIATION_BEFORE_DOT.test(text.slice(Math.max(0, i - 5), i));
}

/** A stretch of a sentence: `[start, end)` and its text. */
export interface Region {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The text between two offsets with time, manner and conjunctions trimmed; null when nothing is left.
 * @example trimRegion(' the ministry had also', 0)?.text // 'the ministry'
 */
export function trimRegion(raw: string, offset: number): Region | null {
  let s = raw;
  let lead = 0;
  for (;;) {
    const t = s.replace(TRAILING, '');
    const l = LEADING.exec(t);
    const cut = l && l[0].length > 0 ? l[0].length : 0;
    const next = t.slice(cut);
    lead += cut;
    if (next === s) break;
    s = next;
  }
  const leading = s.length - s.trimStart().length;
  const text = s.trim();
  if (!text) return null;
  const start = offset + lead + leading;
  return { start, end: start + text.length, text };
}

/**
 * End of the clause that starts at `from`: the next boundary character, or a word
 * that ends an inverted speaker's name ("said X, adding", "said X on Sunday that").
 * @example clauseEndAfter('said Rami Abdel Rahman, adding that', 4) // 22
 */
export function clauseEndAfter(text: string, from: number): number {
  const ceiling = Math.min(text.length, from + MAX_REACH);
  let end = ceiling === text.length ? ceiling : wordEndBefore(text, ceiling, from);
  for (let i = from; i < ceiling; i++) {
    if (isBoundary(text.charCodeAt(i)) && !isAbbreviationDot(text, i)) {
      end = i;
      break;
    }
  }
  const stop = AFTER_END.exec(text.slice(from, end));
  return stop ? from + stop.index : end;
}

/** Just past the first white space in text[i, at), or `i` when there is none: the reach does not cut a word in two. */
function wordStartAfter(text: string, i: number, at: number): number {
  for (let k = i; k < at; k++) if (/\s/.test(text[k]!)) return k + 1;
  return i;
}

/** The last white space in text(from, i], or `i` when there is none. */
function wordEndBefore(text: string, i: number, from: number): number {
  for (let k = i; k > from; k--) if (/\s/.test(text[k]!)) return k;
  return i;
}
