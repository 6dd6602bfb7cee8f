/** Long lists (a claimant's figures, the chart's events) in order: a stable sort by number or text, without a comparing function. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sortedBy, sortedByText } from '../../src/output/sorted-by.ts';

describe('sorting items by a whole number', () => {
  test('puts lower numbers first and keeps items of equal number in their own order', () => {
    const items = ['d2', 'a0', 'c1', 'b0', 'e1', 'f0'];
    assert.deepEqual(
      sortedBy(items, (x) => Number(x[1])),
      ['a0', 'b0', 'f0', 'c1', 'e1', 'd2'],
    );
  });

  test('gives what a stable sort by the same numbers gives, for a long list with many ties', () => {
    const items = Array.from({ length: 5000 }, (_, i) => ({ i, n: (i * 7919) % 37 }));
    assert.deepEqual(
      sortedBy(items, (x) => x.n),
      [...items].sort((a, b) => a.n - b.n),
    );
  });

  test('leaves the list given as it was, and gives an empty list for an empty one', () => {
    const items = [3, 1, 2];
    sortedBy(items, (x) => x);
    assert.deepEqual(items, [3, 1, 2]);
    assert.deepEqual(
      sortedBy([], () => 0),
      [],
    );
  });

  test('sorts by text as localeCompare does, equal texts in their own order', () => {
    const items = [
      { d: '2016-12-11', n: 1 },
      { d: '', n: 2 },
      { d: '2016-03-02', n: 3 },
      { d: '2016-12-11', n: 4 },
    ];
    assert.deepEqual(
      sortedByText(items, (x) => x.d).map((x) => x.n),
      [2, 3, 1, 4],
    );
  });
});
