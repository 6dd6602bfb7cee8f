import type { Sentence } from '../model/types.ts';
import { sentenceSegments } from './sentence-segments.ts';
import { allMatches } from './all-matches.ts';
// Abbreviations after which ICU's sentence segmenter breaks but a news sentence goes on.
import { ABBREVIATION_REACH, endsOnAbbreviation } from '../lexicon/abbreviations.ts';
const PARAGRAPH_BREAK = /\n\s*\n/g;

/**
 * Splits a cleaned body into sentences with their spans, using the platform's
 * Unicode sentence segmenter (ICU) and never joining across paragraphs.
 * @example splitSentences('It said. Lt. Gen. Rudskoy added.').map((s) => s.text)
 * // ['It said.', 'Lt. Gen. Rudskoy added.']
 */
export function splitSentences(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const [start, end] of paragraphs(body)) {
    if (isOneSentence(body, start, end)) {
      push(sentences, body, [start, end]);
      continue;
    }
    let pending: [number, number] | null = null;
    for (const seg of sentenceSegments(body.slice(start, end))) {
      const s = start + seg.index;
      const e = s + seg.segment.length;
      pending = pending ? [pending[0], e] : [s, e];
      if (
        endsOnAbbreviation(body, pending[0], e) ||
        endsOnClockOfZone(body, pending[0], e) ||
        endsOnMiddleInitial(body, pending[0], e) ||
        endsOnCountToldAfter(body, pending[0], e) ||
        gluedToNext(body, e, end)
      )
        continue;
      push(sentences, body, pending);
      pending = null;
    }
    if (pending) push(sentences, body, pending);
  }
  return sentences;
}

/**
 * The segmenter (Unicode's sentence rules, UAX #29) breaks only after a paragraph
 * separator or after a run of terminators with the closing marks and spaces that
 * follow it. A paragraph with neither, save one such run at its very end, is one
 * segment: the same sentence the segmenter would give, without asking it.
 */
const MAY_BREAK_AFTER_AT = /[\p{Sentence_Terminal}.\u2024\uFE52\uFF0E\n\r\u0085\u2028\u2029]/uy;
/** Terminators, then closing quotes and brackets, then spaces: the rules join these, and break after them. */
const FINAL_TERMINATORS = /[.!?]+["'’”)\]]*[ \t]*/y;

/**
 * True when the segmenter would find no break in body[start, end) before its end. The
 * character at `end` is a line break or none, so the greedy tail cannot reach past it.
 */
function isOneSentence(body: string, start: number, end: number): boolean {
  const first = firstMayBreak(body, start, end);
  if (first === -1) return true;
  FINAL_TERMINATORS.lastIndex = first;
  return FINAL_TERMINATORS.test(body) && FINAL_TERMINATORS.lastIndex === end;
}

/**
 * Where the first terminator or paragraph separator of body[start, end) stands, or -1.
 * In ASCII these are exactly . ! ? LF and CR; other characters are asked of the regex
 * (at the first half of a surrogate pair it reads the whole character).
 */
function firstMayBreak(body: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const c = body.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a || c === 0x0d) return i;
      continue;
    }
    MAY_BREAK_AFTER_AT.lastIndex = i;
    if (MAY_BREAK_AFTER_AT.test(body)) return i;
  }
  return -1;
}

/**
 * A "?" or "!" with a small letter or a digit right after it ("…/status/1719?s=20") ends no sentence: a
 * sentence's end is followed by a space, a closing mark, a capital (a space lost in copying) or nothing.
 */
function gluedToNext(body: string, e: number, end: number): boolean {
  return e < end && QUESTION_OR_EXCLAMATION.test(body[e - 1] ?? '') && GLUED_AFTER.test(body[e] ?? '');
}
const QUESTION_OR_EXCLAMATION = /[?!]/;
const GLUED_AFTER = /[\p{Ll}\p{N}=&_/]/u;

/** A first name and its middle initial at the end of a segment: "General Kenneth F." (not "Area B."). */
const MIDDLE_INITIAL_END = /(?:^|\s)(\p{Lu}\p{Ll}+)\s+\p{Lu}\.\s*$/u;
/** Then the surname, a capitalised word that is no opener of a sentence, going on in its own sentence: "McKenzie Jr said". */
const SURNAME_START = /^(\p{Lu}[\p{Ll}'’-]*\p{Ll}(?:\p{Lu}\p{Ll}+)?)(?=[\s,])/u;
/** Words a sentence opens with, or that name a thing lettered "Area B.": no first name, no surname. */
const NOT_A_NAME_PART: ReadonlySet<string> = new Set(
  'The A An He She It They We I You In On At But And Or So This That These Those There His Her Its Their Our My Some Many Most After Before When While As If Since Area Zone Block Sector Phase Building Gate Grade Class Plan Group Category Team Unit Section Part Annex Exhibit Level Stage Option Site Camp Vitamin Type'.split(
    ' ',
  ),
);

/**
 * "General Kenneth F. McKenzie Jr said": the segmenter breaks after a middle initial, but the name goes on.
 * @example endsOnMiddleInitial('Gen. Kenneth F. McKenzie said.', 0, 17) // true
 */
function endsOnMiddleInitial(body: string, start: number, end: number): boolean {
  const first = MIDDLE_INITIAL_END.exec(body.slice(Math.max(start, end - 24), end));
  if (!first || NOT_A_NAME_PART.has(first[1] ?? '')) return false;
  const surname = SURNAME_START.exec(body.slice(end, end + 30));
  return surname !== null && !NOT_A_NAME_PART.has(surname[1] ?? '');
}

/** A number set apart by an ellipsis, alone in its segment: '"18...'. */
const NUMBER_ALONE = /^\W*\d[\d,.]*\s*(?:\.{3}|…)\s*$/;
/** What the number counts, told right after: "That is how many", "That's how many". */
const HOW_MANY_START = /^\s*(?:that|this)(?:['’]s|\s+is)\s+how\s+many\b/i;

/**
 * '"18... That is how many people were killed"': the segmenter breaks after the ellipsis, but the
 * clause that says what the number counts goes on with it.
 */
function endsOnCountToldAfter(body: string, start: number, end: number): boolean {
  return NUMBER_ALONE.test(body.slice(start, end)) && HOW_MANY_START.test(body.slice(end, end + 30));
}

/** An hour's "a.m." or "p.m." at the end of a segment. */
const MERIDIEM_END = /\d\s*[ap]\.\s?m\.\s*$/i;
/** The time zone the hour is read in: "Damascus time", "GMT", "local time". */
const ZONE_START = /^\s*(?:\p{Lu}[\p{L}'’-]*\s+time\b|\(?(?:GMT|UTC)\b|local\s+time\b)/u;

/**
 * "from 8:36 a.m. Damascus time, killing 37": the segmenter breaks after "a.m." before a
 * capital, but the hour goes on with the zone it is read in.
 */
function endsOnClockOfZone(body: string, start: number, end: number): boolean {
  return MERIDIEM_END.test(body.slice(Math.max(start, end - ABBREVIATION_REACH - 4), end)) && ZONE_START.test(body.slice(end, end + 40));
}

function push(out: Sentence[], body: string, [s, e]: [number, number]): void {
  const raw = body.slice(s, e);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (!text) return;
  const start = s + lead;
  out.push({ index: out.length, span: [start, start + text.length], text });
}

function paragraphs(body: string): [number, number][] {
  const out: [number, number][] = [];
  let last = 0;
  for (const m of allMatches(PARAGRAPH_BREAK, body)) {
    out.push([last, m.index]);
    last = m.index + m[0].length;
  }
  out.push([last, body.length]);
  return out.filter(([s, e]) => e > s);
}
