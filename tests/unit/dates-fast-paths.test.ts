/**
 * The date extractor's shortcuts read what the regex calls they spare would read:
 * the matches of a global regex without matchAll's copy, the words before a date
 * from the end of the text only, white space without a regex, and chrono's results in a
 * window from only the parsers whose patterns the window can match.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allMatches } from '../../src/extract/all-matches.ts';
import { parseWindow } from '../../src/extract/dates/chrono-calendar.ts';
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

/** Pieces of windows chrono reads: names in any case and spelling, numbers, separators, the words around dates. */
const WINDOW_PIECES = [
  'Sunday',
  'sun.',
  'MON',
  'tues',
  'Thurs.',
  'weekend',
  'weekday',
  'week',
  'December',
  'dec.',
  'Sept',
  'MAY',
  'march',
  'jan',
  '10',
  '1st',
  'twenty-first',
  '2016',
  '21',
  '-',
  '/',
  '.',
  ':',
  ' ',
  ', ',
  ' of ',
  ' to ',
  ' on ',
  ' last ',
  ' next ',
  'T10:30',
  ' GMT',
  '(',
  ')',
  'x',
];
/** Chrono's reading of a window, as the calendar extractor reads it back. */
function readingOf(text: string, options: { readonly everyParser?: boolean } = {}): unknown {
  return parseWindow(text, options).map((r) => [
    r.index,
    r.text,
    String(r.start.date()),
    r.end ? String(r.end.date()) : null,
    r.start.isCertain('day'),
    r.start.isCertain('weekday'),
  ]);
}

describe('date fast paths', () => {
  test('chrono reads a window with only the parsers it can feed as with all of them', () => {
    const windows = [
      ...samples(WINDOW_PIECES, 4000, 7, 13),
      'Daesh retook it on Dec. 10',
      'Syrian regime forces 21.08.2013 Get short URL',
      'between 10 and 11 December 2016',
      'on 2016-12-10T10:30 local time',
      'in 12/2016 and 2016/03/05',
      'Thursday last week',
      'late last weekend',
    ];
    for (const w of windows) assert.deepEqual(readingOf(w), readingOf(w, { everyParser: true }), JSON.stringify(w));
    assert.ok(windows.filter((w) => parseWindow(w).length > 0).length > 1000, 'most windows hold a date');
  });

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
