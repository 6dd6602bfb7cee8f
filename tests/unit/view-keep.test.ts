/** Parts of the view kept between builds: given back only when made from the very same values. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildView } from '../../src/output/view/index.ts';
import { KEEP_NOTHING, ViewKeeper } from '../../src/output/view/keep.ts';
import type { TimelineData } from '../../src/model/schema.ts';
import type { SiteView } from '../../src/output/view/types.ts';
import { fixtureTimeline } from '../browser/fixture-timeline.ts';

/** The view of `data`, then of `edit(data)`, both made with one keeper (as two dev server builds are). */
function twoBuilds(data: TimelineData, edit: (d: TimelineData) => TimelineData): { first: SiteView; after: SiteView; edited: TimelineData } {
  const keeper = new ViewKeeper();
  keeper.begin();
  const first = buildView(data, null, keeper);
  keeper.begin();
  const edited = edit(data);
  return { first, after: buildView(edited, null, keeper), edited };
}

/** The data with one more claim, listed by its event and its article. */
function withClaim(d: TimelineData, added: TimelineData['claims'][number]): TimelineData {
  return {
    ...d,
    claims: [...d.claims, added],
    events: d.events.map((e) => (e.id === added.event ? { ...e, claims: [...e.claims, added.id] } : e)),
    articles: d.articles.map((a) => (a.id === added.article ? { ...a, claims: [...a.claims, added.id] } : a)),
  };
}

describe('a view keeper', () => {
  test('gives back the part made last build when its inputs are the same values', () => {
    const keeper = new ViewKeeper();
    const record = { id: 'a' };
    keeper.begin();
    const first = keeper.keep('article:a', [record, 'Title'], () => ({ made: 1 }));
    keeper.begin();
    assert.equal(
      keeper.keep('article:a', [record, 'Title'], () => ({ made: 2 })),
      first,
    );
  });

  test('makes the part again when any input is another value, another object, or a list that differs in one item', () => {
    const keeper = new ViewKeeper();
    const record = { id: 'a' };
    const claim = { id: 'c' };
    keeper.begin();
    keeper.keep('article:a', [record, 'Title', [claim]], () => ({ made: 1 }));
    for (const deps of [
      [record, 'Another title', [claim]],
      [{ id: 'a' }, 'Title', [claim]],
      [record, 'Title', [{ id: 'c' }]],
      [record, 'Title', [claim, claim]],
      [record, 'Title'],
    ]) {
      keeper.begin();
      keeper.keep('article:a', [record, 'Title', [claim]], () => ({ made: 1 }));
      keeper.begin();
      assert.deepEqual(
        keeper.keep('article:a', deps, () => ({ made: 2 })),
        { made: 2 },
        JSON.stringify(deps),
      );
    }
  });

  test('lists compare item by item: a new list of the same items is the same input', () => {
    const keeper = new ViewKeeper();
    const claim = { id: 'c' };
    keeper.begin();
    const first = keeper.keep('event:e', [[claim, 'x']], () => ({}));
    keeper.begin();
    assert.equal(
      keeper.keep('event:e', [[claim, 'x']], () => ({})),
      first,
    );
  });

  test('keeps parts of each kind apart by id, and a part by its id as it keeps one by its key', () => {
    const keeper = new ViewKeeper();
    const record = { id: 'a' };
    keeper.begin();
    const claim = keeper.part('claim', 'a', [record], () => ({ kind: 'claim' }));
    const link = keeper.part('link', 'a', [record], () => ({ kind: 'link' }));
    keeper.begin();
    assert.equal(
      keeper.part('claim', 'a', [record], () => ({ kind: 'claim' })),
      claim,
    );
    assert.equal(
      keeper.part('link', 'a', [record], () => ({ kind: 'link' })),
      link,
    );
    assert.notEqual(claim, link);
    keeper.begin();
    assert.notEqual(
      keeper.part('claim', 'a', [{ id: 'a' }], () => ({ kind: 'claim' })),
      claim,
      'another record is another part',
    );
    keeper.begin();
    keeper.begin();
    assert.notEqual(
      keeper.part('link', 'a', [record], () => ({ kind: 'link' })),
      link,
      'a part no build asked for is let go',
    );
  });

  test('lets go of what a build did not ask for', () => {
    const keeper = new ViewKeeper();
    keeper.begin();
    const first = keeper.keep('place:p', ['Aleppo'], () => ({}));
    keeper.begin();
    keeper.begin();
    assert.notEqual(
      keeper.keep('place:p', ['Aleppo'], () => ({})),
      first,
    );
  });

  test("makes a record's text once, however many builds ask for it", () => {
    const keeper = new ViewKeeper();
    let written = 0;
    const record = { id: 'e1', toJSON: () => ({ id: 'e1', written: ++written }) };
    keeper.begin();
    const first = keeper.text(record);
    keeper.begin();
    assert.equal(keeper.text(record), first);
    assert.equal(written, 1);
    assert.notEqual(keeper.text({ id: 'e1' }), first, 'another record is written on its own');
  });

  test('keeping nothing makes every part each time', () => {
    assert.notEqual(
      KEEP_NOTHING.keep('a', [], () => ({})),
      KEEP_NOTHING.keep('a', [], () => ({})),
    );
  });
});

describe('the view made with a keeper', () => {
  test('is the same view as one made without, and gives back every part when the data are the same records', () => {
    const data = fixtureTimeline();
    const keeper = new ViewKeeper();
    keeper.begin();
    const first = buildView(data, null, keeper);
    keeper.begin();
    const again = buildView({ ...data, events: structuredClone(data.events) }, null, keeper);
    assert.equal(JSON.stringify(again), JSON.stringify(buildView(data)));
    assert.ok(first.events.length > 0 && first.articles.length > 0);
    assert.ok(
      again.events.every((e, i) => e === first.events[i]),
      'an event record made again with the same values gives the same event',
    );
    assert.ok(again.articles.every((a, i) => a === first.articles[i]));
    assert.ok(again.placePages.every((p, i) => p === first.placePages[i]));
  });

  test('makes again the parts an edit reaches: the article, its claims, the events and pages that show them', () => {
    const data = fixtureTimeline();
    const [edited, ...rest] = data.articles;
    assert.ok(edited);
    const { first, after, edited: retitled } = twoBuilds(data, (d) => ({ ...d, articles: [{ ...edited, title: 'A title given in the editor' }, ...rest] }));
    assert.equal(JSON.stringify(after), JSON.stringify(buildView(retitled)));
    assert.notEqual(after.articles[0], first.articles[0]);
    assert.equal(after.articles[1], first.articles[1], 'another article is kept');
    const reporting = after.events.filter((e) => e.reports.some((r) => r.article.id === edited.id));
    assert.ok(reporting.length > 0);
    for (const e of reporting) {
      assert.equal(e.reports.find((r) => r.article.id === edited.id)?.article.name, 'A title given in the editor');
      assert.ok(!first.events.includes(e), `${e.id} is made again`);
    }
    assert.ok(first.chart);
    assert.equal(after.chart, first.chart, 'the overview chart shows nothing of the reports: it is kept');
  });

  test('keeps the events of an article whose record changed only in what their pages do not show', () => {
    const data = fixtureTimeline();
    const [edited, ...rest] = data.articles;
    assert.ok(edited);
    const {
      first,
      after,
      edited: warned,
    } = twoBuilds(data, (d) => ({ ...d, articles: [{ ...edited, warnings: [...edited.warnings, 'A warning of its own'] }, ...rest] }));
    assert.equal(JSON.stringify(after), JSON.stringify(buildView(warned)));
    assert.notEqual(after.articles[0], first.articles[0], 'its own page shows the warning');
    const reporting = after.events.filter((e) => e.reports.some((r) => r.article.id === edited.id));
    assert.ok(reporting.length > 0);
    for (const e of reporting) assert.ok(first.events.includes(e), `${e.id} is kept`);
  });

  test("keeps the chunks of a place's pages when the place is made again only for its map", () => {
    const data = fixtureTimeline();
    // Homs loses its event: every map's marks change, Palmyra's lists do not.
    const { first, after, edited } = twoBuilds(data, (d) => ({ ...d, events: d.events.filter((e) => !e.places.includes('homs')) }));
    assert.equal(JSON.stringify(after), JSON.stringify(buildView(edited)));
    const page = (view: SiteView, id: string): SiteView['placePages'][number] | undefined => view.placePages.find((p) => p.place.id === id);
    const [before, now] = [page(first, 'palmyra'), page(after, 'palmyra')];
    assert.ok(before && now?.events && now.events.items.length > 0);
    assert.notEqual(now.place, before.place, 'the place is made again: its map changed');
    assert.equal(now.events, before.events, 'its events chunk is the one made last build');
    assert.equal(now.claims, before.claims);
    assert.notEqual(page(after, 'homs')?.events, page(first, 'homs')?.events, "Homs's own list changed");
  });

  test("keeps another place's map, and so its pages, when an event added elsewhere leaves the map's bounds as they were", () => {
    const data = fixtureTimeline();
    const palmyra = data.events.find((e) => e.id === 'e-palmyra-mar');
    assert.ok(palmyra);
    // A second Palmyra event: the counts the frame is made from change, its bounds (the Syrian places) do not.
    const { first, after, edited } = twoBuilds(data, (d) => ({ ...d, events: [...d.events, { ...palmyra, id: 'e-palmyra-again', claims: [] }] }));
    assert.equal(JSON.stringify(after), JSON.stringify(buildView(edited)));
    const place = (view: SiteView, id: string): SiteView['places'][number] | undefined => view.places.find((p) => p.id === id);
    assert.notEqual(after.map, first.map, "the home page's map counts Palmyra's events again");
    assert.ok(place(first, 'aleppo')?.map.marks.length);
    assert.equal(place(after, 'aleppo')?.map, place(first, 'aleppo')?.map, "Aleppo's map is the one made last build");
    assert.equal(place(after, 'aleppo'), place(first, 'aleppo'));
    const pages = (view: SiteView, id: string): SiteView['placePages'] => view.placePages.filter((p) => p.place.id === id);
    assert.deepEqual(pages(after, 'aleppo'), pages(first, 'aleppo'));
    assert.ok(
      pages(after, 'aleppo').every((p, i) => p === pages(first, 'aleppo')[i]),
      "Aleppo's pages are kept, and not fingerprinted again",
    );
    assert.notEqual(place(after, 'palmyra'), place(first, 'palmyra'), "Palmyra's own page shows the new event");
  });

  test("keeps an outlet's standing while its figures stand as they did, when a save adds another outlet's figure", () => {
    const data = fixtureTimeline();
    const base = data.claims.find((c) => c.id === 'a5-1');
    assert.ok(base && base.source === 'rt' && base.event);
    // RT gives a second figure about its own event: only RT's standing can change.
    const added = { ...base, id: 'a5-2', value: 7, category: 'injured' as const, what: 'civilians' };
    const { first, after, edited } = twoBuilds(data, (d) => withClaim(d, added));
    assert.equal(JSON.stringify(after), JSON.stringify(buildView(edited)));
    const standing = (view: SiteView, id: string): SiteView['sources'][number]['standing'] | undefined => view.sources.find((s) => s.id === id)?.standing;
    assert.equal(standing(after, 'arab-news'), standing(first, 'arab-news'), "another outlet's standing is kept");
    assert.notEqual(standing(after, 'rt'), standing(first, 'rt'), "RT's is made again");
    assert.ok(standing(after, 'rt')?.alone.some((c) => c.id === 'a5-2'));
  });

  test("makes an outlet's standing again when another outlet comes to count the same thing", () => {
    const data = fixtureTimeline();
    const base = data.claims.find((c) => c.id === 'a5-1');
    const other = data.articles.find((a) => a.source === 'arab-news');
    assert.ok(base?.event && other);
    // Arab News now counts RT's strikes of that event too: RT's figure no longer stands alone.
    const added = { ...base, id: 'x-1', source: 'arab-news', article: other.id };
    const { first, after, edited } = twoBuilds(data, (d) => withClaim(d, added));
    assert.equal(JSON.stringify(after), JSON.stringify(buildView(edited)));
    const alone = (view: SiteView): string[] | undefined => view.sources.find((s) => s.id === 'rt')?.standing.alone.map((c) => c.id);
    assert.ok(alone(first)?.includes('a5-1'));
    assert.ok(!alone(after)?.includes('a5-1'));
  });

  test('makes the overview chart again when an event it marks is retitled', () => {
    const {
      first,
      after,
      edited: retitled,
    } = twoBuilds(fixtureTimeline(), (d) => ({
      ...d,
      events: d.events.map((e, i) => (i === 0 ? { ...e, title: 'Another title' } : e)),
    }));
    assert.notEqual(after.chart, first.chart);
    assert.deepEqual(after.chart, buildView(retitled).chart);
  });

  test('after any one edit of the records, the view made with a keeper is the view made from nothing', () => {
    const data = fixtureTimeline();
    const edits: [string, (d: TimelineData) => TimelineData][] = [];
    data.articles.forEach((a, i) => {
      const others = (list: TimelineData['articles']): TimelineData['articles'] => list.filter((_, j) => j !== i);
      edits.push([`${a.id} retitled`, (d) => ({ ...d, articles: d.articles.map((x, j) => (j === i ? { ...x, title: 'A title given in the editor' } : x)) })]);
      edits.push([`${a.id} republished`, (d) => ({ ...d, articles: d.articles.map((x, j) => (j === i ? { ...x, published: '2001-02-03' } : x)) })]);
      edits.push([
        `${a.id} dated the other way`,
        (d) => ({ ...d, articles: d.articles.map((x, j) => (j === i ? { ...x, publishedInferred: !x.publishedInferred } : x)) }),
      ]);
      edits.push([
        `${a.id} from another outlet`,
        (d) => ({ ...d, articles: d.articles.map((x, j) => (j === i ? { ...x, source: d.sources.at(-1)?.id ?? null } : x)) }),
      ]);
      edits.push([`${a.id} removed`, (d) => ({ ...d, articles: others(d.articles) })]);
    });
    data.sources.forEach((s, i) => {
      edits.push([`${s.id} renamed`, (d) => ({ ...d, sources: d.sources.map((x, j) => (j === i ? { ...x, name: 'Renamed Wire' } : x)) })]);
    });
    data.places.forEach((p, i) => {
      edits.push([`${p.id} renamed`, (d) => ({ ...d, places: d.places.map((x, j) => (j === i ? { ...x, name: 'Renamed Town' } : x)) })]);
    });
    data.claimants.forEach((c, i) => {
      edits.push([`${c.id} renamed`, (d) => ({ ...d, claimants: d.claimants.map((x, j) => (j === i ? { ...x, name: 'Renamed Body' } : x)) })]);
    });
    data.events.forEach((e, i) => {
      edits.push([`${e.id} retitled`, (d) => ({ ...d, events: d.events.map((x, j) => (j === i ? { ...x, title: 'Another title' } : x)) })]);
    });
    assert.ok(edits.length > 10);
    for (const [what, edit] of edits) {
      const { after, edited } = twoBuilds(data, edit);
      assert.equal(JSON.stringify(after), JSON.stringify(buildView(edited)), what);
    }
  });
});
