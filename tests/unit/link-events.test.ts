import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lexiconsOf } from '../helpers/context.ts';
import { linkEvents } from '../../src/link/events.ts';
import { buildTimeline } from '../../src/link/index.ts';
import { claim, event, facts, figure, place, range } from '../helpers/facts.ts';

const palmyra = place('palmyra');
const aleppo = place('aleppo');

describe('linking events across articles', () => {
  test('links "last night" (10-11 Dec) and "on Sunday" (11 Dec) in the same city as one event', () => {
    const linked = linkEvents([
      facts('a', '2016-12-11', [event(range('2016-12-10', '2016-12-11'), [palmyra], 'withdrawal')]),
      facts('b', '2016-12-11', [event(range('2016-12-11'), [palmyra], 'strikes')]),
    ]);
    assert.equal(linked.length, 1);
    assert.equal(linked[0]!.reports.length, 2);
    assert.deepEqual(linked[0]!.date, range('2016-12-10', '2016-12-11'));
  });

  test('links reports a day apart ("overnight" on 1-2 Mar, "on Friday" 3 Mar)', () => {
    const linked = linkEvents([
      facts('a', '2017-03-02', [event(range('2017-03-01', '2017-03-02'), [palmyra], 'withdrawal')]),
      facts('b', '2017-03-04', [event(range('2017-03-03'), [palmyra], 'toll')]),
    ]);
    assert.equal(linked.length, 1);
  });

  test('joins a report that dates the strike only to "last week" to the day inside it that shares its toll, without widening it', () => {
    const toll = (when: ReturnType<typeof range>) => [claim(figure(300, 'killed', 'people'), 'council', when, palmyra)];
    const lastWeek = range('2022-03-13', '2022-03-25');
    const day = range('2022-03-16');
    // In either order in the files: the report dated to the day founds the event.
    for (const order of [0, 1]) {
      const reports = [
        facts('vague', '2022-03-26', [event(lastWeek, [palmyra], 'strikes', [0])], toll(lastWeek)),
        facts('dated', '2022-03-25', [event(day, [palmyra], 'strikes', [0])], toll(day)),
      ];
      const linked = linkEvents(order ? reports.reverse() : reports);
      assert.equal(linked.length, 1, `order ${order}`);
      assert.deepEqual(linked[0]!.date, day);
    }
    // Without a telling figure in common, a span is too loose to join a day by place alone.
    const apart = linkEvents([
      facts('vague', '2022-03-26', [event(lastWeek, [palmyra], 'strikes', [0])], [claim(figure(4, 'killed', 'people'), 'council', lastWeek, palmyra)]),
      facts('dated', '2022-03-25', [event(day, [palmyra], 'strikes', [0])], toll(day)),
    ]);
    assert.equal(apart.length, 2);
  });

  test('does not link the same place in different months', () => {
    const linked = linkEvents([
      facts('a', '2016-12-11', [event(range('2016-12-11'), [palmyra])]),
      facts('b', '2017-03-02', [event(range('2017-03-02'), [palmyra])]),
    ]);
    assert.equal(linked.length, 2);
  });

  test('does not link the same night in different cities', () => {
    const linked = linkEvents([
      facts('a', '2016-12-11', [event(range('2016-12-11'), [palmyra])]),
      facts('b', '2016-12-11', [event(range('2016-12-11'), [aleppo])]),
    ]);
    assert.equal(linked.length, 2);
  });

  test('does not link a bombing with a ceasefire agreement in the same city on the same day', () => {
    const linked = linkEvents([
      facts('a', '2016-12-11', [event(range('2016-12-11'), [aleppo], 'bombing')]),
      facts('b', '2016-12-11', [event(range('2016-12-11'), [aleppo], 'agreement')]),
    ]);
    assert.equal(linked.length, 2);
  });

  test('joins background mentions of the same month ("liberated in March 2016") into one past event', () => {
    const march = range('2016-03-01', '2016-03-31', 'month');
    const linked = linkEvents([
      facts('a', '2016-12-11', [event(range('2016-12-11'), [palmyra]), event(march, [palmyra], 'capture', [], true)]),
      facts('b', '2017-03-02', [event(range('2017-03-02'), [palmyra]), event(march, [palmyra], 'capture', [], true)]),
    ]);
    assert.equal(linked.length, 3);
    const past = linked.find((e) => e.date.start === '2016-03-01');
    assert.equal(past?.reports.length, 2);
  });

  test('does not stretch an event back to a background day told beside the news ("the attack began on Thursday")', () => {
    const linked = linkEvents([
      facts('a', '2016-12-11', [event(range('2016-12-10', '2016-12-11'), [palmyra], 'withdrawal')]),
      facts('b', '2016-12-11', [event(range('2016-12-11'), [palmyra], 'withdrawal'), event(range('2016-12-08'), [palmyra], 'attack', [], true)]),
    ]);
    assert.deepEqual(
      linked.map((e) => [e.date.start, e.date.end, e.reports.length]),
      [
        ['2016-12-10', '2016-12-11', 2],
        ['2016-12-08', '2016-12-08', 1],
      ],
    );
  });

  test('lets a background day join the event of that very day', () => {
    const linked = linkEvents([
      facts('a', '2016-12-08', [event(range('2016-12-08'), [palmyra], 'attack')]),
      facts('b', '2016-12-11', [event(range('2016-12-11'), [palmyra], 'withdrawal'), event(range('2016-12-08'), [palmyra], 'attack', [], true)]),
    ]);
    assert.equal(linked.find((e) => e.date.start === '2016-12-08')?.reports.length, 2);
  });

  test('attaches a coarse mention ("in December 2016") to the one finer event it contains', () => {
    const linked = linkEvents([
      facts('a', '2016-12-11', [event(range('2016-12-10', '2016-12-11'), [palmyra], 'withdrawal')]),
      facts('b', '2017-03-02', [event(range('2017-03-02'), [palmyra]), event(range('2016-12-01', '2016-12-31', 'month'), [palmyra], 'capture', [], true)]),
    ]);
    const december = linked.find((e) => e.date.start.startsWith('2016-12'));
    assert.equal(december?.reports.length, 2);
    assert.equal(december?.date.precision, 'days', 'the finer date is kept');
  });

  test('keeps an event without a place to itself', () => {
    const linked = linkEvents([facts('a', '2016-12-11', [event(range('2016-12-11'), [])]), facts('b', '2016-12-11', [event(range('2016-12-11'), [])])]);
    assert.equal(linked.length, 2);
  });
});

describe('linking vague dates', () => {
  test('does not attach "late last year" (a season) to a dated event inside it', () => {
    const linked = linkEvents([
      facts('a', '2016-12-11', [event(range('2016-10-18'), [place('aleppo')], 'strikes')]),
      facts('b', '2017-03-04', [
        event(range('2017-03-03'), [place('palmyra')]),
        event(range('2016-09-01', '2016-12-31', 'season'), [place('aleppo')], 'capture', [], true),
      ]),
    ]);
    assert.equal(linked.length, 3);
  });
});

describe("an article's events", () => {
  test('list an event once when the article tells of it twice (its news and a background day inside it)', () => {
    const town = place('northbridge');
    const data = buildTimeline(
      [
        facts('a', '2024-05-03', [event(range('2024-05-01', '2024-05-03'), [town], 'attack')]),
        facts('b', '2024-05-03', [event(range('2024-05-03'), [town], 'attack'), event(range('2024-05-01'), [town], 'attack', [], true)]),
      ],
      lexiconsOf({ sources: [], claimants: [], places: [], notPlaces: [] }),
    );
    assert.equal(data.events.length, 1);
    assert.deepEqual(data.articles.find((a) => a.id === 'b')?.events, [data.events[0]?.id]);
  });
});
