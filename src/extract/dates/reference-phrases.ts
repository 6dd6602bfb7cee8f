/**
 * Relative phrases counted from the reference (publication) date, read the way
 * news uses them: "last night" and "overnight" are the night before publication
 * (two days, `precision: 'days'`), "late last year" is the last third of the
 * year before, "in May last year" is May of the year before.
 */
import type { DateExpr, FromReferenceExpr, PeriodPart } from './candidate.ts';
import type { DateRule } from './rule.ts';
import { extractorOf } from './rule.ts';
import { COUNT_SOURCE, countValue, directionBefore, periodPart } from './words.ts';
import { ANY_MONTH_PATTERN, monthNumber } from '../../lexicon/calendar-words.ts';

/** Cheap pre-check for every rule below. */
const HINT = /night|yesterday|today|tonight|morning|afternoon|evening|midnight|hour|day|week|month|year|ago/i;

const NIGHT = /\b(?:(?:over|during|in) the (?:past|last) night|overnight|(?:late )?last night)\b/gi;
const YESTERDAY = /\b(?:the day before yesterday|yesterday)\b/gi;
const TODAY = /\b(?:earlier |later )?(?:today|tonight|this (?:morning|afternoon|evening))\b|\b(?:since|after|before|until|till) midnight\b/gi;
const PAST_STRETCH = new RegExp(`\\bthe (?:past|last) (?:(${COUNT_SOURCE}) )?(hours?|days?|weeks?|months?|years?)\\b`, 'gi');
const RECENT_STRETCH = /\b(?:in|over) recent (days|weeks|months)\b/gi;
const AGO = new RegExp(`\\b(${COUNT_SOURCE}) (days?|weeks?|months?|years?) ago\\b`, 'gi');
const CALENDAR_UNIT = new RegExp(
  '\\b(?:(earlier|later|early|mid|middle|late|(?:the )?end of|(?:the )?beginning of|(?:the )?start of|(?:the )?middle of)[- ](?:in )?)?' +
    '(last|this|next) (week|month|year)\\b',
  'gi',
);
/** "in May last year", "late March this year": capitalised month, so no `i` flag on the month. */
const MONTH_OF_RELATIVE_YEAR = new RegExp(
  `\\b(?:([Ee]arly|[Mm]id|[Mm]iddle|[Ll]ate|(?:[Tt]he )?[Ee]nd of|(?:[Tt]he )?[Bb]eginning of)[- ])?(${ANY_MONTH_PATTERN})\\.?(?: of)? ([Ll]ast|[Tt]his|[Nn]ext) year\\b`,
  'g',
);

/** Hours are counted in whole days back from the reference. */
const HOURS_PER_DAY = 24;
/** "Several" and "few" and a plural without a count. */
const SOME = 3;

const days = (from: number, to: number, precision: FromReferenceExpr['precision'] = 'days'): FromReferenceExpr => ({
  kind: 'from-reference',
  unit: 'day',
  from,
  to,
  part: null,
  precision,
});

const RULES: readonly DateRule[] = [
  { hint: /night/i, pattern: NIGHT, read: () => days(-1, 0) },
  { hint: /yesterday/i, pattern: YESTERDAY, read: (m) => (m[0].toLowerCase().includes('before') ? days(-2, -2, 'day') : days(-1, -1, 'day')) },
  { hint: /today|tonight|this (?:morning|afternoon|evening)|midnight/i, pattern: TODAY, read: () => days(0, 0, 'day') },
  { hint: /\b(?:past|last) /i, pattern: PAST_STRETCH, read: (m) => stretchBack(m[1] ? countValue(m[1]) : null, m[2] ?? '') },
  { hint: /recent/i, pattern: RECENT_STRETCH, read: (m) => stretchBack(SOME, m[1] ?? '') },
  { hint: /\bago\b/i, pattern: AGO, read: (m) => ago(countValue(m[1] ?? ''), m[2] ?? '') },
  {
    hint: /\b(?:last|this|next) (?:week|month|year)/i,
    pattern: CALENDAR_UNIT,
    read: (m, before) => calendarUnit(m[1], (m[2] ?? '').toLowerCase(), (m[3] ?? '').toLowerCase(), before),
  },
  {
    hint: /\b(?:last|this|next) year/i,
    pattern: MONTH_OF_RELATIVE_YEAR,
    read: (m, before) => monthOfRelativeYear(m[1], m[2] ?? '', (m[3] ?? '').toLowerCase(), before),
    stated: () => ['month'],
  },
];

/**
 * Phrases counted from the reference date in one sentence.
 * @example readReferencePhrases({ index: 0, span: [0, 30], text: 'Russian raids since last night' }, ctx)[0].text // 'last night'
 */
export const readReferencePhrases = extractorOf(HINT, RULES);

/** "the past 24 hours" = yesterday and today; "the past two weeks" = the 14 days before and today. */
function stretchBack(count: number | null, unitWord: string): DateExpr | null {
  const n = count ?? (unitWord.endsWith('s') ? SOME : 1);
  const unit = unitWord.toLowerCase().replace(/s$/, '');
  if (unit === 'hour') return days(-Math.max(1, Math.ceil(n / HOURS_PER_DAY)), 0);
  if (unit === 'day') return days(-n, 0);
  if (unit === 'week') return days(-7 * n, 0);
  if (unit === 'month') return { kind: 'from-reference', unit: 'month', from: -n, to: 0, part: null, precision: 'month' };
  return { kind: 'from-reference', unit: 'year', from: -n, to: 0, part: null, precision: 'year' };
}

/** "two days ago" is one day; "two weeks ago" the week around it; "three years ago" that year. */
function ago(count: number | null, unitWord: string): DateExpr | null {
  if (count === null) return null;
  const unit = unitWord.toLowerCase().replace(/s$/, '');
  if (unit === 'day') return days(-count, -count, 'day');
  if (unit === 'week') return days(-7 * count - 3, -7 * count + 3);
  if (unit === 'month') return { kind: 'from-reference', unit: 'month', from: -count, to: -count, part: null, precision: 'month' };
  return { kind: 'from-reference', unit: 'year', from: -count, to: -count, part: null, precision: 'year' };
}

/** "last week", "earlier this month", "late last year", "next month". */
function calendarUnit(modifier: string | undefined, which: string, unit: string, before: string): DateExpr | null {
  const offset = which === 'last' ? -1 : which === 'next' ? 1 : 0;
  const part: PeriodPart | null = periodPart(modifier);
  if (unit === 'week') {
    // "Last week" is read every way a writer may mean it: the seven days before, or the week
    // before this one, begun on a Sunday or on a Monday (resolve-reference.ts).
    if (offset < 0) return { kind: 'from-reference', unit: 'week', from: -1, to: -1, part: null, precision: 'days' };
    if (offset > 0) return days(1, 7);
    return directionBefore(before) === 'future' || modifier?.toLowerCase() === 'later' ? days(0, 6) : days(-6, 0);
  }
  const precision = unit === 'month' ? (part ? 'days' : 'month') : part ? 'season' : 'year';
  return { kind: 'from-reference', unit: unit === 'month' ? 'month' : 'year', from: offset, to: offset, part, precision };
}

function monthOfRelativeYear(modifier: string | undefined, monthName: string, which: string, before: string): DateExpr | null {
  const month = monthNumber(monthName);
  if (month === null) return null;
  return {
    kind: 'partial',
    month,
    day: null,
    weekday: null,
    yearOffset: which === 'last' ? -1 : which === 'next' ? 1 : 0,
    end: null,
    part: periodPart(modifier),
    strict: false,
    direction: which === 'next' ? 'future' : directionBefore(before),
  };
}
