/**
 * Ingest's shortcuts give exactly what the calls they spare would give: lines
 * already free of extra white space are kept as they are, words are counted up
 * to the number a caller compares with.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { wordCount } from '../../src/ingest/headline.ts';
import { squeezeSpaces } from '../../src/ingest/spaces.ts';
import { samples } from '../helpers/samples.ts';

const SPACES = [' ', ' ', '  ', '\t', '\n', '\r', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u200b', 'a', 'B', '.', 'é', '1', '’'];

describe('ingest fast paths', () => {
  test('squeezeSpaces is replace(/\\s+/g, " ").trim()', () => {
    for (const s of samples(SPACES, 20000, 8, 13)) assert.equal(squeezeSpaces(s), s.replace(/\s+/g, ' ').trim(), JSON.stringify(s));
  });

  test('wordCount with a limit is the word count, or the limit when there are more', () => {
    for (const s of samples(['a', 'B', ' ', '1', ',', '’', "'", '-', 'é', '٣', '\u0301'], 3000, 12, 13)) {
      const all = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
      assert.equal(wordCount(s), all, JSON.stringify(s));
      for (const limit of [0, 1, 2, 3]) assert.equal(wordCount(s, limit), Math.min(all, limit), JSON.stringify(s));
    }
  });
});
