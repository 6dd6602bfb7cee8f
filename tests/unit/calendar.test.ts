/**
 * The one calendar module: its whole-number arithmetic agrees with date-fns day by day,
 * it rejects days that do not exist, and every month and weekday pattern of the code is
 * built from the one lexicon.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { getDay } from 'date-fns/getDay';
import {
  dayNumber,
  daysBetween,
  daysInMonth,
  isCalendarDay,
  isoDay,
  isoDayNumber,
  monthSpan,
  parseIsoDay,
  partsOf,
  shiftDays,
} from '../../src/lexicon/calendar.ts';
import {
  ANY_MONTH_PATTERN,
  ANY_WEEKDAY_PATTERN,
  MONTH_ABBREVIATION_PATTERN,
  MONTH_PATTERN,
  WEEKDAY_PATTERN,
  monthNumber,
  weekdayName,
  weekdayNumber,
} from '../../src/lexicon/calendar-words.ts';

/** A local date, as date-fns reads it: the arithmetic must agree in any time zone. */
const local = (y: number, m: number, d: number): Date => new Date(y, m - 1, d);
const EPOCH = local(1970, 1, 1);

describe('the calendar arithmetic', () => {
  test('counts the same days since 1970 as date-fns, across leap years and centuries', () => {
    for (let y = 1890; y <= 2110; y += 3) {
      for (const [m, d] of [
        [1, 1],
        [2, 28],
        [2, 29],
        [3, 1],
        [12, 31],
      ] as const) {
        if (!isCalendarDay(`${y}-${String(m).padStart(2, '0')}-${d}`)) continue;
        assert.equal(dayNumber(y, m, d), differenceInCalendarDays(local(y, m, d), EPOCH), `${y}-${m}-${d}`);
      }
    }
  });

  test('rolls months and days over as Date does', () => {
    assert.equal(isoDay(dayNumber(2016, 13, 1)), '2017-01-01');
    assert.equal(isoDay(dayNumber(2016, 0, 1)), '2015-12-01');
    assert.equal(isoDay(dayNumber(2017, 2, 29)), '2017-03-01');
    assert.equal(isoDay(dayNumber(2016, 3, 0)), '2016-02-29');
  });

  test('reads a day number back into its day and weekday, as date-fns names them', () => {
    for (let n = -40_000; n <= 60_000; n += 37) {
      const { year, month, day, weekday } = partsOf(n);
      assert.equal(dayNumber(year, month, day), n);
      assert.equal(weekday, getDay(local(year, month, day)));
    }
    assert.deepEqual(partsOf(dayNumber(2016, 12, 11)), { year: 2016, month: 12, day: 11, weekday: 0 });
  });

  test('accepts only days that exist', () => {
    assert.equal(isCalendarDay('2016-02-29'), true);
    assert.equal(isCalendarDay('2017-02-29'), false);
    assert.equal(isCalendarDay('2016-04-31'), false);
    assert.equal(isCalendarDay('2016-13-01'), false);
    assert.equal(isCalendarDay('2016-2-1'), false);
    assert.equal(isCalendarDay('11 December 2016'), false);
    assert.equal(parseIsoDay('2016-02-30'), null);
    assert.equal(parseIsoDay('1970-01-02'), 1);
  });

  test('reads ISO days on the fast path and gives NaN for what is not one', () => {
    assert.equal(isoDayNumber('2016-12-11'), dayNumber(2016, 12, 11));
    assert.ok(Number.isNaN(isoDayNumber('2016-12-1x')));
    assert.ok(Number.isNaN(isoDayNumber('2016/12/11')));
    assert.ok(Number.isNaN(isoDayNumber('2016-12-111')));
  });

  test('counts months, spans and shifts', () => {
    assert.equal(daysInMonth(2016, 2), 29);
    assert.equal(daysInMonth(1900, 2), 28);
    assert.equal(daysInMonth(2000, 2), 29);
    assert.deepEqual(monthSpan(2016, 14).map(isoDay), ['2017-02-01', '2017-02-28']);
    assert.equal(shiftDays('2016-12-11', -11), '2016-11-30');
    assert.equal(shiftDays('no day', 3), 'no day');
    assert.equal(daysBetween('2016-12-31', '2017-03-01'), 60);
  });
});

describe('the calendar words', () => {
  const whole = (pattern: string, flags = ''): RegExp => new RegExp(`^${pattern}$`, flags);

  test('name every month and weekday once, with their numbers', () => {
    assert.equal(monthNumber('Sept.'), 9);
    assert.equal(monthNumber('Mayor'), 5, 'a three-letter prefix is all monthNumber reads');
    assert.equal(monthNumber('Monday'), null);
    assert.equal(weekdayNumber('Thurs'), 4);
    assert.equal(weekdayNumber('Sunday'), 0);
    assert.equal(weekdayNumber('March'), null);
    assert.equal(weekdayName(4), 'Thursday');
    assert.equal(weekdayName(0), 'Sunday');
  });

  test('build patterns that match the names as written and nothing else', () => {
    for (const m of ['January', 'May', 'September']) assert.match(m, whole(MONTH_PATTERN));
    assert.doesNotMatch('Sept', whole(MONTH_PATTERN));
    for (const m of ['Jan', 'Sep', 'Sept', 'Dec']) assert.match(m, whole(MONTH_ABBREVIATION_PATTERN));
    assert.doesNotMatch('Ma', whole(ANY_MONTH_PATTERN));
    assert.doesNotMatch('Sunni', whole(ANY_WEEKDAY_PATTERN));
    for (const d of ['Tues', 'Thu', 'Thur', 'Thurs', 'Wednesday']) assert.match(d, whole(ANY_WEEKDAY_PATTERN));
    assert.doesNotMatch('Thu', whole(WEEKDAY_PATTERN));
    assert.match('september', whole(MONTH_PATTERN, 'i'));
  });

  test('try the longer of two short forms first ("Sept" before "Sep")', () => {
    assert.equal(new RegExp(ANY_MONTH_PATTERN).exec('Sept. 3')?.[0], 'Sept');
    assert.equal(new RegExp(ANY_WEEKDAY_PATTERN).exec('Thursday')?.[0], 'Thursday');
  });

  test('are not typed out again anywhere in src/ or scripts/', () => {
    const retyped = /January\|February|Jan\|Feb|Mon\|Tue|Sunday\|Monday|Monday\|Tuesday|'january',|'jan',/;
    const files = ['src', 'scripts'].flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f)));
    const wrong = files.filter((f) => /\.[mc]?[jt]s$/.test(f) && !f.startsWith(join('src', 'lexicon')) && retyped.test(readFileSync(f, 'utf8')));
    assert.deepEqual(wrong, []);
  });
});
