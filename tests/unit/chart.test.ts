import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { timelineChart, type ChartEvent } from '../../src/output/chart.ts';

const ev = (id: string, start: string, end: string, place: string | null): ChartEvent => ({
  url: `/events/${id}/`,
  title: `Event ${id}`,
  date: start,
  start,
  end,
  places: place ? [{ id: place, name: place[0]!.toUpperCase() + place.slice(1), url: `/places/${place}/` }] : [],
});

const SEEDS = [
  ev('a', '2016-12-10', '2016-12-11', 'palmyra'),
  ev('b', '2016-12-11', '2016-12-11', 'palmyra'),
  ev('c', '2016-12-13', '2016-12-14', 'aleppo'),
  ev('d', '2017-03-01', '2017-03-02', 'palmyra'),
  ev('e', '2017-03-02', '2017-03-02', null),
  ev('f', '2016-06-20', '2016-06-20', 'aleppo'),
];

describe('the overview chart of events over time by place', () => {
  test('makes December 2016 and March 2017 stand out from a quiet June 2016', () => {
    const chart = timelineChart(SEEDS)!;
    assert.deepEqual(chart.busyMonths, ['December 2016', 'March 2017']);
    const june = chart.bars.find((b) => b.month === 'June 2016')!;
    assert.equal(june.busy, false);
    assert.equal(june.label, 'June 2016: 1 event');
    assert.ok(chart.bars.find((b) => b.month === 'December 2016')!.height > june.height);
  });

  test('draws one linked mark per event, named by title, date and place', () => {
    const chart = timelineChart(SEEDS)!;
    assert.equal(chart.marks.length, 6);
    assert.ok(chart.marks.some((m) => m.url === '/events/e/' && m.label === 'Event e — 2017-03-02, place not stated'));
  });

  test('gives each place a row, busiest first, and a last row to events without a place', () => {
    const chart = timelineChart(SEEDS)!;
    assert.deepEqual(chart.rows.map((r) => r.label), ['Palmyra', 'Aleppo', 'place not stated']);
    assert.equal(chart.rows[0]!.url, '/places/palmyra/');
  });

  test('folds places beyond the row limit into "elsewhere"', () => {
    const many = ['a', 'b', 'c', 'd', 'e'].map((p, i) => ev(p, `2016-0${i + 1}-01`, `2016-0${i + 1}-01`, `place${p}`));
    const chart = timelineChart(many, { maxRows: 3 })!;
    assert.deepEqual(chart.rows.map((r) => r.label), ['Placea', 'Placeb', 'elsewhere']);
    assert.equal(chart.rows[2]!.count, 3);
  });

  test('moves marks on the same day apart so that none hides another', () => {
    const chart = timelineChart([ev('a', '2016-12-11', '2016-12-11', 'palmyra'), ev('b', '2016-12-11', '2016-12-11', 'palmyra')])!;
    const [m1, m2] = chart.marks;
    assert.notEqual(m1!.y, m2!.y);
  });

  test('ticks years, not months, over a span of several years', () => {
    const chart = timelineChart([ev('a', '2011-03-15', '2011-03-15', null), ev('b', '2017-03-02', '2017-03-02', null)])!;
    assert.deepEqual(chart.ticks.map((t) => t.label), ['2012', '2013', '2014', '2015', '2016', '2017']);
  });

  test('keeps every mark inside the plot', () => {
    const chart = timelineChart(SEEDS)!;
    for (const m of chart.marks) assert.ok(m.x >= chart.left && m.x <= chart.right && m.y > chart.rowsTop && m.y < chart.rowsBottom, JSON.stringify(m));
  });
});

describe('the overview chart over a long span', () => {
  const bulk = Array.from({ length: 40 }, (_, i) => ev(`b${i}`, `2016-${String((i % 12) + 1).padStart(2, '0')}-10`, `2016-${String((i % 12) + 1).padStart(2, '0')}-10`, 'aleppo'));

  test('leaves off a few events recalled from decades before, and says so', () => {
    const chart = timelineChart([ev('old', '1982-02-02', '1982-02-28', 'hama'), ...bulk])!;
    assert.deepEqual(chart.leftOut, { count: 1, from: '1982', to: '1982' });
    assert.equal(chart.marks.length, 40);
    assert.equal(chart.ticks[0]!.label, 'Jan 2016');
  });

  test('marks at most five busy months and writes no count over another', () => {
    const chart = timelineChart(bulk)!;
    assert.ok(chart.busyMonths.length <= 5);
    const shown = chart.bars.filter((b) => b.showCount).map((b) => b.x + b.width / 2);
    for (let i = 1; i < shown.length; i++) assert.ok(shown[i]! - shown[i - 1]! >= 16);
  });

  test('shortens long place names in row labels', () => {
    const chart = timelineChart([ev('a', '2016-01-01', '2016-01-01', 'rif-Dimashq Governorate, the countryside')])!;
    assert.equal(chart.rows[0]!.label.length, 20);
    assert.ok(chart.rows[0]!.label.endsWith('…'));
  });
});

describe('the overview chart: nothing to draw', () => {
  test('is null without events', () => {
    assert.equal(timelineChart([]), null);
  });

  test('marks no month as busy when every month has a single event', () => {
    assert.deepEqual(timelineChart([ev('a', '2016-12-11', '2016-12-11', null), ev('b', '2017-03-02', '2017-03-02', null)])!.busyMonths, []);
  });
});
