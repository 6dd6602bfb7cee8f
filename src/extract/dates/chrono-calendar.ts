/**
 * Calendar expressions read with chrono-node: "11 December 2016", "Dec. 10",
 * "on Sunday", "in March 2016", "10-11 December", "21.08.2013". Only chrono's
 * calendar parsers run here; relative words ("last night", "a day earlier") are
 * the news rules' job, so chrono never resolves anything against a clock or a
 * guessed direction: this extractor keeps only what the text states and leaves
 * the rest to the resolving refiner.
 */
import * as chrono from 'chrono-node/en';
import type { Sentence } from '../../model.ts';
import { dayNumber, isRealDay, isoDay, monthSpan } from './calendar.ts';
import type { DateCandidate, DateExpr, Extractor, PeriodPart, StatedPart } from './candidate.ts';
import { spanIn } from './candidate.ts';
import { partOfMonth } from './periods.ts';
import { directionBefore, periodPart } from './words.ts';

/** chrono parsers that read calendar dates; the casual, time and relative parsers stay out. */
const CALENDAR_PARSERS: readonly string[] = [
  'ISOFormatParser',
  'ENYearMonthDayParser',
  'SlashDateFormatParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENWeekdayParser',
  'ENSlashMonthFormatParser',
  'ENYearMonthNameParser',
  'ENMonthNameParser',
];

/** Cheap pre-check: only sentences naming a month or weekday, or holding a numeric date, go to chrono. */
const CALENDAR_HINT = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Sun|Mon|Tue|Wed|Thu|Fri|Sat)|\d[-./]\d/;
/** Words chrono keeps around a date that are not part of it. */
const LEADING_NOISE = /^(?:[,(]\s*)?(?:(?:on|in)\s+)?/i;
const TRAILING_NOISE = /[\s,)]+$/;
/** A weekday on its own must be written out in full and capitalised ("Sun" is a newspaper). */
const FULL_WEEKDAY = /\b(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/;
/** A month on its own must be capitalised and written out or abbreviated with a full stop. */
const LONE_MONTH = /^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)/;
/** Words that show a lone month is a date: "in May", "since March", "last August", "early June". */
const MONTH_CUE_BEFORE =
  /\b(?:in|since|until|till|by|of|from|during|between|and|or|to|through|throughout|before|after|last|this|next|early|mid|late|end|beginning|start|middle)[-\s]+$/i;
/** A period part or "last" written before a month or weekday: "late March", "last August", "mid-December". */
const MODIFIER_BEFORE = /\b(last|past|early|mid|middle|late|(?:the )?end of|(?:the )?beginning of|(?:the )?start of|(?:the )?middle of)[-\s]+$/i;
/** chrono's weekday modifiers, read from the matched text. */
const LAST_WORD = /\b(?:last|past)\b/i;
const NEXT_WORD = /\b(?:next|coming)\b/i;

/** Any date works: only the components the text states are read back. */
const NEUTRAL_REFERENCE = new Date(2000, 0, 1, 12);

const calendarChrono = buildCalendarChrono();

/**
 * Calendar dates in one sentence, as written.
 * @example readCalendarDates({ index: 0, span: [0, 22], text: 'Daesh retook it on Dec. 10' }, ctx)[0].text // 'Dec. 10'
 */
export const readCalendarDates: Extractor = (sentence) => {
  if (!CALENDAR_HINT.test(sentence.text)) return [];
  const out: DateCandidate[] = [];
  for (const result of calendarChrono.parse(sentence.text, NEUTRAL_REFERENCE)) {
    const candidate = toCandidate(sentence, result);
    if (candidate) out.push(candidate);
  }
  return out;
};

function buildCalendarChrono(): chrono.Chrono {
  const config = chrono.configuration.createCasualConfiguration(true);
  const parsers = config.parsers.filter((p) => CALENDAR_PARSERS.includes(p.constructor.name));
  const found = new Set(parsers.map((p) => p.constructor.name));
  const missing = CALENDAR_PARSERS.filter((name) => !found.has(name));
  // A chrono upgrade that renames its parsers must stop the build, not silently drop dates.
  if (missing.length > 0) throw new Error(`chrono-node lacks the calendar parsers ${missing.join(', ')}`);
  return new chrono.Chrono({ parsers, refiners: config.refiners });
}

function toCandidate(sentence: Sentence, result: chrono.ParsedResult): DateCandidate | null {
  const lead = LEADING_NOISE.exec(result.text)?.[0].length ?? 0;
  let text = result.text.slice(lead).replace(TRAILING_NOISE, '');
  let index = result.index + lead;
  if (!text) return null;

  const start = result.start;
  const certain = (c: chrono.Component) => start.isCertain(c);
  const hasDay = certain('day');
  const hasMonth = certain('month');
  const hasWeekday = certain('weekday');
  if (!hasMonth && !hasWeekday) return null; // clock times and the like are not dates
  if (!/^\d/.test(text) && !/^[A-Z]/.test(text)) return null; // "a march", "may"

  const before = sentence.text.slice(0, index);
  if (!hasMonth && !FULL_WEEKDAY.test(text)) return null;
  if (hasMonth && !hasDay && !certain('year') && !(LONE_MONTH.test(text) && MONTH_CUE_BEFORE.test(before))) return null;

  // "late March", "last August": the modifier belongs to the date.
  const modifier = MODIFIER_BEFORE.exec(before);
  let part: PeriodPart | null = null;
  let strictlyBefore = LAST_WORD.test(text);
  if (modifier && !hasDay) {
    part = periodPart(modifier[1]);
    strictlyBefore ||= /^(?:last|past)$/i.test(modifier[1] ?? '');
    index = modifier.index;
    text = sentence.text.slice(index, result.index + lead + text.length);
  }

  const stated: StatedPart[] = (['day', 'month', 'year', 'weekday'] as const).filter((c) => certain(c));
  const expr = exprOf(result, { part, strictlyBefore, before: sentence.text.slice(0, index), text });
  if (!expr) return null;
  return { sentence: sentence.index, span: spanIn(sentence, index, text.length), text, stated, expr, origin: 'chrono', relative: expr.kind !== 'absolute' };
}

interface ExprHints {
  readonly part: PeriodPart | null;
  readonly strictlyBefore: boolean;
  readonly before: string;
  readonly text: string;
}

function exprOf(result: chrono.ParsedResult, hints: ExprHints): DateExpr | null {
  const s = result.start;
  const e = result.end;
  const month = s.isCertain('month') ? s.get('month') : null;
  const day = s.isCertain('day') ? s.get('day') : null;
  // "from March to May 2016": the year written at the end holds for the start.
  const year = s.isCertain('year') ? s.get('year') : e?.isCertain('year') ? e.get('year') : null;

  if (year !== null && month !== null) {
    const endYear = e?.isCertain('year') ? e.get('year') : year;
    const endMonth = e?.isCertain('month') ? e.get('month') : null;
    const endDay = e?.isCertain('day') ? e.get('day') : null;
    return absolute(
      { year, month, day },
      endMonth !== null && endYear !== null ? { year: endYear, month: endMonth, day: endDay } : null,
      hints.part,
    );
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
    strictlyBefore: hints.strictlyBefore,
    direction: NEXT_WORD.test(hints.text) ? 'future' : directionBefore(hints.before),
  };
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
    return { kind: 'absolute', range: { start: isoDay(from), end: isoDay(to), precision: 'days' } };
  }
  if (start.day === null && part) {
    const [a, b] = partOfMonth(from, to, part);
    return { kind: 'absolute', range: { start: isoDay(a), end: isoDay(b), precision: 'days' } };
  }
  return { kind: 'absolute', range: { start: isoDay(from), end: isoDay(to), precision: start.day !== null ? 'day' : 'month' } };
}
