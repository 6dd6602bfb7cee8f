/** The view's maps by id, built by a loop as `new Map(pairs)` would build them. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mapBy } from '../../src/output/view/context.ts';

describe('a map of items by id', () => {
  test("holds each item's value under its id, in the items' order", () => {
    const map = mapBy(
      [
        { id: 'b', n: 2 },
        { id: 'a', n: 1 },
      ],
      (x) => x.n * 10,
    );
    assert.deepEqual(
      [...map],
      [
        ['b', 20],
        ['a', 10],
      ],
    );
  });

  test('keeps the later of two items with one id, where the first was', () => {
    const items = [
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
      { id: 'a', n: 3 },
    ];
    assert.deepEqual([...mapBy(items, (x) => x.n)], [...new Map(items.map((x) => [x.id, x.n]))]);
    assert.equal(mapBy(items, (x) => x.n).get('a'), 3);
  });
});
