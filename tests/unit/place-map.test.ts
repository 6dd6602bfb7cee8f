/** A place page's map: where the place lies among the places with the most events, all marks alike. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mapMarks, type MapPlace } from '../../src/output/map.ts';
import { buildView } from '../../src/output/view/index.ts';
import type { TimelineData } from '../../src/model/schema.ts';
import { fixtureTimeline } from '../browser/fixture-timeline.ts';

const place = (id: string, lat: number, lon: number, events: number): MapPlace => ({ id, name: id, url: `/places/${id}/`, lat, lon, events });

/** The fixture with `copies` more events at `placeId`, each a copy of its first event there under a new id. */
function moreEventsAt(data: TimelineData, placeId: string, copies: number): TimelineData {
  const model = data.events.find((e) => e.places.includes(placeId));
  assert.ok(model, `the fixture has an event at ${placeId}`);
  return { ...data, events: [...data.events, ...Array.from({ length: copies }, (_, i) => ({ ...model, id: `${model.id}-copy-${i}` }))] };
}

/** The fixture with `count` more cities near Homs, each with one event (a copy of the fixture's first, moved there). */
function moreCities(data: TimelineData, count: number): TimelineData {
  const [city] = data.places.filter((p) => p.id === 'homs');
  const [event] = data.events;
  assert.ok(city && event);
  const ids = Array.from({ length: count }, (_, i) => `town-${String(i).padStart(2, '0')}`);
  return {
    ...data,
    places: [...data.places, ...ids.map((id, i) => ({ ...city, id, name: `Town ${i}`, lat: city.lat + 0.05 * (i + 1), lon: city.lon + 0.05 * (i + 1) }))],
    events: [...data.events, ...ids.map((id) => ({ ...event, id: `e-${id}`, places: [id] }))],
  };
}

describe("a map whose marks are not sized by events (a place page's)", () => {
  test("draws every mark the same size and says only the page's own place's count", () => {
    const { marks, sized } = mapMarks([place('palmyra', 34.56, 38.28, 9), place('homs', 34.73, 36.72, 1), place('hama', 35.13, 36.75, 3)], 'homs', undefined, {
      sized: false,
    });
    assert.equal(sized, false);
    assert.equal(new Set(marks.map((m) => m.r)).size, 1);
    assert.deepEqual(marks.map((m) => m.label).sort(), ['hama', 'homs: 1 event', 'palmyra']);
  });

  test('is sized by events unless told otherwise (the home page)', () => {
    const { marks, sized } = mapMarks([place('palmyra', 34.56, 38.28, 9), place('homs', 34.73, 36.72, 1)]);
    assert.equal(sized, true);
    assert.ok(marks[0]!.r > marks[1]!.r);
  });
});

describe("a place page's map", () => {
  test("stays the same when another place's count of events changes, while the home page's map grows that place", () => {
    const before = buildView(fixtureTimeline());
    const after = buildView(moreEventsAt(fixtureTimeline(), 'aleppo', 3));
    const palmyra = (v: typeof before) => v.places.find((p) => p.id === 'palmyra')?.map;
    assert.ok(palmyra(before)?.marks.length);
    assert.deepEqual(palmyra(after), palmyra(before));
    const aleppoMark = (v: typeof before) => v.map.marks.find((m) => m.id === 'aleppo')?.r ?? 0;
    assert.ok(aleppoMark(after) > aleppoMark(before));
  });

  test('shows at most ten other places, those with the most events, and always its own', () => {
    const view = buildView(moreEventsAt(moreCities(fixtureTimeline(), 14), 'palmyra', 2));
    assert.ok(view.map.marks.length > 11, 'the home page shows every place with events');
    const town = view.places.find((p) => p.id === 'town-13');
    assert.ok(town);
    const shown = town.map.marks.map((m) => m.id);
    assert.ok(shown.length <= 11, shown.join(' '));
    assert.ok(shown.includes('town-13'), 'its own place');
    assert.ok(shown.includes('palmyra'), 'the place with the most events');
    assert.deepEqual(
      town.map.marks.filter((m) => m.current).map((m) => m.id),
      ['town-13'],
    );
  });
});
