/**
 * The date extractor's shortcuts read what the regex calls they spare would read:
 * the matches of a global regex without matchAll's copy, the words before a date
 * from the end of the text only, white space without a regex.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allMatches } from '../../src/extract/all-matches.ts';
import { execAtEnd } from '../../src/extract/dates/text-end.ts';
import { isSpaceAt } from '../../src/extract/word-runs.ts';
import { samples } from '../helpers/samples.ts';

/** The shapes of the "words just before a date" regexes in chrono-calendar.ts. */
const MODIFIER_BEFORE = /\b(last|past|early|mid|middle|late|(?:the )?end of|(?:the )?beginning of|(?:the )?start of|(?:the )?middle of)[-\s]+$/i;
const MONTH_CUE_BEFORE =
  /\b(?:in|since|until|till|by|of|from|during|between|and|or|to|through|throughout|before|after|last|this|next|early|mid|late|end|beginning|start|middle)[-\s]+$/i;
const WORDS = [
  'the ',
  'The ',
  'end of',
  'beginning of',
  'mid',
  'middle',
  'LATE',
  'last',
  'outlast',
  'throughout',
  'in',
  'x',
  'é',
  '_',
  '1',
  ' ',
  '  ',
  '-',
  '\u00a0',
  '\t',
  '\n',
  ',',
  'of',
  'start of',
];

describe('date fast paths', () => {
  test('isSpaceAt agrees with /\\s/ on every code unit', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const s = String.fromCharCode(c);
      assert.equal(isSpaceAt(s, 0), /\s/.test(s), c.toString(16));
    }
  });

  test('execAtEnd finds what exec finds, at the same index', () => {
    for (const [re, longest] of [
      [MODIFIER_BEFORE, 'the beginning of'.length],
      [MONTH_CUE_BEFORE, 'throughout'.length],
    ] as const) {
      for (const s of [...samples(WORDS, 20000, 9, 13), `${'x'.repeat(40)}the end of - `, 'outlast ']) {
        const want = re.exec(s);
        const got = execAtEnd(re, s, longest);
        assert.deepEqual(got && [got.index, [...got]], want && [want.index, [...want]], JSON.stringify(s));
      }
    }
  });

  test('allMatches reads what matchAll reads, empty matches included', () => {
    const regexes = [/\d[-./]\d/g, /a*/g, /\b/g, /(?:)/gu, /\p{L}*/gu, /[a-z]+|\d/gi, /(?<=a)b?/g];
    for (const s of samples(['a', 'b', '1', '-', '.', ' ', 'é', '😀', 'Z'], 3000, 8, 13)) {
      for (const re of regexes) {
        const want = [...s.matchAll(re)].map((m) => [m.index, [...m]]);
        assert.deepEqual(
          allMatches(re, s).map((m) => [m.index, [...m]]),
          want,
          `${re} ${JSON.stringify(s)}`,
        );
        assert.equal(re.lastIndex, 0);
      }
    }
    assert.throws(() => allMatches(/a/, 'a'), TypeError);
  });
});
