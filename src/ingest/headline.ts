import { ANY_MONTH_PATTERN, MONTH_PREFIX_PATTERN, WEEKDAY_PREFIX_PATTERN } from '../lexicon/calendar-words.ts';
import { isPhotoCaption } from './caption.ts';

/** A line that ends as prose does (a full stop, a question or exclamation mark): the article body has begun. */
export const PROSE = /[.!?]["”’)]?\s*$/;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** A line this long is prose whatever its ending. */
const PROSE_WORDS = 25;
/** A headline has at most this many words. */
const HEADLINE_MAX_WORDS = 30;
const DATE_ONLY =
  /^(?:[A-Z][a-z]{2,8},?\s+)?(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})(?:\s*[-–,|]?\s*\d{1,2}:\d{2}\s*(?:[AP]M)?(?:\s*[A-Z]{2,4})?)?\s*$/;
/** A date, then a bar or a bullet: the top of a page that shows today's date ("Thursday, April 25, 2024 | ..."). */
const DATE_BAR = new RegExp(
  String.raw`^(?:${WEEKDAY_PREFIX_PATTERN}\w*,?\s+)?(?:(?:${MONTH_PREFIX_PATTERN})\w*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:${MONTH_PREFIX_PATTERN})\w*\.?,?\s+\d{4})\s*[|•·]`,
  'i',
);
/** A headline has words: a line of numbers alone ("30/03/2023", "2023-03-30 14:05") is a date or a counter. */
const HAS_LETTER = /\p{L}/u;
/** A line led by a clock time or a date label ("15:23 GMT", "Publish Date: 10 August 2018 - 21:31"): a time stamp. */
const TIME_STAMP = new RegExp(
  String.raw`^(?:\d{1,2}:\d{2}\b|(?:publish(?:ed)?|updated|posted|last\s+updated|created|date)\s*(?:date|on|at)?\s*:?\s*(?:\d|${WEEKDAY_PREFIX_PATTERN}|${MONTH_PREFIX_PATTERN}))`,
  'i',
);
/** A dateline alone on its line ("BAKU, Azerbaijan, Oct. 15", "KYIV, April 8"): where and when, not a headline. */
const DATELINE_ONLY = new RegExp(
  String.raw`^\p{Lu}[\p{Lu}\p{L} .'’-]{1,30},(?:\s+\p{Lu}[\p{L} .'’-]{1,30},)?\s+(?:${ANY_MONTH_PATTERN})\.?\s+\d{1,2}(?:,?\s+\d{4})?\s*$`,
  'u',
);
/** A bulleted point ("- Fighting has ravaged ...", "• 40 killed"): a summary's line, not the headline nor the lead. */
export const BULLET = /^[-–•*▪·]\s/;
/** A web address alone on its line ("https://arab.news/j45gm", "www.example.org/news/1"): the page's link, not its headline. */
const ADDRESS_ONLY = /^(?:https?:\/\/|www\.)\S+$/i;
/**
 * A picture's caption, told by the credit that closes it ("... take positions near the river/AFP",
 * "... in the old city. Photo: Jane Roe", "(Getty Images)", "(Reuters/Jane Roe)", "... 21. — Reuters",
 * "handout via Reuters"): pages repeat it under the picture, which made it outscore the headline above it.
 */
const PHOTO_CREDIT_END =
  /(?:\/\s*(?:AFP|AP|Reuters|REUTERS|EPA|Getty(?:\s+Images)?|Anadolu(?:\s+Agency)?|Xinhua|Sputnik|Shutterstock|File(?:\s+Photo)?)|\b(?:AFP|AP(?:\s+Photo)?|Reuters|REUTERS|EPA|Getty\s+Images|Anadolu|Xinhua)\s*\/\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\)?|\((?:AFP|AP|Reuters|EPA|Getty\s+Images|File\s+photo)\)|[—–-]\s*(?:AFP|AP|Reuters|REUTERS|EPA|Getty\s+Images|Anadolu|Xinhua)|\b(?:handout\s+)?via\s+(?:AFP|AP|Reuters|REUTERS|EPA|Getty\s+Images)|\b(?:Photo|Image|Picture)(?:\s+credit)?\s*:\s*[^.:]{2,60})\s*\.?$/iu;
/** A byline or the story's own time stamp: the headline stands above it ("By Jane Roe", "Jane Roe, CNN", "Updated 11:56 AM ET"). */
const BYLINE = /^(?:By\s+\p{Lu}|(?:Updated|Published|Posted)\s+\d|\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3},\s*\p{Lu}[\p{L}&. -]{1,30}$)/u;
/** A byline that opens with "By" and a name. */
const BY_LINE = /^By\s+\p{Lu}/u;
/** A label line ends with a colon and is short ("Related:"); a longer one is a headline that leads into the story. */
const LABEL_WORDS = 4;
const SECTION_TITLE_CASE =
  /^(?:[A-Z][\p{L}'’-]*|of|and|the|in|on|for|to|a|an|&|\([A-Z]{2,6}\))(?:\s+(?:[A-Z][\p{L}'’-]*|of|and|the|in|on|for|to|a|an|&|\([A-Z]{2,6}\)))*$/u;

/**
 * How many words a line has (the matches of `WORD`), counted without collecting them;
 * with a `limit`, counting stops there, for callers that only compare with it or less.
 * @example wordCount('Over 1,000 killed') // 4
 * @example wordCount('Over 1,000 killed', 2) // 2
 */
export function wordCount(line: string, limit = Infinity): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (n < limit && WORD.exec(line)) n++; // every match is at least one character: the loop moves on
  return n;
}

/**
 * True when a line reads as the start of the story's prose (a long line or a full sentence).
 * @example isProse('The Syrian Army backed by the Russian Air Force has repelled all attacks, the ministry said.') // true
 */
export function isProse(line: string): boolean {
  const words = wordCount(line, PROSE_WORDS);
  return words >= PROSE_WORDS || (words >= 10 && PROSE.test(line.trim()));
}

/** A line opened by a label of where its matter comes from. */
const LABELLED = /^(?:sources?|photo|photos|quote|video|credit|image)\s*:/i;
/** A year, and a line's letters in lower case (a byline in capitals has none but in its stamp's "a.m."). */
const YEAR = /\b(?:19|20)\d\d\b/;
const LOWER_CASE_LETTER = /\p{Ll}/u;
const YEAR_STAMP_TAIL = /\b[ap]\.?m\.?$|\b(?:am|pm)\b/gi;

/**
 * A byline with its day, or a day alone, in capitals: "JANE ROE – THURSDAY, 25 AUGUST, 2022, 09:53".
 * @example isStampInCapitals('JANE ROE – THURSDAY, 25 AUGUST, 2031, 09:53') // true
 */
export function isStampInCapitals(line: string): boolean {
  return YEAR.test(line) && !LOWER_CASE_LETTER.test(line.replace(YEAR_STAMP_TAIL, ''));
}

/**
 * A picture's caption standing as a line: closed by its credit, or by where and when the picture was
 * taken ("... in Eastmoor August 10, 2024"), or saying it is one ("in this satellite image").
 * @example isCaptionLine('Smoke over the port (Reuters/Jane Roe)') // true
 */
export function isCaptionLine(line: string): boolean {
  return PHOTO_CREDIT_END.test(line) || isPhotoCaption(line);
}

/** A capital letter: a line without one is no headline's own writing. */
const CAPITAL = /\p{Lu}/u;

/**
 * Picks the headline among the lines above the story: a line of 4 to 30 words that
 * is not a date or time stamp, not a sentence, and not a short Title Case section name;
 * a line above the byline, or one the page repeats (headlines often are), wins.
 * Returns its index, or -1.
 * @example pickHeadline(['Syria', 'Over 1,000 killed, injured during Palmyra liberation op']) // 1
 */
export function pickHeadline(header: readonly string[]): number {
  let best = -1;
  let bestScore = -Infinity;
  const counts = new Map<string, number>();
  for (const line of header) counts.set(line.trim(), (counts.get(line.trim()) ?? 0) + 1);
  // -1 without a byline: then no line stands above one.
  const bylineAt = header.findIndex((l) => BYLINE.test(l.trim()));
  header.forEach((raw, i) => {
    const line = raw.trim();
    const words = wordCount(line, HEADLINE_MAX_WORDS + 1);
    if (words < 3 || words > HEADLINE_MAX_WORDS || line.length > 220 || !HAS_LETTER.test(line) || DATE_ONLY.test(line) || TIME_STAMP.test(line)) return;
    if (DATELINE_ONLY.test(line) || ADDRESS_ONLY.test(line) || BULLET.test(line) || isCaptionLine(line)) return;
    // "Thursday, April 25, 2024 | Shawwal 15, 1445 H": a date bar, whatever follows its bar.
    if (DATE_BAR.test(line)) return;
    // "Source: Jane Roe, on Telegram", "Photo: ...": a label's line tells where something comes from.
    if (LABELLED.test(line)) return;
    if (isStampInCapitals(line)) return;
    // "By Jane Roe with AP": the byline names who wrote the story, not what it is about.
    if (BY_LINE.test(line)) return;
    if (words <= LABEL_WORDS && /:\s*$/.test(line)) return;
    let score = 0;
    // "malis military and militants killed 300 in moura": a page address's words, all in lower case, over the headline.
    if (!CAPITAL.test(line)) score -= 2;
    if (i < bylineAt) score += 2.5;
    if ((counts.get(line) ?? 0) > 1) score += 2;
    if (PROSE.test(line) && words > 12) score -= 3;
    if (words <= 5 && SECTION_TITLE_CASE.test(line)) score -= 2;
    if (words >= 5) score += 1;
    score -= i * 0.01;
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return bestScore > -1 ? best : -1;
}

/**
 * A masthead glued to what follows it, as copied from a page's logo: "The Daily ExampleNews you can trust"
 * for the outlet "dailyexample.com". `names` are the outlet's names, folded to letters and digits ("dailyexample").
 * @example isGluedMasthead('The Daily ExampleNews you can trust', ['dailyexample']) // true
 */
export function isGluedMasthead(line: string, names: readonly string[]): boolean {
  const glue = GLUE.exec(line);
  if (!glue) return false;
  // The letters up to the glue, without a leading "the", are the outlet's name.
  const head = line
    .slice(0, glue.index + 1)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .replace(/^the/, '');
  return head.length >= MASTHEAD_NAME_LETTERS && names.includes(head);
}

/** A lower-case letter run straight into a word in capitals: two lines of a page glued by the copy. */
const GLUE = /\p{Ll}(?=\p{Lu}\p{Ll})/u;
/** An outlet's name this short may be any word. */
const MASTHEAD_NAME_LETTERS = 4;
