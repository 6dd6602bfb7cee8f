import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addLowercaseWords, writesInLowercase } from '../../src/extract/places/lowercase-words.ts';
import { samples } from '../helpers/samples.ts';

/** The regex the char-by-char reading replaces: the words it finds that a place key (ASCII letters and digits) can equal. */
const LOWERCASE_WORD = /(?<![\p{L}\p{N}'’-])\p{Ll}[\p{Ll}]+(?![\p{L}\p{N}])/gu;
const KEY = /^[a-z0-9]+$/;

function byRegex(text: string): string[] {
  return [...new Set(text.match(LOWERCASE_WORD) ?? [])].filter((w) => KEY.test(w)).sort();
}

/** The keys of `keys` that the text writes in lowercase. */
function written(text: string, keys: readonly string[]): string[] {
  return keys.filter((k) => writesInLowercase(text, k)).sort();
}

describe('lowercase words of an article', () => {
  test('finds the words written apart in lowercase', () => {
    const text = 'Salt was scarce in Salt, and the mayor said so.';
    assert.deepEqual(written(text, ['salt', 'was', 'scarce', 'in', 'and', 'the', 'mayor', 'said', 'so', 'aleppo', 'alt', 'sa']), [
      'and',
      'in',
      'mayor',
      'said',
      'scarce',
      'so',
      'the',
      'was',
    ]);
  });

  test('leaves out words joined to a letter or digit, or after an apostrophe or a hyphen, and single letters', () => {
    const text = "McCain al-bab o'clock Homs’s 5km a x2 caféx";
    assert.deepEqual(written(text, ['mccain', 'cain', 'al', 'bab', 'clock', 's', 'km', 'a', 'x2', 'x', 'caf', 'cafex']), ['al']);
  });

  test('keeps a word after an opening quote or a dash of another kind', () => {
    assert.deepEqual(written('‘fierce’ —salt', ['fierce', 'salt']), ['fierce', 'salt']);
  });

  test('finds a word written apart after the same letters joined to others', () => {
    assert.deepEqual(written('saltier salt', ['salt']), ['salt']);
    assert.deepEqual(written('asalt salts', ['salt']), []);
  });

  test('lists exactly the regex words a key can equal', () => {
    const pieces = ['ab', 'c', 'A', '1', "'", '’', '‘', '-', ' ', 'é', 'É', '\u0301', '\ud835\udc00', '\ud835', '\udc00', 'ʿ', '.', 'x'];
    for (const s of samples(pieces, 20000, 7, 13)) assert.deepEqual([...addLowercaseWords(s, new Set())].sort(), byRegex(s), JSON.stringify(s));
  });

  test('finds exactly the regex words a key can equal', () => {
    const pieces = ['ab', 'c', 'A', '1', "'", '’', '‘', '-', ' ', 'é', 'É', '\u0301', '\ud835\udc00', '\ud835', '\udc00', 'ʿ', '.', 'x'];
    const keys = ['ab', 'abc', 'cab', 'abab', 'c', 'cc', 'x', 'xab', 'abx', 'ab1', 'a', 'ba'];
    for (const s of samples(pieces, 20000, 7, 13)) {
      const words = byRegex(s);
      assert.deepEqual(written(s, keys), keys.filter((k) => words.includes(k)).sort(), JSON.stringify(s));
    }
  });
});
