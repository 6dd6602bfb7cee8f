import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { extractDates } from '../../src/extract/dates/index.ts';
import { contextOf } from '../helpers/context.ts';

const registries = { sources: [], claimants: [], places: [], notPlaces: [] };
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const PRECISIONS = new Set(['day', 'days', 'month', 'season', 'year']);

/** Words and pieces that date expressions are made of, and some that only look like them. */
const TOKENS = [
  'on',
  'in',
  'since',
  'between',
  'and',
  'last',
  'next',
  'late',
  'early',
  'mid-',
  'the',
  'past',
  'a',
  'day',
  'days',
  'earlier',
  'later',
  'after',
  'before',
  'night',
  'overnight',
  'week',
  'month',
  'year',
  'that',
  'this',
  'ago',
  'will',
  'March',
  'May',
  'Dec.',
  'December',
  'Sept.',
  'Sunday',
  'Friday',
  'Saturdays',
  'blast',
  '10',
  '11',
  '31',
  '2016',
  '2,000-year-old',
  '64',
  '15:39',
  '13-08-2013',
  '1/2',
  ',',
  '.',
  'killed',
  'said',
  'hours',
  'two',
  'midnight',
];

const sentenceText = fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 14 }).map((words) => words.join(' '));
const reference = fc.option(
  fc.date({ min: new Date('2010-01-01T00:00:00Z'), max: new Date('2020-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  { nil: null },
);

test('every mention points at its own text in the body, with an ordered ISO range and a known precision', () => {
  fc.assert(
    fc.property(fc.array(sentenceText, { minLength: 1, maxLength: 4 }), reference, (sentences, ref) => {
      const body = sentences.join('\n\n');
      for (const d of extractDates(contextOf(body, { reference: ref, registries }))) {
        assert.equal(body.slice(d.span[0], d.span[1]), d.text);
        assert.match(d.range.start, ISO_DAY);
        assert.match(d.range.end, ISO_DAY);
        assert.ok(d.range.start <= d.range.end, `${d.text}: ${d.range.start} > ${d.range.end}`);
        assert.ok(PRECISIONS.has(d.range.precision));
      }
    }),
    { numRuns: 400, seed: 20161211 },
  );
});

test('no mention read in the past tense lies after the reference date', () => {
  fc.assert(
    fc.property(sentenceText, reference, (text, ref) => {
      fc.pre(ref !== null && !/\b(?:will|next)\b/.test(text));
      for (const d of extractDates(contextOf(text, { reference: ref, registries }))) {
        if (d.relative) assert.ok(d.range.start <= (ref ?? ''), `${d.text} starts ${d.range.start} after ${ref}`);
      }
    }),
    { numRuns: 400, seed: 4032017 },
  );
});
