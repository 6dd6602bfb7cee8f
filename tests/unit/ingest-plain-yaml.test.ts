import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import matter from 'gray-matter';
import { plainMapping } from '../../src/ingest/plain-yaml.ts';
import { samples } from '../helpers/samples.ts';

/** gray-matter's YAML engine, as the front matter reader calls it. */
const engine = (matter as unknown as { readonly engines: { readonly yaml: { readonly parse: (block: string) => unknown } } }).engines.yaml;

describe('plain front matter read without the YAML engine', () => {
  test('reads "key: value" lines as the YAML engine does', () => {
    assert.deepEqual(plainMapping('\nsource: Wire One\nurl: https://example.org/news/1?a=b'), { source: 'Wire One', url: 'https://example.org/news/1?a=b' });
  });
  test('leaves to the engine what YAML reads otherwise: null, booleans, quotes, numbers, comments, repeats', () => {
    for (const block of [
      '\ntitle: null',
      '\ntitle: True',
      "\ntitle: 'Quoted'",
      '\npublished: 2016-12-11',
      '\ntitle: A # note',
      '\ntitle: A\ntitle: B',
      '\ntitle: a: b',
      '\n  title: A',
      '\n# a comment',
      '\n',
    ])
      assert.equal(plainMapping(block), null, JSON.stringify(block));
  });
  test('whatever it reads, the YAML engine reads the same', () => {
    const keys = ['title', 'source', 'url', 'null', 'Title', 'a_b'];
    const separators = [': ', ':  ', ':', ' : ', ':\t'];
    const pieces = [
      'Wire',
      'One',
      'x',
      'News',
      'Aleppo',
      'A',
      ' ',
      ' ',
      '  ',
      ':',
      ': ',
      "'",
      '"',
      '#',
      ' #',
      '\t',
      '-',
      '1',
      '2016-12-11',
      'https://a.example/b',
      '{',
      '[',
      ',',
      '&',
      '*',
      '!',
      '|',
      '>',
      '%',
      '@',
      '`',
      '?',
      'é',
      '’',
      '\u00a0',
      '\u2028',
      '\u0085',
      '\ufeff',
      '\r',
      '\ud800',
      '~',
      '<<',
      '.inf',
      'null',
      'True',
      'Yes',
      '\n',
    ];
    const values = samples(pieces, 30000, 6, 17);
    let read = 0;
    values.forEach((value, i) => {
      const second = i % 4 === 0 ? `\n${keys[(i + 1) % keys.length]}: ${values[(i * 7) % values.length]}` : '';
      const block = `\n${keys[i % keys.length]}${separators[i % separators.length]}${value}${second}`;
      const fast = plainMapping(block);
      if (fast === null) return;
      read++;
      let slow: unknown;
      try {
        slow = engine.parse(block);
      } catch (e) {
        assert.fail(`${JSON.stringify(block)} read as ${JSON.stringify(fast)}, but YAML fails: ${(e as Error).message}`);
      }
      assert.deepEqual(fast, slow, JSON.stringify(block));
    });
    assert.ok(read > 500, `only ${read} blocks were read without the engine`);
  });
});
