import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mapBase, mapFrame, mapMarks, type MapPlace } from '../../src/output/map.ts';

const place = (id: string, lat: number, lon: number, events: number, country: string | null = null): MapPlace => ({
  id,
  name: id,
  url: `/places/${id}/`,
  lat,
  lon,
  events,
  country,
});
const syrian = [place('aleppo', 36.2, 37.16, 3, 'SY'), place('palmyra', 34.56, 38.28, 2, 'SY'), place('damascus', 33.51, 36.29, 1, 'SY')];
const ukrainian = [place('kramatorsk', 48.73, 37.59, 5, 'UA'), place('kharkiv', 49.99, 36.23, 1, 'UA'), place('moscow', 55.75, 37.62, 1, 'RU')];

describe("the map frames wherever the collection's places are", () => {
  test('draws Syria and its neighbours for Syrian places, Syria darker and last, and nothing far away', () => {
    const names = mapBase(mapFrame(syrian)).countries.map((c) => c.name);
    for (const n of ['Syria', 'Lebanon', 'Turkey']) assert.ok(names.includes(n), n);
    assert.ok(!names.includes('Brazil') && !names.includes('Ukraine'));
    assert.equal(mapBase(mapFrame(syrian)).countries.at(-1)?.name, 'Syria');
    assert.equal(mapBase(mapFrame(syrian)).countries.at(-1)?.focus, true);
  });

  test('draws Ukraine for Ukrainian places, and lists Moscow off the map rather than stretching it to Russia', () => {
    const frame = mapFrame(ukrainian);
    const base = mapBase(frame);
    assert.equal(base.countries.at(-1)?.name, 'Ukraine');
    assert.ok(!base.countries.some((c) => c.name === 'Syria'));
    const { marks, offMap } = mapMarks(ukrainian, null, frame);
    assert.deepEqual(marks.map((m) => m.id).sort(), ['kharkiv', 'kramatorsk']);
    assert.deepEqual(
      offMap.map((p) => p.id),
      ['moscow'],
    );
  });

  test('keeps one place in its surroundings, and the frame neither too flat nor too tall', () => {
    const frame = mapFrame([place('sanaa', 15.35, 44.2, 1, 'YE')]);
    assert.ok(frame.north - frame.south >= 3);
    const base = mapBase(frame);
    assert.ok(base.height >= 0.5 * base.width && base.height <= 1.15 * base.width);
    assert.equal(base.countries.at(-1)?.name, 'Yemen');
  });

  test('places Aleppo north-west of Palmyra, and Palmyra north-east of Damascus', () => {
    const { marks } = mapMarks(syrian);
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

  test("highlights the page's own place", () => {
    const { marks } = mapMarks([place('palmyra', 34.56, 38.28, 4), place('homs', 34.73, 36.72, 1)], 'homs');
    assert.deepEqual(
      marks.filter((m) => m.current).map((m) => m.id),
      ['homs'],
    );
  });
});

describe('the map: names that would overlap', () => {
  test("writes the page's own place and keeps a neighbour's name from covering it", () => {
    const { marks } = mapMarks([place('Rif-Dimashq Governorate', 33.6, 36.4, 9), place('Damascus', 33.51, 36.29, 3)], 'Damascus', mapFrame(syrian));
    const shown = marks.filter((m) => m.showLabel).map((m) => m.id);
    assert.deepEqual(shown, ['Damascus']);
  });
});

describe('the map: places it does not draw', () => {
  test('lists Moscow and Geneva as off the map instead of stretching it', () => {
    const { marks, offMap } = mapMarks([...syrian, place('moscow', 55.75, 37.62, 2), place('geneva', 46.2, 6.14, 1)]);
    assert.equal(marks.length, 3);
    assert.deepEqual(
      offMap.map((p) => p.id),
      ['moscow', 'geneva'],
    );
  });
});
