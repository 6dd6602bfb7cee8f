/**
 * Calendar expressions read with chrono-node: "11 December 2016", "Dec. 10",
 * "on Sunday", "in March 2016", "10-11 December", "21.08.2013". Only chrono's
 * calendar parsers run here; relative words ("last night", "a day earlier") are
 * the news rules' job, so chrono never resolves anything against a clock or a
 * guessed direction: this extractor keeps only what the text states and leaves
 * the rest to the resolving refiner.
 */
import * as chrono from 'chrono-node/en';
import type { Sentence } from '../../model/types.ts';
import { dayNumber, isRealDay, isoDay, monthSpan } from '../../lexicon/calendar.ts';
import { ANY_MONTH_PATTERN, ANY_WEEKDAY_PATTERN, MONTH_ABBREVIATION_PATTERN, MONTH_PATTERN, WEEKDAY_PATTERN } from '../../lexicon/calendar-words.ts';
import type { DateCandidate, DateExpr, Extractor, PeriodPart, StatedPart } from './candidate.ts';
import { spanIn } from './candidate.ts';
import { partOfMonth } from './periods.ts';
import { allMatches } from '../all-matches.ts';
import { isSpaceAt } from '../word-runs.ts';
import { execAtEnd } from './text-end.ts';
import { directionBefore, periodPart } from './words.ts';

/**
 * What a window must hold for a parser's pattern to match (chrono-node 2.10's patterns, read
 * case-insensitively as chrono reads them): every month name chrono knows starts with one of
 * these prefixes, and every weekday name with one of those (its weekday parser also reads
 * "weekend" and "weekday"); the numeric formats need a digit, a separator and a digit, and
 * year-month-day a four-digit year and a separator. A parser that cannot match finds nothing,
 * so leaving it out changes no result, while each parser chrono runs reads the whole window.
 */
const MONTH_NAME_NEED = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const WEEKDAY_NAME_NEED = /sun|mon|tue|wed|thu|fri|sat|week(?:end|day)/i;
const NUMERIC_DATE_NEED = /\d[-./]\d/;
const YEAR_FIRST_NEED = /\d{4}[-./\s]/;

/**
 * chrono parsers that read calendar dates, each with what a window needs for it to match;
 * the casual, time and relative parsers stay out.
 */
const CALENDAR_PARSERS: ReadonlyMap<string, RegExp> = new Map([
  ['ISOFormatParser', NUMERIC_DATE_NEED],
  ['ENYearMonthDayParser', YEAR_FIRST_NEED],
  ['SlashDateFormatParser', NUMERIC_DATE_NEED],
  ['ENMonthNameLittleEndianParser', MONTH_NAME_NEED],
  ['ENMonthNameMiddleEndianParser', MONTH_NAME_NEED],
  ['ENWeekdayParser', WEEKDAY_NAME_NEED],
  ['ENSlashMonthFormatParser', NUMERIC_DATE_NEED],
  ['ENYearMonthNameParser', MONTH_NAME_NEED],
  ['ENMonthNameParser', MONTH_NAME_NEED],
]);
/** The distinct needs, in a fixed order: bit i of a window's mask says it meets the i-th. */
const NEEDS: readonly RegExp[] = [...new Set(CALENDAR_PARSERS.values())];

/** The numeric-date parser, taken in its day-first form. */
const DAY_FIRST_PARSER = 'SlashDateFormatParser';
/**
 * Cheap pre-check: chrono reads only the stretches around a month or weekday
 * name or a numeric date, not whole sentences ("Sunni" and "Monitor" are no hints).
 */
const CALENDAR_HINT = new RegExp(`\\b(?:${ANY_MONTH_PATTERN}|${ANY_WEEKDAY_PATTERN})\\b|\\d[-./]\\d`, 'g');
/** How much text around a hint chrono reads: room for "between 10 and 11" before and ", 2016 - 15:39" after. */
const WINDOW_BEFORE = 32;
const WINDOW_AFTER = 40;
/**
 * Past this length a run of touching windows starts a new one, overlapping the last (a date
 * read twice is one after removeOverlaps). Real text never has dates packed so densely.
 */
const MAX_WINDOW = 1000;
/** Words chrono keeps around a date that are not part of it. */
const LEADING_NOISE = /^(?:[,(]\s*)?(?:(?:on|in)\s+)?/i;
const TRAILING_NOISE = /(?:[\s,)\-–]|\bof\b)+$/;
/** A two-digit "year" after a month name is most often a count: "On October 13th 30 people were killed". */
const SHORT_YEAR_AFTER_NAME = /[,\s]+\d{1,2}$/;
/** After a day, the name of a body called after it: "March 23 Movement", "6 April Youth Movement", "February 17 Revolution". */
const NAMED_FOR_DAY = /^\s+(?:\p{Lu}\p{L}+\s+)?(?:Movement|Alliance|Revolution|Brigades?|Front|Coalition|Party|Uprising|Battalions?|Martyrs)\b/u;
const FULL_YEAR = /\d{4}/;
/** A weekday on its own must be written out in full and capitalised ("Sun" is a newspaper). */
const FULL_WEEKDAY = new RegExp(`\\b${WEEKDAY_PATTERN}\\b`);
/** A month on its own must be capitalised and written out or abbreviated with a full stop. */
const LONE_MONTH = new RegExp(`^(?:${MONTH_PATTERN}\\b|${MONTH_ABBREVIATION_PATTERN}\\.)`);
/** Words that show a lone month is a date: "in May", "since March", "last August", "early June". */
const MONTH_CUE_BEFORE =
  /\b(?:in|since|until|till|by|of|from|during|between|and|or|to|through|throughout|before|after|last|this|next|early|mid|late|end|beginning|start|middle)[-\s]+$/i;
/** Its longest word, so that only the end of the text before a date is read (`execAtEnd`). */
const MONTH_CUE_LONGEST = 'throughout'.length;
/** A period part or "last" written before a month or weekday: "late March", "last August", "mid-December". */
const MODIFIER_BEFORE = /\b(last|past|early|mid|middle|late|(?:the )?end of|(?:the )?beginning of|(?:the )?start of|(?:the )?middle of)[-\s]+$/i;
/** Its longest words, so that only the end of the text before a date is read (`execAtEnd`). */
const MODIFIER_LONGEST = 'the beginning of'.length;
/** chrono's weekday modifiers, read from the matched text. */
const LAST_WORD = /\b(?:last|past)\b/i;
const NEXT_WORD = /\b(?:next|coming)\b/i;

/** The components read back from chrono, in the order a candidate lists them. */
const STATED_PARTS = ['day', 'month', 'year', 'weekday'] as const;
/** Any date works: only the components the text states are read back. */
const NEUTRAL_REFERENCE = new Date(2000, 0, 1, 12);

const calendarChrono = buildCalendarChrono();
/** For each mask of needs met, a chrono with the calendar parsers (in chrono's order) whose needs are met. */
const chronoByNeedsMet: readonly chrono.Chrono[] = Array.from(
  { length: 1 << NEEDS.length },
  (_, met) =>
    new chrono.Chrono({
      parsers: calendarChrono.parsers.filter((p) => (met & needBit(p)) !== 0),
      refiners: calendarChrono.refiners,
    }),
);

/**
 * Calendar dates in one sentence, as written.
 * @example readCalendarDates({ index: 0, span: [0, 22], text: 'Daesh retook it on Dec. 10' }, ctx)[0].text // 'Dec. 10'
 */
export const readCalendarDates: Extractor = (sentence) => {
  const out: DateCandidate[] = [];
  for (const [start, end] of hintWindows(sentence.text)) {
    for (const result of parseWindow(sentence.text.slice(start, end))) {
      const candidate = toCandidate(sentence, result, start);
      if (candidate) out.push(candidate);
    }
  }
  return out;
};

/**
 * chrono's calendar results in a window of text, read by the parsers that can match it
 * (`everyParser` runs them all: the same results, for tests).
 * @example parseWindow('retook it on Dec. 10')[0]?.text // 'on Dec. 10'
 */
export function parseWindow(text: string, options: { readonly everyParser?: boolean } = {}): chrono.ParsedResult[] {
  if (options.everyParser) return calendarChrono.parse(text, NEUTRAL_REFERENCE);
  let met = 0;
  for (let i = 0; i < NEEDS.length; i++) if (NEEDS[i]?.test(text)) met |= 1 << i;
  return (chronoByNeedsMet[met] ?? calendarChrono).parse(text, NEUTRAL_REFERENCE);
}

/** The bit of what a calendar parser's pattern needs (every one of them has a need: see CALENDAR_PARSERS). */
function needBit(parser: chrono.Parser): number {
  const need = CALENDAR_PARSERS.get(parser.constructor.name);
  return need ? 1 << NEEDS.indexOf(need) : 0;
}

/** The stretches of a sentence around its calendar hints, merged where they touch. */
function hintWindows(text: string): [number, number][] {
  const windows: [number, number][] = [];
  for (const m of allMatches(CALENDAR_HINT, text)) {
    const start = Math.max(0, m.index - WINDOW_BEFORE);
    const end = Math.min(text.length, m.index + m[0].length + WINDOW_AFTER);
    const last = windows[windows.length - 1];
    // A window grows no longer than MAX_WINDOW: chrono's refiners read the text before each date in a window, quadratic in its length.
    if (last && start <= last[1] && end - last[0] <= MAX_WINDOW) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  // Start and end on word boundaries, so a window never opens inside "13-08-2013".
  for (const w of windows) {
    w[0] = wordStart(text, w[0]);
    w[1] = wordEnd(text, w[1]);
  }
  return windows;
}

function wordStart(text: string, i: number): number {
  while (i > 0 && !isSpaceAt(text, i - 1)) i--;
  return i;
}

function wordEnd(text: string, i: number): number {
  while (i < text.length && !isSpaceAt(text, i)) i++;
  return i;
}

function buildCalendarChrono(): chrono.Chrono {
  const config = chrono.configuration.createCasualConfiguration(false);
  // Numeric dates are day-first in the outlets that write them ("13-08-2013", "21.08.2013"),
  // while month names keep the English order ("Dec. 10" is 10 December, not December 2010).
  const dayFirst = chrono.configuration.createCasualConfiguration(true);
  const parsers = config.parsers
    .map((p) => (p.constructor.name === DAY_FIRST_PARSER ? (dayFirst.parsers.find((q) => q.constructor.name === DAY_FIRST_PARSER) ?? p) : p))
    .filter((p) => CALENDAR_PARSERS.has(p.constructor.name));
  const found = new Set(parsers.map((p) => p.constructor.name));
  const missing = [...CALENDAR_PARSERS.keys()].filter((name) => !found.has(name));
  // A chrono upgrade that renames its parsers must stop the build, not silently drop dates.
  if (missing.length > 0) throw new Error(`chrono-node lacks the calendar parsers ${missing.join(', ')}`);
  return new chrono.Chrono({ parsers, refiners: config.refiners });
}

/** A chrono result read from the window starting at `offset` in the sentence, as a candidate. */
function toCandidate(sentence: Sentence, result: chrono.ParsedResult, offset: number): DateCandidate | null {
  const lead = LEADING_NOISE.exec(result.text)?.[0].length ?? 0;
  let text = result.text.slice(lead).replace(TRAILING_NOISE, '');
  const shortYear = /[A-Za-z]/.test(text) && !FULL_YEAR.test(text) && result.start.isCertain('year');
  if (shortYear) text = text.replace(SHORT_YEAR_AFTER_NAME, '');
  let index = offset + result.index + lead;
  if (!text) return null;

  const start = result.start;
  const hasDay = start.isCertain('day');
  const hasMonth = start.isCertain('month');
  const hasWeekday = start.isCertain('weekday');
  if (!hasMonth && !hasWeekday) return null; // clock times and the like are not dates
  if (!/[A-Za-z]/.test(text) && !start.isCertain('year')) return null; // "1/2", "24/7", "9/11" are not dates without a year
  if (!/\d|[A-Z]/.test(text)) return null; // "a march", "may"

  const before = sentence.text.slice(0, index);
  if (!hasMonth && !FULL_WEEKDAY.test(text)) return null;
  if (hasMonth && !hasDay && !start.isCertain('year') && !(LONE_MONTH.test(text) && execAtEnd(MONTH_CUE_BEFORE, before, MONTH_CUE_LONGEST))) return null;

  // "late March", "last August": the modifier belongs to the date (a written day has none).
  const modifier = hasDay ? null : execAtEnd(MODIFIER_BEFORE, before, MODIFIER_LONGEST);
  let part: PeriodPart | null = null;
  let strict = LAST_WORD.test(text) || NEXT_WORD.test(text);
  if (modifier && !hasDay) {
    part = periodPart(modifier[1]);
    strict ||= /^(?:last|past)$/i.test(modifier[1] ?? '');
    index = modifier.index;
    text = sentence.text.slice(index, offset + result.index + lead + text.length);
  }

  // "the March 23 Movement", "the March 14 Alliance", "the 6 April Youth Movement": a body named for a day.
  if (hasDay && !start.isCertain('year') && NAMED_FOR_DAY.test(sentence.text.slice(index + text.length))) return null;

  const stated: StatedPart[] = STATED_PARTS.filter((c) => start.isCertain(c) && !(c === 'year' && shortYear));
  const expr = exprOf(result, {
    part,
    strict,
    before: sentence.text.slice(0, index),
    after: sentence.text.slice(index + text.length, index + text.length + 24),
    text,
    shortYear,
  });
  if (!expr) return null;
  return { sentence: sentence.index, span: spanIn(sentence, index, text.length), text, stated, expr, origin: 'chrono', relative: expr.kind !== 'absolute' };
}

interface ExprHints {
  readonly part: PeriodPart | null;
  readonly strict: boolean;
  readonly before: string;
  /** The words just after the date ("deadline"). */
  readonly after: string;
  readonly text: string;
  /** The year chrono read is a two-digit number that is not one. */
  readonly shortYear: boolean;
}

function exprOf(result: chrono.ParsedResult, hints: ExprHints): DateExpr | null {
  const s = result.start;
  const e = result.end;
  const month = s.isCertain('month') ? s.get('month') : null;
  const day = s.isCertain('day') ? s.get('day') : null;
  // "from March to May 2016": the year written at the end holds for the start.
  const year = hints.shortYear ? null : s.isCertain('year') ? s.get('year') : e?.isCertain('year') ? e.get('year') : null;

  if (year !== null && month !== null) {
    const endYear = e?.isCertain('year') ? e.get('year') : year;
    const endMonth = e?.isCertain('month') ? e.get('month') : null;
    const endDay = e?.isCertain('day') ? e.get('day') : null;
    return absolute({ year, month, day }, endMonth !== null && endYear !== null ? { year: endYear, month: endMonth, day: endDay } : null, hints.part);
  }
  const end = e?.isCertain('month') ? { month: e.get('month') ?? 0, day: e.isCertain('day') ? e.get('day') : null } : null;
  return {
    kind: 'partial',
    month,
    day,
    weekday: day === null && s.isCertain('weekday') ? s.get('weekday') : null,
    yearOffset: null,
    end,
    part: hints.part,
    strict: hints.strict,
    direction: NEXT_WORD.test(hints.text) || scheduled(hints.before, hints.after) ? 'future' : directionBefore(hints.before),
  };
}

/** After a date: it is a deadline ("the August 31 deadline"), which lies ahead. */
const DEADLINE_AFTER = /^\s+(?:deadline|cut-?off)\b/i;
/** Before a date, in its clause: what is set to happen then, in the present tense ("ends its mission Tuesday", "talks resume on Monday"). */
const SCHEDULE_BEFORE = /\b(?:ends?|expires?|begins?|starts?|resumes?|reopens?|takes?\s+effect|convenes?)\b[^.;,:]{0,40}$/i;

/**
 * Whether a date without a year is one ahead: a deadline, or when what is scheduled happens.
 * @example scheduled('before the U.S. officially ends its mission ', '.') // true
 */
function scheduled(before: string, after: string): boolean {
  return DEADLINE_AFTER.test(after) || SCHEDULE_BEFORE.test(before.slice(-60));
}

interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number | null;
}

/** A written date with its year: one day, one month, or a range of them. */
function absolute(start: Ymd, end: Ymd | null, part: PeriodPart | null): DateExpr | null {
  if (start.day !== null && !isRealDay(start.year, start.month, start.day)) return null;
  const from = start.day !== null ? dayNumber(start.year, start.month, start.day) : monthSpan(start.year, start.month)[0];
  let to = start.day !== null ? from : monthSpan(start.year, start.month)[1];
  if (end) {
    // "from March 2016" to an earlier month means the months run across a new year.
    const endYear = end.year === start.year && end.month < start.month ? start.year + 1 : end.year;
    to = end.day !== null ? dayNumber(endYear, end.month, end.day) : monthSpan(endYear, end.month)[1];
    if (to < from) return null;
    const precision = start.day === null && end.day === null ? 'month' : 'days';
    return { kind: 'absolute', range: { start: isoDay(from), end: isoDay(to), precision } };
  }
  if (start.day === null && part) {
    const [a, b] = partOfMonth(from, to, part);
    return { kind: 'absolute', range: { start: isoDay(a), end: isoDay(b), precision: 'days' } };
  }
  return { kind: 'absolute', range: { start: isoDay(from), end: isoDay(to), precision: start.day !== null ? 'day' : 'month' } };
}
