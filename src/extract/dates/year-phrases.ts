/**
 * Years written alone ("in 2011", "since 2015", "late 2016", "between 2012 and
 * 2014"), and day pairs chrono reads as one day ("between 10 and 11 December").
 * A four-digit number is a year only after a word that makes it one, so counts
 * ("2015 people") and ages ("2,000-year-old") stay out.
 */
import { dayNumber, isRealDay, isoDay, monthSpan, yearSpan } from '../../lexicon/calendar.ts';
import type { DateExpr, PeriodPart } from './candidate.ts';
import type { DateRule } from './rule.ts';
import { extractorOf } from './rule.ts';
import { directionBefore, periodPart } from './words.ts';
import { ANY_MONTH_PATTERN, monthNumber } from '../../lexicon/calendar-words.ts';
import { partOfYear } from './periods.ts';

const HINT = /\d|between/;
const YEAR_HINT = /\b(?:19[5-9]\d|20[0-4]\d)\b/;
const PAIR_HINT = /\d(?:st|nd|rd|th)? (?:and|&) \d/;
const MONTH_PAIR_HINT = /between [A-Z]/;
const YEAR_SOURCE = '(?:19[5-9]\\d|20[0-4]\\d)';
/** After the year: not a count of something, not part of a longer number or a date. */
const NOT_A_COUNT =
  '(?![\\d,.]\\d|\\s*(?:-?year|people|persons|civilians|troops|soldiers|fighters|militants|members|families|children|refugees|km|kilomet|miles|tons|dollars|percent|%))';

/** "in 2011" reads as the year; "late 2016" keeps its period part in the mention. */
const LONE_YEAR = new RegExp(
  '(?:(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Dd]uring|[Ff]rom|[Tt]hroughout|[Bb]efore|[Aa]fter|[Aa]round|[Bb]etween|of|[Tt]he year) )|' +
    '\\b([Ee]arly|[Mm]id|[Mm]iddle|[Ll]ate|(?:[Tt]he )?[Ee]nd of|(?:[Tt]he )?[Bb]eginning of|(?:[Tt]he )?[Ss]tart of|(?:[Tt]he )?[Mm]iddle of)[- ])' +
    `(${YEAR_SOURCE})(?:\\s*(?:-|–|to|and|until|till|through)\\s*(${YEAR_SOURCE}))?\\b${NOT_A_COUNT}`,
  'g',
);
const ORDINAL = '(?:st|nd|rd|th)?';
const DAY_PAIR_BEFORE_MONTH = new RegExp(
  `\\b(?:between )?(\\d{1,2})${ORDINAL} (?:and|&) (\\d{1,2})${ORDINAL} (?:of )?(${ANY_MONTH_PATTERN})\\.?(?:,? (${YEAR_SOURCE}))?\\b`,
  'g',
);
const DAY_PAIR_AFTER_MONTH = new RegExp(
  `\\b(?:between )?(${ANY_MONTH_PATTERN})\\.? (\\d{1,2})${ORDINAL} (?:and|&) (\\d{1,2})${ORDINAL}(?:,? (${YEAR_SOURCE}))?\\b${NOT_A_COUNT}`,
  'g',
);
const MONTH_PAIR = new RegExp(`\\bbetween (${ANY_MONTH_PATTERN}) and (${ANY_MONTH_PATTERN})(?:,? (${YEAR_SOURCE}))?\\b`, 'g');

const RULES: readonly DateRule[] = [
  {
    hint: YEAR_HINT,
    pattern: LONE_YEAR,
    read: (m) => years(Number(m[2]), m[3] ? Number(m[3]) : null, periodPart(m[1])),
    stated: () => ['year'],
  },
  {
    hint: PAIR_HINT,
    pattern: DAY_PAIR_BEFORE_MONTH,
    read: (m, before) => dayPair(m[3] ?? '', Number(m[1]), Number(m[2]), m[4], before),
    stated: (m) => (m[4] ? ['day', 'month', 'year'] : ['day', 'month']),
  },
  {
    hint: PAIR_HINT,
    pattern: DAY_PAIR_AFTER_MONTH,
    read: (m, before) => dayPair(m[1] ?? '', Number(m[2]), Number(m[3]), m[4], before),
    stated: (m) => (m[4] ? ['day', 'month', 'year'] : ['day', 'month']),
  },
  {
    hint: MONTH_PAIR_HINT,
    pattern: MONTH_PAIR,
    read: (m, before) => monthPair(m[1] ?? '', m[2] ?? '', m[3], before),
    stated: (m) => (m[3] ? ['month', 'year'] : ['month']),
  },
];

/**
 * Lone years, day pairs and month pairs in one sentence.
 * @example readYearsAndPairs({ index: 0, span: [0, 40], text: 'militancy in Syria in 2011' }, ctx)[0].text // 'in 2011'
 */
export const readYearsAndPairs = extractorOf(HINT, RULES);

function years(first: number, last: number | null, part: PeriodPart | null): DateExpr | null {
  if (last !== null && last < first) return null;
  if (last === null && part) {
    const [a, b] = partOfYear(first, part);
    return { kind: 'absolute', range: { start: isoDay(a), end: isoDay(b), precision: 'season' } };
  }
  return {
    kind: 'absolute',
    range: { start: isoDay(yearSpan(first)[0]), end: isoDay(yearSpan(last ?? first)[1]), precision: 'year' },
  };
}

function dayPair(monthName: string, first: number, last: number, yearText: string | undefined, before: string): DateExpr | null {
  const month = monthNumber(monthName);
  if (month === null || last <= first || last > 31) return null;
  if (yearText) {
    const year = Number(yearText);
    if (!isRealDay(year, month, first) || !isRealDay(year, month, last)) return null;
    return {
      kind: 'absolute',
      range: { start: isoDay(dayNumber(year, month, first)), end: isoDay(dayNumber(year, month, last)), precision: 'days' },
    };
  }
  return {
    kind: 'partial',
    month,
    day: first,
    weekday: null,
    yearOffset: null,
    end: { month, day: last },
    part: null,
    strict: false,
    direction: directionBefore(before),
  };
}

function monthPair(firstName: string, lastName: string, yearText: string | undefined, before: string): DateExpr | null {
  const [first, last] = [monthNumber(firstName), monthNumber(lastName)];
  if (first === null || last === null) return null;
  if (yearText) {
    const year = Number(yearText);
    const startYear = last < first ? year - 1 : year;
    return {
      kind: 'absolute',
      range: { start: isoDay(monthSpan(startYear, first)[0]), end: isoDay(monthSpan(year, last)[1]), precision: 'month' },
    };
  }
  return {
    kind: 'partial',
    month: first,
    day: null,
    weekday: null,
    yearOffset: null,
    end: { month: last, day: null },
    part: null,
    strict: false,
    direction: directionBefore(before),
  };
}
