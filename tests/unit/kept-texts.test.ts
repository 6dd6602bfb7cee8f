/** Feed entries and CSV rows kept between builds: the same documents as made from nothing. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { claimsCsv, eventsCsv } from '../../src/output/csv.ts';
import { atomFeed, jsonFeed } from '../../src/output/feeds.ts';
import { KeptTexts, sameKey } from '../../src/output/kept-texts.ts';
import { sitemap } from '../../src/output/sitemap.ts';
import { buildView } from '../../src/output/view/index.ts';
import { ViewKeeper } from '../../src/output/view/keep.ts';
import type { SiteView } from '../../src/output/view/types.ts';
import { fixtureTimeline } from '../browser/fixture-timeline.ts';

const documents = (view: SiteView, prefix: string, texts?: KeptTexts): string[] => [
  atomFeed(view, { pathPrefix: prefix }, texts),
  jsonFeed(view, { pathPrefix: prefix, siteUrl: 'https://example.org' }, texts),
  eventsCsv(view, prefix, texts),
  claimsCsv(view, prefix, texts),
  sitemap(view, { pathPrefix: prefix, siteUrl: 'https://example.org' }, texts),
];

describe('kept feed entries and CSV rows', () => {
  test('give the same feeds and downloads as made from nothing, after an event, where the places lie and an outlet changed, and under another prefix', () => {
    const data = fixtureTimeline();
    const keeper = new ViewKeeper();
    const texts = new KeptTexts();
    keeper.begin();
    const first = buildView(data, null, keeper);
    assert.deepEqual(documents(first, '/', texts), documents(first, '/'));
    const [event, ...events] = data.events;
    const [source, ...sources] = data.sources;
    assert.ok(event && source);
    const edited = {
      ...data,
      events: [{ ...event, title: 'A title given in the editor' }, ...events],
      places: data.places.map((p) => ({ ...p, admin1: 'Another Province', lat: p.lat + 1 })),
      sources: [{ ...source, name: 'Renamed Wire' }, ...sources],
    };
    keeper.begin();
    const second = buildView(edited, null, keeper);
    assert.deepEqual(documents(second, '/', texts), documents(buildView(edited), '/'));
    assert.deepEqual(documents(second, '/timeline/', texts), documents(buildView(edited), '/timeline/'));
  });

  test('give the same sitemap as made from nothing after an article is added, an event retitled and the collection put under another address', () => {
    const data = fixtureTimeline();
    const keeper = new ViewKeeper();
    const texts = new KeptTexts();
    keeper.begin();
    const first = buildView({ ...data, articles: data.articles.slice(1) }, null, keeper);
    const options = { pathPrefix: '/', siteUrl: 'https://example.org' };
    assert.equal(sitemap(first, options, texts), sitemap(first, options));
    const [event, ...events] = data.events;
    assert.ok(event);
    const edited = { ...data, events: [{ ...event, title: 'A title given in the editor' }, ...events] };
    keeper.begin();
    const second = buildView(edited, null, keeper);
    assert.equal(sitemap(second, options, texts), sitemap(buildView(edited), options));
    const moved = { pathPrefix: '/timeline/', siteUrl: 'https://example.net' };
    assert.equal(sitemap(second, moved, texts), sitemap(buildView(edited), moved));
    assert.ok(sitemap(second, moved, texts).includes('https://example.net/timeline/articles/'));
  });

  test('keys of kept texts are the same only when every value is', () => {
    assert.equal(sameKey(['/', 'a1', null], ['/', 'a1', null]), true);
    assert.equal(sameKey(['/a', 'b'], ['/', 'ab']), false);
    assert.equal(sameKey(['/', null], ['/', '']), false);
    assert.equal(sameKey(['/', 'x'], ['/', 'x', null]), false);
    assert.equal(sameKey('/', '/'), true);
    assert.equal(sameKey('/', ['/']), false);
  });

  test('a text is made again when a value of its key changed, and kept while none did', () => {
    const texts = new KeptTexts();
    const row = {};
    let made = 0;
    const make = (): string => `row ${++made}`;
    const text = (key: readonly (string | null)[]): string => Buffer.from(texts.of('rows', row, key, make)).toString();
    assert.equal(text(['/', 'Palmyra']), 'row 1');
    assert.equal(text(['/', 'Palmyra']), 'row 1');
    assert.equal(text(['/', 'Tadmur']), 'row 2');
    assert.equal(text(['/timeline/', 'Tadmur']), 'row 3');
  });

  test('an empty collection has feeds without entries and downloads with only their header', () => {
    const view = buildView({ ...fixtureTimeline(), events: [], articles: [], claims: [] });
    const [atom, json, events, claims] = documents(view, '/', new KeptTexts());
    assert.ok(atom && !atom.includes('<entry>'));
    assert.deepEqual(JSON.parse(json ?? '').items, []);
    assert.equal(events?.split('\r\n').length, 2);
    assert.equal(claims?.split('\r\n').length, 2);
  });
});
