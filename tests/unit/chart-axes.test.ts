/** The charts' axes: days as instants, a time scale to pixels, where the ticks fall, and the value axis. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dayStart, dayTicks, monthKey, monthName, monthTicks, paddedDays, textOrder, timeScale } from '../../src/output/charts/time-axis.ts';
import { valueAxis } from '../../src/output/charts/value-axis.ts';

const labels = (ticks: readonly { label: string }[]): string[] => ticks.map((t) => t.label);

describe('the time axis', () => {
  test('an ISO day is the instant its UTC day begins, whatever the machine’s time zone', () => {
    assert.equal(dayStart('2016-12-11').toISOString(), '2016-12-11T00:00:00.000Z');
  });

  test('a time scale places a day in proportion between its ends, and its ends on the edges', () => {
    const x = timeScale(dayStart('2016-01-01'), dayStart('2016-01-11'), 100, 200);
    assert.equal(x(dayStart('2016-01-01')), 100);
    assert.equal(x(dayStart('2016-01-06')), 150);
    assert.equal(x(dayStart('2016-01-11')), 200);
  });

  test('the time scale computes a + t·(b − a), as the charts always did, not d3’s a·(1 − t) + b·t', () => {
    // Those two differ in the last bits for this t; the charts' stored numbers were made with the first.
    const a = 150;
    const b = 944;
    const t = 2 / 7;
    assert.notEqual(a * (1 - t) + b * t, a + t * (b - a));
    const x = timeScale(new Date(0), new Date(7), a, b);
    assert.equal(x(new Date(2)), a + t * (b - a));
  });

  test('a month is named and keyed by the month its instant falls in', () => {
    assert.equal(monthKey(dayStart('2016-12-31')), '2016-12');
    assert.equal(monthName(dayStart('2017-03-02')), 'March 2017');
  });

  test('a short span has a tick every month, with the year on the first and on January', () => {
    assert.deepEqual(labels(monthTicks(dayStart('2016-11-01'), dayStart('2017-03-01'))), ['Nov 2016', 'Dec', 'Jan 2017', 'Feb']);
  });

  test('a middling span has a tick every calendar quarter, none crowding the first', () => {
    assert.deepEqual(labels(monthTicks(dayStart('2016-02-01'), dayStart('2017-06-01'))), ['Feb 2016', 'Jul', 'Oct', 'Jan 2017', 'Apr']);
  });

  test('a span of years has a tick every year, or every few years past ten years (years that divide by the step)', () => {
    assert.deepEqual(labels(monthTicks(dayStart('2010-06-01'), dayStart('2014-03-01'))), ['2011', '2012', '2013', '2014']);
    assert.deepEqual(labels(monthTicks(dayStart('1990-01-01'), dayStart('2016-01-01'))), ['1992', '1995', '1998', '2001', '2004', '2007', '2010', '2013']);
  });

  test('the ticks never reach the end of the span, which is the next month', () => {
    const ticks = monthTicks(dayStart('2016-12-01'), dayStart('2017-01-01'));
    assert.deepEqual(labels(ticks), ['Dec 2016']);
  });

  test('figures within a few days are padded into a week; figures far apart are not', () => {
    assert.deepEqual(
      paddedDays([dayStart('2016-12-11')]).map((d) => d.toISOString().slice(0, 10)),
      ['2016-12-08', '2016-12-14'],
    );
    assert.deepEqual(
      paddedDays([dayStart('2016-12-20'), dayStart('2016-12-01')]).map((d) => d.toISOString().slice(0, 10)),
      ['2016-12-01', '2016-12-20'],
    );
  });

  test('a figures chart marks its first and last day, and the middle day of a long span, rounded up at half a day', () => {
    assert.deepEqual(labels(dayTicks(dayStart('2016-12-01'), dayStart('2016-12-31'))), ['1 Dec 2016', '16 Dec', '31 Dec 2016']);
    assert.deepEqual(labels(dayTicks(dayStart('2016-12-01'), dayStart('2016-12-30'))), ['1 Dec 2016', '16 Dec', '30 Dec 2016']);
    assert.deepEqual(labels(dayTicks(dayStart('2016-12-20'), dayStart('2017-01-20'))), ['20 Dec 2016', '5 Jan 2017', '20 Jan 2017']);
    assert.deepEqual(labels(dayTicks(dayStart('2016-12-01'), dayStart('2016-12-21'))), ['1 Dec 2016', '21 Dec 2016']);
  });
});

describe('the value axis', () => {
  test('figures of one order run on a linear axis from zero to a round number', () => {
    const axis = valueAxis(30, 52);
    assert.equal(axis.log, false);
    assert.deepEqual(axis.ticks, [0, 20, 40, 60, 80, 100]);
    assert.equal(axis.scale(50), 0.5);
  });

  test('a round ceiling of 2 times a power of ten is split into quarters', () => {
    assert.deepEqual(valueAxis(30, 150).ticks, [0, 50, 100, 150, 200]);
  });

  test('figures more than twentyfold apart run on a log axis between powers of ten', () => {
    const axis = valueAxis(5, 1000);
    assert.equal(axis.log, true);
    assert.deepEqual(axis.ticks, [1, 10, 100, 1000]);
    assert.equal(axis.scale(100), 2 / 3);
  });
});

describe('the order of texts', () => {
  test('numbers each text by its place in a localeCompare sort, the same text once', () => {
    const days = ['2016-12-11', '', '2016-03-02', '2016-12', '2016-03-02'];
    const order = textOrder(days);
    assert.deepEqual(
      [...days].sort((a, b) => order.get(a)! - order.get(b)!),
      [...days].sort((a, b) => a.localeCompare(b)),
    );
    assert.equal(order.get('2016-03-02'), 1);
    assert.equal(order.size, 4);
  });
});
