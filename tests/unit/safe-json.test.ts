import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { escapeForWeb, stringifyForWeb, webSafeUtf8, writeJsonForWeb, type ItemTexts } from '../../src/report/safe-json.ts';
import { fixtureTimeline } from '../browser/fixture-timeline.ts';
import { tempDir } from '../helpers/temp.ts';

const dir = tempDir('dateline-json-');
const written = (value: unknown, texts: ItemTexts | null = null): string => {
  const file = join(dir, 'out.json');
  writeJsonForWeb(file, value, texts);
  return readFileSync(file, 'utf8');
};

describe('JSON files written piece by piece', () => {
  test('hold exactly the text stringifyForWeb gives for a timeline', () => {
    const data = fixtureTimeline();
    assert.equal(written(data), stringifyForWeb(data));
  });

  test('hold exactly the text stringifyForWeb gives for any JSON value, undefined fields and empty lists included', () => {
    const value = fc.oneof(
      fc.jsonValue(),
      fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.array(fc.oneof(fc.jsonValue(), fc.constant(undefined))))),
    );
    fc.assert(
      fc.property(value, (v) => written(v) === stringifyForWeb(v)),
      { numRuns: 300 },
    );
  });

  test('hold exactly the text stringifyForWeb gives for long lists, cut into slices, at the top or in a field', () => {
    const long = fc.array(fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined)), { minLength: 250, maxLength: 800 });
    const value = fc.oneof(long, fc.record({ first: fc.jsonValue({ maxDepth: 1 }), list: long, last: long }));
    fc.assert(
      fc.property(value, (v) => written(v) === stringifyForWeb(v)),
      { numRuns: 40 },
    );
  });

  test('hold the same text when the items of long lists are written one by one and their text kept for the next write', () => {
    const long = fc.array(fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined)), { minLength: 250, maxLength: 600 });
    const value = fc.record({ first: fc.jsonValue({ maxDepth: 1 }), list: long, last: long });
    fc.assert(
      fc.property(value, (v) => {
        const texts: ItemTexts = new WeakMap();
        const expected = stringifyForWeb(v);
        return written(v, texts) === expected && written(v, texts) === expected;
      }),
      { numRuns: 30 },
    );
  });

  test('escape what could close a script tag, and read back as the same data', () => {
    const value = { text: '</script><b>&\u2028', list: [{ deep: { deeper: '<' } }] };
    const text = written(value);
    assert.doesNotMatch(text, /[<>&\u2028]/);
    assert.deepEqual(JSON.parse(text), value);
  });

  test('are the escaped text in UTF-8 whether or not a piece holds what must be escaped', () => {
    const unsafe = fc.constantFrom('<', '>', '&', '\u2028', '\u2029', '\u2027', '\u202a', '’', 'é');
    const text = fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), unsafe)).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => webSafeUtf8(t).equals(Buffer.from(escapeForWeb(t)))),
      { numRuns: 500 },
    );
    assert.equal(webSafeUtf8('“a” ’ é').toString(), '“a” ’ é', 'text with nothing to escape is only encoded');
    assert.equal(webSafeUtf8('a\u2029b').toString(), 'a\\u2029b');
  });
});
