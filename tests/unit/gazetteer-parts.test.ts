import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Gazetteer, GazetteerEntry, NameHit } from '../../src/gazetteer/index.ts';
import { gazetteerFiles } from '../../src/gazetteer/data-files.ts';
import { loadGazetteer, readGazetteer } from '../../src/gazetteer/index.ts';

/** Every table of a gazetteer as sorted lines of text: two gazetteers that answer alike give the same lines. */
function tables(g: Gazetteer): Record<string, string[]> {
  const entry = (e: GazetteerEntry): string => JSON.stringify(e);
  const hit = (h: NameHit): string => `${h.entry.place.id}@${h.entry.tier}${h.alternate ? '~' : ''}`;
  const lines = <V>(map: ReadonlyMap<string, V>, show: (v: V) => string): string[] => [...map.keys()].map((k) => `${k} ${show(map.get(k) as V)}`).sort();
  return {
    names: lines(g.names, (list) => list.map(hit).join(' ')),
    areaNames: lines(g.areaNames, (list) => list.map((e) => `${e.place.id}@${e.tier}`).join(' ')),
    byId: lines(g.byId, entry),
    governorates: lines(g.governorates, entry),
    skeletons: lines(g.skeletons, (s) => `${s.entry?.place.id ?? '-'} ${[...s.words].join(',')}`),
    firstWords: [...g.firstWords].sort(),
    maxWords: [String(g.maxWords)],
  };
}

/** Every prefix of every name the gazetteer reads. */
function prefixesOf(g: Gazetteer): Set<string> {
  const out = new Set<string>();
  for (const key of [...g.names.keys(), ...g.areaNames.keys()]) for (let n = 1; n <= key.length; n++) out.add(key.slice(0, n));
  return out;
}

describe('a focus read through its parts (the world once, each focus country once per depth)', () => {
  for (const focus of [[], ['SY'], ['SY', 'TR'], ['UA', 'RU'], ['JO', 'SY', 'IQ']]) {
    test(`answers as the gazetteer built whole for the focus [${focus.join(', ')}]`, () => {
      const whole = readGazetteer(gazetteerFiles(), focus);
      const combined = loadGazetteer(focus);
      assert.deepEqual(combined.focus, focus);
      const expected = tables(whole);
      const actual = tables(combined);
      for (const table of Object.keys(expected)) assert.deepEqual(actual[table], expected[table], table);
      for (const prefix of prefixesOf(whole)) assert.ok(combined.prefixes.has(prefix), prefix);
      assert.deepEqual(prefixesOf(combined), prefixesOf(whole));
    });
  }

  test('finds nothing where nothing is: an unknown name, an empty prefix, a prefix of no name', () => {
    const g = loadGazetteer(['SY', 'TR']);
    assert.equal(g.names.get('zzqxnotaplace'), undefined);
    assert.equal(g.prefixes.has(''), false);
    assert.equal(g.prefixes.has('zzqx'), false);
    assert.equal(g.prefixes.has('alepp'), true);
  });

  test('shares one part between focuses: a Syrian town is the same object whatever else is in focus', () => {
    assert.equal(loadGazetteer(['SY']).byId.get('al-bab-sy'), loadGazetteer(['SY', 'TR']).byId.get('al-bab-sy'));
  });

  test('ranks a country by its place in the focus: Turkish towns rank after Syrian ones when Turkey is second', () => {
    assert.equal(loadGazetteer(['SY', 'TR']).byId.get('gaziantep')?.tier, 1);
    assert.equal(loadGazetteer(['TR', 'SY']).byId.get('gaziantep')?.tier, 0);
    assert.equal(loadGazetteer([]).byId.get('gaziantep')?.tier ?? 99, 99);
  });
});
