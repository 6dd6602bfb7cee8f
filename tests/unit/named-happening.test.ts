import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namesHappening } from '../../src/extract/dates/named-happening.ts';
import type { Sentence } from '../../src/model/types.ts';

const sentence = (text: string): Sentence => ({ index: 0, span: [0, text.length], text });
/** Whether `date`, as written in `text`, names a happening there. */
const names = (text: string, date: string): boolean => {
  const at = text.indexOf(date);
  return namesHappening(sentence(text), [at, at + date.length]);
};

test('a date between "the" and a happening names it, a word or two of its kind between them', () => {
  assert.equal(names('Talks stalled after the March 20 attacks.', 'March 20'), true);
  assert.equal(names('Talks stalled after the Oct. 9 cross-border raid.', 'Oct. 9'), true);
  assert.equal(names('Talks stalled after the March 20 rebel-led assault on the port.', 'March 20'), true);
});

test('a date that is the day of something else, or of no happening, names nothing', () => {
  assert.equal(names('Shelling killed 12 people on March 20 in the port.', 'March 20'), false);
  assert.equal(names('The talks set for the March 20 meeting were put off.', 'March 20'), false);
});
