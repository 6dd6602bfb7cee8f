/**
 * The date extractor's whole pipeline, in the order it runs: the extractors read
 * each sentence, then the refiners rewrite the article's candidates in turn.
 */
import type { Extractor, Refiner } from './candidate.ts';
import { readCalendarDates } from './chrono-calendar.ts';
import { lastWeekdayBeforeThis } from './last-weekday-before-this.ts';
import { readPossessiveWeekdays } from './possessive-weekdays.ts';
import { readPreviousPhrases } from './previous-phrases.ts';
import { readReferencePhrases } from './reference-phrases.ts';
import { removeOverlaps } from './remove-overlaps.ts';
import { resolveAgainstPrevious } from './resolve-previous.ts';
import { resolveAgainstReference } from './resolve-reference.ts';
import { weekdayOfNamedWeek } from './weekday-of-named-week.ts';
import { readYearsAndPairs } from './year-phrases.ts';

export const EXTRACTORS: readonly Extractor[] = [
  readCalendarDates, // "11 December 2016", "Dec. 10", "on Sunday", "in March" (chrono)
  readReferencePhrases, // "last night", "late last year", "in May last year"
  readPreviousPhrases, // "a day earlier", "late that year"
  readYearsAndPairs, // "in 2011", "between 10 and 11 December"
  readPossessiveWeekdays, // "Saturdays blast" (apostrophe lost in pasting)
];

export const REFINERS: readonly Refiner[] = [
  removeOverlaps, // one reading per stretch of text
  weekdayOfNamedWeek, // "Thursday's meeting next week": the week decides, before the past-tense rule
  lastWeekdayBeforeThis, // "last Thursday" beside "on Thursday": the one a week before
  resolveAgainstReference, // needs the publication date; past tense unless the text points forward
  resolveAgainstPrevious, // needs the mention before; runs after the reference so chains resolve
];
