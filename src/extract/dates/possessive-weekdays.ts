/**
 * Weekday possessives whose apostrophe was lost when the page was pasted:
 * "Saturdays blast", "Thursdays attack". chrono wants a word boundary after the
 * name, so it reads "Saturday's blast" but not these. A plural weekday followed
 * by a verb or a function word ("Sundays are quiet", "on Fridays in summer") is a
 * habit, not a date, and stays out.
 */
import type { DateRule } from './rule.ts';
import { extractorOf } from './rule.ts';
import { directionBefore } from './words.ts';
import { WEEKDAY_PATTERN, weekdayNumber } from '../../lexicon/calendar-words.ts';

const HINT = /days [a-z]/;
const POSSESSIVE_WEEKDAY = new RegExp(
  `\\b(${WEEKDAY_PATTERN})s(?= (?!(?:are|were|is|was|and|or|in|at|on|of|to|the|a|an|when|during|after|before|until|for|with|off|only|as|through|throughout|too|also)\\b)[a-z])`,
  'g',
);

const RULES: readonly DateRule[] = [
  {
    pattern: POSSESSIVE_WEEKDAY,
    read: (m, before) => {
      const weekday = weekdayNumber(m[1] ?? '');
      if (weekday === null) return null;
      return {
        kind: 'partial',
        month: null,
        day: null,
        weekday,
        yearOffset: null,
        end: null,
        part: null,
        strict: false,
        direction: directionBefore(before),
      };
    },
    stated: () => ['weekday'],
  },
];

/**
 * Apostrophe-less weekday possessives in one sentence.
 * @example readPossessiveWeekdays({ index: 0, span: [0, 40], text: 'bodies from the site of Saturdays blast' }, ctx)[0].text // 'Saturdays'
 */
export const readPossessiveWeekdays = extractorOf(HINT, RULES);
