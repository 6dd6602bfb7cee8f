import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, test } from 'node:test';
import {
  forgetCachedFactsInMemory,
  pruneOtherVersions,
  readCachedFacts,
  removeStaleTemporaryEntries,
  writeCachedFacts,
  writeCachedFactsInBackground,
} from '../../src/cache/article-cache.ts';
import { articleCacheKey, registriesHash } from '../../src/cache/cache-key.ts';
import { hashCode } from '../../src/cache/extractor-version.ts';
import { looksLikeFacts } from '../../src/cache/facts-shape.ts';
import type { ArticleFacts, Registries } from '../../src/model/types.ts';
import { tempDir } from '../helpers/temp.ts';

const EMPTY: Registries = { sources: [], claimants: [], places: [], notPlaces: [] };
const PARTS = { contentHash: 'c0ffee', file: 'content/articles/a.txt', registriesHash: 'r1', extractorVersion: 'v1' };
const FACTS = {
  article: {
    id: 'a',
    file: 'content/articles/a.txt',
    hash: 'c0ffee',
    title: 'T',
    body: 'B',
    teasers: [],
    source: null,
    url: null,
    language: 'eng',
    published: null,
    diagnostics: [],
  },
  published: null,
  publishedInferred: false,
  publishedEvidence: null,
  dates: [],
  places: [],
  placeRanking: [],
  figures: [],
  attributions: [],
  claims: [],
  events: [],
  diagnostics: [],
} satisfies ArticleFacts;

describe('cache keys', () => {
  test('the same text, path, registries and extractor give the same key', () => {
    assert.equal(articleCacheKey(PARTS), articleCacheKey({ ...PARTS }));
  });

  test('a change to the text, the path, the registries or the extractor version gives another key', () => {
    const key = articleCacheKey(PARTS);
    for (const change of [{ contentHash: 'c0ffef' }, { file: 'content/articles/b.txt' }, { registriesHash: 'r2' }, { extractorVersion: 'v2' }]) {
      assert.notEqual(articleCacheKey({ ...PARTS, ...change }), key, JSON.stringify(change));
    }
  });

  test('an edit to the registries changes their hash', () => {
    const more: Registries = { ...EMPTY, notPlaces: ['Sunday'] };
    assert.notEqual(registriesHash(more), registriesHash(EMPTY));
    assert.equal(registriesHash({ ...EMPTY }), registriesHash(EMPTY));
  });
});

describe('the extractor version', () => {
  const project = (): string => {
    const root = tempDir('dateline-version-');
    mkdirSync(join(root, 'src', 'extract'), { recursive: true });
    writeFileSync(join(root, 'src', 'extract', 'a.ts'), 'export const a = 1;\n');
    return root;
  };

  test('stays the same while the extraction code is unchanged', () => {
    const root = project();
    assert.equal(hashCode(root), hashCode(root));
  });

  test('changes when a file under src/extract changes', () => {
    const root = project();
    const before = hashCode(root);
    writeFileSync(join(root, 'src', 'extract', 'a.ts'), 'export const a = 2;\n');
    assert.notEqual(hashCode(root), before);
  });

  test('changes when a file is added under src/ingest', () => {
    const root = project();
    const before = hashCode(root);
    mkdirSync(join(root, 'src', 'ingest'));
    writeFileSync(join(root, 'src', 'ingest', 'b.ts'), '');
    assert.notEqual(hashCode(root), before);
  });

  test('does not change when code outside the extraction stages changes', () => {
    const root = project();
    const before = hashCode(root);
    mkdirSync(join(root, 'src', 'output'));
    writeFileSync(join(root, 'src', 'output', 'view.ts'), 'export {};\n');
    assert.equal(hashCode(root), before);
  });
});

describe('the facts cache on disk', () => {
  const at = (): { dir: string; extractorVersion: string } => ({ dir: tempDir('dateline-cache-'), extractorVersion: '0123456789abcdef' });

  test('gives back the facts it stored under a key', () => {
    const loc = at();
    assert.equal(writeCachedFacts(loc, 'k1', FACTS), true);
    assert.deepEqual(readCachedFacts(loc, 'k1'), FACTS);
  });

  test('gives back text beyond ASCII as it was, from an entry written all in ASCII', () => {
    const loc = at();
    const facts = { ...FACTS, article: { ...FACTS.article, title: '“It’s over” — al-Bāb, حلب 🕊', body: 'Kyiv’s mayor said …' } };
    assert.equal(writeCachedFacts(loc, 'k1', facts), true);
    const [entry] = readdirSync(join(loc.dir, loc.extractorVersion)).filter((name) => name.endsWith('.json'));
    const text = readFileSync(join(loc.dir, loc.extractorVersion, entry ?? ''), 'utf8');
    assert.match(text, /^[\x00-\x7f]*$/);
    forgetCachedFactsInMemory();
    assert.deepEqual(readCachedFacts(loc, 'k1'), facts);
  });

  test('has nothing for a key it never stored', () => {
    assert.equal(readCachedFacts(at(), 'k1'), null);
  });

  test('reads a torn or foreign entry as a miss, not a crash', () => {
    const loc = at();
    mkdirSync(join(loc.dir, loc.extractorVersion), { recursive: true });
    writeFileSync(join(loc.dir, loc.extractorVersion, 'k1.json'), '{"key":"k1","fac');
    writeFileSync(join(loc.dir, loc.extractorVersion, 'k2.json'), JSON.stringify({ key: 'other', facts: FACTS }));
    assert.equal(readCachedFacts(loc, 'k1'), null);
    assert.equal(readCachedFacts(loc, 'k2'), null);
  });

  test('entries of another extractor version are not read, and are pruned', () => {
    const loc = at();
    writeCachedFacts(loc, 'k1', FACTS);
    const next = { ...loc, extractorVersion: 'fedcba9876543210' };
    assert.equal(readCachedFacts(next, 'k1'), null);
    assert.equal(pruneOtherVersions(next), 1);
    assert.equal(existsSync(join(loc.dir, loc.extractorVersion)), false);
  });

  test('a cache folder that cannot be written costs speed, not the build', async () => {
    const loc = at();
    writeFileSync(join(loc.dir, 'blocked'), '');
    const blocked = { dir: join(loc.dir, 'blocked'), extractorVersion: loc.extractorVersion };
    assert.equal(writeCachedFacts(blocked, 'k1', FACTS), false);
    assert.equal(await writeCachedFactsInBackground(blocked, 'k2', FACTS), false);
  });

  test('an entry written in the background is on disk once the write is awaited, with no temporary file left', async () => {
    const loc = at();
    const writes = ['k1', 'k2', 'k1'].map((key) => writeCachedFactsInBackground(loc, key, FACTS));
    assert.deepEqual(readCachedFacts(loc, 'k2'), FACTS, 'in memory at once');
    assert.deepEqual(await Promise.all(writes), [true, true, true]);
    forgetCachedFactsInMemory();
    assert.deepEqual(readCachedFacts(loc, 'k1'), FACTS, 'read back from the file');
    assert.deepEqual(readdirSync(join(loc.dir, loc.extractorVersion)).sort(), ['.writing', 'k1.json', 'k2.json']);
    assert.deepEqual(readdirSync(join(loc.dir, loc.extractorVersion, '.writing')), [], 'no temporary file left');
  });

  test('entries are written beside the entries, in a folder of their own, and only those of dead builds are removed from it', () => {
    const loc = at();
    writeCachedFacts(loc, 'k1', FACTS);
    const writing = join(loc.dir, loc.extractorVersion, '.writing');
    // A process that has ended.
    const gone = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
    const dead = join(writing, `.k2.${gone}.0.1.tmp`);
    const running = join(writing, `.k3.${process.pid}.0.1.tmp`);
    writeFileSync(dead, 'half');
    writeFileSync(running, 'half');
    assert.equal(removeStaleTemporaryEntries(loc), 1);
    assert.deepEqual(readdirSync(writing), [basename(running)]);
    assert.deepEqual(readCachedFacts(loc, 'k1'), FACTS, 'the entries stay');
  });
});

describe('the shape of cached facts', () => {
  test('facts as the extractors make them pass', () => {
    assert.ok(looksLikeFacts(FACTS));
    assert.ok(looksLikeFacts({ ...FACTS, article: { ...FACTS.article, source: { id: 'x', name: 'X', evidence: 'front matter' } } }));
  });

  test('an empty object, a missing list, a list of the wrong things or a wrong article do not', () => {
    const wrong: unknown[] = [
      {},
      null,
      [],
      { ...FACTS, claims: undefined },
      { ...FACTS, claims: 'none' },
      { ...FACTS, events: [null] },
      { ...FACTS, placeRanking: [1] },
      { ...FACTS, article: { ...FACTS.article, body: 7 } },
      { ...FACTS, article: { ...FACTS.article, teasers: null } },
      { ...FACTS, publishedInferred: 'no' },
      { ...FACTS, diagnostics: [{ file: 'a' }] },
    ];
    for (const facts of wrong) assert.equal(looksLikeFacts(facts), false, JSON.stringify(facts));
  });
});
