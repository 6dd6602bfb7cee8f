import assert from 'node:assert/strict';
import { appendFileSync, cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { runDataStep, runDataStepAsync } from '../../src/build-data.ts';
import { forgetCachedFactsInMemory, keepCachedFactsInMemory } from '../../src/cache/article-cache.ts';
import { listArticleFiles } from '../../src/ingest/list-files.ts';
import { RecordReuse } from '../../src/link/reuse.ts';
import { loadRegistries } from '../../src/registry/load.ts';
import { readInWorkers } from '../../src/workers/pool.ts';
import { extractArticlesFacts, readArticle, readCachedArticle, type ArticleOutcome, type UnreadArticle } from '../../src/workers/read-article.ts';
import type { ArticleFacts } from '../../src/model/types.ts';
import { ROOT } from '../helpers/build-site.ts';
import { project } from '../helpers/project.ts';
import { lexiconsOf } from '../helpers/context.ts';

describe('the facts cache in the data step', () => {
  test('a second build reads every unchanged article from the cache and gives the same data', () => {
    const p = project();
    const cold = runDataStep(p);
    assert.equal(cold.stats.extracted, p.articles.length);
    assert.equal(cold.stats.fromCache, 0);
    const warm = runDataStep(p);
    assert.equal(warm.stats.extracted, 0);
    assert.equal(warm.stats.fromCache, p.articles.length);
    assert.deepEqual(warm.data, cold.data);
  });

  test('data built from the cache is the same as data built without one', () => {
    const p = project();
    runDataStep(p);
    assert.deepEqual(runDataStep(p).data, runDataStep({ ...p, cacheDir: false }).data);
  });

  test('an edited article is read again and the unchanged ones are not', () => {
    const p = project();
    runDataStep(p);
    appendFileSync(join(p.articlesDir, p.articles[0] ?? ''), '\n\nThe ministry said on Monday that 12 more buildings had been destroyed in the city.\n');
    const after = runDataStep(p);
    assert.equal(after.stats.extracted, 1);
    assert.equal(after.stats.fromCache, p.articles.length - 1);
    const edited = after.data.articles.find((a) => a.file.endsWith(p.articles[0] ?? '?'));
    assert.ok(edited, 'the edited article is still in the data');
  });

  test('a removed article disappears from the data', () => {
    const p = project();
    const before = runDataStep(p);
    const gone = p.articles[1] ?? '';
    assert.ok(before.data.articles.some((a) => a.file.endsWith(gone)));
    rmSync(join(p.articlesDir, gone));
    const after = runDataStep(p);
    assert.equal(after.data.articles.length, before.data.articles.length - 1);
    assert.equal(
      after.data.articles.some((a) => a.file.endsWith(gone)),
      false,
    );
    assert.equal(after.stats.extracted, 0);
  });

  test('a new extractor version reads every article again', () => {
    const p = project();
    runDataStep({ ...p, extractorVersion: '00000000000000aa' });
    const next = runDataStep({ ...p, extractorVersion: '00000000000000bb' });
    assert.equal(next.stats.extracted, p.articles.length);
    assert.equal(next.stats.fromCache, 0);
  });

  test('an edit to a registry reads every article again', () => {
    const p = project();
    runDataStep(p);
    appendFileSync(join(p.contentDir, 'places.yml'), '\n');
    const same = runDataStep(p);
    assert.equal(same.stats.extracted, 0, 'a blank line changes nothing that is read');
    cpSync(join(ROOT, 'content', 'articles', p.articles[0] ?? ''), join(p.articlesDir, 'copy.txt'));
    const changed = runDataStep({ ...p, contentDir: join(p.root, 'elsewhere') });
    assert.equal(changed.stats.extracted, p.articles.length + 1, 'other (here: empty) registries');
  });

  test('a file copied under a new name is extracted under its own path and reported as a duplicate', () => {
    const p = project();
    runDataStep(p);
    cpSync(join(p.articlesDir, p.articles[0] ?? ''), join(p.articlesDir, 'zz-copy.txt'));
    const after = runDataStep(p);
    assert.equal(after.stats.extracted, 1);
    assert.equal(after.stats.duplicates, 1);
    assert.ok(after.data.diagnostics.some((d) => d.code === 'duplicate' && d.file.endsWith('zz-copy.txt')));
  });
});

describe('a cache entry that parses but is wrong', () => {
  test('is a miss: the article is read again, the entry replaced, and the data is the same', () => {
    const p = project();
    const cold = runDataStep(p);
    const versionDir = join(String(p.cacheDir), readdirSync(String(p.cacheDir))[0] ?? '');
    const entries = readdirSync(versionDir).filter((f) => f.endsWith('.json'));
    assert.equal(entries.length, p.articles.length);
    entries.forEach((name, i) => {
      const { key } = JSON.parse(readFileSync(join(versionDir, name), 'utf8')) as { key: string };
      const wrong = [{}, { article: {} }, { ...cold.data, claims: 'none' }, null][i % 4];
      writeFileSync(join(versionDir, name), JSON.stringify({ key, facts: wrong }));
    });
    forgetCachedFactsInMemory();
    const healed = runDataStep(p);
    assert.equal(healed.stats.extracted, p.articles.length);
    assert.deepEqual(healed.data, cold.data);
    forgetCachedFactsInMemory();
    assert.equal(runDataStep(p).stats.fromCache, p.articles.length, 'the entries were replaced');
  });
});

describe('the data step with worker threads', () => {
  test('gives the same data as the single-threaded step on the seeds', async () => {
    const p = project();
    const single = runDataStep({ ...p, cacheDir: false });
    const threaded = await runDataStepAsync({ ...p, cacheDir: false, workerThreshold: 0, workers: 3 });
    assert.equal(threaded.stats.workers, 2, 'two worker threads');
    assert.equal(threaded.stats.threads, 3, 'and the calling thread');
    assert.deepEqual(threaded.data, single.data);
  });

  test('worker threads alone, or with the calling thread, give each file the outcome it has on one thread, in file order', async () => {
    const p = project();
    const { registries } = loadRegistries(p.contentDir);
    const ctx = { root: p.root, registries, today: null, cache: null };
    const lexicons = lexiconsOf(registries);
    const files = listArticleFiles(p.articlesDir, p.root);
    const expected = files.map((f) => readArticle(f, ctx, lexicons));
    const unread = files.map((f) => readCachedArticle(f, ctx)).filter((f): f is UnreadArticle => !('kind' in f));
    assert.equal(unread.length, files.length, 'no cache: every article is to extract');
    assert.deepEqual(await readInWorkers(unread, ctx, { workers: 2, batchSize: 1 }), expected);
    assert.deepEqual(await readInWorkers(unread, ctx, { workers: 1, batchSize: 2, here: (batch) => extractArticlesFacts(batch, ctx, lexicons) }), expected);
  });

  test('returns once the entries the calling thread wrote in the background are on disk', async () => {
    const p = project();
    const cold = await runDataStepAsync({ ...p, workers: 1 });
    assert.equal(cold.stats.extracted, p.articles.length);
    forgetCachedFactsInMemory();
    const warm = runDataStep(p);
    assert.equal(warm.stats.fromCache, p.articles.length, 'every entry read from its file');
    assert.deepEqual(warm.data, cold.data);
  });

  test('fills the cache from the workers and then reads it on the main thread', async () => {
    const p = project();
    const cold = await runDataStepAsync({ ...p, workerThreshold: 0, workers: 2 });
    assert.equal(cold.stats.extracted, p.articles.length);
    const warm = await runDataStepAsync({ ...p, workerThreshold: 0, workers: 2 });
    assert.equal(warm.stats.fromCache, p.articles.length);
    assert.equal(warm.stats.workers, 0, 'nothing left to extract: no worker starts');
    assert.deepEqual(warm.data, cold.data);
  });

  test('facts a worker extracted and stored, once kept in memory, are read back as the very objects the worker sent', async () => {
    const p = project();
    const { registries } = loadRegistries(p.contentDir);
    const cache = { dir: p.cacheDir as string, extractorVersion: 'v-test', registriesHash: 'r-test' };
    const ctx = { root: p.root, registries, today: null, cache };
    const unread = listArticleFiles(p.articlesDir, p.root)
      .map((f) => readCachedArticle(f, ctx))
      .filter((f): f is UnreadArticle => !('kind' in f));
    const outcomes = await readInWorkers(unread, ctx, { workers: 1 });
    const factsOf = (o: ArticleOutcome | UnreadArticle): unknown => ('kind' in o && o.kind === 'facts' ? o.facts : null);
    assert.ok(
      unread.every((u, i) => factsOf(readCachedArticle(u.file, ctx)) !== factsOf(outcomes[i]!)),
      'not kept: each entry is read from its file, as a new object',
    );
    for (const [i, u] of unread.entries()) keepCachedFactsInMemory(cache, u.key!, factsOf(outcomes[i]!) as ArticleFacts);
    assert.ok(
      unread.every((u, i) => factsOf(readCachedArticle(u.file, ctx)) === factsOf(outcomes[i]!)),
      "kept: the worker's objects",
    );
  });

  test('a build after one with workers gives their records back, and the same data as one read from disk', async () => {
    const p = project();
    const reuse = new RecordReuse();
    forgetCachedFactsInMemory();
    const cold = await runDataStepAsync({ ...p, workerThreshold: 0, workers: 2, reuse });
    assert.ok(cold.stats.workers > 0, 'the workers extracted');
    const warm = await runDataStepAsync({ ...p, workerThreshold: 0, workers: 2, reuse });
    assert.ok(
      warm.data.articles.every((a, i) => a === cold.data.articles[i]),
      'every article record given back: its facts are the objects the workers sent',
    );
    forgetCachedFactsInMemory();
    assert.deepEqual(warm.data, runDataStep(p).data);
  });
});
