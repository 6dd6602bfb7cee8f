import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readArticlePlaces } from '../../src/extract/places/index.ts';
import type { Registries } from '../../src/model/types.ts';
import { contextOf } from '../helpers/context.ts';

const registries: Registries = { sources: [], claimants: [], places: [], notPlaces: [] };
const read = (title: string, body: string) => readArticlePlaces(contextOf(body, { reference: '2023-05-02', registries }, { title }));

test('a headline country that speaks is the place of an article that names no other', () => {
  const places = read(
    'Peru says 6,000 people evacuated from flooded towns',
    'A total of 6,000 people left Peruvian towns on Friday, the minister said in a statement.',
  );
  assert.deepEqual(places.ranking.slice(0, 1), ['peru']);
});

test('a headline country that speaks is no place when the article names where things happened', () => {
  const places = read('Peru says 6,000 people evacuated from flooded towns', 'A total of 6,000 people left Arequipa on Friday, the minister said.');
  assert.ok(!places.title.some((m) => m.place.kind === 'country'));
  assert.ok(places.ranking.length > 0);
});

const readFrom = (outlet: string | null, title: string, body: string) =>
  readArticlePlaces(contextOf(body, { reference: '2023-05-02', registries }, { title, outlet }));

test('an outlet named for a people tips an article that hardly names a country to theirs', () => {
  const title = 'Rebels take the whole city of Huanta after four days';
  const body = 'The rebels took the city after the army withdrew, despite raids by Chilean jets.';
  assert.ok(!readFrom(null, title, body).focus.includes('PE'));
  const read = readFrom('The Peruvian Observer', title, body);
  assert.ok(read.focus.includes('PE'));
  assert.ok(read.body.some((m) => m.place.name === 'Huanta' || m.text === 'Huanta') || read.title.some((m) => m.text === 'Huanta'));
});

test("an outlet's name does not outweigh the places an article names", () => {
  const body = 'Shelling hit Valparaiso and Santiago in Chile on Monday. Chilean officials said Valparaiso was hit again.';
  assert.deepEqual(readFrom('The Peruvian Observer', 'Shelling hits Valparaiso', body).focus.slice(0, 1), ['CL']);
});
