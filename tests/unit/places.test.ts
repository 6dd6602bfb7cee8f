import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPlaces, rankPlaces } from '../../src/extract/places/index.ts';
import type { PlaceMention, Registries } from '../../src/model/types.ts';
import { contextOf } from '../helpers/context.ts';

/** A small registry of its own, so these tests do not move when content/places.yml is edited. */
const registries: Registries = {
  sources: [],
  claimants: [],
  places: [
    { name: 'Palmyra', aliases: ['Tadmur', 'Tadmor', 'Palmyra triangle', 'Palmyra citadel'] },
    { name: 'Raqqa', aliases: ['Raqqah', 'al-Raqqa'] },
    { name: 'rif-dimashq-governorate', aliases: ['Eastern Ghouta', 'Damascus countryside', 'rural Damascus'] },
    { name: 'United States', aliases: ['US', 'U.S.'] },
  ],
  notPlaces: ['Hamas', 'Islamic State of Iraq and al-Sham'],
  // These sentences are about Syria without always saying so: the focus is pinned as content/dateline.yml would.
  focus: ['SY'],
};
const ctx = { reference: '2016-12-11', registries };

function mentions(text: string): PlaceMention[] {
  return extractPlaces(contextOf(text, ctx));
}
function ids(text: string): string[] {
  return mentions(text).map((m) => m.place.id);
}
function ranked(title: string, body: string): string[] {
  // The headline read on its own, as a sentence of index -1.
  const titleMentions = extractPlaces({ ...contextOf('', ctx), sentences: [{ index: -1, span: [0, title.length], text: title }] });
  return rankPlaces(titleMentions, extractPlaces(contextOf(body, ctx)), ['SY']);
}

test('reads "Palmyra" and GeoNames\' "Tadmur" as one place named Palmyra, in Homs, Syria', () => {
  const found = mentions('Daesh seized Palmyra, also known in Arabic as Tadmur.');
  assert.deepEqual(
    found.map((m) => [m.text, m.place.id]),
    [
      ['Palmyra', 'palmyra'],
      ['Tadmur', 'palmyra'],
    ],
  );
  const place = found[0]?.place;
  assert.equal(place?.name, 'Palmyra');
  assert.equal(place?.admin1, 'Homs');
  assert.equal(place?.country, 'SY');
  assert.equal(place?.kind, 'city');
  assert.ok(place && Math.abs(place.lat - 34.56) < 0.1 && Math.abs(place.lon - 38.28) < 0.1);
});

test('gives each mention its span in the body', () => {
  const body = 'Clashes went on.\n\nThe army entered Aleppo on Sunday.';
  const [m] = mentions(body);
  assert.equal(m?.text, 'Aleppo');
  assert.equal(body.slice(m?.span[0], m?.span[1]), 'Aleppo');
  assert.equal(m?.sentence, 1);
});

test('reads the transliterations of Raqqa and of Deir ez-Zor', () => {
  assert.deepEqual(ids('Raqqa, Raqqah, Ar-Raqqah and al-Raqqa.'), ['raqqa', 'raqqa', 'raqqa', 'raqqa']);
  assert.deepEqual(ids('Deir ez-Zor, Deir Ezzor, Deir al-Zour and Deir az-Zour.'), Array(4).fill('deir-ez-zor-sy'));
});

test('reads an unlisted spelling of a Syrian name of several words by its consonants: "Deir Ezour"', () => {
  assert.deepEqual(ids('The army fought near Deir Ezour, by the airport.'), ['deir-ez-zor-sy']);
});

test('reads "al-Bab" with its article, and "Manbij" and its spelling "Menbij"', () => {
  assert.deepEqual(ids("Ankara's forces took Syria's al-Bab and moved on Manbij, or Menbij."), ['syria', 'al-bab-sy', 'manbij-sy', 'manbij-sy']);
});

test('reads a possessive whose apostrophe the page lost: "Syrias Quneitra"', () => {
  assert.deepEqual(ids('A car bomb exploded in Syrias Quneitra.'), ['syria', 'al-qunaytirah-sy']);
});

test('reads "Homs Province", "Homs governorate" and "the province of Hama" as governorates with their own admin1', () => {
  const found = mentions('Palmyra lies in Homs Province. Fighting spread to the province of Hama and to Homs governorate.');
  assert.deepEqual(
    found.map((m) => [m.text, m.place.id]),
    [
      ['Palmyra', 'palmyra'],
      ['Homs Province', 'homs-governorate'],
      ['province of Hama', 'hama-governorate'],
      ['Homs governorate', 'homs-governorate'],
    ],
  );
  const homs = found[1]?.place;
  assert.equal(homs?.kind, 'governorate');
  assert.equal(homs?.name, 'Homs Governorate');
  assert.equal(homs?.admin1, 'Homs');
});

test('reads "Aleppo countryside" and "rural Idlib" as governorates, "Manbij countryside" as Manbij', () => {
  assert.deepEqual(ids('They fled the Aleppo countryside for rural Idlib and the Manbij countryside.'), [
    'aleppo-governorate',
    'idlib-governorate',
    'manbij-sy',
  ]);
});

test('reads registry aliases: "Eastern Ghouta" and "rural Damascus" as Rif Dimashq', () => {
  assert.deepEqual(ids('Strikes hit Eastern Ghouta and rural Damascus.'), ['rif-dimashq-governorate', 'rif-dimashq-governorate']);
});

test('reads a registry alias of several words whole: "the Palmyra triangle"', () => {
  const [m] = mentions('The army retook the Palmyra triangle west of the city.');
  assert.equal(m?.text, 'Palmyra triangle');
  assert.equal(m?.place.id, 'palmyra');
});

test('reads countries with ISO codes: Syria, Russia, Turkey, Lebanon, and "the U.S." by a registry alias', () => {
  const found = mentions('Russia, Turkey and the U.S. met on Syria and Lebanon.');
  assert.deepEqual(
    found.map((m) => [m.place.id, m.place.country, m.place.kind]),
    [
      ['russia', 'RU', 'country'],
      ['turkey', 'TR', 'country'],
      ['united-states', 'US', 'country'],
      ['syria', 'SY', 'country'],
      ['lebanon', 'LB', 'country'],
    ],
  );
});

test('reads a capital where something happens in it: "a statement issued in Moscow"', () => {
  assert.deepEqual(ids('In a statement issued in Moscow, the ministry said 64 strikes were carried out.'), ['moscow']);
});

test('reads a dateline in capitals: "BEIRUT, Lebanon:"', () => {
  assert.deepEqual(ids('BEIRUT, Lebanon: A Russian aerial onslaught killed scores of fighters.'), ['beirut', 'lebanon']);
});

test('ranks the place of the headline and lead first, and a Syrian city before Syria', () => {
  const ranking = ranked(
    'Russian onslaught forces Daesh out of Syria’s Palmyra',
    'BEIRUT, Lebanon: A Russian onslaught killed scores in Syria’s Palmyra.\n\nMoscow has been criticised for strikes on Aleppo.',
  );
  assert.equal(ranking[0], 'palmyra');
  assert.ok(ranking.indexOf('syria') > ranking.indexOf('aleppo'));
  assert.ok(ranking.indexOf('beirut') > ranking.indexOf('palmyra'));
});

test('ranks a city above the governorate and country named as often', () => {
  assert.deepEqual(ranked('Clashes in Homs', 'Clashes in Homs province, Syria. Homs is besieged.').slice(0, 1), ['homs-sy']);
});

test('ranks a town whose governorate is also named before a town named as often alone', () => {
  // Hama comes first and both are named once, but "Aleppo province" supports Manbij, which lies in it.
  const ranking = ranked('Air strikes kill 10', 'Strikes hit Hama and Manbij in Aleppo province.');
  assert.equal(ranking[0], 'manbij-sy');
  assert.ok(ranking.indexOf('hamah-sy') > 0);
});

test('ranks nothing for an article without places', () => {
  assert.deepEqual(ranked('A statement', 'The ministry said the talks went well.'), []);
});

test('reads a list of places whose commas were lost: "rockets struck Tartous Latakia and Idlib"', () => {
  assert.deepEqual(ids('Rockets fired from the hills struck Tartous Latakia and Idlib early on Sunday morning.'), ['tartus-sy', 'latakia-sy', 'idlib-sy']);
  // An alternate spelling before a capitalised word that is no place still starts another name.
  assert.deepEqual(ids('Ten people were killed near the Tartous Marina Club.'), []);
});

test('reads "the Aleppo hospital director" as the city, not a site of its own: a city has many hospitals', () => {
  assert.deepEqual(ids('The Aleppo hospital director said the wards were full.'), ['aleppo']);
  // A site a city has one of is still a site: "Hama airport".
  assert.match(ids('Rebels shelled Hama airport at dawn.')[0] ?? '', /airport/);
});
