/**
 * Each step that once took time quadratic in a pathological text (a long run of one
 * word, of one abbreviation, of one-word sentences, of dates, of speech cues) now reads
 * it in time about linear in its length: each test gives a text on which the old code
 * took tens of seconds and a budget that a linear reading meets many times over.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lastWordsOfClause } from '../../src/extract/clause-tail.ts';
import { ACTIONS, startsAPeriod } from '../../src/extract/events.ts';
import { wordsUpTo } from '../../src/extract/lead.ts';
import type { DateCandidate, DatesContext } from '../../src/extract/dates/candidate.ts';
import { removeOverlaps } from '../../src/extract/dates/remove-overlaps.ts';
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
  // A stop glued to the next sentence ("air strikes.Language") ends one too.
  const ANY_SENTENCE = /\p{L}[^.!?。！？؟]*[.!?。！？؟](?:\s|["”’)]|$)|[a-z]{2}\.[A-Z][a-z]/u;
  test('agrees with the regex it replaces', () => {
    const alphabet = ['a', 'b', 'Z', 'é', '1', ' ', '\n', '.', '!', '?', '。', '！', '？', '؟', '"', '”', '’', ')', '(', ',', '𝐀', '\ud835', '😀'];
    for (const s of samples(alphabet, 20000, 8)) assert.equal(hasAnySentence(s), ANY_SENTENCE.test(s), JSON.stringify(s));
  });
  test('reads a stop that lost its space as the end of a sentence, but not an initial', () => {
    assert.equal(hasAnySentence('Two people were killed by air strikes.Language English'), true);
    assert.equal(hasAnySentence('By J.Smith | World | Middle East'), false);
  });
  test('reads 1 MB of words with no full stop in well under a second (the regex took minutes)', () => {
    assert.equal(
      within(1500, 'hasAnySentence', () => hasAnySentence(repeat('word ', 1024))),
      false,
    );
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
    assert.deepEqual(
      Array.from(sentenceSegments(text), (s) => s.segment.length),
      [text.length - 'Next one.'.length, 'Next one.'.length],
    );
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
    assert.ok(
      facts.attributions.some((a) => /observatory/i.test(a.claimant.name)),
      JSON.stringify(facts.attributions.map((a) => a.claimant.name)),
    );
  });
});

describe('reading a long run of dates', () => {
  const candidate = (start: number, end: number, origin: 'rule' | 'chrono'): DateCandidate => ({
    sentence: 0,
    span: [start, end],
    text: 'x'.repeat(end - start),
    stated: [],
    origin,
    relative: false,
    expr: { kind: 'partial', month: null, day: null, weekday: 1, yearOffset: null, end: null, part: null, strict: false, direction: 'past' },
  });
  const ctx = {} as DatesContext;
  /** The rule it replaces: each candidate checked against every kept one. */
  function slowRemoveOverlaps(candidates: readonly DateCandidate[]): DateCandidate[] {
    const len = (c: DateCandidate): number => c.span[1] - c.span[0];
    const rank = (c: DateCandidate): number => (c.origin === 'rule' ? 0 : 1);
    const ranked = [...candidates].sort((a, b) => len(b) - len(a) || rank(a) - rank(b) || a.span[0] - b.span[0]);
    const kept: DateCandidate[] = [];
    for (const c of ranked) if (!kept.some((k) => k.span[0] < c.span[1] && c.span[0] < k.span[1])) kept.push(c);
    return kept.sort((a, b) => a.span[0] - b.span[0]);
  }
  test('removeOverlaps keeps what checking every pair keeps', () => {
    let seed = 5;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor(seed / 65536) % n;
    };
    for (let round = 0; round < 2000; round++) {
      const list = Array.from({ length: next(12) }, () => {
        const start = 100 + next(60);
        return candidate(start, start + next(15), next(2) ? 'rule' : 'chrono');
      });
      assert.deepEqual(removeOverlaps(list, ctx), slowRemoveOverlaps(list));
    }
  });
  test('removeOverlaps takes 100,000 touching dates in well under a second', () => {
    const list = Array.from({ length: 100_000 }, (_, i) => candidate(i * 7, i * 7 + 8, 'chrono'));
    assert.equal(within(1500, 'removeOverlaps', () => removeOverlaps(list, ctx)).length, 50_000);
  });
  test('lastWordsOfClause gives the last words of the clause before an offset', () => {
    const slow = (text: string, end: number, n: number): string => {
      const before = text.slice(0, end);
      return before
        .slice(before.search(/[^,;:()\u2013\u2014]*$/))
        .split(/\s+/)
        .filter(Boolean)
        .slice(-n)
        .join(' ');
    };
    const pieces = ['since', 'war', ' ', '  ', '\n', '\t', '\u00a0', '\u2028', ',', ';', ':', '(', ')', '\u2013', '\u2014', '-', 'in', '2011', '\ud835\udc00'];
    for (const s of samples(pieces, 5000, 30)) {
      for (const end of [0, s.length >> 1, s.length])
        for (const n of [1, 3, 12]) assert.equal(lastWordsOfClause(s, end, n), slow(s, end, n), JSON.stringify([s, end, n]));
    }
  });
  test('startsAPeriod reads the clause tail as lastWordsOfClause joins it', () => {
    // The reading it had when it joined the last twelve words of the clause first.
    const joined = (text: string, end: number): boolean => {
      const since = /\bsince\b(.*)$/i.exec(lastWordsOfClause(text, end, 12));
      return since !== null && !ACTIONS.some(([, re]) => re.test(since[1]!));
    };
    const pieces = [
      'since',
      'Since',
      'the',
      'war',
      'captured',
      'pulled',
      'back',
      'out of',
      ' ',
      '  ',
      '\n',
      '\t',
      '\u00a0',
      ',',
      '(',
      '\u2013',
      '-',
      'in',
      '2011',
    ];
    for (const text of samples(pieces, 5000, 24, 31)) {
      for (const end of [0, text.length >> 1, text.length]) {
        const mention = {
          span: [end, end + 4] as const,
          text: '2011',
          sentence: 0,
          range: { start: '2011-01-01', end: '2011-12-31', precision: 'year' as const },
          stated: [],
          relative: false,
        };
        assert.equal(startsAPeriod({ index: 0, span: [0, text.length], text }, mention), joined(text, end), JSON.stringify([text, end]));
      }
    }
  });
  test('wordsUpTo counts the words a split on white space gives, up to its limit', () => {
    const pieces = ['word', ' ', '  ', '\n', '\t', '\u00a0', '\u2028', ',', 'é', '\ud835\udc00', '\ud835', '-'];
    for (const s of samples(pieces, 5000, 12, 23)) {
      const words = s.split(/\s+/).filter(Boolean).length;
      for (const limit of [0, 1, 3, 6, 100]) assert.equal(wordsUpTo(s, limit), Math.min(words, limit), JSON.stringify([s, limit]));
    }
  });
  for (const unit of ['Monday ', 'March 1, ', 'last night ', 'two days ago ', '12/12/2016 ']) {
    test(`reads an article of 200 KB of ${JSON.stringify(unit)} in about linear time (1 MB took over 2 minutes)`, () => {
      const facts = within(12_000, unit, () => readArticle(articleText(repeat(unit, 200))));
      assert.ok(facts.dates.length > 0);
    });
  }
});
