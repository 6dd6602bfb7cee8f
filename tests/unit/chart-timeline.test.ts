import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { timelineChart, type ChartEvent } from '../../src/output/charts/timeline-chart.ts';

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
    assert.deepEqual(
      chart.rows.map((r) => r.label),
      ['Palmyra', 'Aleppo', 'place not stated'],
    );
    assert.equal(chart.rows[0]!.url, '/places/palmyra/');
  });

  test('folds places beyond the row limit into "elsewhere"', () => {
    const many = ['a', 'b', 'c', 'd', 'e'].map((p, i) => ev(p, `2016-0${i + 1}-01`, `2016-0${i + 1}-01`, `place${p}`));
    const chart = timelineChart(many, { maxRows: 3 })!;
    assert.deepEqual(
      chart.rows.map((r) => r.label),
      ['Placea', 'Placeb', 'elsewhere'],
    );
    assert.equal(chart.rows[2]!.count, 3);
  });

  test('moves marks on the same day apart so that none hides another', () => {
    const chart = timelineChart([ev('a', '2016-12-11', '2016-12-11', 'palmyra'), ev('b', '2016-12-11', '2016-12-11', 'palmyra')])!;
    const [m1, m2] = chart.marks;
    assert.notEqual(m1!.y, m2!.y);
  });

  test('ticks years, not months, over a span of several years', () => {
    const chart = timelineChart([ev('a', '2011-03-15', '2011-03-15', null), ev('b', '2017-03-02', '2017-03-02', null)])!;
    assert.deepEqual(
      chart.ticks.map((t) => t.label),
      ['2012', '2013', '2014', '2015', '2016', '2017'],
    );
  });

  test("ticks calendar quarters over two years, so that a year's start never sits beside another tick", () => {
    const chart = timelineChart([ev('a', '2015-05-10', '2015-05-10', null), ev('b', '2017-03-02', '2017-03-02', null)])!;
    assert.deepEqual(
      chart.ticks.map((t) => t.label),
      ['May 2015', 'Oct', 'Jan 2016', 'Apr', 'Jul', 'Oct', 'Jan 2017'],
    );
  });

  test('keeps every mark inside the plot', () => {
    const chart = timelineChart(SEEDS)!;
    for (const m of chart.marks) assert.ok(m.x >= chart.left && m.x <= chart.right && m.y > chart.rowsTop && m.y < chart.rowsBottom, JSON.stringify(m));
  });
});

describe('the overview chart over a long span', () => {
  const bulk = Array.from({ length: 40 }, (_, i) =>
    ev(`b${i}`, `2016-${String((i % 12) + 1).padStart(2, '0')}-10`, `2016-${String((i % 12) + 1).padStart(2, '0')}-10`, 'aleppo'),
  );

  test('leaves off a few events recalled from decades before, and says so', () => {
    const chart = timelineChart([ev('old', '1982-02-02', '1982-02-28', 'hama'), ...bulk])!;
    assert.deepEqual(chart.leftOut, { count: 1, from: '1982', to: '1982' });
    assert.equal(chart.marks.length + chart.cells.reduce((n, c) => n + c.count, 0), 40);
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

describe('the overview chart where dots would hide each other', () => {
  const day = (d: string, n: number, place: string): ChartEvent[] => Array.from({ length: n }, (_, i) => ev(`${place}-${d}-${i}`, d, d, place));

  test('counts the events of a crowded month in a cell that lists them, and keeps the dots of quiet months', () => {
    const chart = timelineChart([...day('2016-12-11', 10, 'aleppo'), ev('q', '2016-06-20', '2016-06-20', 'aleppo')])!;
    assert.deepEqual(
      chart.marks.map((m) => m.url),
      ['/events/q/'],
    );
    assert.equal(chart.cells.length, 1);
    assert.deepEqual(
      { count: chart.cells[0]!.count, url: chart.cells[0]!.url, label: chart.cells[0]!.label },
      { count: 10, url: '#m-2016-12', label: 'Aleppo, December 2016: 10 events' },
    );
  });

  test('leads a cell to its month on the page the months are listed on', () => {
    const chart = timelineChart(day('2016-12-11', 10, 'aleppo'), { monthUrl: (m) => `/years/${m.slice(0, 4)}/#m-${m}` })!;
    assert.equal(chart.cells[0]!.url, '/years/2016/#m-2016-12');
  });

  test('leads a cell of a single event to that event', () => {
    // Over three years, a day is under a pixel: the fourth of these dots finds no free lane.
    const span = [ev('then', '2014-01-10', '2014-01-10', 'homs'), ev('now', '2016-12-20', '2016-12-20', 'homs')];
    // The three dots of 30 November would then cover the edge of December's cell: November is a cell too.
    const chart = timelineChart([...span, ...day('2016-11-30', 3, 'aleppo'), ev('late', '2016-12-01', '2016-12-01', 'aleppo')])!;
    assert.deepEqual(
      chart.marks.map((m) => m.url),
      ['/events/then/', '/events/now/'],
    );
    assert.deepEqual(
      chart.cells.map((c) => [c.count, c.url]),
      [
        [3, '#m-2016-11'],
        [1, '/events/late/'],
      ],
    );
    assert.match(chart.cells[1]!.label, /^Event late — 2016-12-01, Aleppo$/);
  });

  test('counts a dot that would cover the edge of a cell in a cell of its own month, and leaves dots clear of cells alone', () => {
    const span = [ev('then', '2014-01-10', '2014-01-10', 'homs'), ev('now', '2016-12-20', '2016-12-20', 'homs')];
    const beside = ev('beside', '2016-11-29', '2016-11-29', 'aleppo');
    const clear = ev('clear', '2016-09-15', '2016-09-15', 'aleppo');
    const chart = timelineChart([...span, ...day('2016-12-02', 10, 'aleppo'), beside, clear])!;
    assert.deepEqual(chart.marks.map((m) => m.url).sort(), ['/events/clear/', '/events/now/', '/events/then/']);
    assert.deepEqual(
      chart.cells.map((c) => [c.count, c.label]),
      [
        [1, 'Event beside — 2016-11-29, Aleppo'],
        [10, 'Aleppo, December 2016: 10 events'],
      ],
    );
  });

  test('shows every event once, as a dot or in a cell, and leaves no dot within reach of another in its row', () => {
    const places = ['aleppo', 'homs', 'hama'];
    let seed = 7;
    const next = (n: number): number => (seed = (seed * 48271) % 2147483647) % n;
    const events = Array.from({ length: 150 }, (_, i) => {
      const d = new Date(Date.UTC(2015, 0, 1) + next(730) * 86_400_000).toISOString().slice(0, 10);
      return ev(`e${i}`, d, d, places[next(3)]!);
    });
    const chart = timelineChart(events)!;
    assert.equal(chart.marks.length + chart.cells.reduce((n, c) => n + c.count, 0), events.length);
    assert.ok(chart.cells.length > 0 && chart.marks.length > 0, `${chart.cells.length} cells, ${chart.marks.length} dots`);
    for (const [i, a] of chart.marks.entries()) {
      for (const b of chart.marks.slice(i + 1)) assert.ok(Math.abs(a.x - b.x) >= 9.9 || Math.abs(a.y - b.y) >= 8.9, `${a.label} hides ${b.label}`);
    }
    for (const c of chart.cells) assert.ok(c.level >= 1 && c.level <= 4);
    for (const m of chart.marks) {
      for (const c of chart.cells) {
        const apart = m.x + m.r <= c.x || m.x - m.r >= c.x + c.width || m.y + m.r <= c.y || m.y - m.r >= c.y + c.height;
        assert.ok(apart, `${m.label} covers the cell ${c.label}`);
      }
    }
  });
});

describe('the overview chart: nothing to draw', () => {
  test('is null without events', () => {
    assert.equal(timelineChart([]), null);
  });

  test('marks no month as busy when every month has a single event', () => {
    assert.deepEqual(timelineChart([ev('a', '2016-12-11', '2016-12-11', null), ev('b', '2017-03-02', '2017-03-02', null)])!.busyMonths, []);
  });

  test('on a crowded chart, leaves no dot touching another or a cell of its row', () => {
    // Hundreds of events over six years in nine places, on a wide and a narrow chart: rounds of cells.
    const places = ['aleppo', 'homs', 'palmyra', 'raqqa', 'idlib', 'hama', 'deir', 'daraa', 'latakia'];
    const eventsOf = (n: number): ChartEvent[] =>
      Array.from({ length: n }, (_, i) => {
        const day = new Date(Date.UTC(2012, 0, 1) + ((i * 7919) % 2190) * 86_400_000).toISOString().slice(0, 10);
        return ev(`e${i}`, day, day, i % 11 === 0 ? null : places[(i * 31) % (i % 3 ? 3 : places.length)]!);
      });
    for (const [n, width] of [
      [1200, 960],
      [300, 300],
    ] as const) {
      const chart = timelineChart(eventsOf(n), { width })!;
      assert.ok(chart.cells.length > 0 && chart.marks.length > 0, `${width}: some cells and some dots`);
      const R = 5;
      // Coordinates are rounded to tenths: allow for it.
      for (const m of chart.marks) {
        const covered = chart.cells.find((c) => Math.abs(c.y + c.height / 2 - m.y) <= 13.1 && m.x + R > c.x + 0.2 && m.x - R < c.x + c.width - 0.2);
        assert.equal(covered, undefined, `${width}: a dot at ${m.x},${m.y} covers a cell`);
      }
      const sorted = [...chart.marks].sort((a, b) => a.x - b.x);
      for (let i = 0; i < sorted.length; i++) {
        for (let j = i + 1; j < sorted.length && sorted[j]!.x - sorted[i]!.x < 2 * R - 0.2; j++) {
          assert.ok(Math.abs(sorted[j]!.y - sorted[i]!.y) >= 1.8 * R - 0.2, `${width}: two dots touch near ${sorted[i]!.x}`);
        }
      }
    }
  });
});
