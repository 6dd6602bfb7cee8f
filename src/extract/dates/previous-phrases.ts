/**
 * Phrases that count from the date mentioned before them, not from the
 * publication date: "A day earlier, the army had said ..." is the day before the
 * previous mention; "late that year" is the end of the year last mentioned.
 */
import type { DateExpr, FromPreviousExpr, Unit } from './candidate.ts';
import type { DateRule } from './rule.ts';
import { extractorOf } from './rule.ts';
import { COUNT_SOURCE, countValue, periodPart } from './words.ts';

const HINT = /day|night|week|month|year|hours/i;

const SHIFTED = new RegExp(`\\b(${COUNT_SOURCE}) (hours|days?|weeks?|months?|years?) (earlier|before|later|after)\\b`, 'gi');
/** "hours after the terrorists re-entered the city": the same day as the mention before it. */
const HOURS = /\b(?:just |only |mere )?hours (?:earlier|before|later|after)\b/gi;
const NEIGHBOUR = /\bthe (previous|preceding|next|following) (day|night|week|month|year)\b|\bthe (day|night|week|month|year) (before|after)\b/gi;
const SAME = /\b(?:(?:earlier|later) (?:on |in )?)?(?:that|the same) (day|night|week|month|year)\b|\b(?:earlier|later) in the day\b/gi;
const PART_OF_THAT = /\b(early|mid|middle|late|(?:the )?end of|(?:the )?beginning of|(?:the )?start of) that (month|year)\b/gi;

const HOURS_PER_DAY = 24;
/** Pre-check for the two shift rules. */
const UNIT_THEN_DIRECTION = /(?:hours|days?|weeks?|months?|years?) (?:earlier|before|later|after)\b/i;

/**
 * After "N days before", what is yet to come: "comes three days before ministers are to hold a
 * meeting", "two days before the talks are due to open". The days count to that plan, not from the
 * date told before: no date is read.
 */
const BEFORE_A_PLAN = /^\s+(?:[\p{L}'’-]+\s+){0,6}?(?:(?:is|are)\s+(?:(?:due|set|scheduled|expected|slated|planned)\s+)?to|will|plans?\s+to)\s/iu;

const RULES: readonly DateRule[] = [
  {
    hint: UNIT_THEN_DIRECTION,
    pattern: SHIFTED,
    read: (m) => (BEFORE_A_PLAN.test((m.input ?? '').slice((m.index ?? 0) + m[0].length)) ? null : shifted(countValue(m[1] ?? ''), m[2] ?? '', m[3] ?? '')),
  },
  { hint: UNIT_THEN_DIRECTION, pattern: HOURS, read: () => previous('day', 0) },
  {
    hint: /\bthe (?:previous|preceding|next|following|day|night|week|month|year)\b/i,
    pattern: NEIGHBOUR,
    read: (m) => {
      const backward = /previous|preceding|before/i.test(m[1] ?? m[4] ?? '');
      return previous(unitOf(m[2] ?? m[3] ?? ''), backward ? -1 : 1);
    },
  },
  { hint: /\b(?:that|the same) (?:day|night|week|month|year)|in the day/i, pattern: SAME, read: (m) => previous(unitOf(m[1] ?? 'day'), 0) },
  { hint: /\bthat (?:month|year)/i, pattern: PART_OF_THAT, read: (m) => ({ ...previous(unitOf(m[2] ?? ''), 0), part: periodPart(m[1]) }) },
];

/**
 * Phrases counted from the previous date mention, in one sentence.
 * @example readPreviousPhrases({ index: 3, span: [0, 40], text: 'A day earlier, the army had said so' }, ctx)[0].text // 'A day earlier'
 */
export const readPreviousPhrases = extractorOf(HINT, RULES);

function shifted(count: number | null, unitWord: string, direction: string): DateExpr | null {
  if (count === null) return null;
  const sign = /earlier|before/i.test(direction) ? -1 : 1;
  const unitName = unitWord.toLowerCase().replace(/s$/, '');
  if (unitName === 'hour') return count < HOURS_PER_DAY ? previous('day', 0) : previous('day', sign * Math.round(count / HOURS_PER_DAY));
  return previous(unitOf(unitName), sign * count);
}

function unitOf(word: string): Unit {
  const w = word.toLowerCase();
  if (w.startsWith('week')) return 'week';
  if (w.startsWith('month')) return 'month';
  if (w.startsWith('year')) return 'year';
  return 'day';
}

function previous(unit: Unit, offset: number): FromPreviousExpr {
  return { kind: 'from-previous', unit, offset, part: null };
}
