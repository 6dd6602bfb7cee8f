/**
 * A line that is only a day, as a page stamps its own above the story: "15 July, 09:27 AM",
 * "Tuesday, March 8", "July 14, 2022 at 10:15 am".
 */
import { ANY_MONTH_PATTERN, WEEKDAY_PATTERN } from './calendar-words.ts';

/** The groups: 1 month, 2 day (month first); 3 day, 4 month (day first); 5 year, when written. */
export const DAY_LINE = new RegExp(
  `^(?:${WEEKDAY_PATTERN},?\\s+)?(?:(${ANY_MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${ANY_MONTH_PATTERN})\\.?)(?:,?\\s+((?:19|20)\\d\\d))?(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d\\d(?:\\s*[AaPp]\\.?\\s?[Mm]\\.?)?)?$`,
);

/**
 * A line that is only a day with no year: the page's own day, its year to be read from elsewhere.
 * @example isYearlessDayLine('15 July, 09:27 AM') // true
 * @example isYearlessDayLine('15 July 2022') // false
 */
export function isYearlessDayLine(line: string): boolean {
  const m = DAY_LINE.exec(line.trim());
  return m !== null && m[5] === undefined;
}
