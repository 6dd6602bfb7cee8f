import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { contains, gapDays, isFine, union } from '../../src/link/dates.ts';
import { EventIndex } from '../../src/link/event-index.ts';
import type { DateRange } from '../../src/model/types.ts';
import { place, range } from '../helpers/facts.ts';

// Events are filed by keys: a place's id, or a key standing for an area, a country or a figure.
const palmyra = place('palmyra').id;
const aleppo = place('aleppo').id;

describe('the index of events by place and date', () => {
  test('offers a report the events at its place within a day of its dates, and not those weeks away', () => {
    const index = new EventIndex();
    index.update(0, [palmyra], range('2016-12-11'));
    index.update(1, [palmyra], range('2016-12-25'));
    index.update(2, [aleppo], range('2016-12-12'));
    assert.deepEqual(index.near([palmyra], range('2016-12-12'), 1), [0]);
    assert.deepEqual(index.near([palmyra, aleppo], range('2016-12-12'), 1), [0, 2]);
  });

  test('finds an event by the dates it grew to, and at a place it gained later', () => {
    const index = new EventIndex();
    index.update(0, [palmyra], range('2016-12-01'));
    index.update(0, [palmyra, aleppo], range('2016-12-01', '2016-12-06'));
    assert.deepEqual(index.near([palmyra], range('2016-12-07'), 1), [0]);
    assert.deepEqual(index.near([aleppo], range('2016-12-01'), 1), [0]);
  });

  test('offers a month the fine events inside it and the events dated by that very month, but a year only events dated by that year', () => {
    const index = new EventIndex();
    index.update(0, [palmyra], range('2016-12-11'));
    index.update(1, [palmyra], range('2016-12-01', '2016-12-31', 'month'));
    index.update(2, [palmyra], range('2016-11-01', '2016-11-30', 'month'));
    index.update(3, [palmyra], range('2016-01-01', '2016-12-31', 'year'));
    assert.deepEqual(index.near([palmyra], range('2016-12-01', '2016-12-31', 'month'), 1), [0, 1]);
    assert.deepEqual(index.near([palmyra], range('2016-01-01', '2016-12-31', 'year'), 1), [3]);
  });

  test('offers a report with no date the events last filed under its keys, whatever their dates, in the order made', () => {
    const index = new EventIndex();
    index.update(0, [palmyra], range('2016-01-11'));
    index.update(1, [aleppo], range('2016-06-01', '2016-06-30', 'month'));
    index.update(2, [palmyra], range('2016-12-11'));
    index.update(0, [palmyra, aleppo], range('2016-01-11', '2016-01-12'));
    assert.deepEqual(index.latest([aleppo, palmyra], 5), [0, 1, 2]);
    // At most one under each key: aleppo holds 1 then 0 (filed there later), palmyra 0 then 2.
    assert.deepEqual(index.latest([aleppo], 1), [0]);
    assert.deepEqual(index.latest([palmyra], 1), [2]);
    assert.deepEqual(index.latest(['homs'], 5), []);
  });

  test('offers, in the order they were made, every event that could take the report (random events, grown at random)', () => {
    const day = fc.integer({ min: 0, max: 120 }).map((n) => new Date(Date.UTC(2016, 10, 1) + n * 86_400_000).toISOString().slice(0, 10));
    const fine = fc.tuple(day, fc.integer({ min: 0, max: 9 })).map(([start, extra]): DateRange => {
      const end = new Date(Date.parse(start) + extra * 86_400_000).toISOString().slice(0, 10);
      return range(start, end);
    });
    const month = fc.constantFrom('2016-11', '2016-12', '2017-01', '2017-02').map((m): DateRange => {
      const last = new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5)), 0)).toISOString().slice(0, 10);
      return range(`${m}-01`, last, 'month');
    });
    const date = fc.oneof(fine, fine, month);
    const places = fc.subarray([palmyra, aleppo, place('homs').id], { minLength: 1 });
    const step = fc.record({ grow: fc.boolean(), date, places });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), date, places, (steps, query, where) => {
        const index = new EventIndex();
        const events: { date: DateRange; places: string[] }[] = [];
        for (const s of steps) {
          const target = s.grow ? events[events.length - 1] : undefined;
          if (target && isFine(target.date) && isFine(s.date)) {
            target.date = union(target.date, s.date);
            for (const p of s.places) if (!target.places.includes(p)) target.places.push(p);
            index.update(events.length - 1, target.places, target.date);
          } else {
            events.push({ date: s.date, places: [...s.places] });
            index.update(events.length - 1, s.places, s.date);
          }
        }
        const offered = index.near(where, query, 1);
        assert.deepEqual(
          offered,
          [...offered].sort((a, b) => a - b),
        );
        events.forEach((e, i) => {
          if (!e.places.some((p) => where.includes(p))) return;
          const couldTake = isFine(query)
            ? isFine(e.date) && gapDays(e.date, query) <= 1
            : (query.precision === 'month' && isFine(e.date) && contains(query, e.date)) || (e.date.start === query.start && e.date.end === query.end);
          if (couldTake) assert.ok(offered.includes(i), `event ${i} (${e.date.start}..${e.date.end}) not offered`);
        });
      }),
      { numRuns: 300 },
    );
  });
});
