import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileRegistry, withShortForms } from '../../src/extract/claimants/registry.ts';
import type { ClaimantEntry } from '../../src/model/types.ts';

/** A distinct made-up word per number: W + letters. */
const word = (i: number): string => `W${i.toString(26).replace(/[0-9a-p]/g, (d) => 'abcdefghijklmnopqrstuvwxyz'[parseInt(d, 26)]!)}`;

/** `n` claimants whose names all start with the same word, as a long pasted list of ministries would. */
const ministries = (n: number): ClaimantEntry[] =>
  Array.from({ length: n }, (_, i) => ({ id: `c${i}`, name: `Ministry of ${word(i)}`, aliases: [`Ministry ${word(i)} Office`] }));

describe('a large claimant registry', () => {
  test('20,000 names that share a first word compile in a few seconds, not in time that grows with their square', () => {
    const entries = ministries(20_000);
    const started = performance.now();
    const matcher = compileRegistry(entries);
    const seconds = (performance.now() - started) / 1000;
    // Sorted at each name: 28 s on an idle machine, 130 s on a busy one; sorted once: 2 to 5 s.
    assert.ok(seconds < 20, `${seconds.toFixed(1)} s`);
    assert.deepEqual(
      matcher.find(`The Ministry of ${word(7)} said, and the Ministry ${word(19_999)} Office agreed.`).map((h) => [h.text, h.claimant.id]),
      [
        [`Ministry of ${word(7)}`, 'c7'],
        [`Ministry ${word(19_999)} Office`, 'c19999'],
      ],
    );
  });

  test('the longest name wins where several start, and of two as long the one registered first', () => {
    const matcher = compileRegistry([
      { id: 'short', name: 'Ministry of Health', aliases: [] },
      { id: 'long', name: 'Ministry of Health Services', aliases: [] },
      { id: 'first', name: 'Ministry of Water', aliases: [] },
      { id: 'second', name: 'Ministry of water', aliases: [] },
    ]);
    assert.deepEqual(
      matcher.find('the Ministry of Health Services said').map((h) => h.claimant.id),
      ['long'],
    );
    assert.deepEqual(
      matcher.find('the Ministry of Health said').map((h) => h.claimant.id),
      ['short'],
    );
    assert.deepEqual(
      matcher.find('the Ministry of Water said').map((h) => h.claimant.id),
      ['first'],
    );
  });

  test('a "United Nations ..." body is also found by the short form news gives it, "UN ..."', () => {
    const matcher = compileRegistry([
      { id: 'un', name: 'United Nations', aliases: ['UN'] },
      { id: 'fund', name: 'Relief Fund', aliases: ['United Nations Relief Fund'] },
    ]);
    assert.deepEqual(
      matcher.find('The UN Relief Fund said 5 children were among the dead.').map((h) => [h.text, h.claimant.id]),
      [['UN Relief Fund', 'fund']],
    );
    assert.deepEqual(
      matcher.find('The UN said 5 children were among the dead.').map((h) => h.claimant.id),
      ['un'],
    );
  });

  test('a short form the registry lists already is not added again', () => {
    assert.deepEqual(withShortForms(['Relief Fund', 'United Nations Relief Fund', 'UN Relief Fund']), [
      'Relief Fund',
      'United Nations Relief Fund',
      'UN Relief Fund',
    ]);
    assert.deepEqual(withShortForms(['United Nations']), ['United Nations']);
  });
});
