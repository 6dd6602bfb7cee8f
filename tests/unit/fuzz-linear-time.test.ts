/**
 * Fuzz: the data step (ingest and extraction, as for one article file) reads generated
 * pathological text — runs of words, numbers, place names, punctuation, dates,
 * abbreviations and speech cues — in time proportional to its length. The budget is in
 * processor time, so a busy machine does not fail it, and generous per kilobyte (such text
 * is read at under 10 ms per KB), but a path quadratic in the text needs tens of seconds
 * at 100-200 KB and fails it.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { articleText, readArticle, repeatTo, timed } from '../helpers/pathological.ts';

/** Fixed start, per-KB rate: 200 KB gets 10 s, the 2 MB cap 84 s. */
const BASE_MS = 2000;
const MS_PER_KB = 40;
const budgetFor = (chars: number): number => BASE_MS + (MS_PER_KB * chars) / 1024;

/** Pieces that have made the data step slow or crash, and their neighbours. */
const PIECES = [
  'said ',
  'says ',
  'according to ',
  'the Defence Ministry said ',
  'told reporters ',
  'added ',
  'quoted ',
  'as saying ',
  'Monday ',
  'Sunday night ',
  'March 1, ',
  'Dec. 10 ',
  'last night ',
  'two days ago ',
  'since 2011 ',
  '12/12/2016 ',
  '2016-03-27 ',
  'Lt. ',
  'A.B. ',
  'U.S. ',
  'Mr. ',
  'Gen. ',
  'St. ',
  'Palmyra, ',
  'Aleppo ',
  'Homs; ',
  'in Damascus ',
  'Syria ',
  '1 ',
  '300 ',
  '1,000 ',
  'more than 60 ',
  'dozens ',
  'killed ',
  'people ',
  'wounded ',
  'word ',
  'the ',
  'and ',
  ', ',
  '. ',
  '; ',
  '"',
  '“',
  '” ',
  '(',
  ') ',
  '-',
  '—',
  '... ',
  '!',
  '?',
  '\n',
  '\n\n',
  '\t',
  '',
];
const unit = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 3 }).map((parts) => parts.join('') || 'word ');
const SIZES_KB = [100, 200] as const;
const RUNS = 10;

function readWithinBudget(body: string): void {
  const text = articleText(body);
  const { value: facts, ms } = timed(() => readArticle(text));
  const budget = budgetFor(text.length);
  assert.ok(ms < budget, `${Math.round(text.length / 1024)} KB read in ${Math.round(ms)} ms of processor time; budget ${Math.round(budget)} ms`);
  // The output stays linear too: a bounded number of claims, each with a bounded quote.
  assert.ok(facts.claims.length <= 500, `${facts.claims.length} claims`);
}

describe('the data step on pathological text (fuzz)', () => {
  test(`${RUNS} generated repetitions of 100 or 200 KB are each read within a per-KB budget`, { timeout: 240_000 }, () => {
    fc.assert(
      fc.property(unit, fc.constantFrom(...SIZES_KB), (piece, kb) => readWithinBudget(repeatTo(piece, kb * 1024))),
      { numRuns: RUNS, seed: 20260321, endOnFailure: true },
    );
  });

  test('an article at the 2 MB cap, one paragraph per kind of run, is read within its budget', { timeout: 240_000 }, () => {
    const kinds = ['said ', 'according to ', 'Monday ', 'March 1, ', 'Lt. ', 'Word. ', '12/12/2016 ', 'Palmyra, Aleppo, Homs, '];
    const each = Math.floor((2 * 1024 * 1024 - 4096) / kinds.length);
    readWithinBudget(kinds.map((k) => repeatTo(k, each).slice(0, each)).join('\n\n'));
  });
});
