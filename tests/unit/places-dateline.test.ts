/**
 * A dateline names where the report was filed ("KYIV, April 8 (EWS) -"), not where its news
 * happened: its places are not the events' unless the text names them again, and the dateline
 * itself never places a figure.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileLexicons } from '../../src/extract/lexicons.ts';
import { extractArticle } from '../../src/extract/pipeline.ts';
import { readArticlePlaces } from '../../src/extract/places/index.ts';
import { ingestArticle } from '../../src/ingest/index.ts';
import type { Registries } from '../../src/model/types.ts';
import { contextOf } from '../helpers/context.ts';

const registries: Registries = { sources: [], claimants: [], places: [], notPlaces: [] };
const read = (body: string) => readArticlePlaces(contextOf(body, { reference: '2023-05-02', registries }, { title: 'Shelling hits a market' }));
const lexicons = compileLexicons(registries);
const placesOfFigures = (body: string): [number | null, string | null][] => {
  const article = ingestArticle(
    { file: 'content/articles/a.txt', bytes: Buffer.from(`---\npublished: 2023-04-08\n---\nShelling hits a market\n\n${body}\n`) },
    registries,
  );
  return extractArticle(article, lexicons).claims.map((c) => [c.figure.value, c.place?.name ?? null]);
};

test('reads a name, a comma and a day opening the story as a dateline: "Kyiv, Feb 1 (EWS) ..."', () => {
  const r = read('Kyiv, Feb 1 (EWS) Shelling hit a market in Kramatorsk in eastern Ukraine, killing eight people.');
  assert.equal(r.filedFrom?.place.name, 'Kyiv');
  assert.ok(!r.ranking.includes('kyiv'));
  assert.equal(r.ranking[0], 'kramatorsk-ua');
  const inSentence = read('Shelling hit a market in Kramatorsk in eastern Ukraine. Officials met in Kyiv, Feb 1, to count the dead.');
  assert.equal(inSentence.filedFrom, null);
});

test('takes every place a slash joins in one dateline as where the report was filed: "MOSCOW/KYIV, July 27 (EWS) -"', () => {
  const r = read('MOSCOW/KYIV, July 27 (EWS) - Shelling hit a market in Kramatorsk in eastern Ukraine, killing eight people.');
  assert.equal(r.filedFrom?.place.name, 'Moscow');
  assert.ok(!r.ranking.includes('kyiv'), r.ranking.join(' '));
  assert.equal(r.ranking[0], 'kramatorsk-ua');
});

test("does not take a bearing from the dateline's place for naming it again: the figure is where the text says", () => {
  assert.deepEqual(
    placesOfFigures('KYIV, April 8 (EWS) - At least 45 people were killed at a market in Irpin in Ukraine, north-west of Kyiv, officials said.'),
    [[45, 'Irpin']],
  );
});

test('places a figure at the dateline when the text names its place again as the scene', () => {
  const body =
    'IRPIN, Ukraine (EWS) - A missile hit a cafe on Thursday, killing at least 51 civilians, officials said. Rescuers searched the ruins of the cafe in Irpin.';
  assert.deepEqual(placesOfFigures(body), [[51, 'Irpin']]);
});

test('does not place a figure where the source it is told by sits: "according to ... officials in Kyiv"', () => {
  const body =
    'IRPIN, Ukraine (EWS) - A missile hit a cafe on Thursday, killing at least 51 civilians, according to the president and other top officials in Kyiv. Rescuers searched the ruins of the cafe in Irpin.';
  assert.deepEqual(placesOfFigures(body), [[51, 'Irpin']]);
  assert.deepEqual(placesOfFigures('A missile killed 12 people in Irpin in Ukraine on Thursday, according to officials. Rescuers searched the ruins.'), [
    [12, 'Irpin'],
  ]);
});

test('does not place a figure at what its place lies across from: "In Kyiv, across the river from Irpin, ..."', () => {
  assert.deepEqual(placesOfFigures('In Kyiv, across the river from Irpin in Ukraine, two civilians were killed in an air strike.'), [[2, 'Kyiv']]);
});

test('does not place the wounded where they were taken, however far: "hospitals in Cherkasy and as far away as Kyiv"', () => {
  const body = 'A missile hit a building in Uman in Ukraine. Roughly 30 people were wounded and taken to hospitals in Cherkasy and as far away as Kyiv.';
  assert.deepEqual(placesOfFigures(body), [[30, 'Uman']]);
});
