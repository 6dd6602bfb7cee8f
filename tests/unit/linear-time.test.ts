/**
 * Each step that once took time quadratic in a pathological text (a long run of one
 * word, of one abbreviation, of one-word sentences, of dates, of speech cues) now reads
 * it in time about linear in its length: each test gives a text on which the old code
 * took tens of seconds and a budget that a linear reading meets many times over.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sentenceSegments } from '../../src/extract/sentence-segments.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import { hasAnySentence } from '../../src/ingest/any-sentence.ts';
import { articleText, readArticle, repeatTo, timed } from '../helpers/pathological.ts';
import { samples } from '../helpers/samples.ts';

/** Runs `fn` and asserts it took less than `budgetMs`. */
function within<T>(budgetMs: number, what: string, fn: () => T): T {
  const { value, ms } = timed(fn);
  assert.ok(ms < budgetMs, `${what}: ${Math.round(ms)} ms, budget ${budgetMs} ms`);
  return value;
}

const repeat = (unit: string, kb: number): string => repeatTo(unit, kb * 1024);

describe('telling whether a text holds a sentence', () => {
  const ANY_SENTENCE = /\p{L}[^.!?。！？؟]*[.!?。！？؟](?:\s|["”’)]|$)/u;
  test('agrees with the regex it replaces', () => {
    const alphabet = ['a', 'Z', 'é', '1', ' ', '\n', '.', '!', '?', '。', '؟', '"', '”', '’', ')', '(', ',', '𝐀', '\ud835', '😀'];
    for (const s of samples(alphabet, 20000, 8)) assert.equal(hasAnySentence(s), ANY_SENTENCE.test(s), JSON.stringify(s));
  });
  test('reads 1 MB of words with no full stop in well under a second (the regex took minutes)', () => {
    assert.equal(within(1500, 'hasAnySentence', () => hasAnySentence(repeat('word ', 1024))), false);
  });
});

describe('splitting long texts into sentences', () => {
  const segmenter = new Intl.Segmenter('en-u-ss-standard', { granularity: 'sentence' });
  test('a long text read in chunks gives the segments the segmenter gives on the whole', () => {
    const alphabet = ['Word', 'word', ' ', ' ', '. ', '.', '! ', '? ', '"', '” ', ') ', 'Mr. ', 'a. b', '\n', '... ', '1.5 ', 'é', '😀'];
    for (const [k, piece] of samples(alphabet, 6, 6000, 3).entries()) {
      const text = piece.repeat(1 + k);
      const want = Array.from(segmenter.segment(text), (s) => [s.index, s.segment]);
      const got = Array.from(sentenceSegments(text), (s) => [s.index, s.segment]);
      assert.deepEqual(got, want);
    }
  });
  test('a sentence longer than a chunk comes back whole', () => {
    const text = `${repeat('word ', 40)}end. Next one.`;
    assert.deepEqual(Array.from(sentenceSegments(text), (s) => s.segment.length), [text.length - 'Next one.'.length, 'Next one.'.length]);
  });
  for (const unit of ['Word. ', 'Lt. ', 'A.B. ']) {
    test(`splits 400 KB of ${JSON.stringify(unit)} in about linear time (was 45 s and more)`, () => {
      const sentences = within(4000, unit, () => splitSentences(repeat(unit, 400)));
      assert.ok(sentences.length >= 1);
    });
  }
  test('"Lt. " repeated is still one sentence, as the abbreviation rule reads it', () => {
    assert.equal(splitSentences(`${repeat('Lt. ', 20)}Rudskoy said.`).length, 1);
  });
});

describe('reading speakers in a long run of speech cues', () => {
  for (const unit of ['said ', 'according to ', 'the Defence Ministry said ']) {
    test(`reads 200 KB of ${JSON.stringify(unit)} in about linear time (40 KB of "said " took 12 s)`, () => {
      within(5000, unit, () => readArticle(articleText(repeat(unit, 200))));
    });
  }
  test('still reads the speaker of a sentence that ends a run of cues', () => {
    const facts = readArticle(articleText(`${repeat('said ', 4)}\n\nThe strikes killed 12 people, the Syrian Observatory for Human Rights said.`));
    assert.ok(facts.attributions.some((a) => /observatory/i.test(a.claimant.name)), JSON.stringify(facts.attributions.map((a) => a.claimant.name)));
  });
});
