/**
 * The hand-read shortcuts of place matching give exactly what the library calls and
 * regexes they spare would give.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { foldKey, skeletonKey } from '../../src/gazetteer/fold.ts';
import { lastWordsStart, OBJECT_OF_STANCE, PREPOSITION_BEFORE } from '../../src/extract/places/actor.ts';
import { compoundBefore } from '../../src/extract/places/context.ts';
import { longestAt, mayStartName, skeletonOf } from '../../src/extract/places/match.ts';
import { WORD_NAME } from '../../src/extract/places/lexicon.ts';
import type { Registries } from '../../src/model/types.ts';
import { lexiconsOf } from '../helpers/context.ts';
import { tokenize, tokenStartingAt, type Token } from '../../src/extract/places/tokens.ts';
import { samples } from '../helpers/samples.ts';

const WORDS = [
  'Deir',
  'ez',
  '-',
  'Zor',
  'al',
  'Bab',
  "'s",
  '’s',
  'US',
  'U.S.',
  ' ',
  ' ',
  'qaq',
  'Hama',
  'é',
  'É',
  'ß',
  '1',
  'x',
  "'",
  'ʿ',
  '٣',
  '\u0301',
  '\u00a0',
  'AbC',
];

/** A registry of its own: an alias that starts in lowercase, an article-led one, and a focus whose lexicon has skeletons. */
const REGISTRIES: Registries = {
  sources: [],
  claimants: [],
  places: [
    { name: 'rif-dimashq-governorate', aliases: ['rural Damascus'] },
    { name: 'Raqqa', aliases: ['al-Raqqa'] },
  ],
  notPlaces: [],
};

describe('place matching fast paths', () => {
  test('every word the lexicon reads as a name is a prefix of a name (longestAt looks a first word up by its roles)', () => {
    const lexicons = lexiconsOf(REGISTRIES);
    const words = [
      'aleppo',
      'raqqa',
      'ruraldamascus',
      'damascus',
      'homs',
      'syria',
      'deir',
      'of',
      'said',
      'idlib',
      'saada',
      'kharkiv',
      'us',
      'al',
      'bab',
      'zor',
    ];
    for (const lex of [lexicons.places([]), lexicons.places(['SY']), lexicons.places(['UA', 'RU'])]) {
      for (const key of words) if (((lex.wordRoles.get(key) ?? 0) & WORD_NAME) !== 0) assert.ok(lex.isPrefix(key), key);
    }
  });

  test('a word mayStartName rules out starts no name longestAt would find', () => {
    const lexicons = lexiconsOf(REGISTRIES);
    const pieces = [
      'Deir',
      'Ezour',
      'ez',
      '-',
      'Zor',
      'al',
      'Al',
      'Bab',
      'Raqqa',
      'rural',
      'Damascus',
      'Aleppo',
      'Syrias',
      'Homs',
      'The',
      'Observatory',
      'said',
      'in',
      'of',
      'the',
      '300',
      ' ',
      ' ',
      ', ',
      'Ras',
      'al-Ain',
      'As',
      'Sanamayn',
      'Hassan',
      "Ma'arrat",
      'an',
      "Nu'man",
      'Kfar',
      'Nabl',
      'Dier',
      'et',
      'Tall',
    ];
    // A fuzzy spelling whose first word is no name's ("Dier Zor"), and an article whose word is ("ez-Zabadani").
    const written = ['Shelling hit Dier Zor', 'Shelling hit Dier al Zor', 'Shelling hit ez-Zabadani', 'Shelling hit Deir ez-Zor'];
    for (const s of written) {
      const tokens = tokenize(s);
      assert.ok(mayStartName(tokens, 2, lexicons.places(['SY']), new Int8Array(tokens.length).fill(-1)), s);
      assert.notEqual(longestAt(tokens, 2, lexicons.places(['SY']), new Int8Array(tokens.length).fill(-1)), null, s);
    }
    for (const lex of [lexicons.places([]), lexicons.places(['SY'])]) {
      for (const s of [...written, ...samples(pieces, 6000, 9, 41)]) {
        const tokens = tokenize(s);
        for (let i = 0; i < tokens.length; i++) {
          if (mayStartName(tokens, i, lex, new Int8Array(tokens.length).fill(-1))) continue;
          assert.equal(longestAt(tokens, i, lex, new Int8Array(tokens.length).fill(-1)), null, JSON.stringify([s, i, lex.gazetteer.focus]));
        }
      }
    }
  });

  test('token keys are foldKey of the words, and all caps means no lowercase letter', () => {
    const lowercase = /\p{Ll}/u;
    for (const s of samples(WORDS, 4000, 8, 5)) {
      for (const t of tokenize(s)) {
        assert.equal(t.key, foldKey(t.text), JSON.stringify(s));
        assert.equal(t.text, s.slice(t.start, t.end));
        // As hasLowercase reads a word: an ASCII lowercase letter before anything beyond ASCII, else the regex.
        const firstBeyond = [...t.text].findIndex((c) => c.charCodeAt(0) >= 0x80);
        const head = firstBeyond < 0 ? t.text : t.text.slice(0, firstBeyond);
        const hasLower = /[a-z]/.test(head) || (firstBeyond >= 0 && lowercase.test(t.text));
        assert.equal(t.allCaps, t.capitalised && t.text.length >= 2 && !hasLower, JSON.stringify(s));
      }
    }
  });

  test('the skeleton of a run of tokens is skeletonKey of their keys', () => {
    for (const s of samples(['Deir', 'ez', 'Zor', 'al', 'Qaqa', 'Hhw', 'Ras', 'Ain', 'Ab', 'ba', 'b', 'K', 'Kk', 'as', '1'], 4000, 5, 5)) {
      const tokens: Token[] = tokenize(s.replace(/([a-z0-9])(?=[A-Z])/g, '$1 '));
      if (tokens.length === 0) continue;
      assert.equal(skeletonOf(tokens, 0, tokens.length - 1), skeletonKey(tokens.map((t) => t.key)), JSON.stringify(s));
    }
  });

  test('the stance and preposition regexes find the same on the cut as on the whole beginning', () => {
    const pieces = [
      'called',
      'CALLS',
      'on',
      'in',
      'ties',
      'with',
      'x',
      ' ',
      ' ',
      '\u00a0',
      '\n',
      '\u2028',
      '5',
      '_',
      '.',
      'é',
      'ſ',
      '\ud835',
      '\udc00',
      'support',
      'for',
      'accused',
      'tO',
    ];
    for (const s of samples(pieces, 20000, 8, 5)) {
      for (const end of [s.length, Math.floor(s.length / 2)]) {
        const before = s.slice(0, end);
        assert.equal(OBJECT_OF_STANCE.test(s.slice(lastWordsStart(s, end, 2), end)), OBJECT_OF_STANCE.test(before), JSON.stringify(before));
        assert.equal(PREPOSITION_BEFORE.test(s.slice(lastWordsStart(s, end, 1), end)), PREPOSITION_BEFORE.test(before), JSON.stringify(before));
      }
    }
  });

  test('a compound prefix is read just before the name as on the whole text before it', () => {
    const wholeBefore = /(?:^|[^\p{L}])(?:pro|anti|non)[-‐–]$/iu;
    const pieces = ['pro', 'PRO', 'anti', 'Non', 'no', 'x', 'é', ' ', '(', '-', '‐', '–', '5', '\ud835', '\udc00', 'Assad'];
    for (const s of samples(pieces, 20000, 6, 11)) {
      for (let at = 0; at <= s.length; at++) assert.equal(compoundBefore(s, at), wholeBefore.test(s.slice(0, at)), JSON.stringify([s, at]));
    }
  });

  test('the token starting at an offset is found as a scan of the tokens finds it', () => {
    for (const s of samples(WORDS, 2000, 8, 17)) {
      const tokens = tokenize(s);
      for (let at = -1; at <= s.length + 1; at++)
        assert.equal(
          tokenStartingAt(tokens, at),
          tokens.findIndex((t) => t.start === at),
          JSON.stringify([s, at]),
        );
    }
  });

  test('a word joins the next across one space, no-break space or hyphen, and never after a possessive', () => {
    for (const s of samples(WORDS, 4000, 8, 19)) {
      const tokens = tokenize(s);
      tokens.forEach((t, i) => {
        const next = tokens[i + 1];
        const gap = next && next.start === t.fullEnd + 1 && !t.possessive ? s.charAt(t.fullEnd) : '';
        assert.equal(t.hyphenNext, /^[-‐–]$/.test(gap), JSON.stringify([s, i]));
        assert.equal(t.joinsNext, /^[-‐– \u00a0]$/.test(gap), JSON.stringify([s, i]));
      });
    }
  });
});
