import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { adminAreas, cleanAdminName, compassForms } from '../../src/gazetteer/admin-areas.ts';
import { buildGazetteer } from '../../src/gazetteer/build.ts';
import { parseCities, type GeoNamesCity } from '../../src/gazetteer/geonames.ts';
import { keepsCity } from '../../src/gazetteer/scope.ts';
import { sortHits } from '../../src/gazetteer/part.ts';
import type { NameHit } from '../../src/gazetteer/types.ts';
import { foldKey, keyWithoutArticle, loadGazetteer, placeSlug, skeletonKey } from '../../src/gazetteer/index.ts';
import { unresolvedPlaceEntries } from '../../src/extract/places/lexicon.ts';
import { loadRegistries } from '../../src/registry/load.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

test('folds spellings of one name to one key, ignoring accents, apostrophes, hyphens and spaces', () => {
  assert.equal(foldKey('Deir ez-Zor'), 'deirezzor');
  assert.equal(foldKey('Deir Ezzor'), 'deirezzor');
  assert.equal(foldKey('Ḩamāh'), 'hamah');
  assert.equal(foldKey('Za’araya'), 'zaaraya');
  assert.equal(foldKey('İdlib'), 'idlib');
});

test('drops a leading Arabic article from a name: "Ar Raqqah" is also "Raqqah"', () => {
  assert.equal(keyWithoutArticle('Ar Raqqah'), 'raqqah');
  assert.equal(keyWithoutArticle('al-Bab'), 'bab');
  assert.equal(keyWithoutArticle('Aleppo'), null);
});

test('gives "Deir Ezour", "Deir az-Zour" and "Deir ez-Zor" one consonant skeleton, and none to one word', () => {
  assert.equal(skeletonKey(['deir', 'ezour']), 'drzr');
  assert.equal(skeletonKey(['deir', 'az', 'zour']), 'drzr');
  assert.equal(skeletonKey(['deir', 'ez', 'zor']), 'drzr');
  assert.equal(skeletonKey(['hierapolis']), null);
});

test('makes readable slugs: "Deir ez-Zor" -> deir-ez-zor, "Za\'araya" -> zaaraya', () => {
  assert.equal(placeSlug('Deir ez-Zor'), 'deir-ez-zor');
  assert.equal(placeSlug("Za'araya"), 'zaaraya');
  assert.equal(placeSlug('Ma`arrat an Nu`man'), 'maarrat-an-numan');
});

test('cleans first-level area names: "Damascus Governorate" -> Damascus, "Rif-dimashq" -> Rif-Dimashq', () => {
  assert.equal(cleanAdminName('Damascus Governorate'), 'Damascus');
  assert.equal(cleanAdminName('Rif-dimashq'), 'Rif-Dimashq');
  assert.equal(cleanAdminName('Deir ez-Zor'), 'Deir ez-Zor');
});

test('writes an area beginning with a compass word in both forms, and a compass word alone in one', () => {
  assert.deepEqual(compassForms('Northern Darfur'), ['Northern Darfur', 'North Darfur']);
  assert.deepEqual(compassForms('West Kordofan'), ['West Kordofan', 'Western Kordofan']);
  assert.deepEqual(compassForms('Northern'), ['Northern']);
  assert.deepEqual(compassForms('Central Darfur'), ['Central Darfur']);
  assert.deepEqual(compassForms('Northland'), ['Northland']);
});

/** Two rows in the GeoNames dump's layout (19 tab-separated columns). */
function row(cols: { id: number; name: string; alternates: string; fc: string; cc: string; admin1: string; pop: number; lat?: number }): string {
  return [
    cols.id,
    cols.name,
    cols.name,
    cols.alternates,
    cols.lat ?? 34.5,
    38.2,
    'P',
    cols.fc,
    cols.cc,
    '',
    cols.admin1,
    '',
    '',
    '',
    cols.pop,
    '',
    300,
    'Asia/Damascus',
    '2020-01-01',
  ].join('\t');
}

test('parses GeoNames rows, keeping every place of the first focus country and only big places abroad', () => {
  const text = [
    row({ id: 1, name: 'Tadmur', alternates: 'Palmyra,Tadmor,تدمر', fc: 'PPLA2', cc: 'SY', admin1: '11', pop: 51015 }),
    row({ id: 2, name: 'Kafr Hamlet', alternates: '', fc: 'PPLA3', cc: 'SY', admin1: '09', pop: 0 }),
    row({ id: 3, name: 'Smallkoy', alternates: '', fc: 'PPL', cc: 'TR', admin1: '79', pop: 900 }),
    row({ id: 4, name: 'Springfield', alternates: '', fc: 'PPL', cc: 'US', admin1: 'IL', pop: 116000 }),
  ].join('\n');
  const { cities } = parseCities(Buffer.from(text, 'utf8'), (cc, fc, pop) => keepsCity(cc, fc, pop, ['SY']));
  assert.deepEqual(
    cities.map((c) => c.id),
    [1, 2],
  );
  assert.deepEqual(cities[0]?.alternateNames, ['Palmyra', 'Tadmor', 'تدمر']);
  assert.equal(cities[0]?.admin1Code, '11');
  assert.equal(cities[0]?.population, 51015);
});

test('builds stable ids: the bigger namesake keeps the slug with its country, the other gets its governorate too', () => {
  const city = (id: number, name: string, admin1: string, population: number, featureCode = 'PPLA3'): GeoNamesCity => ({
    id,
    name,
    asciiName: name,
    alternateNames: [],
    lat: 35,
    lon: 37,
    featureCode,
    country: 'SY',
    admin1Code: admin1,
    population,
    leading: false,
  });
  const areas = adminAreas([
    { code: 'SY.09', name: 'Aleppo' },
    { code: 'SY.10', name: 'Hama Governorate' },
  ]);
  const seat = city(9, 'Aleppo', '09', 1_800_000, 'PPLA');
  const sources = {
    cities: [city(7, 'Suran', '10', 30716), city(8, 'Suran', '09', 0), seat],
    anchors: [seat],
    areas,
    countries: [{ isoCode: 'SY', name: 'Syria', names: ['Syria'], demonyms: ['Syrian'] }],
    arabicNamed: new Set<string>(),
    focus: ['SY'],
  };
  const g = buildGazetteer(sources);
  assert.equal(g.byId.get('suran-sy')?.place.geonameId, 7);
  assert.equal(g.byId.get('suran-aleppo-sy')?.place.geonameId, 8);
  assert.deepEqual([...buildGazetteer(sources).byId.keys()], [...g.byId.keys()]);
  const aleppo = g.byId.get('aleppo-governorate')?.place;
  assert.deepEqual([aleppo?.name, aleppo?.admin1, aleppo?.kind, aleppo?.lat], ['Aleppo Governorate', 'Aleppo', 'governorate', 35]);
  assert.equal(g.byId.get('syria')?.place.kind, 'country');
});

test("gives a place the same id whatever the focus, and the first focus country's places win ties", () => {
  const ua = loadGazetteer(['UA']);
  const uaRu = loadGazetteer(['RU', 'UA']);
  assert.equal(ua.byId.get('kramatorsk-ua')?.place.geonameId, uaRu.byId.get('kramatorsk-ua')?.place.geonameId);
  assert.equal(ua.names.get('donetsk')?.[0]?.entry.place.country, 'UA');
  assert.equal(loadGazetteer([]).byId.get('kramatorsk-ua'), undefined);
});

test("calls each country's first-level areas by the word its own names use: oblasts in Ukraine", () => {
  assert.equal(loadGazetteer(['UA']).byId.get('donetsk-oblast')?.place.name, 'Donetsk Oblast');
  assert.equal(loadGazetteer(['YE']).byId.get('ibb-governorate')?.place.country, 'YE');
});

test('loads the installed GeoNames data: Aleppo is a city of Aleppo governorate, Syria, with coordinates', () => {
  const aleppo = loadGazetteer(['SY']).byId.get('aleppo')?.place;
  assert.deepEqual([aleppo?.name, aleppo?.admin1, aleppo?.country, aleppo?.kind, aleppo?.geonameId], ['Aleppo', 'Aleppo', 'SY', 'city', 170063]);
  assert.ok(aleppo && Math.abs(aleppo.lat - 36.2) < 0.1 && Math.abs(aleppo.lon - 37.16) < 0.1);
  assert.equal(loadGazetteer(['SY']).byId.get('damascus')?.place.admin1, 'Damascus');
});

test('has the 14 Syrian governorates, each with itself as admin1', () => {
  const govs = [...loadGazetteer(['SY']).byId.values()].map((e) => e.place).filter((p) => p.kind === 'governorate' && p.country === 'SY');
  assert.equal(govs.length, 14);
  for (const g of govs) assert.equal(g.name, `${g.admin1} Governorate`);
  assert.ok(govs.some((g) => g.id === 'homs-governorate'));
  assert.ok(govs.some((g) => g.id === 'rif-dimashq-governorate'));
});

test('has countries with ISO codes and readable ids: syria, russia, turkey', () => {
  const byId = loadGazetteer().byId;
  assert.deepEqual(
    ['syria', 'russia', 'turkey', 'lebanon'].map((id) => byId.get(id)?.place.country),
    ['SY', 'RU', 'TR', 'LB'],
  );
  assert.equal(byId.get('syria')?.place.kind, 'country');
});

test('gives every place a unique slug id', () => {
  for (const id of loadGazetteer().byId.keys()) assert.match(id, SLUG);
});

test('prefers the first focus country\'s place when the second has one of the same name: "Izra"', () => {
  const hits = loadGazetteer(['SY', 'JO']).names.get('izra') ?? [];
  assert.equal(hits[0]?.entry.place.country, 'SY');
  assert.ok(hits.some((h) => h.entry.place.country === 'JO'));
  assert.equal(loadGazetteer(['JO', 'SY']).names.get('izra')?.[0]?.entry.place.country, 'JO');
});

test('does not read alternate names that are short words or generic words: "Bab", "Tall"', () => {
  const names = loadGazetteer(['SY']).names;
  assert.equal(names.get('bab'), undefined);
  assert.equal(names.get('tall'), undefined);
  assert.equal(names.get('albab')?.[0]?.entry.place.id, 'al-bab-sy');
});

test('reads no town named like a word that opens a sentence: "Many civilian bodies" is not Many, Louisiana', () => {
  const names = loadGazetteer(['US']).names;
  assert.equal(names.get('many'), undefined);
  assert.equal(names.get('mobile')?.[0]?.entry.place.country, 'US', 'a town named by a noun is still read');
});

test('every entry of the shipped content/places.yml names a place the gazetteer holds', () => {
  const { registries, errors } = loadRegistries(resolve(import.meta.dirname, '../../content'));
  assert.deepEqual(errors, []);
  assert.ok(registries.places.length > 0);
  assert.deepEqual(unresolvedPlaceEntries(loadGazetteer(['SY']), registries), []);
});

test('names nothing for a registry entry the gazetteer does not hold', () => {
  const registries = { sources: [], claimants: [], places: [{ name: 'Atlantis', aliases: ['Lost City'] }], notPlaces: [] };
  assert.deepEqual(unresolvedPlaceEntries(loadGazetteer(), registries), ['Atlantis']);
});

describe('the places one name may mean, best first', () => {
  const hit = (id: string, population: number, alternate: boolean): NameHit => ({
    entry: {
      place: { id, name: id, admin1: null, country: 'XX', lat: 0, lon: 0, kind: 'city' },
      tier: 0,
      featureRank: 3,
      population,
      admin1Code: null,
      seat: false,
    },
    alternate,
  });
  const order = (...hits: NameHit[]): string[] => sortHits(hits).map((h) => h.entry.place.id);

  test('a place named so before another place spelled so', () => {
    assert.deepEqual(order(hit('spelled-so', 60_000, true), hit('named-so', 15_000, false)), ['named-so', 'spelled-so']);
    assert.deepEqual(order(hit('spelled-so', 9_000, true), hit('named-so', 500, false)), ['named-so', 'spelled-so']);
  });

  test('unless the place spelled so is a town far larger than any named so: the one the news means', () => {
    assert.deepEqual(order(hit('village', 2_000, false), hit('city', 90_000, true)), ['city', 'village']);
  });

  test('reads "Kostyantynivka", a common spelling, as the city in Donetsk, not a village of that name', () => {
    assert.equal(loadGazetteer(['UA']).names.get('kostyantynivka')?.[0]?.entry.place.admin1, 'Donetsk');
  });
});
