/**
 * memberTest, which the place lexicon asks of every word (lowercase alias starts,
 * not-place phrase starts), answers as the set it stands for.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { memberTest } from '../../src/extract/places/lexicon.ts';

describe('member test', () => {
  test('memberTest answers as the set does, for keys of every length and first letter', () => {
    const sets = [new Set<string>(), new Set(['al']), new Set(['al', 'rural', 'a', '']), new Set(['x'.repeat(40), 'el'])];
    const keys = ['', 'a', 'al', 'el', 'at', 'rural', 'rurals', 'royal', 'x'.repeat(40), 'x'.repeat(41), 'é', 'ál'];
    for (const set of sets) {
      const has = memberTest(set);
      for (const key of keys) assert.equal(has(key), set.has(key), `${[...set]} ${key}`);
    }
  });

  test('a key of a member length but another first letter is refused', () => {
    assert.equal(memberTest(new Set(['rural']))('royal'), false);
    assert.equal(memberTest(new Set(['rural']))('tural'), false);
  });
});
