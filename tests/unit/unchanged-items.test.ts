import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sameJson } from '../../src/build/unchanged-items.ts';

describe('two values written as the same JSON', () => {
  test('are equal objects and lists, however deep, made apart', () => {
    assert.equal(
      sameJson(
        { id: 'e1', date: { start: '2016-12-11', end: '2016-12-11' }, places: ['palmyra'] },
        { id: 'e1', date: { start: '2016-12-11', end: '2016-12-11' }, places: ['palmyra'] },
      ),
      true,
    );
    assert.equal(sameJson([null, 1, 'a', false], [null, 1, 'a', false]), true);
  });

  test('are not objects with the same fields in another order (the text differs)', () => {
    assert.equal(sameJson({ a: 1, b: 2 }, { b: 2, a: 1 }), false);
  });

  test('are not values that differ anywhere, or in kind', () => {
    assert.equal(sameJson({ a: [1, 2] }, { a: [1, 3] }), false);
    assert.equal(sameJson({ a: [1, 2] }, { a: [1, 2, 3] }), false);
    assert.equal(sameJson({ a: 1 }, { a: 1, b: 2 }), false);
    assert.equal(sameJson({ a: null }, { a: {} }), false);
    assert.equal(sameJson([], {}), false);
    assert.equal(sameJson({ 0: 'x' }, ['x']), false);
    assert.equal(sameJson('1', 1), false);
  });

  test('are never values that hold NaN, which is not equal to itself', () => {
    assert.equal(sameJson({ a: Number.NaN }, { a: Number.NaN }), false);
  });
});
