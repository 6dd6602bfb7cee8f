import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mapBase, mapMarks, type MapPlace } from '../../src/output/map.ts';

const place = (id: string, lat: number, lon: number, events: number): MapPlace => ({ id, name: id, url: `/places/${id}/`, lat, lon, events });

describe('the map of Syria and its neighbours', () => {
  test('draws Syria and its neighbours from Natural Earth, and nothing far away', () => {
    const names = mapBase().countries.map((c) => c.name);
    for (const n of ['Syria', 'Lebanon', 'Turkey', 'Iraq', 'Jordan']) assert.ok(names.includes(n), n);
    assert.ok(!names.includes('Russia') && !names.includes('Brazil'));
    assert.equal(mapBase().countries.at(-1)?.name, 'Syria');
  });

  test('places Aleppo north-west of Palmyra, and Palmyra north-east of Damascus', () => {
    const { marks } = mapMarks([place('aleppo', 36.2, 37.16, 1), place('palmyra', 34.56, 38.28, 1), place('damascus', 33.51, 36.29, 1)]);
    const at = (id: string) => marks.find((m) => m.id === id)!;
    assert.ok(at('aleppo').x < at('palmyra').x && at('aleppo').y < at('palmyra').y);
    assert.ok(at('damascus').x < at('palmyra').x && at('damascus').y > at('palmyra').y);
  });

  test('sizes marks by number of events and names them for screen readers', () => {
    const { marks } = mapMarks([place('palmyra', 34.56, 38.28, 4), place('homs', 34.73, 36.72, 1)]);
    assert.ok(marks[0]!.r > marks[1]!.r);
    assert.equal(marks[0]!.label, 'palmyra: 4 events');
    assert.equal(marks[1]!.label, 'homs: 1 event');
  });

  test('highlights the page\'s own place', () => {
    const { marks } = mapMarks([place('palmyra', 34.56, 38.28, 4), place('homs', 34.73, 36.72, 1)], 'homs');
    assert.deepEqual(marks.filter((m) => m.current).map((m) => m.id), ['homs']);
  });
});

describe('the map: names that would overlap', () => {
  test('writes the page\'s own place and keeps a neighbour\'s name from covering it', () => {
    const { marks } = mapMarks([place('Rif-Dimashq Governorate', 33.6, 36.4, 9), place('Damascus', 33.51, 36.29, 3)], 'Damascus');
    const shown = marks.filter((m) => m.showLabel).map((m) => m.id);
    assert.deepEqual(shown, ['Damascus']);
  });
});

describe('the map: places it does not draw', () => {
  test('lists Moscow and Geneva as off the map instead of stretching it', () => {
    const { marks, offMap } = mapMarks([place('moscow', 55.75, 37.62, 2), place('geneva', 46.2, 6.14, 1)]);
    assert.deepEqual(marks, []);
    assert.deepEqual(offMap.map((p) => p.id), ['moscow', 'geneva']);
  });
});
