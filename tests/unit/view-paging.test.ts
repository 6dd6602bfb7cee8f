import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { HOME_EVENTS_MAX, PAGE_SIZE } from '../../src/output/paging.ts';
import { searchDocuments } from '../../src/output/search-documents.ts';
import { buildView } from '../../src/output/view/index.ts';
import { fixtureTimeline } from '../browser/fixture-timeline.ts';
import { BIG_SIZE, bigTimeline } from '../integration/big-timeline.ts';

const small = buildView(fixtureTimeline());
const big = buildView(bigTimeline());

describe('the view of a timeline whose lists are short', () => {
  test('has one page per place, outlet and claimant, at its own address and without a pager', () => {
    assert.deepEqual(
      small.placePages.map((p) => [p.place.id, p.url, p.number, p.count, p.pager]),
      small.places.map((p) => [p.id, p.url, 1, 1, null]),
    );
    assert.deepEqual(
      small.sourcePages.map((p) => p.source.id),
      small.sources.map((s) => s.id),
    );
    assert.deepEqual(
      small.claimantPages.map((p) => p.claimant.id),
      small.claimants.map((c) => c.id),
    );
    for (const p of small.placePages) {
      assert.equal(p.events!.items.length, p.place.events.length);
      assert.equal(p.claims!.paged, false);
    }
  });

  test('keeps the articles index on one page and lists every event on the home page (no years)', () => {
    assert.deepEqual(
      small.articlePages.map((p) => [p.url, p.articles.items.length, p.pager]),
      [['/articles/', small.articles.length, null]],
    );
    assert.deepEqual(small.years, []);
  });

  test('an empty timeline still has its one (empty) articles index page', () => {
    const empty = buildView({ ...fixtureTimeline(), articles: [], events: [], claims: [], sources: [], places: [], claimants: [] });
    assert.deepEqual(
      empty.articlePages.map((p) => [p.url, p.articles.total]),
      [['/articles/', 0]],
    );
    assert.deepEqual([empty.placePages, empty.years], [[], []]);
  });
});

describe('the view of a timeline long enough to page', () => {
  const aleppo = big.places.find((p) => p.id === 'aleppo')!;
  const aleppoPages = big.placePages.filter((p) => p.place.id === 'aleppo');

  test('gives a place as many pages as its longest list needs, page 1 at its own address', () => {
    const expected = Math.ceil(aleppo.events.length / PAGE_SIZE.events);
    assert.ok(expected > 9, 'enough pages for a pager with gaps');
    assert.equal(aleppoPages.length, expected);
    assert.deepEqual(
      aleppoPages.slice(0, 3).map((p) => p.url),
      ['/places/aleppo/', '/places/aleppo/page/2/', '/places/aleppo/page/3/'],
    );
    assert.ok(aleppoPages.every((p, i) => p.number === i + 1 && p.count === expected && p.pager?.number === i + 1));
  });

  test('puts every event, article and figure of a place on exactly one of its pages, in order', () => {
    assert.deepEqual(
      aleppoPages.flatMap((p) => p.events?.items ?? []).map((e) => e.id),
      aleppo.events.map((e) => e.id),
    );
    assert.deepEqual(
      aleppoPages.flatMap((p) => p.articles?.items ?? []).map((a) => a.id),
      aleppo.articles.map((a) => a.id),
    );
    assert.deepEqual(
      aleppoPages.flatMap((p) => p.claims?.items ?? []).map((c) => c.id),
      aleppo.claims.map((c) => c.id),
    );
    assert.ok(aleppoPages.every((p) => (p.events?.items.length ?? 0) <= PAGE_SIZE.events && (p.claims?.items.length ?? 0) <= PAGE_SIZE.claims));
  });

  test('shows nothing of a list on the pages after it has run out', () => {
    const homs = big.placePages.filter((p) => p.place.id === 'homs');
    assert.equal(homs.length, 2);
    assert.deepEqual([homs[1]!.events?.from, homs[1]!.articles, homs[1]!.claims], [PAGE_SIZE.events + 1, null, null]);
  });

  test('pages an outlet’s standing lists, events, articles and figures, and a claimant’s events and figures', () => {
    for (const s of big.sources) {
      const pages = big.sourcePages.filter((p) => p.source.id === s.id);
      assert.ok(pages.length > 1);
      assert.deepEqual(
        pages.flatMap((p) => p.alone?.items ?? []).map((c) => c.id),
        s.standing.alone.map((c) => c.id),
      );
      assert.deepEqual(
        pages.flatMap((p) => p.events?.items ?? []).map((e) => e.id),
        s.eventViews.map((e) => e.id),
      );
      assert.deepEqual(
        pages.flatMap((p) => p.articles?.items ?? []).map((a) => a.id),
        s.articles.map((a) => a.id),
      );
      assert.deepEqual(
        pages.flatMap((p) => p.claims?.items ?? []).map((c) => c.id),
        s.claims.map((c) => c.id),
      );
    }
    const mod = big.claimants[0]!;
    const pages = big.claimantPages.filter((p) => p.claimant.id === mod.id);
    assert.equal(pages.length, Math.ceil(mod.events.length / PAGE_SIZE.events));
    assert.deepEqual(
      pages.flatMap((p) => p.claims?.items ?? []).map((c) => c.id),
      mod.claims.map((c) => c.id),
    );
  });

  test('cuts the articles index into pages of 500', () => {
    assert.deepEqual(
      big.articlePages.map((p) => [p.url, p.articles.from, p.articles.to]),
      [
        ['/articles/', 1, 500],
        ['/articles/page/2/', 501, BIG_SIZE],
      ],
    );
  });

  test('moves the events by month to a page per year, every event on exactly one, with the years before and after linked', () => {
    assert.deepEqual(
      big.years.map((y) => y.year),
      ['2016', '2017', '2018', '2019'],
    );
    assert.deepEqual(
      big.years.flatMap((y) => y.months.flatMap((m) => m.events)).map((e) => e.id),
      big.months.flatMap((m) => m.events).map((e) => e.id),
    );
    assert.equal(
      big.years.reduce((n, y) => n + y.count, 0),
      BIG_SIZE,
    );
    const y2017 = big.years[1]!;
    assert.equal(y2017.url, '/years/2017/');
    assert.deepEqual(
      y2017.nav.items.filter((i) => i.rel).map((i) => [i.rel, i.url]),
      [
        ['prev', '/years/2016/'],
        ['next', '/years/2018/'],
      ],
    );
    assert.deepEqual(
      y2017.nav.items.filter((i) => i.current).map((i) => i.label),
      ['2017'],
    );
    assert.ok(y2017.months.every((m) => m.key.startsWith('2017-')));
  });

  test('goes by year only above the limit of events on the home page', () => {
    assert.deepEqual(buildView(bigTimeline(HOME_EVENTS_MAX)).years, []);
    assert.ok(buildView(bigTimeline(HOME_EVENTS_MAX + 1)).years.length > 1);
  });

  test('search documents still cover each place, outlet and claimant once, at its first page', () => {
    const paths = searchDocuments(big).map((d) => d.sourcePath);
    assert.equal(new Set(paths).size, paths.length);
    assert.ok(paths.includes('places/aleppo/index.html'));
    assert.ok(!paths.some((p) => p.includes('/page/')));
    assert.equal(paths.length, big.articles.length + big.events.length + big.sources.length + big.places.length + big.claimants.length);
  });
});
