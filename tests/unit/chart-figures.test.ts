import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { figureCharts, type FigurePoint } from '../../src/output/charts/figures-chart.ts';

const point = (value: number, category: string, day: string, source: string | null): FigurePoint => ({
  value,
  figure: String(value),
  what: 'militants',
  category,
  day,
  dateLabel: day,
  source,
  claimant: 'Rudskoy',
  url: `/articles/a/#${value}`,
});

describe('charts of claimed figures over time', () => {
  test('draws one chart per category, killed before strikes', () => {
    const charts = figureCharts([point(64, 'strikes', '2016-12-11', 'RT'), point(300, 'killed', '2016-12-11', 'RT')]);
    assert.deepEqual(
      charts.map((c) => c.category),
      ['killed', 'strikes'],
    );
  });

  test('names each mark by figure, date, claimant and outlet, and links it to the sentence', () => {
    const [chart] = figureCharts([point(300, 'killed', '2016-12-11', 'Arab News')]);
    assert.equal(chart!.marks[0]!.label, '300 militants (killed), 2016-12-11, says Rudskoy, reported by Arab News');
    assert.equal(chart!.marks[0]!.url, '/articles/a/#300');
  });

  test('switches to a log scale when figures differ more than twentyfold', () => {
    const [chart] = figureCharts([point(5, 'killed', '2016-12-11', 'RT'), point(1000, 'killed', '2017-03-02', 'RT')]);
    assert.equal(chart!.log, true);
    assert.deepEqual(
      chart!.yTicks.map((t) => t.label),
      ['1', '10', '100', '1,000'],
    );
  });

  test('labels a linear axis with round numbers', () => {
    const [chart] = figureCharts([point(11, 'destroyed', '2016-12-11', 'RT'), point(31, 'destroyed', '2016-12-11', 'RT')]);
    assert.deepEqual(
      chart!.yTicks.map((t) => t.label),
      ['0', '10', '20', '30', '40', '50'],
    );
  });

  test('puts higher figures higher and later dates further right', () => {
    const [chart] = figureCharts([point(50, 'killed', '2016-12-08', 'RT'), point(300, 'killed', '2016-12-11', 'RT')]);
    const [low, high] = chart!.marks;
    assert.ok(high!.y < low!.y && high!.x > low!.x);
  });

  test('gives each outlet its own colour and a legend entry, the same across charts', () => {
    const charts = figureCharts([
      point(1, 'killed', '2016-12-11', 'RT'),
      point(2, 'killed', '2016-12-11', 'Press TV'),
      point(3, 'strikes', '2016-12-11', 'Press TV'),
    ]);
    assert.deepEqual(charts[0]!.legend, [
      { name: 'RT', colour: 0 },
      { name: 'Press TV', colour: 1 },
    ]);
    assert.deepEqual(charts[1]!.legend, [{ name: 'Press TV', colour: 1 }]);
  });

  test('nudges identical figures on the same day apart', () => {
    const [chart] = figureCharts([point(64, 'strikes', '2016-12-11', 'RT'), point(64, 'strikes', '2016-12-11', 'Arab News')]);
    assert.notEqual(chart!.marks[0]!.x, chart!.marks[1]!.x);
  });
});

describe('charts of claimed figures: nothing to draw', () => {
  test('draws nothing without figures, or with zero or non-finite values', () => {
    assert.deepEqual(figureCharts([]), []);
    assert.deepEqual(figureCharts([point(0, 'killed', '2016-12-11', 'RT'), point(Number.NaN, 'killed', '2016-12-11', 'RT')]), []);
  });

  test('draws a few hundred marks for thousands of figures: the lowest and highest of each stretch, the extremes always among them', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => point(10 + ((i * 7919) % 5000), 'killed', `201${i % 8}-0${1 + (i % 9)}-1${i % 10}`, 'RT'));
    const [chart] = figureCharts(many);
    assert.ok(chart!.marks.length <= 2 * Math.ceil(440 / 4), `${chart!.marks.length} marks`);
    assert.equal(chart!.figures, 20_000, 'it says how many figures it stands for');
    const drawn = chart!.marks.map((m) => m.url);
    assert.ok(drawn.includes('/articles/a/#10') && drawn.includes(`/articles/a/#${Math.max(...many.map((p) => p.value))}`));
  });

  test('draws every figure, and says nothing of sampling, when there are few', () => {
    const [chart] = figureCharts([point(64, 'killed', '2016-12-11', 'RT'), point(80, 'killed', '2016-12-12', 'RT')]);
    assert.equal(chart!.marks.length, 2);
    assert.equal(chart!.figures, null);
  });
});
