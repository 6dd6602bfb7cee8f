/**
 * The view page kind by page kind (src/output/view/): the links every kind is made of, the
 * article text with its finds marked, and the timeline by month.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { EventRecord, TimelineData } from '../../src/model/schema.ts';
import { articleViews, publishedHow } from '../../src/output/view/articles.ts';
import { viewContext } from '../../src/output/view/context.ts';
import { comparisons } from '../../src/output/view/comparisons.ts';
import { eventViews } from '../../src/output/view/events.ts';
import { timelineView } from '../../src/output/view/timeline.ts';
import { fixtureTimeline } from '../browser/fixture-timeline.ts';

const EMPTY: TimelineData = { articles: [], sources: [], claimants: [], places: [], events: [], claims: [], groups: [], disagreements: [], diagnostics: [] };

describe('how many outlets an event rests on', () => {
  const single = (data: TimelineData, id: string): boolean | undefined => {
    const ctx = viewContext(data);
    return eventViews(ctx, comparisons(ctx)).find((e) => e.id === id)?.singleSource;
  };
  test('one outlet alone for one report, or for reports all of one known outlet', () => {
    assert.equal(single(fixtureTimeline(), 'e-aleppo-jun'), true);
    const data = fixtureTimeline();
    const sameOutlet = { ...data, articles: data.articles.map((a) => (a.id === 'a2' ? { ...a, source: 'arab-news' } : a)) };
    const event = sameOutlet.events.find((e) => e.id === 'e-palmyra-dec')!;
    assert.equal(single({ ...sameOutlet, events: sameOutlet.events.map((e) => (e === event ? { ...e, sources: ['arab-news'] } : e)) }, 'e-palmyra-dec'), true);
  });
  test('not one outlet alone for several reports whose outlets nobody named', () => {
    const data = fixtureTimeline();
    const unknown = {
      ...data,
      articles: data.articles.map((a) => ({ ...a, source: null })),
      events: data.events.map((e) => ({ ...e, sources: [] })),
    };
    assert.equal(single(unknown, 'e-palmyra-dec'), false, 'two reports of unknown outlets');
    assert.equal(single(unknown, 'e-aleppo-jun'), true, 'one report');
  });
});

describe('the links of the view', () => {
  test('an outlet, place or claimant the data holds links to its page under its name', () => {
    const { links } = viewContext(fixtureTimeline());
    assert.deepEqual(links.source('rt'), { id: 'rt', name: fixtureTimeline().sources.find((s) => s.id === 'rt')!.name, url: '/sources/rt/' });
    assert.equal(links.place('palmyra').url, '/places/palmyra/');
  });

  test('an id the data does not hold links home, named by itself, rather than to a page that does not exist', () => {
    const { links } = viewContext(EMPTY);
    assert.deepEqual(links.claimant('nobody'), { id: 'nobody', name: 'nobody', url: '/' });
    assert.deepEqual(links.event('gone'), { id: 'gone', name: 'gone', url: '/' });
  });

  test('an article links to its page by its title, or by its id when it has none', () => {
    const data = fixtureTimeline();
    const untitled = { ...data, articles: data.articles.map((a) => (a.id === 'a2' ? { ...a, title: '' } : a)) };
    const { links } = viewContext(untitled);
    assert.equal(links.article('a1').name, data.articles[0]!.title);
    assert.deepEqual(links.article('a2'), { id: 'a2', name: 'a2', url: '/articles/a2/' });
  });

  test('a claim’s row links to its mark in its article', () => {
    const { claimsById } = viewContext(fixtureTimeline());
    const row = [...claimsById.values()][0]!;
    assert.equal(row.quoteUrl, `/articles/${row.article.id}/#${row.id}`);
  });
});

describe('an article page', () => {
  const data = fixtureTimeline();
  const article = articleViews(viewContext(data)).find((a) => a.id === 'a1')!;

  test('cuts the text into paragraphs at blank lines', () => {
    assert.equal(article.paragraphs.length, 2);
  });

  test('marks each figure with its id, linked to its row further down the same page', () => {
    const marked = article.paragraphs.flat().filter((s) => s.mark?.kind === 'figure');
    assert.ok(marked.length > 0);
    for (const s of marked) assert.equal(s.mark!.url, `#${s.mark!.id}`);
  });

  test('keeps markup in the text as text, run by run', () => {
    assert.ok(article.paragraphs.flat().some((s) => s.mark === null && s.text.includes('<script>')));
  });
});

describe('how a publication date was known', () => {
  test('a stated date shows its evidence as it is; a reasoned one says so first', () => {
    assert.equal(publishedHow({ publishedInferred: false, publishedEvidence: 'front matter' }), 'front matter');
    assert.equal(publishedHow({ publishedInferred: true, publishedEvidence: 'latest day stated' }), 'reasoned from the text: latest day stated');
    assert.equal(publishedHow({ publishedInferred: true, publishedEvidence: null }), null);
  });

  test('a date found from other reports shows its evidence as it is', () => {
    const evidence = 'dated from its match with Outlet A, 11 Dec 2016';
    assert.equal(publishedHow({ publishedInferred: true, publishedEvidence: evidence }), evidence);
  });
});

describe('the timeline by month', () => {
  const withYearOnly = (): TimelineData => {
    const data = fixtureTimeline();
    const event: EventRecord = { ...data.events[0]!, id: 'year-only', date: { start: '2015-01-01', end: '2015-12-31', precision: 'year' } };
    return { ...data, events: [...data.events, event] };
  };
  const events = (data: TimelineData) => {
    const ctx = viewContext(data);
    return eventViews(ctx, comparisons(ctx));
  };

  test('lists the months in order, each with its events', () => {
    const { months } = timelineView(events(fixtureTimeline()));
    assert.deepEqual(
      months.map((m) => m.key),
      [...months.map((m) => m.key)].sort(),
    );
    assert.equal(
      months.reduce((n, m) => n + m.events.length, 0),
      fixtureTimeline().events.length,
    );
  });

  test('lists an event dated only by its year under the year’s January', () => {
    const { months } = timelineView(events(withYearOnly()));
    const january = months.find((m) => m.key === '2015-01')!;
    assert.deepEqual(
      january.events.map((e) => e.id),
      ['year-only'],
    );
    assert.equal(january.label, 'January 2015');
  });

  test('with few events, has no year pages and a chart whose crowded months lead to the home page’s months', () => {
    const view = timelineView(events(fixtureTimeline()));
    assert.deepEqual(view.years, []);
    assert.ok(view.chart);
    for (const cell of view.chart.cells) assert.match(cell.url, /^(?:#m-\d{4}-\d{2}|\/events\/)/);
  });

  test('with no events, has no months and no chart', () => {
    assert.deepEqual(timelineView([]), { months: [], years: [], chart: null });
  });
});
