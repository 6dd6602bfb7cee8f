import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { formatDay, formatFigure, formatRange, monthLabel } from '../../src/output/format.ts';
import { range } from '../helpers/facts.ts';

describe('showing dates at their true precision', () => {
  test('shows a day as "11 Dec 2016"', () => assert.equal(formatRange(range('2016-12-11')), '11 Dec 2016'));
  test('shows a night as "10–11 Dec 2016"', () => assert.equal(formatRange(range('2016-12-10', '2016-12-11')), '10–11 Dec 2016'));
  test('shows a month as "March 2016"', () => assert.equal(formatRange(range('2016-03-01', '2016-03-31', 'month')), 'March 2016'));
  test('shows a season as its months', () => assert.equal(formatRange(range('2016-09-01', '2016-12-31', 'season')), 'Sep–Dec 2016'));
  test('shows a year as "2011"', () => assert.equal(formatRange(range('2011-01-01', '2011-12-31', 'year')), '2011'));
  test('shows days across months in full', () => assert.equal(formatRange(range('2016-11-30', '2016-12-02')), '30 Nov – 2 Dec 2016'));
});

describe('showing figures', () => {
  test('shows "more than 300"', () => assert.equal(formatFigure({ value: 300, qualifier: 'more-than', vague: null }), 'more than 300'));
  test('shows thousands with separators', () => assert.equal(formatFigure({ value: 78000, qualifier: 'exact', vague: null }), '78,000'));
  test('shows a vague figure by its word', () => assert.equal(formatFigure({ value: null, qualifier: 'exact', vague: 'scores of' }), 'scores of'));
});

describe('writing days as date-fns writes them', () => {
  // Every day of a leap year and the next, in each precision the pages show.
  const days: string[] = [];
  for (let t = Date.UTC(2015, 11, 25); t <= Date.UTC(2017, 0, 5); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));

  test('writes every day, month and range of days as format() does', () => {
    for (const [i, d] of days.entries()) {
      const next = days[(i + 17) % days.length]!;
      const [start, end] = d < next ? [d, next] : [next, d];
      assert.equal(formatDay(d), format(parseISO(d), 'd MMM yyyy'), d);
      assert.equal(monthLabel(d.slice(0, 7)), format(parseISO(d), 'MMMM yyyy'), d);
      const sameMonth = start.slice(0, 7) === end.slice(0, 7);
      const sameYear = start.slice(0, 4) === end.slice(0, 4);
      const [s, e] = [parseISO(start), parseISO(end)];
      const expected = sameMonth
        ? `${format(s, 'd')}–${format(e, 'd MMM yyyy')}`
        : sameYear
          ? `${format(s, 'd MMM')} – ${format(e, 'd MMM yyyy')}`
          : `${format(s, 'd MMM yyyy')} – ${format(e, 'd MMM yyyy')}`;
      assert.equal(formatRange(range(start, end)), expected, `${start} ${end}`);
    }
  });

  test('leaves a text that is no day of the calendar to date-fns, which refuses it', () => {
    assert.throws(() => formatDay('2017-02-29'), RangeError);
    assert.throws(() => formatDay('2016-13-01'), RangeError);
    assert.equal(formatDay('2016-02-29'), '29 Feb 2016');
  });
});
