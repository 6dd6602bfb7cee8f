import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addLowercaseWords } from '../../src/extract/places/lowercase-words.ts';
import { samples } from '../helpers/samples.ts';

/** The regex the char-by-char reading replaces: the words it finds that a place key (ASCII letters and digits) can equal. */
const LOWERCASE_WORD = /(?<![\p{L}\p{N}'’-])\p{Ll}[\p{Ll}]+(?![\p{L}\p{N}])/gu;
const KEY = /^[a-z0-9]+$/;

function byRegex(text: string): string[] {
  return [...new Set(text.match(LOWERCASE_WORD) ?? [])].filter((w) => KEY.test(w)).sort();
}

describe('lowercase words of an article', () => {
  test('finds the words written apart in lowercase', () => {
    assert.deepEqual([...addLowercaseWords('Salt was scarce in Salt, and the mayor said so.', new Set())].sort(), [
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
    assert.deepEqual([...addLowercaseWords("McCain al-bab o'clock Homs’s 5km a x2 caféx", new Set())], ['al']);
  });

  test('keeps a word after an opening quote or a dash of another kind', () => {
    assert.deepEqual([...addLowercaseWords('‘fierce’ —salt', new Set())].sort(), ['fierce', 'salt']);
  });

  test('finds exactly the regex words a key can equal', () => {
    const pieces = ['ab', 'c', 'A', '1', "'", '’', '‘', '-', ' ', 'é', 'É', '\u0301', '\ud835\udc00', '\ud835', '\udc00', 'ʿ', '.', 'x'];
    for (const s of samples(pieces, 20000, 7, 13)) assert.deepEqual([...addLowercaseWords(s, new Set())].sort(), byRegex(s), JSON.stringify(s));
  });
});
