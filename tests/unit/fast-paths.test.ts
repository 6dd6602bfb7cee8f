/**
 * The hand-read fast paths give exactly what the regexes and library calls they
 * spare would give; the first language check never calls a non-English text English.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isoDay } from '../../src/lexicon/calendar.ts';
import { tokenize as placeTokens } from '../../src/extract/places/tokens.ts';
import { tokenize as figureTokens } from '../../src/extract/tokens.ts';
import { isAlnumAt, nextRunStart, runEnd } from '../../src/extract/word-runs.ts';
import { detectLanguage } from '../../src/ingest/language.ts';
import { foldName, foldsTo } from '../../src/ingest/outlet.ts';
import { countSample, isPlainEnglish } from '../../src/ingest/plain-english.ts';
import { samples } from '../helpers/samples.ts';

const MIXED = [
  'a',
  'B',
  'z',
  'U',
  '.',
  ' ',
  ',',
  '-',
  "'",
  '’',
  '‘',
  '`',
  'ʿ',
  '1',
  '9',
  'é',
  'É',
  'ß',
  '٣',
  '😀',
  '𝐀',
  '\u0301',
  '\u00a0',
  '\u2013',
  '\u2026',
  '\ud800',
  '\udc00',
  '\t',
];

describe('fast paths', () => {
  test('foldName and foldsTo agree with the NFKC fold', () => {
    const slow = (s: string): string =>
      s
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
    const all = samples(MIXED, 3000, 8);
    for (const s of all) {
      assert.equal(foldName(s), slow(s), JSON.stringify(s));
      assert.equal(foldsTo(s, slow(s)), true, JSON.stringify(s));
      assert.equal(foldsTo(s, slow(all[0] ?? '')), slow(s) === slow(all[0] ?? ''), JSON.stringify(s));
    }
  });

  test('word runs are the runs of [\\p{L}\\p{N}]+', () => {
    for (const s of samples(MIXED, 3000, 10)) {
      const want = [...s.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => [m.index, m.index + m[0].length]);
      const got: number[][] = [];
      for (let i = nextRunStart(s, 0); i !== -1; i = nextRunStart(s, got[got.length - 1]?.[1] ?? s.length)) {
        assert.equal(isAlnumAt(s, i), true);
        got.push([i, runEnd(s, i)]);
      }
      assert.deepEqual(got, want, JSON.stringify(s));
    }
  });

  test('figure tokens are the matches of the token regex', () => {
    const TOKEN = /\d+(?:[.,]\d+)*|\p{L}+(?:['’-]\p{L}+)*|[^\s\p{L}\p{N}]/gu;
    for (const s of samples(MIXED, 3000, 10)) {
      assert.deepEqual(
        figureTokens(s, 0).map((t) => [t.start, t.text]),
        [...s.matchAll(TOKEN)].map((m) => [m.index, m[0]]),
        JSON.stringify(s),
      );
    }
  });

  test('tokens are made by a constructor, not an object literal (V8 moves a literal whose objects outlive a collection to the old generation for good)', () => {
    for (const t of [placeTokens("Syria's al-Bab")[0], figureTokens('Over 1,324 militants', 0)[0]]) {
      assert.notEqual(Object.getPrototypeOf(t), Object.prototype);
    }
  });

  test('isoDay matches Date for years 0 to 9999 and beyond', () => {
    for (let n = -719600; n <= 2933000; n += 97) assert.equal(isoDay(n), new Date(n * 864e5).toISOString().slice(0, 10));
    for (const n of [-719528, -719529, 2932896, 2932897, 0, 16781]) assert.equal(isoDay(n), new Date(n * 864e5).toISOString().slice(0, 10));
  });

  test('the first language check counts letters as the regex does and lets no other language through', () => {
    for (const s of samples(MIXED, 3000, 10)) assert.equal(countSample(s).letters, s.match(/\p{L}/gu)?.length ?? 0, JSON.stringify(s));
    const english =
      'The Syrian army said on Sunday that its forces had retaken the town after a week of heavy fighting with the militants, who had held it since the spring.';
    assert.equal(isPlainEnglish(countSample(english)), true);
    const others: Record<string, string> = {
      deu: 'Die syrischen Regierungstruppen haben am Sonntag die Kontrolle über die Stadt zurückerobert, teilte die Armee in einer Erklärung mit. Nach drei Tagen heftiger Kämpfe in der Provinz Homs wurden mindestens vierzig Kämpfer getötet.',
      nld: 'De Syrische regeringstroepen hebben zondag de controle over de stad heroverd, zo meldde het leger in een verklaring. Na drie dagen van hevige gevechten in de provincie Homs zijn ten minste veertig strijders gedood.',
      spa: 'Las fuerzas del gobierno sirio recuperaron el domingo el control de la ciudad, anunció el ejército en un comunicado, tras tres días de intensos combates en la provincia de Homs. Al menos cuarenta combatientes murieron.',
    };
    for (const [code, text] of Object.entries(others)) {
      assert.equal(isPlainEnglish(countSample(text)), false, code);
      assert.equal(detectLanguage(text), code);
    }
  });
});
