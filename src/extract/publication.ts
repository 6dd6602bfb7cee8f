/**
 * Reasons out a publication date when the page states none. News tells of the
 * last few days in the past tense, so the publication date is on or after the
 * latest day the text states whole (the anchor), and the weekdays it names
 * ("released the toll on Friday", "Reports on Saturday said") fall in the days
 * up to it. A dateline without a year ("MOSCOW, March 3 /TASS/") gives the day
 * itself, with the year taken from the anchor.
 */
import type { DateMention, Sentence, StatedDate } from '../model/types.ts';
import { dayNumber, isRealDay, isoDay, parseIsoDay, partsOf } from '../lexicon/calendar.ts';
import { COUNT_SOURCE, countValue, directionBefore } from './dates/words.ts';
import { ANY_MONTH_PATTERN, WEEKDAY_PATTERN, monthNumber, weekdayNumber } from '../lexicon/calendar-words.ts';
import { weekAfter } from './dates/weekday-of-named-week.ts';
import { beganTheWar, startsAPeriod } from './events.ts';
import { clauseTailStart } from './clause-tail.ts';
import { DEADLINE_BEFORE } from './lead.ts';
import { allMatches } from './all-matches.ts';
import { DAY_LINE } from '../lexicon/day-line.ts';

export interface InferredPublication {
  readonly date: string;
  readonly evidence: string;
}

/** A publication date with how it was known: stated by the page, or reasoned out. */
export interface KnownPublication extends InferredPublication {
  readonly inferred: boolean;
}

/** A weekday named on its own: "on Friday", "Saturday's blast", "late on Wednesday". */
const WEEKDAY = new RegExp(`\\b${WEEKDAY_PATTERN}\\b`, 'g');
/** Words before a weekday that point forward or away from the days up to publication. */
const NOT_PAST_BEFORE = /\b(?:next|coming|following|every|each)\s+$/i;
/** "MOSCOW, March 3. /TASS/.", "BEIRUT, Lebanon, Dec. 10 (AP) -": a dateline opening the body. */
const DATELINE = new RegExp(
  `^[A-Z][A-Z .'-]{1,30},(?:\\s+[A-Z][a-z]+,)?\\s+(?:(${ANY_MONTH_PATTERN})\\.?\\s+(\\d{1,2})\\b|(\\d{1,2})\\s+(${ANY_MONTH_PATTERN})\\b\\.?)(?:,?\\s*((?:19|20)\\d\\d)\\b)?`,
);
const DAYS_IN_WEEK = 7;
/** How many sentences from the top may open with the dateline (headline and standfirst come first). */
const DATELINE_SENTENCES = 6;
/** "after four days of fighting", "for 12 days", "on the fifth day": a count of days that runs up to now. */
const DAY_COUNT = new RegExp(`\\b(?:after|for|in|over)\\s+(?:the\\s+(?:past|last)\\s+)?(${COUNT_SOURCE})\\s+days?\\s+of\\b`, 'i');

/**
 * The publication date of a page that states none whole: its dateline, its update
 * date, or what its text lets us reason out; null when nothing gives a clue.
 * `datesAgainst` reads the text's dates again against a reference day.
 * @example knownPublication(sentences, dates, null, reread) // { date: '2022-04-08', evidence: 'dateline "MOSCOW, April 8"...', inferred: false }
 */
export function knownPublication(
  sentences: readonly Sentence[],
  dates: readonly DateMention[],
  update: StatedDate | null,
  datesAgainst: (reference: string) => readonly DateMention[],
): KnownPublication | null {
  const dateline = statedDateline(sentences, dates);
  if (dateline) return { ...dateline, inferred: false };
  if (update) return fromUpdate(update, datesAgainst(update.date));
  const inferred = inferPublication(sentences, dates);
  return inferred ? { ...inferred, inferred: true } : null;
}

/**
 * The publication date a dateline states at the top of the story ("MOSCOW, April 8. /TASS/."),
 * with its year from the years the text writes; null when there is no dateline or no year.
 * A dateline is the agency's own statement of the day, so it counts as stated.
 * @example statedDateline(splitSentences('MOSCOW, April 8. /TASS/. In 2022 ...'), dates) // { date: '2022-04-08', ... }
 */
export function statedDateline(sentences: readonly Sentence[], dates: readonly DateMention[]): InferredPublication | null {
  const line = datelineOf(sentences);
  if (!line) return null;
  if (line.year !== null) {
    if (!isRealDay(line.year, line.month, line.day)) return null;
    return { date: isoDay(dayNumber(line.year, line.month, line.day)), evidence: `dateline "${line.text}"` };
  }
  const floor = latestStatedDay(dates)?.day ?? latestStatedMonthStart(dates) ?? latestStatedYearStart(dates);
  if (floor === null) return null;
  let year = partsOf(floor).year;
  if (isRealDay(year, line.month, line.day) && dayNumber(year, line.month, line.day) < floor) year += 1;
  if (!isRealDay(year, line.month, line.day)) return null;
  return { date: isoDay(dayNumber(year, line.month, line.day)), evidence: `dateline "${line.text}", year from the text` };
}

/** A month and day with no year after them: "April 8", "8th of April" (and not "April 8, 2022"); four groups, month and day either way round. */
const YEARLESS_DAY = `(?:(${ANY_MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${ANY_MONTH_PATTERN})\\.?)(?![\\d:]|,?\\s*(?:19|20)\\d\\d)`;
/** A day written without its year: "on April 8", "the 8th of April". */
const MONTH_DAY = new RegExp(`\\b${YEARLESS_DAY}`, 'g');
/** Words that tell of the day of writing itself. */
const TODAY = /\b(?:today|this (?:morning|afternoon|evening)|tonight)\b/i;

/** A month and day the text gives without a year, and whether it speaks of the day of writing too. */
export interface YearlessDays {
  readonly days: readonly Dateline[];
  readonly today: boolean;
}

/**
 * The days the text writes without a year ("the attack on April 8"), in text order, and
 * whether it also tells of "today" or "this morning": then those days are before the day
 * of writing, for a page names its own day as today.
 * @example yearlessDays(splitSentences('The attack on April 8 killed 52. Buses left this morning.')) // { days: [{ month: 4, day: 8, ... }], today: true }
 */
export function yearlessDays(sentences: readonly Sentence[]): YearlessDays {
  const days: Dateline[] = [];
  let today = false;
  for (const s of sentences) {
    today ||= TODAY.test(s.text);
    for (const m of allMatches(MONTH_DAY, s.text)) {
      // "Since April 28, at least 637 have been killed": where a running count starts, long before the page may be.
      if (SINCE_BEFORE.test(s.text.slice(Math.max(0, m.index - SINCE_REACH), m.index))) continue;
      // "as the August 31 deadline looms", "must leave by April 8": a day set ahead, which the page may be written before.
      if (isDeadline(s.text, m.index, m.index + m[0].length)) continue;
      const month = monthNumber(m[1] ?? m[4] ?? '');
      const day = Number(m[2] ?? m[3]);
      if (month !== null && day >= 1 && day <= 31) days.push({ month, day, year: null, text: m[0] });
    }
  }
  return { days, today };
}

/** After a day: the deadline it is ("the August 31 deadline"). */
const DEADLINE_AFTER = /^\s+(?:deadline|cut-?off|target\s+date)\b/i;
/** How much text before a day DEADLINE_BEFORE reads. */
const DEADLINE_REACH = 24;

/**
 * Whether the day at text[start, end) is one set ahead: a deadline or the day something must be done by.
 * @example isDeadline('as the August 31 deadline looms', 7, 16) // true
 */
function isDeadline(text: string, start: number, end: number): boolean {
  return DEADLINE_BEFORE.test(text.slice(Math.max(0, start - DEADLINE_REACH), start)) || DEADLINE_AFTER.test(text.slice(end, end + 24));
}

/** Before a day: "since", the start of a period the text counts from. */
const SINCE_BEFORE = /\bsince\s+(?:the\s+)?$/i;
const SINCE_REACH = 12;

/** A dateline without its year: the month and day an agency put at the top of the story. */
export interface Dateline {
  readonly month: number;
  readonly day: number;
  /** The year when the dateline writes it ("BEIRUT, Dec 10, 2016"). */
  readonly year: number | null;
  readonly text: string;
}

/**
 * The dateline that opens one of the first sentences, or a line that is only a day ("15 July, 09:27 AM"), or null.
 * @example datelineOf(splitSentences('TEHRAN, Aug. 9 (XYZ) - The ministry said ...')) // { month: 8, day: 9, text: 'TEHRAN, Aug. 9' }
 */
export function datelineOf(sentences: readonly Sentence[]): Dateline | null {
  for (const s of sentences.slice(0, DATELINE_SENTENCES)) {
    const m = DATELINE.exec(s.text) ?? DAY_LINE.exec(s.text);
    const month = m ? monthNumber(m[1] ?? m[4] ?? '') : null;
    if (m && month !== null) return { month, day: Number(m[2] ?? m[3]), year: m[5] ? Number(m[5]) : null, text: m[0] };
  }
  return null;
}

/**
 * The publication date of a page that states only when it was last updated. The update
 * day is the publication day when the text tells of that day as its own ("on Sunday" is
 * the update's Sunday, "today"); otherwise the page was first published on or before it,
 * and the update day stands in, marked as reasoned out.
 * @example fromUpdate({ date: '2018-09-02', evidence: 'Updated 02 September 2018' }, datesAgainstIt).inferred // true
 */
export function fromUpdate(update: { readonly date: string; readonly evidence: string }, dates: readonly DateMention[]): KnownPublication {
  const toldAsToday = dates.some((d) => d.relative && d.range.start === update.date && d.range.end === update.date);
  return toldAsToday
    ? { date: update.date, evidence: `${update.evidence}, the day the text tells of`, inferred: false }
    : { date: update.date, evidence: `${update.evidence}: first published on or before that day`, inferred: true };
}

/**
 * The publication date the text lets us reason out, or null.
 * @example inferPublication(sentences, dates) // { date: '2017-03-04', evidence: 'after "March 2, 2017", the latest day named is Saturday' }
 */
export function inferPublication(sentences: readonly Sentence[], dates: readonly DateMention[]): InferredPublication | null {
  const anchor = latestStatedDay(dates, sentences) ?? dayCountAnchor(sentences, dates) ?? weekdayDayAnchor(sentences, dates);
  return anchor ? publishedAfter(anchor, sentences, dates) : null;
}

/** A day written with its weekday and without its year: "on Sunday, August 25", "Sunday 25 August". */
const WEEKDAY_MONTH_DAY = new RegExp(`\\b(${WEEKDAY_PATTERN}),?\\s+\\(?(?:the\\s+)?${YEARLESS_DAY}`, 'gi');
/**
 * How many years after the latest happening the text dates its weekday's day is looked for: a report
 * recalls a happening of a few years before (a date's weekday comes back only after 5 or 6 years).
 */
const WEEKDAY_YEARS = 3;

/**
 * The day of a yearless date written with its weekday ("On Sunday, August 25, a video ... circulated"),
 * in the first year from the latest happening the text dates ("In June 2021, 160 people were killed")
 * in which that date falls on that weekday, within three years: the report tells of its own days
 * after the happenings it recalls. A period still running ("since 2009") bounds nothing.
 * The latest such day when several are written; null when no year is stated or no year fits.
 * @example weekdayDayAnchor(splitSentences('In June 2021, 160 died. On Sunday, August 25, a video spread.'), dates)?.text // 'Sunday, August 25'
 */
function weekdayDayAnchor(sentences: readonly Sentence[], dates: readonly DateMention[]): Anchor | null {
  // A period still running ("an insurgency since 2009") or the war's start looks back further than any report's own days.
  const from = latestStatedYearStart(dates.filter((d) => !startsAPeriod(sentences[d.sentence], d) && !beganTheWar(sentences[d.sentence], d)));
  if (from === null) return null;
  const first = partsOf(from).year;
  let best: Anchor | null = null;
  for (const s of sentences) {
    for (const m of allMatches(WEEKDAY_MONTH_DAY, s.text)) {
      const weekday = weekdayNumber(m[1] ?? '');
      const month = monthNumber(m[2] ?? m[5] ?? '');
      const dayOfMonth = Number(m[3] ?? m[4]);
      if (weekday === null || month === null) continue;
      for (let year = first; year <= first + WEEKDAY_YEARS; year++) {
        if (!isRealDay(year, month, dayOfMonth)) continue;
        const day = dayNumber(year, month, dayOfMonth);
        if (partsOf(day).weekday !== weekday) continue;
        if (best === null || day > best.day) best = { day, text: m[0].replace(/\s*\(/, ' ') };
        break;
      }
    }
  }
  return best;
}

/**
 * The publication day on or after a known day (the anchor), moved on to the latest
 * weekday the text names as past ("on Saturday") within the week after it.
 * @example publishedAfter({ day: dayNumber(2016, 12, 9), text: 'a match' }, sentences, dates).date // '2016-12-10' when the text says "on Saturday"
 */
export function publishedAfter(anchor: Anchor, sentences: readonly Sentence[], dates: readonly DateMention[]): InferredPublication {
  const named = pastWeekdays(sentences, dates);
  const offsets = named.map((w) => (w.weekday - partsOf(anchor.day).weekday + DAYS_IN_WEEK) % DAYS_IN_WEEK);
  const notLast = new Set(offsets.filter((o, i) => named[i]!.since && !named.some((w, j) => !w.since && offsets[j] === o)));
  const last = lastOfShortestStretch(offsets, notLast);
  const latestName = named.find((_, i) => offsets[i] === last);
  return {
    date: isoDay(anchor.day + last),
    evidence: last > 0 && latestName ? `after "${anchor.text}", the latest day named is ${latestName.name}` : `latest day stated: "${anchor.text}"`,
  };
}

/** A day the publication is known to be on or after, and the words that say so. */
export interface Anchor {
  /** Day number (days since 1970-01-01). */
  readonly day: number;
  readonly text: string;
}

/**
 * The latest day written whole (day, month and year) in the text; null when a
 * later stated month or year shows the text runs past it, so it is no anchor.
 * A day where a period still running began ("the capital since October 11, 2014")
 * is no anchor either: the period runs up to the day of writing, however long after.
 */
function latestStatedDay(dates: readonly DateMention[], sentences: readonly Sentence[] = []): Anchor | null {
  let best: Anchor | null = null;
  let latestStart: number | null = null;
  for (const d of dates) {
    if (d.relative || !d.stated.includes('year')) continue;
    const start = parseIsoDay(d.range.start);
    const end = parseIsoDay(d.range.end);
    if (start === null || end === null) continue;
    // A period that began later ("under siege since May 2024") still shows the text runs past an earlier day.
    if (latestStart === null || start > latestStart) latestStart = start;
    if (startsAPeriod(sentences[d.sentence], d) || beganTheWar(sentences[d.sentence], d)) continue;
    if (d.stated.includes('day') && (best === null || end > best.day)) best = { day: end, text: d.text };
  }
  if (best && latestStart !== null && latestStart > best.day) return null;
  return best;
}

export interface NamedWeekday {
  readonly weekday: number;
  readonly name: string;
  /**
   * A "since" reaches back to it ("the first death since the attack on Tuesday", "hit
   * several times since the Tuesday attack"): a period has run from it up to the writing,
   * so it is a day before the writing and never the last day named.
   */
  readonly since: boolean;
}

/** How many words before a weekday, in its clause, a "since" reaches it from. */
const SINCE_REACH_WORDS = 8;
const SINCE = /\bsince\b/i;

/** How far before a weekday its pointing words ("next", "last", "will ... on") are read. */
const WORDS_BEFORE = 60;

/**
 * Weekdays named on their own (not inside a written date), and not pointing forward. One pass over the text.
 * @example pastWeekdays(splitSentences("Shelling hit the town on Sunday."), [])[0]?.weekday // 0
 */
export function pastWeekdays(sentences: readonly Sentence[], dates: readonly DateMention[]): NamedWeekday[] {
  const out: NamedWeekday[] = [];
  // Written days in text order, walked alongside the weekdays: no search over all dates per weekday.
  const written = dates
    .filter((d) => d.stated.includes('day'))
    .map((d) => d.span)
    .sort((x, y) => x[0] - y[0]);
  let next = 0;
  let reach = -1;
  for (const s of sentences) {
    for (const m of allMatches(WEEKDAY, s.text)) {
      const at = s.span[0] + m.index;
      while (next < written.length && written[next]![0] <= at) reach = Math.max(reach, written[next++]![1]);
      if (at < reach) continue;
      const before = s.text.slice(Math.max(0, m.index - WORDS_BEFORE), m.index);
      if (NOT_PAST_BEFORE.test(before) || directionBefore(before) === 'future') continue;
      // "Thursday's meeting next week" is no day up to publication.
      if ((weekAfter(s.text, m.index + m[0].length) ?? 0) > 0) continue;
      const weekday = weekdayNumber(m[0]);
      if (weekday !== null) out.push({ weekday, name: m[0], since: SINCE.test(s.text.slice(clauseTailStart(s.text, m.index, SINCE_REACH_WORDS), m.index)) });
    }
  }
  return out;
}

/**
 * The named days, with the anchor at 0, lie on the shortest stretch of the week
 * that holds them all; publication is on its last day. The stretch ends where
 * the largest gap between named days begins. On a tie the reading is open, and the
 * nearer end to the anchor is taken: it assumes the fewest days nobody wrote of.
 * A day in `notLast` (a day a "since" reaches back to) cannot end the stretch.
 */
function lastOfShortestStretch(offsets: readonly number[], notLast: ReadonlySet<number> = new Set()): number {
  const points = [...new Set([0, ...offsets])].sort((a, b) => a - b);
  let last = 0;
  let widest = -1;
  for (let i = 0; i < points.length; i++) {
    const here = points[i] ?? 0;
    const next = i + 1 < points.length ? (points[i + 1] ?? 0) : (points[0] ?? 0) + DAYS_IN_WEEK;
    const gap = next - here;
    if (gap > widest && !notLast.has(here)) [widest, last] = [gap, here];
  }
  return last;
}

/**
 * A period that began on a day written whole and has run a counted number of days:
 * "after four days of fighting since 8 December 2016" is written on the fourth day.
 */
function dayCountAnchor(sentences: readonly Sentence[], dates: readonly DateMention[]): Anchor | null {
  let count: number | null = null;
  for (const s of sentences) {
    const m = DAY_COUNT.exec(s.text);
    if (m) {
      count = countValue(m[1] ?? '');
      break;
    }
  }
  if (count === null || count < 1) return null;
  for (const d of dates) {
    if (d.relative || !d.stated.includes('day') || !d.stated.includes('year')) continue;
    if (!startsAPeriod(sentences[d.sentence], d)) continue;
    const start = parseIsoDay(d.range.start);
    if (start !== null) return { day: start + count - 1, text: `${d.text}" and "${count} days` };
  }
  return null;
}

function latestStatedYearStart(dates: readonly DateMention[]): number | null {
  let best: number | null = null;
  for (const d of dates) {
    if (d.relative || !d.stated.includes('year')) continue;
    const start = parseIsoDay(d.range.start);
    if (start !== null && (best === null || start > best)) best = start;
  }
  return best === null ? null : dayNumber(partsOf(best).year, 1, 1);
}

function latestStatedMonthStart(dates: readonly DateMention[]): number | null {
  let best: number | null = null;
  for (const d of dates) {
    if (d.relative || !d.stated.includes('year') || !d.stated.includes('month')) continue;
    const start = parseIsoDay(d.range.start);
    if (start !== null && (best === null || start > best)) best = start;
  }
  return best;
}
