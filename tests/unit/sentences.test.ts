import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { splitSentences } from '../../src/extract/sentences.ts';

describe('splitting sentences', () => {
  test('keeps "Lt. Gen. Sergey Rudskoy" inside one sentence', () => {
    const s = splitSentences('It said so. Lt. Gen. Sergey Rudskoy added 93 percent.');
    assert.deepEqual(
      s.map((x) => x.text),
      ['It said so.', 'Lt. Gen. Sergey Rudskoy added 93 percent.'],
    );
  });
  test('keeps "on Dec. 10" inside its sentence', () => {
    const s = splitSentences('Daesh retook the city on Dec. 10, but Assad forces recaptured it on Sunday.');
    assert.equal(s.length, 1);
  });
  test('keeps an hour and the zone it is read in together ("at 8:36 a.m. Damascus time"), and ends a sentence after "a.m." otherwise', () => {
    assert.equal(splitSentences('The raids began at 8:36 a.m. Damascus time, killing 37 people.').length, 1);
    assert.equal(splitSentences('The raids began at 6 a.m. The army said the town fell.').length, 2);
  });
  test('keeps a name with its middle initial in one sentence ("General Jane F. Roe said"), not a thing lettered so ("Area B.")', () => {
    const texts = (text: string) => splitSentences(text).map((x) => x.text);
    assert.deepEqual(texts('It said so. General Jane F. Roe said 13 troops died. They were at the gate.'), [
      'It said so.',
      'General Jane F. Roe said 13 troops died.',
      'They were at the gate.',
    ]);
    assert.deepEqual(texts('Troops moved into Area B. The army said so.'), ['Troops moved into Area B.', 'The army said so.']);
  });
  test('keeps a number set apart by an ellipsis with the clause that says what it counts, and breaks after other ellipses', () => {
    const texts = (text: string) => splitSentences(text).map((x) => x.text);
    assert.deepEqual(texts('"18... That is how many people were killed," she wrote.'), ['"18... That is how many people were killed," she wrote.']);
    assert.deepEqual(texts('He paused... Then he spoke.'), ['He paused...', 'Then he spoke.']);
  });
  test('never joins across paragraphs, even without a full stop', () => {
    const s = splitSentences('A caption without a full stop\n\nThe story begins here.');
    assert.equal(s.length, 2);
  });
  test('gives spans that point into the body', () => {
    const body = '  First one.  Second one.';
    for (const s of splitSentences(body)) assert.equal(body.slice(s.span[0], s.span[1]), s.text);
  });
  test('finds no sentence in white space', () => assert.deepEqual(splitSentences(' \n\n \n'), []));
});

describe('a "?" inside a web address', () => {
  test('ends no sentence: "…/status/1719?s=20 posted on Tuesday." is one', () => {
    assert.deepEqual(
      splitSentences('Watch: https://social.example/status/1719?s=20 posted on Tuesday. Is it over? Yes.').map((s) => s.text),
      ['Watch: https://social.example/status/1719?s=20 posted on Tuesday.', 'Is it over?', 'Yes.'],
    );
  });
});

describe('splitting sentences without asking the segmenter', () => {
  // The segmenter alone, as splitSentences used it on every paragraph before its one-sentence shortcut.
  const ABBREVIATION_END =
    /(?:^|[\s(])(?:Lt|Col|Gen|Maj|Capt|Sgt|Brig|Adm|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Pres|St|Mt|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.N|U\.K|E|W|N|S|approx|vs|etc|Inc|Corp|Co|Jr|Sr)\.\s*$/;
  const segmenter = new Intl.Segmenter('en-u-ss-standard', { granularity: 'sentence' });
  function bySegmenter(body: string): [number, number][] {
    const out: [number, number][] = [];
    const push = (s: number, e: number): void => {
      const raw = body.slice(s, e);
      const text = raw.trim();
      if (text) out.push([s + raw.length - raw.trimStart().length, s + raw.length - raw.trimStart().length + text.length]);
    };
    let last = 0;
    const paragraphs: [number, number][] = [];
    for (const m of body.matchAll(/\n\s*\n/g)) {
      paragraphs.push([last, m.index]);
      last = m.index + m[0].length;
    }
    paragraphs.push([last, body.length]);
    for (const [start, end] of paragraphs.filter(([s, e]) => e > s)) {
      let pending: number | null = null;
      for (const seg of segmenter.segment(body.slice(start, end))) {
        const s = start + seg.index;
        const e = s + seg.segment.length;
        pending ??= s;
        if (ABBREVIATION_END.test(body.slice(pending, e))) continue;
        // A "?" or "!" glued to a small letter or digit after it ("?s=20") ends no sentence.
        if (e < end && /[?!]$/.test(body.slice(pending, e)) && /[\p{Ll}\p{N}=&_/]/u.test(body[e] ?? '')) continue;
        push(pending, e);
        pending = null;
      }
      if (pending !== null) push(pending, end);
    }
    return out;
  }
  const ALPHABET = [
    'a',
    'Z',
    'Mr',
    ' ',
    ' ',
    '.',
    '.',
    '!',
    '?',
    '"',
    "'",
    '’',
    '”',
    '“',
    ')',
    '(',
    ']',
    '\t',
    '\n',
    '\r',
    '1',
    ',',
    ';',
    '-',
    '\u00a0',
    '\u2026',
    '\u3002',
    '\u061f',
    '\u2024',
    '\uff0e',
    '\ufe52',
    '\u0085',
    '\u2028',
    '\u2029',
    '\u00ad',
    '\u200b',
    '\u0301',
    'é',
    '\u203c',
    '\u00bb',
    '\u0964',
    '\u000b',
    '😀',
    '\ud804\udc47',
  ];
  test('gives what the segmenter gives, on paragraphs of one sentence and of several', () => {
    let seed = 11;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor(seed / 65536) % n; // the high bits: the low ones of this generator repeat fast
    };
    for (let i = 0; i < 20000; i++) {
      let body = '';
      const n = next(12);
      // Half words, so that many paragraphs hold no terminator or only a final one.
      for (let j = 0; j < n; j++) body += next(2) === 0 ? (ALPHABET[next(ALPHABET.length)] ?? '') : 'word ';
      assert.deepEqual(
        splitSentences(body).map((s) => s.span),
        bySegmenter(body),
        JSON.stringify(body),
      );
    }
  });
});
