import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { claimEvents } from '../../src/link/claim-events.ts';
import { linkEvents } from '../../src/link/events.ts';
import { claim, event, facts, figure, place, range } from '../helpers/facts.ts';

const ashford = place('ashford');
const carrow = place('carrow');
const day = range('2021-05-06');

describe('the event a claim is about', () => {
  const all = [
    facts('a', '2021-05-06', [event(day, [carrow], 'capture', [0])], [claim(figure(93, 'control', 'percent of Carrow'), 'army', day, carrow)]),
    facts(
      'b',
      '2021-05-06',
      [event(day, [ashford], 'strikes', [0, 1])],
      [claim(figure(64, 'strikes', 'air strikes'), 'ministry', day, ashford), claim(figure(93, 'control', 'percent of Carrow'), 'army', day, carrow)],
    ),
  ];
  const events = linkEvents(all);
  const carrowEvent = events.findIndex((e) => e.places[0]?.id === 'carrow');
  const ashfordEvent = events.findIndex((e) => e.places[0]?.id === 'ashford');

  test('is the event of its report where it names that place', () => {
    assert.equal(claimEvents(all, events)[1]![0], ashfordEvent);
  });

  test('is the event at the place it names, where another report there carries the same figure', () => {
    assert.equal(claimEvents(all, events)[1]![1], carrowEvent);
  });

  test('stays with its report where no event at the place it names carries the figure', () => {
    const alone = [all[1]!];
    assert.deepEqual(claimEvents(alone, linkEvents(alone))[0], [0, 0]);
  });

  test('is the event at the place it names that begins the day after its own, not a later one there', () => {
    const control = figure(93, 'control', 'percent of Carrow');
    const dated = [
      facts('a', '2021-05-07', [event(range('2021-05-07'), [carrow], 'capture', [0])], [claim(control, 'army', range('2021-05-07'), carrow)]),
      facts(
        'b',
        '2021-05-06',
        [event(day, [ashford], 'strikes', [0, 1])],
        [claim(figure(64, 'strikes', 'air strikes'), 'ministry', day, ashford), claim(control, 'army', day, carrow)],
      ),
      facts('c', '2021-05-20', [event(range('2021-05-20'), [carrow], 'capture', [0])], [claim(control, 'army', range('2021-05-20'), carrow)]),
    ];
    // In date order, as the timeline links them.
    const linked = linkEvents(dated).sort((x, y) => (x.date.start < y.date.start ? -1 : x.date.start > y.date.start ? 1 : 0));
    const nextDay = linked.findIndex((e) => e.date.start === '2021-05-07');
    assert.equal(claimEvents(dated, linked)[1]![1], nextDay);
  });
});
