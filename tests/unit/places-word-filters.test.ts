/**
 * The starts of the peoples' names let peoplesOf join two words only where the first may
 * begin a name, and it finds the same peoples with them as without; a small set asked of
 * every word answers as the set does.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { peoplesOf } from '../../src/extract/places/focus.ts';
import { demonymHeads, memberTest } from '../../src/extract/places/lexicon.ts';
import { tokenize } from '../../src/extract/places/tokens.ts';

const DEMONYMS = new Map([
  ['northlandic', 'NL'],
  ['southlandic', 'SL'],
  ['oster', 'OS'],
]);

describe('demonym heads', () => {
  test('every start of a demonym key is a head, the whole key and the empty start included', () => {
    const heads = demonymHeads(DEMONYMS);
    for (const head of ['', 'north', 'northlandic', 'o', 'oster']) assert.ok(heads.has(head), head);
  });

  test('a word that starts no demonym is no head', () => {
    const heads = demonymHeads(DEMONYMS);
    for (const word of ['army', 'norths', 'osterx']) assert.equal(heads.has(word), false, word);
  });

  test('peoplesOf finds the same peoples with the heads as without them', () => {
    const heads = demonymHeads(DEMONYMS);
    for (const text of ['North Landic and Oster officials met', 'The Oster Army said', 'South Landic troops crossed; Northlandic guns fell silent']) {
      const tokens = tokenize(text);
      assert.deepEqual(peoplesOf(tokens, DEMONYMS, heads), peoplesOf(tokens, DEMONYMS), text);
    }
    assert.deepEqual(peoplesOf(tokenize('North Landic and Oster officials met'), DEMONYMS, heads), ['NL', 'OS']);
  });
});

describe('member test', () => {
  test('memberTest answers as the set does, for keys of every length and first letter', () => {
    const sets = [new Set<string>(), new Set(['al']), new Set(['al', 'rural', 'a', '']), new Set(['x'.repeat(40), 'el'])];
    const keys = ['', 'a', 'al', 'el', 'at', 'rural', 'rurals', 'royal', 'x'.repeat(40), 'x'.repeat(41), 'é', 'ál'];
    for (const set of sets) {
      const has = memberTest(set);
      for (const key of keys) assert.equal(has(key), set.has(key), `${[...set]} ${key}`);
    }
  });
});
