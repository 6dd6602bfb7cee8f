/**
 * An article's share of the data is bounded: a claim quotes its sentence only when
 * the sentence is of prose length, else a window around the figure, and an article
 * keeps at most MAX_FIGURES figures, with a warning that names the file.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { capFigures, MAX_FIGURES } from '../../src/extract/figure-cap.ts';
import { MAX_QUOTE, quoteAround } from '../../src/extract/quote-window.ts';
import type { Figure, Sentence } from '../../src/model/types.ts';
import { articleText, readArticle, repeatTo } from '../helpers/pathological.ts';

const sentenceOf = (text: string, offset = 100): Sentence => ({ index: 0, span: [offset, offset + text.length], text });

describe('quoting a figure', () => {
  test('quotes a sentence of prose whole', () => {
    const text = 'The strikes killed 300 militants.';
    assert.equal(quoteAround(sentenceOf(text), [119, 122]), text);
  });
  test(`quotes a sentence of exactly ${MAX_QUOTE} characters whole`, () => {
    const text = `${repeatTo('word ', MAX_QUOTE).slice(0, MAX_QUOTE - 1)}.`;
    assert.equal(quoteAround(sentenceOf(text), [100, 104]), text);
  });
  test('quotes a window around the figure in a very long sentence, cut between words and marked where cut', () => {
    const before = repeatTo('shelling went on ', 3000);
    const text = `${before}and 1234 people died in the attack ${repeatTo('as the fighting spread ', 3000)}`;
    const at = 100 + before.length + 'and '.length;
    const quote = quoteAround(sentenceOf(text), [at, at + 4]);
    assert.ok(quote.includes('and 1234 people died'), quote);
    assert.ok(quote.length <= MAX_QUOTE + 2, `${quote.length} characters`);
    assert.ok(quote.length >= MAX_QUOTE / 2, `${quote.length} characters`);
    assert.match(quote, /^…\S/u);
    assert.match(quote, /\S…$/u);
    const inner = quote.slice(1, -1);
    assert.ok(text.includes(` ${inner} `), 'the window starts and ends on whole words');
  });
  test('marks only the end when the figure opens a long sentence', () => {
    const text = `1234 people died ${repeatTo('as the fighting spread ', 3000)}`;
    const quote = quoteAround(sentenceOf(text), [100, 104]);
    assert.ok(quote.startsWith('1234 people died'), quote);
    assert.ok(quote.endsWith('…'));
  });
});

describe('bounding figures per article', () => {
  const figure = (i: number): Figure =>
    ({
      span: [i, i + 1],
      text: '1',
      sentence: 0,
      value: 1,
      vague: false,
      qualifier: 'exact',
      category: 'other',
      what: null,
    }) as unknown as Figure;
  test(`keeps ${MAX_FIGURES} figures and says nothing`, () => {
    const figures = Array.from({ length: MAX_FIGURES }, (_, i) => figure(i));
    assert.deepEqual(capFigures(figures, 'content/articles/a.txt'), { figures, diagnostics: [] });
  });
  test('keeps the first ones of more, and warns naming the file and how many were dropped', () => {
    const figures = Array.from({ length: MAX_FIGURES + 7 }, (_, i) => figure(i));
    const { figures: kept, diagnostics } = capFigures(figures, 'content/articles/table.txt');
    assert.deepEqual(kept, figures.slice(0, MAX_FIGURES));
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]?.file, 'content/articles/table.txt');
    assert.equal(diagnostics[0]?.severity, 'warning');
    assert.match(diagnostics[0]?.message ?? '', /\b7 were dropped/);
  });
  test('an article of 40 KB of "1 " gives a bounded number of claims with short quotes, and a warning', () => {
    const facts = readArticle(articleText(repeatTo('1 ', 40 * 1024)), 'content/articles/ones.txt');
    assert.equal(facts.claims.length, MAX_FIGURES);
    assert.ok(facts.claims.every((c) => c.quote.length <= MAX_QUOTE + 2));
    assert.ok(facts.diagnostics.some((d) => d.code === 'too-many-figures' && d.file === 'content/articles/ones.txt'));
  });
});
