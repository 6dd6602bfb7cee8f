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
      small.placePages.map((p) => [p.place.id, p.url, p.first, p.period, p.canonical, p.pager]),
      small.places.map((p) => [p.id, p.url, true, null, null, null]),
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
      small.articlePages.map((p) => [p.url, p.articles?.items.length, p.pager]),
      [['/articles/', small.articles.length, null]],
    );
    assert.deepEqual(small.years, []);
  });

  test('an empty timeline still has its one (empty) articles index page', () => {
    const empty = buildView({ ...fixtureTimeline(), articles: [], events: [], claims: [], sources: [], places: [], claimants: [] });
    assert.deepEqual(
      empty.articlePages.map((p) => [p.url, p.articles?.total]),
      [['/articles/', 0]],
    );
    assert.deepEqual([empty.placePages, empty.years], [[], []]);
  });
});

describe('the view of a timeline long enough to page', () => {
  const aleppo = big.places.find((p) => p.id === 'aleppo')!;
  const aleppoPages = big.placePages.filter((p) => p.place.id === 'aleppo');

  /** The pages of an entity's periods (its own page shows the first period again). */
  const periodPages = <P extends { first: boolean }>(pages: readonly P[]): P[] => pages.filter((p) => !p.first);

  test('gives a place whose years are long its own page and a page per month, the first month’s naming its own page', () => {
    assert.equal(aleppoPages[0]!.url, '/places/aleppo/');
    assert.ok(aleppoPages[0]!.first);
    assert.deepEqual(
      aleppoPages.slice(1, 4).map((p) => [p.url, p.period?.name, p.canonical]),
      [
        ['/places/aleppo/2016-01/', 'January 2016', '/places/aleppo/'],
        ['/places/aleppo/2016-02/', 'February 2016', null],
        ['/places/aleppo/2016-03/', 'March 2016', null],
      ],
    );
    assert.deepEqual(aleppoPages[0]!.events?.items, aleppoPages[1]!.events?.items, 'its own page shows its first month');
    assert.ok(periodPages(aleppoPages).length > 9, 'enough periods for a pager with gaps');
  });

  test('puts every event, article and figure of a place on exactly one of its periods’ pages, in order', () => {
    const periods = periodPages(aleppoPages);
    assert.deepEqual(
      periods.flatMap((p) => p.events?.items ?? []).map((e) => e.id),
      aleppo.events.map((e) => e.id),
    );
    assert.deepEqual(
      periods.flatMap((p) => p.articles?.items ?? []).map((a) => a.id),
      aleppo.articles.map((a) => a.id),
    );
    assert.deepEqual(
      periods.flatMap((p) => p.claims?.items ?? []).map((c) => c.id),
      aleppo.claims.map((c) => c.id),
    );
    for (const p of periods) for (const e of p.events?.items ?? []) assert.ok(e.start.startsWith(p.period!.key), `${e.id} in ${p.period!.key}`);
    assert.ok(periods.every((p) => (p.events?.items.length ?? 0) <= PAGE_SIZE.events && (p.claims?.items.length ?? 0) <= PAGE_SIZE.claims));
  });

  test('keeps a year whole where every list fits its page', () => {
    const homs = big.placePages.filter((p) => p.place.id === 'homs');
    assert.deepEqual(
      homs.map((p) => p.url),
      ['/places/homs/', '/places/homs/2016/', '/places/homs/2017/', '/places/homs/2018/', '/places/homs/2019/'],
    );
  });

  test('puts the figures with no date after every dated period, on pages of their own', () => {
    const data = bigTimeline();
    const undated = new Set(data.claims.filter((_, i) => i % 3 === 1).map((c) => c.id));
    const view = buildView({ ...data, claims: data.claims.map((c) => (undated.has(c.id) ? { ...c, date: null } : c)) });
    const pages = periodPages(view.placePages.filter((p) => p.place.id === 'aleppo'));
    const last = pages.filter((p) => p.period!.key === 'undated');
    assert.deepEqual(
      last.map((p) => [p.url, p.period!.name]),
      [
        ['/places/aleppo/undated/', 'Undated'],
        ['/places/aleppo/undated/2/', 'Undated, part 2'],
      ],
    );
    assert.deepEqual(pages.slice(-2), last, 'after every dated period');
    assert.ok(last.every((p) => p.events === null && p.articles === null && p.claims!.items.every((c) => undated.has(c.id))));
    assert.ok(pages.slice(0, -2).every((p) => (p.claims?.items ?? []).every((c) => !undated.has(c.id))));
  });

  test('pages an outlet’s standing lists, events, articles and figures, and a claimant’s events and figures, by period', () => {
    for (const s of big.sources) {
      const pages = periodPages(big.sourcePages.filter((p) => p.source.id === s.id));
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
    const pages = periodPages(big.claimantPages.filter((p) => p.claimant.id === mod.id));
    assert.deepEqual(
      pages.flatMap((p) => p.events?.items ?? []).map((e) => e.id),
      mod.events.map((e) => e.id),
    );
    assert.deepEqual(
      pages.flatMap((p) => p.claims?.items ?? []).map((c) => c.id),
      mod.claims.map((c) => c.id),
    );
    const dayOf = new Map(big.events.map((e) => [e.id, e.start]));
    for (const p of pages) for (const e of p.events?.items ?? []) assert.ok(dayOf.get(e.id)!.startsWith(p.period!.key), `${e.id} in ${p.period!.key}`);
  });

  test('cuts the articles index by year of publication, the first year at /articles/', () => {
    const inYear = (y: string): number => big.articles.filter((a) => a.publishedDatetime!.startsWith(y)).length;
    assert.deepEqual(
      big.articlePages.map((p) => [p.url, p.period?.name, p.articles?.total]),
      [
        ['/articles/', '2016', inYear('2016')],
        ['/articles/published/2016/', '2016', inYear('2016')],
        ['/articles/published/2017/', '2017', inYear('2017')],
        ['/articles/published/2018/', '2018', inYear('2018')],
        ['/articles/published/2019/', '2019', inYear('2019')],
      ],
    );
    assert.equal(big.articlePages[1]!.canonical, '/articles/');
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
    assert.ok(!paths.some((p) => /\/(?:\d{4}(?:-\d\d)?|undated)\//.test(p)));
    assert.equal(paths.length, big.articles.length + big.events.length + big.sources.length + big.places.length + big.claimants.length);
  });
});
