import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readArticlePlaces } from '../../src/extract/places/index.ts';
import type { Registries } from '../../src/model/types.ts';
import { contextOf } from '../helpers/context.ts';

const registries: Registries = { sources: [], claimants: [], places: [], notPlaces: [] };
const ctx = { reference: '2023-05-02', registries };

function read(title: string, body: string) {
  return readArticlePlaces(contextOf(body, ctx, { title }));
}
/** Each body mention as [its text, the place it names]. */
function mentions(title: string, body: string): [string, string][] {
  return read(title, body).body.map((m) => [m.text, m.place.name]);
}

test('reads "the Syrian capital" as Damascus, in the headline and the body', () => {
  const r = read('Car bomb kills 12 in the Syrian capital', 'A car bomb exploded in the Syrian capital on Sunday, killing 12 people, state media said.');
  assert.deepEqual(
    r.title.map((m) => [m.text, m.place.name]),
    [['Syrian capital', 'Damascus']],
  );
  assert.deepEqual(
    r.body.map((m) => [m.text, m.place.name]),
    [['Syrian capital', 'Damascus']],
  );
  assert.equal(r.ranking[0], 'damascus');
});

test('reads "the capital of" an area or a country as its seat or capital, and "Yemen\'s capital" as Sanaa', () => {
  assert.deepEqual(mentions('Air strike', 'An air strike hit the capital of the northern region of Tigray on Thursday, a doctor said.'), [
    ['capital', "Mek'ele"],
    ['region of Tigray', 'Tigray Region'],
  ]);
  assert.deepEqual(mentions('Protests', "Protesters gathered in Yemen's capital on Friday."), [
    ['Yemen', 'Yemen'],
    ['capital', 'Sanaa'],
  ]);
});

test('reads "the capital" alone as the capital the text last named so, else the capital of the country it is about', () => {
  assert.deepEqual(
    mentions('Fighting in Sudan', 'Clashes erupted in the capital on Saturday as the army fought paramilitary forces in Sudan, residents said.'),
    [
      ['capital', 'Khartoum'],
      ['Sudan', 'Sudan'],
    ],
  );
  assert.deepEqual(
    mentions('Drone strike', 'A drone struck Mekelle, the capital of Tigray, on Friday. Residents of the capital said the strike hit a school in Ethiopia.'),
    [
      ['Mekelle', "Mek'ele"],
      ['Tigray', 'Tigray Region'],
      ['capital', "Mek'ele"],
      ['Ethiopia', 'Ethiopia'],
    ],
  );
});

test('adds nothing where the capital is named beside the phrase, measured from, or is no city', () => {
  const none = (body: string) => read('Report', body).body.filter((m) => /capital/i.test(m.text));
  assert.deepEqual(none('Damascus, the Syrian capital, saw no strikes on Monday.'), []);
  assert.deepEqual(none('Houthi rebels fired a missile at the Saudi capital Riyadh on Monday.'), []);
  assert.deepEqual(none('The capital, Sanaa, had power cuts in Yemen.'), []);
  assert.deepEqual(none('Shelling hit a town 25 kilometres north-west of the Syrian capital.'), []);
  assert.deepEqual(none('Shelling hit a village northeast of the capital in Syria.'), []);
  assert.deepEqual(none('The regional capital was calm, and lawmakers in Syria debated capital punishment.'), []);
  assert.deepEqual(none('Aleppo, the former economic capital of Syria, was divided.'), []);
});

test('where someone spoke is no place of the article: "told reporters in", "a statement issued in"', () => {
  const r = read(
    'Strike on a market',
    'An air strike hit a market in Saada province in Yemen, killing 40 people. The spokesman told reporters in Riyadh that the strike was a mistake. In a statement issued in Moscow, Russia called for an inquiry.',
  );
  const ids = r.body.map((m) => m.place.name);
  assert.ok(!ids.includes('Riyadh') && !ids.includes('Moscow'), ids.join(', '));
  assert.ok(read('Talks', 'Officials met in Riyadh to discuss the war in Yemen.').body.some((m) => m.place.name === 'Riyadh'));
  const report = read('Report', 'Strikes on Saada in Yemen killed 40 people, a rights group said in a report released in London.');
  assert.ok(!report.body.some((m) => m.place.name === 'London'));
});
