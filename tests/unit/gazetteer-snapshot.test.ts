import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { gazetteerFiles } from '../../src/gazetteer/data-files.ts';
import { readPart } from '../../src/gazetteer/index.ts';
import { fromSnapshot, toSnapshot } from '../../src/gazetteer/snapshot.ts';

const built = readPart(gazetteerFiles(), { country: 'SY', depth: 'primary' });
const read = fromSnapshot(JSON.parse(JSON.stringify(toSnapshot(built))));

describe('the gazetteer part snapshot', () => {
  test('gives back the same tables as building the part from the package data', () => {
    assert.deepEqual(read, built);
  });

  test('keeps the order of places under a name: the best reading stays first', () => {
    const ids = (p: typeof built): string[] => (p.names.get('palmyra') ?? []).map((h) => h.entry.place.id);
    assert.ok(ids(built).length > 0);
    assert.deepEqual(ids(read), ids(built));
  });

  test('keeps one object per place, shared by the tables that point to it', () => {
    const aleppo = read.byId.get('aleppo');
    assert.ok(aleppo);
    assert.equal(read.names.get('aleppo')?.find((h) => h.entry.place.id === 'aleppo')?.entry, aleppo);
  });

  test("holds only its country's places: a Syrian part has no country entries and no Turkish towns", () => {
    assert.ok(built.entries.every((e) => e.place.country === 'SY' && e.place.kind !== 'country'));
    assert.equal(built.byId.get('syria'), undefined);
  });
});
