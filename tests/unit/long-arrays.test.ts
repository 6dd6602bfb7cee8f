/**
 * Long lists never overflow the stack: the array helpers take any length, and an
 * article that is a pasted table of places or numbers is read without a RangeError.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { maxOf, minOf, pushAll } from '../../src/long-arrays.ts';
import { articleText, readArticle, repeatTo } from '../helpers/pathological.ts';

const MANY = 500_000;

describe('array helpers on long arrays', () => {
  test('pushAll appends half a million items, where push(...items) overflows the stack', () => {
    const items = Array.from({ length: MANY }, (_, i) => i);
    assert.throws(() => [].push(...(items as never[])), RangeError);
    const out = pushAll([-1], items);
    assert.equal(out.length, MANY + 1);
    assert.equal(out[MANY], MANY - 1);
  });
  test('maxOf and minOf read half a million values, and match Math.max and Math.min on none', () => {
    const values = Array.from({ length: MANY }, (_, i) => (i * 7919) % MANY);
    assert.equal(maxOf(values), MANY - 1);
    assert.equal(minOf(values), 0);
    assert.equal(maxOf(new Set([3, 9, 4]).values()), 9);
    assert.equal(maxOf([]), Math.max());
    assert.equal(minOf([]), Math.min());
  });
});

describe('articles that are long lists', () => {
  test('a megabyte of "Palmyra, Aleppo, Homs, " is read without a crash', () => {
    const facts = readArticle(articleText(repeatTo('Palmyra, Aleppo, Homs, ', 1024 * 1024)));
    assert.ok(facts.places.length > 100_000, `${facts.places.length} place mentions`);
  });
  test('300 KB of "1 1 1 ..." is read without a crash', () => {
    const facts = readArticle(articleText(repeatTo('1 ', 300 * 1024)));
    assert.ok(facts.figures.length > 0);
  });
});
