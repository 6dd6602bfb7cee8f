/** The figures tokenizer's kinds and lower-case forms, and the number pre-check, are what their regex definitions give. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mayHoldNumber } from '../../src/extract/figures/index.ts';
import { tokenize } from '../../src/extract/tokens.ts';
import { samples } from '../helpers/samples.ts';

const MAY_HOLD_NUMBER =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozens?|scores|hundreds|thousands|millions|billions|several)\b/i;

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

  test('mayHoldNumber is the regex "a digit, or a number word"', () => {
    const pieces = ['a', ' ', '1', '٣', '９', 'one', 'Ten', 'DOZEN', 'dozens', 'x', '-', 'é', 'million', 's'];
    for (const s of samples(pieces, 20000, 6, 5)) assert.equal(mayHoldNumber(s), MAY_HOLD_NUMBER.test(s), JSON.stringify(s));
    assert.equal(mayHoldNumber('Dozens of families fled'), true);
    assert.equal(mayHoldNumber('The ministry said nothing'), false);
  });
});
