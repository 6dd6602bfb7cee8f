import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractArticle } from '../../src/extract/pipeline.ts';
import { ingestArticle } from '../../src/ingest/index.ts';
import { buildTimeline } from '../../src/link/index.ts';
import { placesFromCollection, spellingKey } from '../../src/link/places-from-collection.ts';
import type { ArticleFacts } from '../../src/model/types.ts';
import { loadRegistries } from '../../src/registry/load.ts';
import { ROOT } from '../helpers/build-site.ts';
import { lexiconsOf } from '../helpers/context.ts';

const { registries } = loadRegistries(`${ROOT}/content`);

function read(file: string, text: string, published: string | null = '2025-03-04'): ArticleFacts {
  const front = published ? `---\npublished: ${published}\n---\n` : '';
  return extractArticle(ingestArticle({ file, bytes: Buffer.from(`${front}${text}\n`) }, registries), lexiconsOf(registries));
}

/** One report locates the village ("the village of X near Y"); the other names it bare. */
const LOCATES = 'Seven people were killed and 12 wounded on Monday when shells hit the village of Novaya Bukva near Kharkiv, Ukraine, officials said.';
const NAMES_BARE = 'Seven people were killed and 12 wounded on Monday when shells fell at Novaya Bukva, officials in the Kharkiv region of Ukraine said.';

describe('places other reports of the collection locate', () => {
  test('a report that names a village bare is read with the place another report locates it at', () => {
    const facts = [read('a.txt', LOCATES), read('b.txt', NAMES_BARE)];
    const village = facts[0]!.places.find((m) => m.text === 'Novaya Bukva')?.place;
    assert.equal(village?.kind, 'city');
    assert.ok(!facts[1]!.places.some((m) => m.text === 'Novaya Bukva'), 'alone, the bare name is no place');
    const again = placesFromCollection(facts, lexiconsOf(registries));
    assert.ok(again[1]!.places.some((m) => m.text === 'Novaya Bukva' && m.place.id === village?.id));
    assert.equal(again[1]!.claims.find((c) => c.figure.value === 7)?.place?.id, village?.id, 'its figure is placed there too');
    assert.equal(again[0], facts[0], 'the report that located it is left as it was');
  });

  test('a report that locates the village only in its country takes the finer place another report gives it', () => {
    const inCountry = 'Seven people were killed on Monday when shells hit the small village of Novaya Bukva in eastern Ukraine, officials said.';
    const facts = [read('a.txt', LOCATES), read('b.txt', inCountry)];
    const village = facts[0]!.places.find((m) => m.text === 'Novaya Bukva')?.place;
    const coarse = facts[1]!.places.find((m) => m.text === 'Novaya Bukva')?.place;
    assert.ok(village && coarse && coarse.id !== village.id && coarse.admin1 === null, 'alone, it is the village in the country');
    const again = placesFromCollection(facts, lexiconsOf(registries));
    assert.equal(again[1]!.places.find((m) => m.text === 'Novaya Bukva')?.place.id, village.id);
  });

  test('an undated copy that names the village bare is dated from the report it repeats, at the same place', () => {
    const data = buildTimeline([read('a.txt', LOCATES, '2025-03-04'), read('b.txt', NAMES_BARE, null)], lexiconsOf(registries));
    const copy = data.articles.find((a) => a.file.endsWith('b.txt'));
    assert.equal(copy?.published, '2025-03-04');
    assert.equal(data.events.length, 1, 'one event, with both reports');
  });

  test('a village spelt another way ("Novaya Bukvah", "Novaya Buukva") is the village another report locates more finely', () => {
    const otherSpelling = 'Seven people were killed on Monday when shells hit the small village of Novaya Bukvah in eastern Ukraine, officials said.';
    const facts = [read('a.txt', LOCATES), read('b.txt', otherSpelling)];
    const village = facts[0]!.places.find((m) => m.text === 'Novaya Bukva')?.place;
    const apart = facts[1]!.places.find((m) => m.text === 'Novaya Bukvah')?.place;
    assert.ok(village && apart && apart.id !== village.id, 'alone, each spelling is its own place');
    const again = placesFromCollection(facts, lexiconsOf(registries));
    assert.equal(again[1]!.places.find((m) => m.text === 'Novaya Bukvah')?.place.id, village.id);
    assert.equal(spellingKey('wadalnourah'), spellingKey('wadalnoora'));
    assert.notEqual(spellingKey('zabarmari'), spellingKey('zamarmari'));
  });

  test('a village located in another country is not read into a report about this one', () => {
    const facts = [
      read('a.txt', LOCATES),
      read('b.txt', 'Seven people were killed on Monday when shells fell at Novaya Bukva, officials in the Darfur region of Sudan said.'),
    ];
    const again = placesFromCollection(facts, lexiconsOf(registries));
    assert.equal(again[1], facts[1]);
  });

  test('a site stays in the article that locates it: a bare name elsewhere is not the site', () => {
    const facts = [
      read('a.txt', 'Shells hit the Novaya Bukva market in Kharkiv, Ukraine, on Monday, killing seven people, officials said.'),
      read('b.txt', NAMES_BARE),
    ];
    assert.ok(facts[0]!.places.some((m) => m.place.kind === 'site' && m.place.name.startsWith('Novaya Bukva')));
    assert.equal(placesFromCollection(facts, lexiconsOf(registries))[1], facts[1]);
  });
});
