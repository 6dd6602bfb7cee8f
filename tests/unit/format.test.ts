import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatFigure, formatRange } from '../../src/output/format.ts';
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
