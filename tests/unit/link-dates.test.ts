import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { daysBetween } from '../../src/lexicon/calendar.ts';
import { daysOf, gapDays, union, unionWidthDays, widthDays } from '../../src/link/dates.ts';
import { range } from '../helpers/facts.ts';

describe('days between ISO days', () => {
  test('count whole days across month ends, leap days and years, in both directions', () => {
    assert.equal(daysBetween('2016-12-10', '2016-12-11'), 1);
    assert.equal(daysBetween('2016-02-28', '2016-03-01'), 2);
    assert.equal(daysBetween('2017-02-28', '2017-03-01'), 1);
    assert.equal(daysBetween('2016-12-31', '2017-01-01'), 1);
    assert.equal(daysBetween('2017-01-01', '2016-01-01'), -366);
    assert.equal(daysBetween('2016-12-11', '2016-12-11'), 0);
  });

  test('agree with Date over three centuries of days', () => {
    const base = Date.UTC(1800, 0, 1);
    const iso = (n: number): string => new Date(base + n * 86_400_000).toISOString().slice(0, 10);
    for (let n = 0; n < 120_000; n += 7) assert.equal(daysBetween(iso(0), iso(n)), n);
    assert.equal(daysBetween(iso(0), iso(14)), 14);
  });

  test('make the gap between ranges 0 when they overlap and 1 when they touch', () => {
    assert.equal(gapDays(range('2016-12-10', '2016-12-11'), range('2016-12-11')), 0);
    assert.equal(gapDays(range('2016-12-10'), range('2016-12-11')), 1);
    assert.equal(gapDays(range('2016-12-20'), range('2016-12-10', '2016-12-11')), 9);
    assert.equal(widthDays(range('2016-12-10', '2016-12-16')), 7);
  });

  test('give the width of two ranges together from their day numbers, as of the range covering both', () => {
    const pairs = [
      [range('2016-12-10', '2016-12-11'), range('2016-12-11')],
      [range('2016-12-20'), range('2016-12-10', '2016-12-11')],
      [range('2016-02-28'), range('2016-03-01', '2016-03-02')],
      [range('2016-12-31'), range('2017-01-01')],
    ] as const;
    for (const [a, b] of pairs) assert.equal(unionWidthDays(a, daysOf(a), b, daysOf(b)), widthDays(union(a, b)));
    assert.equal(unionWidthDays(pairs[1][0], daysOf(pairs[1][0]), pairs[1][1], daysOf(pairs[1][1])), 11);
  });
});
