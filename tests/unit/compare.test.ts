import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { aloneFigureIds, figureTable, groupViews, standingOf, subjectLabel } from '../../src/output/compare.ts';
import type { ClaimView, Link } from '../../src/output/view/types.ts';
import type { Category } from '../../src/model/enums.ts';

const outlet = (id: string): Link => ({ id, name: id.toUpperCase(), url: `/sources/${id}/` });
const claim = (id: string, source: string, value: number, category: Category, what: string, extra: Partial<ClaimView> = {}): ClaimView => ({
  id,
  figure: String(value),
  category,
  what,
  claimant: null,
  source: outlet(source),
  article: { id: `art-${source}`, name: 'a', url: '/' },
  quote: 'q',
  quoteUrl: `/articles/art-${source}/#${id}`,
  date: null,
  datetime: null,
  place: null,
  group: null,
  event: null,
  published: '11 Dec 2016',
  value,
  qualifier: 'exact',
  start: null,
  end: null,
  precision: null,
  publishedIso: '2016-12-11',
  ...extra,
});

describe("the event page's table of figures", () => {
  const claims = [
    claim('a1', 'rasa', 300, 'killed', 'Daesh elements'),
    claim('a2', 'rasa', 11, 'destroyed', 'tanks'),
    claim('b1', 'rt', 300, 'killed', 'militants'),
    claim('b2', 'rt', 11, 'destroyed', 'tanks and infantry fighting vehicles'),
  ];
  const table = figureTable(claims, [outlet('rasa'), outlet('rt')], []);

  test('puts a row per thing counted, the dead first', () => {
    assert.deepEqual(
      table.rows.map((r) => r.label),
      ['Killed: militants', 'Destroyed: tank'],
    );
  });
  test("puts each outlet's figure in its own column", () => {
    assert.deepEqual(
      table.rows[0]!.cells.map((cell) => cell.map((c) => c.id)),
      [['a1'], ['b1']],
    );
  });
  test('adds a column for figures whose outlet is unknown', () => {
    const t = figureTable([{ ...claims[0]!, source: null }], [outlet('rt')], []);
    assert.deepEqual(
      t.columns.map((c) => c.name),
      ['RT', 'outlet unknown'],
    );
  });
  test('labels subjects for readers', () => assert.equal(subjectLabel('displaced'), 'Fled or evacuated'));
});

describe('who carried a figure first', () => {
  const byId = new Map([
    ['a', claim('a', 'rasa', 64, 'strikes', 'air raids')],
    ['b', claim('b', 'an', 60, 'strikes', 'strikes', { figure: 'more than 60' })],
    ['c', claim('c', 'an', 64, 'strikes', 'air strikes')],
    ['d', claim('d', 'an', 64, 'strikes', 'air strikes')],
  ]);
  const [g] = groupViews([{ id: 'g', claims: ['a', 'b', 'c', 'd'], claimant: null, category: 'strikes', what: 'air raids', first: 'a' }], byId);

  test('names the first outlet and the later ones in order', () => {
    assert.equal(g!.first.source, 'RASA');
    assert.deepEqual(
      g!.later.map((r) => r.claim.id),
      ['b', 'c'],
    );
  });
  test('labels the group by its largest figure', () => assert.equal(g!.label, '64 air raids'));
});

describe('where an outlet stands', () => {
  test('finds the figures only that outlet counted', () => {
    const claims = [
      claim('a', 'rt', 1324, 'surrendered', 'militants'),
      claim('b', 'rasa', 300, 'killed', 'militants'),
      claim('c', 'rt', 300, 'killed', 'militants'),
    ];
    const standing = standingOf('rt', claims, [], [], () => 'ev');
    assert.deepEqual(
      standing.alone.map((c) => c.id),
      ['a'],
    );
  });

  test('counts a figure alone only where no other outlet counted the same thing in the same event', () => {
    const claims = [
      claim('a', 'rt', 300, 'killed', 'militants'),
      claim('b', 'rasa', 250, 'killed', 'militants'),
      claim('c', 'rt', 12, 'injured', 'civilians'),
      claim('d', 'rt', 40, 'killed', 'soldiers'),
      claim('e', 'rasa', 41, 'killed', 'soldiers'),
    ];
    const eventOf = (id: string): string => (id === 'e' ? 'another event' : 'ev');
    assert.deepEqual([...aloneFigureIds(claims, eventOf)].sort(), ['c', 'd', 'e']);
  });

  test('takes a figure of no known outlet for another outlet, and leaves out figures without a number', () => {
    const claims = [
      claim('a', 'rt', 300, 'killed', 'militants'),
      { ...claim('b', 'rt', 250, 'killed', 'militants'), source: null },
      { ...claim('c', 'rt', 0, 'injured', 'civilians'), value: null },
      claim('d', 'rt', 5, 'killed', 'militants'),
    ];
    assert.deepEqual([...aloneFigureIds(claims, () => 'ev')], []);
  });
});
