import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { searchDocuments } from '../../src/output/search-documents.ts';
import { buildView } from '../../src/output/view/index.ts';
import { fixtureTimeline } from '../browser/fixture-timeline.ts';

const view = buildView(fixtureTimeline());
const docs = searchDocuments(view);
const doc = (path: string): string => docs.find((d) => d.sourcePath === path)?.html ?? '';

describe('search documents', () => {
  test('there is one for every article, event, outlet, place and claimant page, and for nothing else', () => {
    const pages = [...view.articles, ...view.events, ...view.sources, ...view.places, ...view.claimants].map((p) => `${p.url.slice(1)}index.html`);
    assert.deepEqual(docs.map((d) => d.sourcePath).sort(), [...pages].sort());
  });

  test('article text is escaped, never markup', () => {
    const html = doc('events/e-palmyra-dec/index.html');
    assert.match(html, /Daesh driven out of Palmyra &lt;em&gt;again&lt;\/em&gt;/);
    assert.doesNotMatch(html, /<em>/);
    for (const d of docs) assert.doesNotMatch(d.html, /<script|<img|<iframe/i, d.sourcePath);
  });

  test('each page says what kind it is, and events are filtered by place and outlet', () => {
    const html = doc('events/e-palmyra-dec/index.html');
    assert.match(html, /data-pagefind-filter="kind:event"/);
    assert.match(html, /<span data-pagefind-filter="place">Palmyra<\/span>/);
    assert.match(html, /<span data-pagefind-filter="source">Arab News<\/span>/);
  });

  test('a claimant is found by its aliases, weighted above the pages that only mention it', () => {
    const claimant = view.claimants.find((c) => c.aliases.length);
    assert.ok(claimant, 'the fixture has a claimant with aliases');
    const html = doc(`${claimant.url.slice(1)}index.html`);
    assert.match(html, /data-pagefind-weight="10"/);
    assert.ok(html.includes(claimant.aliases[0]!.replace(/&/g, '&amp;')), 'its first alias is in the document');
  });
});
