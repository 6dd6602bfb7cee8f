import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { forgetCachedFactsInMemory } from '../../src/cache/article-cache.ts';
import { cachedReadAgain } from '../../src/cache/read-again-cache.ts';
import { compileLexicons } from '../../src/extract/lexicons.ts';
import { extractArticle } from '../../src/extract/pipeline.ts';
import { ingestArticle } from '../../src/ingest/index.ts';
import { focusFromCollection } from '../../src/link/focus-from-collection.ts';
import type { ArticleFacts } from '../../src/model/types.ts';
import { loadRegistries } from '../../src/registry/load.ts';
import { ROOT } from '../helpers/build-site.ts';
import { lexiconsOf } from '../helpers/context.ts';
import { tempDir } from '../helpers/temp.ts';

const { registries } = loadRegistries(`${ROOT}/content`);
const VERSION = 'v-test';

function read(file: string, text: string): ArticleFacts {
  return extractArticle(ingestArticle({ file, bytes: Buffer.from(`---\npublished: 2025-03-04\n---\n${text}\n`) }, registries), lexiconsOf(registries));
}

/** Three reports about one country, the last of which names none of its towns by itself. */
function collection(): ArticleFacts[] {
  return [
    read('a.txt', 'Ukrainian officials said a missile struck Kharkiv on Monday, 3 March 2025, killing five people.'),
    read('b.txt', 'A drone hit a fuel depot in Zaporizhzhia, Ukraine, on Tuesday, 4 March 2025, the regional governor said.'),
    read('c.txt', 'Shelling hit Kostiantynivka on Monday, 3 March 2025, killing four people, officials said.'),
  ];
}

const entries = (dir: string): string[] => readdirSync(join(dir, VERSION)).filter((f) => f.endsWith('.json'));

describe('articles read again by the link stage, kept in the facts cache', () => {
  test('a reading made through the cache is the same as one made without it', () => {
    const dir = tempDir('dateline-again-');
    const facts = collection();
    const plain = focusFromCollection(facts, lexiconsOf(registries));
    const cached = focusFromCollection(facts, lexiconsOf(registries), cachedReadAgain({ dir, extractorVersion: VERSION }));
    assert.deepEqual(cached[2]!.placeRanking, ['kostiantynivka-ua']);
    assert.deepEqual(JSON.parse(JSON.stringify(cached)), JSON.parse(JSON.stringify(plain)));
    assert.equal(entries(dir).length, 1, 'the one article read again was stored');
  });

  test('the same reading a second time is taken from the cache, not extracted again', () => {
    const dir = tempDir('dateline-again-');
    const at = { dir, extractorVersion: VERSION };
    const facts = collection();
    focusFromCollection(facts, lexiconsOf(registries), cachedReadAgain(at));
    // Mark the stored reading: a later build that shows the mark read it from the disk.
    const [name] = entries(dir);
    const path = join(dir, VERSION, name!);
    const entry = JSON.parse(readFileSync(path, 'utf8')) as { facts: ArticleFacts };
    writeFileSync(path, JSON.stringify({ ...entry, facts: { ...entry.facts, placeRanking: ['kostiantynivka-ua', 'marked'] } }));
    forgetCachedFactsInMemory();
    const again = focusFromCollection(facts, lexiconsOf(registries), cachedReadAgain(at));
    assert.deepEqual(again[2]!.placeRanking, ['kostiantynivka-ua', 'marked']);
  });

  test('another focus, other options or other text are other readings', () => {
    const dir = tempDir('dateline-again-');
    const readAgain = cachedReadAgain({ dir, extractorVersion: VERSION });
    const article = collection()[2]!.article;
    const lexicons = lexiconsOf(registries);
    readAgain(article, compileLexicons({ ...registries, focus: ['UA'] }, lexicons));
    readAgain(article, compileLexicons({ ...registries, focus: ['SY'] }, lexicons));
    readAgain(article, lexicons, { assigned: { date: '2025-03-05', evidence: 'a test', inferred: true } });
    readAgain({ ...article, body: `${article.body} Two more were hurt.` }, lexicons);
    readAgain(article, compileLexicons({ ...registries, focus: ['UA'] }, lexicons));
    assert.equal(entries(dir).length, 4);
  });
});
