/** The search index built on a thread of its own: the same files as Pagefind writes, and its errors reported. */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { buildSearchIndexes, SearchThread } from '../../src/render/search-index.ts';
import { tempDir } from '../helpers/temp.ts';

const doc = (n: number, words: string) => ({
  sourcePath: `events/e${n}/index.html`,
  html: `<!doctype html><html lang="en"><head><title>Event ${n}</title></head><body><main data-pagefind-body><h1>Event ${n}</h1><p>${words}</p></main></body></html>`,
});
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(dir.length))
    .sort();

describe('building the search index alongside the render', () => {
  test('writes each shard into its folder, with the scripts only in the primary, and the same files from the same documents', async () => {
    const out = tempDir('dateline-search-');
    const docs = [doc(1, 'Strikes hit Palmyra overnight.'), doc(2, 'Shelling near the airport of Aleppo.')];
    await buildSearchIndexes([
      { dir: join(out, 'pagefind'), primary: true, docs },
      { dir: join(out, 'pagefind-e1'), primary: false, docs: [doc(3, 'A convoy reached the town.')] },
    ]);
    assert.ok(
      filesUnder(join(out, 'pagefind')).some((f) => f.endsWith('.js')),
      'the primary keeps its scripts',
    );
    assert.ok(!filesUnder(join(out, 'pagefind-e1')).some((f) => /\.(?:js|css)$/.test(f)), 'a merged shard has none');
    assert.ok(existsSync(join(out, 'pagefind-e1', 'pagefind-entry.json')));
    const again = tempDir('dateline-search-');
    await buildSearchIndexes([{ dir: join(again, 'pagefind'), primary: true, docs }]);
    const files = filesUnder(join(out, 'pagefind'));
    assert.deepEqual(filesUnder(join(again, 'pagefind')), files);
    for (const f of files) assert.ok(readFileSync(join(out, 'pagefind', f)).equals(readFileSync(join(again, 'pagefind', f))), f);
  });

  test('indexes more shards than it builds at once, their documents handed over as it reaches them', async () => {
    const out = tempDir('dateline-search-');
    const jobs = Array.from({ length: 7 }, (_, n) => ({
      dir: join(out, `pagefind-e${n}`),
      primary: n === 0,
      docs: [doc(n, `Report number ${n} of the shelling.`)],
    }));
    await buildSearchIndexes(jobs);
    for (const { dir } of jobs) assert.ok(existsSync(join(dir, 'pagefind-entry.json')), dir);
  });

  test("fails with Pagefind's error when an index cannot be written, once its thread has stopped", async () => {
    const out = tempDir('dateline-search-');
    const blocked = join(out, 'a-file');
    writeFileSync(blocked, '');
    await assert.rejects(buildSearchIndexes([{ dir: join(blocked, 'pagefind'), primary: true, docs: [doc(1, 'Words.')] }]), /pagefind/i);
  });

  test("links the files the previous build's shard holds with the same bytes, and writes the others", async () => {
    const before = tempDir('dateline-search-');
    const docs = [doc(1, 'Strikes hit Palmyra overnight.'), doc(2, 'Shelling near the airport of Aleppo.')];
    await buildSearchIndexes([{ dir: join(before, 'pagefind-a0'), primary: false, docs }]);
    const after = tempDir('dateline-search-');
    const more = [...docs, doc(3, 'A convoy reached the town.')];
    await buildSearchIndexes([{ dir: join(after, 'pagefind-a0'), primary: false, docs: more, previous: join(before, 'pagefind-a0') }]);
    const cold = tempDir('dateline-search-');
    await buildSearchIndexes([{ dir: join(cold, 'pagefind-a0'), primary: false, docs: more }]);
    const files = filesUnder(join(cold, 'pagefind-a0'));
    assert.deepEqual(filesUnder(join(after, 'pagefind-a0')), files);
    for (const f of files) assert.ok(readFileSync(join(after, 'pagefind-a0', f)).equals(readFileSync(join(cold, 'pagefind-a0', f))), f);
    const linked = files.filter(
      (f) => statSync(join(after, 'pagefind-a0', f)).ino === statSync(join(before, 'pagefind-a0', f), { throwIfNoEntry: false })?.ino,
    );
    assert.ok(linked.filter((f) => f.includes('fragment')).length >= 2, 'the fragments of the two pages indexed before are linked');
    assert.ok(linked.length < files.length, 'what changed is written anew');
  });

  test('builds nothing, and starts no thread, for no shards', async () => {
    await buildSearchIndexes([]);
  });
});

describe('a search thread started ahead of its work', () => {
  test('writes the same index as a thread started with the work, and is taken once', async () => {
    const docs = [doc(1, 'Strikes hit Palmyra overnight.'), doc(2, 'Shelling near the airport of Aleppo.')];
    const ahead = new SearchThread();
    const out = tempDir('dateline-search-');
    await buildSearchIndexes([{ dir: join(out, 'pagefind'), primary: true, docs }], ahead);
    const fresh = tempDir('dateline-search-');
    await buildSearchIndexes([{ dir: join(fresh, 'pagefind'), primary: true, docs }]);
    const files = filesUnder(join(fresh, 'pagefind'));
    assert.deepEqual(filesUnder(join(out, 'pagefind')), files);
    for (const f of files) assert.ok(readFileSync(join(out, 'pagefind', f)).equals(readFileSync(join(fresh, 'pagefind', f))), f);
    assert.equal(ahead.take(), false, 'a thread does one piece of work');
  });

  test('is stopped when there is no work for it', async () => {
    const ahead = new SearchThread();
    const ended = new Promise((resolve) => ahead.worker.once('exit', resolve));
    await buildSearchIndexes([], ahead);
    await ended;
    assert.equal(ahead.take(), false);
  });
});
