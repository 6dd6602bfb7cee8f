import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readArticlePlaces } from '../../src/extract/places/index.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import type { Registries } from '../../src/model.ts';

const registries: Registries = { sources: [], claimants: [], places: [], notPlaces: [] };
const read = (title: string, body: string) =>
  readArticlePlaces({ index: -1, span: [0, title.length], text: title }, splitSentences(body), { reference: '2023-05-02', registries });

test('a headline country that speaks is the place of an article that names no other', () => {
  const places = read('Peru says 6,000 people evacuated from flooded towns', 'A total of 6,000 people left Peruvian towns on Friday, the minister said in a statement.');
  assert.deepEqual(places.ranking.slice(0, 1), ['peru']);
});

test('a headline country that speaks is no place when the article names where things happened', () => {
  const places = read('Peru says 6,000 people evacuated from flooded towns', 'A total of 6,000 people left Arequipa on Friday, the minister said.');
  assert.ok(!places.title.some((m) => m.place.kind === 'country'));
  assert.ok(places.ranking.length > 0);
});
