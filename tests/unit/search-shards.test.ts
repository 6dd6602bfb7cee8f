/** The search index in shards: which documents go together, and what a change touches. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SearchDocument } from '../../src/output/search-documents.ts';
import { searchDocuments } from '../../src/output/search-documents.ts';
import { buildView } from '../../src/output/view/index.ts';
import { pageFile } from '../../src/output/urls.ts';
import { hashOf, PRIMARY_SHARD, SHARD_FOLDER, shardCount, shardFingerprint, shardList, shardOwners, splitIntoShards } from '../../src/render/search-shards.ts';
import { fixtureTimeline } from '../browser/fixture-timeline.ts';

const doc = (sourcePath: string, text = sourcePath): SearchDocument => ({ sourcePath, html: `<main data-pagefind-body>${text}</main>` });
const articles = (n: number, from = 0): SearchDocument[] => Array.from({ length: n }, (_, i) => doc(`articles/a${from + i}/index.html`));
const folderOf = (shards: ReturnType<typeof splitIntoShards>, path: string): string | undefined =>
  shards.find((s) => s.docs.some((d) => d.sourcePath === path))?.folder;
/** The folders of the shards of `after` that a rebuild from `before` indexes again. */
const changedShards = (before: ReturnType<typeof splitIntoShards>, after: ReturnType<typeof splitIntoShards>): string[] =>
  after
    .filter((s) => shardFingerprint('code', s) !== shardFingerprint('code', before.find((b) => b.folder === s.folder) ?? { folder: '', docs: [] }))
    .map((s) => s.folder);

describe('how many shards a kind of page is split into', () => {
  test('a small site has one shard per kind, 1,000 pages of 32 a shard sixteen, and no kind more than sixteen', () => {
    assert.equal(shardCount(0, 32), 1);
    assert.equal(shardCount(5, 32), 1);
    assert.equal(shardCount(63, 32), 1);
    assert.equal(shardCount(64, 32), 2);
    assert.equal(shardCount(1000, 32), 16);
    assert.equal(shardCount(1000, 128), 4);
    assert.equal(shardCount(10_000, 32), 16);
  });
  test('the count is a power of two that never falls as pages are added', () => {
    let last = 1;
    for (let n = 0; n < 5000; n += 7) {
      const count = shardCount(n, 32);
      assert.ok(count >= last && Number.isInteger(Math.log2(count)), `${n} pages: ${count}`);
      last = count;
    }
  });
});

describe('documents split into shards', () => {
  test('the primary index holds the search page alone, so that no new outlet, place or claimant indexes it again', () => {
    const few = splitIntoShards([doc('places/x/index.html'), doc('sources/y/index.html'), doc('claimants/z/index.html'), ...articles(3)]);
    const more = splitIntoShards([
      doc('places/x/index.html'),
      doc('places/w/index.html'),
      doc('sources/y/index.html'),
      doc('claimants/z/index.html'),
      ...articles(3),
    ]);
    assert.equal(few[0]?.folder, PRIMARY_SHARD);
    assert.deepEqual(
      few[0]?.docs.map((d) => d.sourcePath),
      ['search/index.html'],
    );
    assert.deepEqual(more[0], few[0]);
    assert.deepEqual(
      splitIntoShards([]).map((s) => s.folder),
      [PRIMARY_SHARD],
    );
    assert.deepEqual(splitIntoShards([])[0]?.docs, []);
  });
  test('an event, outlet, place or claimant goes with the article its owner names, a page no article names by its own path', () => {
    const owners = new Map([
      ['places/x/index.html', 'articles/a1/index.html'],
      ['events/e/index.html', 'articles/a1/index.html'],
    ]);
    const docs = [...articles(300), doc('places/x/index.html'), doc('events/e/index.html'), doc('claimants/z/index.html')];
    const shards = splitIntoShards(docs, owners);
    assert.equal(folderOf(shards, 'places/x/index.html'), folderOf(shards, 'articles/a1/index.html'));
    assert.equal(folderOf(shards, 'events/e/index.html'), folderOf(shards, 'articles/a1/index.html'));
    assert.ok(folderOf(shards, 'claimants/z/index.html'), 'a page no article names is indexed all the same');
  });
  test('adding an article and what it is the first to name changes its own shard alone', () => {
    const places = (n: number): SearchDocument[] => Array.from({ length: n }, (_, i) => doc(`places/p${i}/index.html`));
    const owners = new Map(places(600).map((p, i) => [p.sourcePath, `articles/a${i % 400}/index.html`]));
    const before = splitIntoShards([...articles(400), ...places(600)], owners);
    const after = splitIntoShards(
      [...articles(400), doc('articles/new/index.html'), ...places(600), doc('places/new/index.html')],
      new Map([...owners, ['places/new/index.html', 'articles/new/index.html']]),
    );
    assert.equal(after.length, 9, '401 articles in eight shards, and the primary');
    assert.deepEqual(changedShards(before, after), [folderOf(after, 'articles/new/index.html')]);
  });
  test('the primary holds a document whenever anything is indexed, so that Pagefind gives it a language', () => {
    const primary = splitIntoShards(articles(2))[0];
    assert.equal(primary?.folder, PRIMARY_SHARD);
    assert.equal(primary?.docs.length, 1);
    assert.match(primary?.docs[0]?.html ?? '', /<html lang="en">.*data-pagefind-body/);
  });
  test('200 articles make four shards, none empty', () => {
    const shards = splitIntoShards([...articles(200), doc('events/e1/index.html')]);
    assert.ok(shards.every((s) => SHARD_FOLDER.test(s.folder)));
    assert.ok(shards.slice(1).every((s) => s.docs.length > 0));
    assert.equal(shards.length, 5);
  });
  test('a document stays in its shard when others are added, so adding one article changes one shard of articles', () => {
    const before = splitIntoShards(articles(500));
    const after = splitIntoShards([...articles(500), doc('articles/new/index.html')]);
    for (const d of articles(500)) assert.equal(folderOf(after, d.sourcePath), folderOf(before, d.sourcePath));
    assert.deepEqual(changedShards(before, after), [folderOf(after, 'articles/new/index.html')]);
  });
  test('articles spread evenly over the shards: 1,000 with slugs alike over sixteen shards, none under half or over twice its share', () => {
    const slugs = Array.from({ length: 1000 }, (_, i) => doc(`articles/bench-wire-${i % 40}-aleppo-strike-${i}/index.html`));
    const sizes = splitIntoShards(slugs)
      .slice(1)
      .map((s) => s.docs.length);
    assert.equal(sizes.length, 16);
    for (const size of sizes) assert.ok(size > 1000 / 16 / 2 && size < (1000 / 16) * 2, `a shard of ${size}`);
  });
  test('the shard number of a path is the same in every build: a fixed function of its text', () => {
    assert.equal(hashOf('articles/a/index.html'), hashOf(`articles/${'a'}/index.html`));
    assert.notEqual(hashOf('articles/a/index.html'), hashOf('articles/b/index.html'));
    assert.equal(hashOf(''), 0x811c9dc5);
  });
  test('the same documents give the same shards in the same order, whatever else is in memory', () => {
    const docs = [...articles(300), doc('events/e/index.html'), doc('places/p/index.html')];
    assert.deepEqual(splitIntoShards(docs), splitIntoShards([...docs]));
  });
});

describe('shard fingerprints and the shard list', () => {
  const shard = { folder: 'pagefind-a0', docs: [doc('articles/a/index.html', 'Shelling near the river')] };
  test('a change of a document, its path, the shard or the code gives another fingerprint', () => {
    const base = shardFingerprint('code', shard);
    assert.equal(shardFingerprint('code', { ...shard, docs: [...shard.docs] }), base);
    assert.notEqual(shardFingerprint('code', { ...shard, docs: [doc('articles/a/index.html', 'Shelling near the bridge')] }), base);
    assert.notEqual(shardFingerprint('code', { ...shard, docs: [doc('articles/b/index.html', 'Shelling near the river')] }), base);
    assert.notEqual(shardFingerprint('code', { ...shard, folder: 'pagefind-a1' }), base);
    assert.notEqual(shardFingerprint('other code', shard), base);
  });
  test('the list names the shards merged into the primary, not the primary itself', () => {
    assert.deepEqual(JSON.parse(shardList(splitIntoShards([...articles(2), doc('events/e/index.html'), doc('places/p/index.html')]))), ['pagefind-a0']);
  });
});

describe('the article each page goes with in the search index', () => {
  test('is the first article, by the path of its page, that names the event, outlet, place or claimant', () => {
    const view = buildView(fixtureTimeline());
    const owners = shardOwners(view);
    const naming = (path: string) =>
      view.articles
        .filter((a) =>
          [...a.events, ...a.places, ...(a.source ? [a.source] : []), ...a.claims.flatMap((c) => (c.claimant ? [c.claimant] : []))].some(
            (l) => pageFile(l.url) === path,
          ),
        )
        .map((a) => pageFile(a.url))
        .sort();
    const event = view.events[0];
    assert.ok(event, 'the fixture has events');
    assert.equal(owners.get(pageFile(event.url)), naming(pageFile(event.url))[0]);
    const shared = view.places.find((p) => naming(pageFile(p.url)).length > 1);
    assert.ok(shared, 'the fixture has a place two articles name');
    assert.equal(owners.get(pageFile(shared.url)), naming(pageFile(shared.url))[0]);
    assert.ok(
      view.articles.every((a) => !owners.has(pageFile(a.url))),
      'an article goes by its own path',
    );
  });
});

describe('the search documents of pages that list many others', () => {
  test('an outlet, place or claimant is indexed by a summary that does not change when an event is added to it', () => {
    const data = fixtureTimeline();
    const before = searchDocuments(buildView(data));
    const first = data.events[0];
    assert.ok(first, 'the fixture has events');
    const added = { ...first, id: `${first.id}-again`, title: 'A second strike reported on the same day' };
    const after = searchDocuments(buildView({ ...data, events: [...data.events, added] }));
    const hubs = (docs: SearchDocument[]): SearchDocument[] => docs.filter((d) => /^(?:places|sources|claimants)\//.test(d.sourcePath));
    assert.ok(hubs(before).length > 0);
    assert.deepEqual(hubs(after), hubs(before));
    assert.ok(after.length > before.length, 'the new event has a document of its own');
  });
});
