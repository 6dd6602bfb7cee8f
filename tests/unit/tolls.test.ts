import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { eventGrade, tollViews } from '../../src/output/tolls.ts';
import type { ClaimView, Link } from '../../src/output/view/types.ts';

const link = (id: string): Link => ({ id, name: id[0]!.toUpperCase() + id.slice(1), url: `/x/${id}/` });
let n = 0;
/** A figure of `value` killed people, said by `claimant` (or no one), carried by `outlet`, published on `day`. */
const killed = (value: number, claimant: string | null, outlet: string, day: string, extra: Partial<ClaimView> = {}): ClaimView => ({
  id: `c${++n}`,
  figure: String(value),
  category: 'killed',
  what: 'people',
  claimant: claimant ? link(claimant) : null,
  source: link(outlet),
  article: { id: `a${n}`, name: 'a', url: '/' },
  quote: 'q',
  quoteUrl: `/articles/a${n}/#c${n}`,
  date: null,
  datetime: null,
  place: null,
  group: null,
  event: null,
  published: day,
  value,
  qualifier: 'exact',
  start: '2022-04-08',
  end: '2022-04-08',
  precision: 'day',
  publishedIso: day,
  ...extra,
});
const noGroups = (): Link | null => null;

describe('figures by party', () => {
  test("shows a toll that rose as one party's series in time order, not as a dispute", () => {
    const [t] = tollViews(
      [killed(39, 'governor', 'x', '2022-04-08'), killed(30, 'governor', 'y', '2022-04-08'), killed(57, 'governor', 'z', '2022-04-10')],
      noGroups,
    );
    assert.equal(t?.verdict, 'rose');
    assert.equal(t?.parties[0]?.series, '30, then 39, 57');
  });

  test("marks a party that puts the toll below another party's earlier count as disputing it, each party in its own rows", () => {
    const [t] = tollViews(
      [killed(52, 'governor', 'x', '2022-04-08'), killed(30, 'rebels', 'y', '2022-04-09'), killed(52, 'governor', 'z', '2022-04-09')],
      noGroups,
    );
    assert.equal(t?.verdict, 'disagree');
    assert.deepEqual(
      t?.parties.map((p) => [p.name, p.points.map((x) => `${x.day}:${x.figure}`)]),
      [
        ['Governor', ['2022-04-08:52', '2022-04-09:52']],
        ['Rebels', ['2022-04-09:30']],
      ],
    );
    assert.equal(t?.summary, 'Disputed: Rebels 30 (9 Apr 2022), where Governor had given 52.');
  });

  test('reads a toll told on by several officials, and an outlet repeating an older count, as a toll that rose', () => {
    const [t] = tollViews(
      [
        killed(27, 'spokeswoman', 'x', '2022-04-08'),
        killed(39, 'security-service', 'y', '2022-04-08'),
        killed(57, 'officials', 'z', '2022-04-10'),
        killed(39, 'governor', 'w', '2022-04-11'),
      ],
      noGroups,
    );
    assert.equal(t?.verdict, 'rose');
    assert.match(t?.summary ?? '', /27, then 39, 57\.$/);
  });

  test('marks a bound below another party\'s count as disputing it, though told the same day before it ("fewer than 100" and 274)', () => {
    const [t] = tollViews(
      [killed(274, 'ministry', 'x', '2024-06-08'), killed(100, 'army', 'y', '2024-06-08', { figure: 'fewer than 100', qualifier: 'fewer-than' })],
      noGroups,
    );
    assert.equal(t?.verdict, 'disagree');
    assert.equal(t?.summary, 'Disputed: Army fewer than 100 (8 Jun 2024), where Ministry gave 274.');
  });

  test('reads a bound above every other count as no dispute', () => {
    const [t] = tollViews(
      [killed(40, 'ministry', 'x', '2024-06-08'), killed(100, 'army', 'y', '2024-06-09', { figure: 'fewer than 100', qualifier: 'fewer-than' })],
      noGroups,
    );
    assert.notEqual(t?.verdict, 'disagree');
  });

  test('says parties agree where their figures are the same', () => {
    const [t] = tollViews([killed(300, 'ministry', 'x', '2016-12-11'), killed(300, 'monitor', 'y', '2016-12-11')], noGroups);
    assert.equal(t?.verdict, 'agree');
  });

  test('counts an unattributed figure with the party whose group it joined, not as a party of its own', () => {
    const [t] = tollViews([killed(52, 'governor', 'x', '2022-04-08', { group: 'g52' }), killed(52, null, 'y', '2022-04-09', { group: 'g52' })], (g) =>
      g === 'g52' ? link('governor') : null,
    );
    assert.deepEqual(
      t?.parties.map((p) => p.name),
      ['Governor'],
    );
    assert.equal(t?.verdict, 'one-party');
  });

  test('dates a figure by the day it was given when its claim is dated by the strike', () => {
    const [t] = tollViews([killed(57, 'governor', 'x', '2022-04-10'), killed(50, 'governor', 'y', '2022-04-08')], noGroups);
    assert.deepEqual(
      t?.parties[0]?.points.map((p) => p.day),
      ['2022-04-08', '2022-04-10'],
    );
  });

  test("draws a chart, every party's figures joined, only where there are several figures", () => {
    const few = tollViews([killed(12, 'monitor', 'x', '2019-06-03'), killed(19, 'monitor', 'y', '2019-06-04')], noGroups);
    assert.equal(few[0]?.chart, null);
    const [t] = tollViews(
      [
        killed(12, 'monitor', 'x', '2019-06-03'),
        killed(19, 'monitor', 'y', '2019-06-04'),
        killed(23, 'monitor', 'z', '2019-06-06'),
        killed(4, 'ministry', 'z', '2019-06-04'),
      ],
      noGroups,
    );
    assert.equal(t?.chart?.colouredBy, 'party');
    assert.equal(t?.chart?.lines.length, 1, 'one line: the ministry has a single figure');
    assert.equal(t?.chart?.marks.length, 4);
  });

  test('leaves out things counted that are not people', () => {
    assert.deepEqual(tollViews([killed(64, 'ministry', 'x', '2016-12-11', { category: 'strikes', what: 'air strikes' })], noGroups), []);
  });
});

describe("the event's grade", () => {
  test('says how many outlets it rests on and that the parties disagree', () => {
    const tolls = tollViews([killed(52, 'governor', 'x', '2022-04-08'), killed(30, 'rebels', 'y', '2022-04-09')], noGroups);
    assert.equal(eventGrade(2, tolls).text, 'Rests on 2 outlets. The parties’ figures disagree.');
  });

  test('says when it rests on one outlet and gives no figure', () => {
    assert.equal(eventGrade(1, []).text, 'Rests on one outlet alone. No figures were given.');
  });
});

describe('the figures-by-party section of the event page', () => {
  test('escapes every value it shows, in text, attributes and the chart', async () => {
    const { tollSection } = await import('../../layouts/_includes/claims.ts');
    const hostile = '<script>alert(1)</script>"';
    const claims = [0, 1, 2].map((i) =>
      killed(10 + i, null, 'x', `2019-06-0${i + 3}`, {
        claimant: { id: 'h', name: hostile, url: '/claimants/h/' },
        quote: hostile,
        what: hostile,
        figure: `${10 + i}${hostile}`,
      }),
    );
    const page = String(tollSection(tollViews(claims, noGroups)[0]!, 0));
    assert.ok(!page.includes('<script>'), 'no markup from the text');
    assert.ok(page.includes('&lt;script&gt;'), 'shown as text');
    assert.ok(page.includes('<svg'), 'with its chart');
  });
});
