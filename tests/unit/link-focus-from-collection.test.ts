import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractArticle } from '../../src/extract/pipeline.ts';
import { ingestArticle } from '../../src/ingest/index.ts';
import { dateFromMatches } from '../../src/link/date-from-matches.ts';
import { focusFromCollection, leadingCountry } from '../../src/link/focus-from-collection.ts';
import type { ArticleFacts } from '../../src/model/types.ts';
import { loadRegistries } from '../../src/registry/load.ts';
import { ROOT } from '../helpers/build-site.ts';
import { lexiconsOf } from '../helpers/context.ts';

const { registries } = loadRegistries(`${ROOT}/content`);

function read(file: string, text: string, published = '2025-03-04'): ArticleFacts {
  const article = ingestArticle({ file, bytes: Buffer.from(`---\npublished: ${published}\n---\n${text}\n`) }, registries);
  return extractArticle(article, lexiconsOf(registries));
}

function readUndated(file: string, text: string): ArticleFacts {
  return extractArticle(ingestArticle({ file, bytes: Buffer.from(`${text}\n`) }, registries), lexiconsOf(registries));
}

const SHORT = 'Shelling hit Kostiantynivka on Monday, 3 March 2025, killing four people, officials said.';

describe('places read in the collection country', () => {
  test('a short report that names no country is read in the country the other reports are about', () => {
    const facts = [
      read('a.txt', 'Ukrainian officials said a missile struck Kharkiv on Monday, 3 March 2025, killing five people.'),
      read('b.txt', 'A drone hit a fuel depot in Zaporizhzhia, Ukraine, on Tuesday, 4 March 2025, the regional governor said.'),
      read('c.txt', SHORT),
    ];
    assert.deepEqual(facts[2]!.placeRanking, [], 'alone, the short report finds no place');
    assert.equal(leadingCountry(facts), 'UA');
    const again = focusFromCollection(facts, lexiconsOf(registries));
    assert.deepEqual(again[2]!.placeRanking, ['kostiantynivka-ua']);
    assert.equal(again[2]!.claims[0]?.place?.id, 'kostiantynivka-ua');
    assert.equal(again[0], facts[0], 'articles that found their places are left as they were');
  });

  test('no country leads a collection whose reports are about different countries', () => {
    const facts = [
      read('a.txt', 'Ukrainian officials said a missile struck Kharkiv on Monday, 3 March 2025, killing five people.'),
      read('b.txt', 'Fighting in El Fasher, Sudan, killed twelve people on Tuesday, 4 March 2025, medics said.'),
      read('c.txt', SHORT),
    ];
    assert.equal(leadingCountry(facts), null);
    assert.deepEqual(focusFromCollection(facts, lexiconsOf(registries))[2]!.placeRanking, []);
  });

  test('a report that names only countries is read again in the collection country, and keeps it when dated from its matches', () => {
    const facts = [
      read('a.txt', 'Shelling hit Kharkiv, Ukraine, on Monday, 3 March 2025, killing five people, officials said.'),
      read('b.txt', 'A drone hit a fuel depot in Zaporizhzhia, Ukraine, on Tuesday, 4 March 2025, the regional governor said.'),
      read('c.txt', 'Russian officials said Russian troops pushed back near Kostiantynivka. A Russian drone killed four, Russian media said.'),
    ];
    assert.ok(
      facts[2]!.places.every((m) => m.place.kind === 'country'),
      'alone, the report finds no town',
    );
    const again = focusFromCollection(facts, lexiconsOf(registries));
    assert.equal(again[2]!.placeRanking[0], 'kostiantynivka-ua');
    assert.deepEqual(again[2]!.collectionFocus, ['UA']);
  });

  test('a report read in the collection country is still read in it when it is dated from a dated report it repeats', () => {
    const facts = [
      read('a.txt', 'Shelling hit Kharkiv, Ukraine, on Monday, 3 March 2025, killing five people, officials said.'),
      read('b.txt', 'Russian shelling killed 14 people and wounded 31 in Kostiantynivka, Ukraine, on Tuesday, 4 March 2025, the regional governor said.'),
      readUndated(
        'c.txt',
        'Russian officials said Russian troops pushed back near Kostiantynivka, where Russian shelling killed 14 people and wounded 31, the regional governor said.',
      ),
    ];
    const dated = dateFromMatches(focusFromCollection(facts, lexiconsOf(registries)), lexiconsOf(registries))[2]!;
    assert.equal(dated.published, '2025-03-04');
    assert.equal(dated.placeRanking[0], 'kostiantynivka-ua');
    assert.deepEqual(dated.collectionFocus, ['UA']);
  });

  test('a report read again in the collection country is kept as it was when that finds none of its towns', () => {
    const facts = [
      read('a.txt', 'Shelling hit Kharkiv, Ukraine, on Monday, 3 March 2025, killing five people, officials said.'),
      read('b.txt', 'A drone hit a fuel depot in Zaporizhzhia, Ukraine, on Tuesday, 4 March 2025, the regional governor said.'),
      read('c.txt', 'Russian officials said Russian troops pushed back. Russian media said four were killed.'),
    ];
    assert.equal(focusFromCollection(facts, lexiconsOf(registries))[2], facts[2]);
  });

  test('a focus pinned in content/dateline.yml leaves every article as it was read', () => {
    const facts = [read('c.txt', SHORT)];
    assert.equal(focusFromCollection(facts, lexiconsOf({ ...registries, focus: ['SD'] }))[0], facts[0]);
  });
});
