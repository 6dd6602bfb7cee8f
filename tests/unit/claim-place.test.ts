import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerPhrase } from '../../src/extract/places/speaker.ts';
import type { Attribution, Sentence } from '../../src/model.ts';

const sentence = (text: string): Sentence => ({ index: 0, span: [0, text.length], text });
const speaker = (text: string, name: string, carried = false): Attribution => {
  const at = text.indexOf(name);
  return { sentence: 0, span: [at, at + name.length], text: name, claimant: { id: 'x', name }, carried };
};

test('a place between the speaker and "said" describes the speaker, not where the figure happened', () => {
  const text = 'Omar Haddad, a health official in Northtown, said 43 were killed in the market.';
  const phrase = speakerPhrase(sentence(text), speaker(text, 'Omar Haddad'), text.indexOf('43'));
  assert.ok(phrase);
  assert.ok(phrase[0] <= text.indexOf('Northtown') && text.indexOf('Northtown') < phrase[1]);
  assert.ok(phrase[1] <= text.indexOf('43'));
});

test('a title before the speaker\'s name is part of the speaker\'s phrase', () => {
  const text = 'The governor of the Lakeside region, Omar Haddad, said that 39 people died.';
  const phrase = speakerPhrase(sentence(text), speaker(text, 'Omar Haddad'), text.indexOf('39'));
  assert.ok(phrase && phrase[0] === 0 && phrase[1] > text.indexOf('Lakeside'));
});

test('no speaker\'s phrase when the figure comes first, or the speaker is carried from before', () => {
  const first = '43 were killed in Northtown, Omar Haddad said.';
  assert.equal(speakerPhrase(sentence(first), speaker(first, 'Omar Haddad'), 0), null);
  const carried = 'Omar Haddad in Northtown said 43 were killed.';
  assert.equal(speakerPhrase(sentence(carried), speaker(carried, 'Omar Haddad', true), carried.indexOf('43')), null);
});
