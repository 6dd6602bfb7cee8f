import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { splitSentences } from '../../src/extract/sentences.ts';

describe('splitting sentences', () => {
  test('keeps "Lt. Gen. Sergey Rudskoy" inside one sentence', () => {
    const s = splitSentences('It said so. Lt. Gen. Sergey Rudskoy added 93 percent.');
    assert.deepEqual(s.map((x) => x.text), ['It said so.', 'Lt. Gen. Sergey Rudskoy added 93 percent.']);
  });
  test('keeps "on Dec. 10" inside its sentence', () => {
    const s = splitSentences('Daesh retook the city on Dec. 10, but Assad forces recaptured it on Sunday.');
    assert.equal(s.length, 1);
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
