/** The figures tokenizer's kinds and lower-case forms are what its regex definitions give. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { tokenize } from '../../src/extract/tokens.ts';

describe('figure token fast paths', () => {
  test('kind and lower case as defined, for every token', () => {
    const pieces = ['a', 'B', '1', ',', '.', ' ', '-', "'", '’', 'É', 'é', '٣', '$', '%', '😀', '𝐀', '\u0301', '\t', 'Ninety-Three', '2,000'];
    let seed = 3;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor(seed / 65536) % n;
    };
    for (let i = 0; i < 5000; i++) {
      let s = '';
      for (let j = next(10); j > 0; j--) s += pieces[next(pieces.length)] ?? '';
      for (const t of tokenize(s, 0)) {
        const kind = /^\d/.test(t.text) ? 'num' : t.text.length > 1 || /^\p{L}/u.test(t.text) ? 'word' : 'punct';
        assert.equal(t.kind, kind, JSON.stringify(s));
        assert.equal(t.lower, t.text.toLowerCase().replace(/’/g, "'"), JSON.stringify(s));
      }
    }
  });
});
