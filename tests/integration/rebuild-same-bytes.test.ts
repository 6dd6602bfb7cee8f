/**
 * A rebuild renders only the pages whose fingerprint changed and carries the others over
 * from the previous build: after any sequence of added, edited and removed articles the
 * site must be the same bytes as a build from nothing of the same content.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import fc from 'fast-check';
import { renderChanged, type RenderResult } from '../../scripts/render-site.ts';
import { runDataStepAsync } from '../../src/build-data.ts';
import { BuildMemory } from '../../src/build/memory.ts';
import { buildView, type SiteView } from '../../src/output/view/index.ts';
import { ViewKeeper } from '../../src/output/view/keep.ts';
import type { PreviousBuild } from '../../src/render/render-manifest.ts';
import { RenderMemory } from '../../src/render/render-memory.ts';
import { linkedCopy } from '../../src/render/update-in-place.ts';
import { ROOT } from '../helpers/build-site.ts';
import { snapshot } from '../helpers/snapshot.ts';
import { tempDir } from '../helpers/temp.ts';

const SEEDS = join(ROOT, 'content', 'articles');
const SEED_TEXTS = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(SEEDS, f), 'utf8'));

/** An article of the collection: which seed it is made from, and the edits made to it. */
const articleText = (seed: number, title: string | null, outlet: string | null): string => {
  const front = [title && `title: ${title}`, outlet && `source: ${outlet}`].filter(Boolean);
  return `${front.length ? `---\n${front.join('\n')}\n---\n` : ''}${SEED_TEXTS[seed % SEED_TEXTS.length]}`;
};

type Change =
  | { readonly kind: 'add'; readonly name: string; readonly seed: number }
  | { readonly kind: 'edit'; readonly name: string; readonly title: string | null; readonly outlet: string | null }
  | { readonly kind: 'remove'; readonly name: string };

const NAMES = ['a.txt', 'b.txt', 'c.txt', 'd.txt'];
const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), name: fc.constantFrom(...NAMES), seed: fc.nat(SEED_TEXTS.length - 1) }),
  fc.record({
    kind: fc.constant('edit' as const),
    name: fc.constantFrom(...NAMES),
    title: fc.option(fc.constantFrom('Shelling reported near the river', 'A second look at the figures'), { nil: null }),
    outlet: fc.option(fc.constantFrom('Test Wire One', 'Test Wire Two'), { nil: null }),
  }),
  fc.record({ kind: fc.constant('remove' as const), name: fc.constantFrom(...NAMES) }),
);

describe('rebuilding only what changed', () => {
  const work = tempDir('dateline-rebuild-');
  after(() => rmSync(work, { recursive: true, force: true }));
  let folders = 0;
  const articles = join(work, 'articles');
  const cache = join(work, 'cache');

  const viewNow = async (): Promise<SiteView> => {
    const step = await runDataStepAsync({ contentDir: join(ROOT, 'content'), articlesDir: articles, root: ROOT, cacheDir: cache, progress: 'off' });
    return buildView(step.data);
  };
  /** As the dev server makes the view: records, parts of the view, fingerprints and search documents kept from the build before. */
  const keptBetweenBuilds = (): { view: () => Promise<SiteView>; memory: RenderMemory } => {
    const data = new BuildMemory();
    const keeper = new ViewKeeper();
    return {
      view: async () => {
        const step = await runDataStepAsync({
          contentDir: join(ROOT, 'content'),
          articlesDir: articles,
          root: ROOT,
          cacheDir: cache,
          progress: 'off',
          reuse: data.records,
        });
        keeper.begin();
        // As collectData does with the dev server's memory: unchanged items come back as the last build's objects.
        return buildView(data.unchanged(step.data), null, keeper);
      },
      memory: new RenderMemory(),
    };
  };
  const render = (
    view: SiteView,
    previous: PreviousBuild | null,
    options: { search?: boolean; searchLater?: boolean } = {},
  ): Promise<RenderResult & { dir: string }> => {
    const dir = join(work, `site-${folders++}`);
    return renderChanged({ view, out: dir, pathPrefix: '/', search: false, previous, ...options }).then((r) => ({ ...r, dir }));
  };
  const sameSite = (built: string, fresh: string): void => {
    const a = snapshot(fresh);
    const b = snapshot(built);
    assert.deepEqual([...b.keys()], [...a.keys()], 'the same files');
    assert.deepEqual(
      [...a.keys()].filter((f) => a.get(f) !== b.get(f)),
      [],
      'with the same bytes',
    );
  };

  /** A collection of two articles, a.txt and b.txt; returns which seed each article is made from. */
  const startCollection = (): Map<string, number> => {
    rmSync(articles, { recursive: true, force: true });
    mkdirSync(articles, { recursive: true });
    writeFileSync(join(articles, 'a.txt'), articleText(0, null, null));
    writeFileSync(join(articles, 'b.txt'), articleText(1, null, null));
    return new Map([
      ['a.txt', 0],
      ['b.txt', 1],
    ]);
  };
  const applyChange = (c: Change, seeds: Map<string, number>): void => {
    const file = join(articles, c.name);
    if (c.kind === 'remove') {
      rmSync(file, { force: true });
      seeds.delete(c.name);
    } else {
      // Editing an article that is not there writes it.
      const seed = c.kind === 'add' ? c.seed : (seeds.get(c.name) ?? 2);
      seeds.set(c.name, seed);
      writeFileSync(file, articleText(seed, c.kind === 'edit' ? c.title : null, c.kind === 'edit' ? c.outlet : null));
    }
  };

  test('after any sequence of adds, edits and removals, the site and its search index are the same bytes as a cold build', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 4 }), async (changes) => {
        const seeds = startCollection();
        // With the search index: its shards are carried over or indexed again like pages.
        const search = { search: true };
        let last = await render(await viewNow(), null, search);
        for (const c of changes) {
          applyChange(c, seeds);
          last = await render(await viewNow(), { dir: last.dir, pages: last.fingerprints }, search);
        }
        const cold = await render(await viewNow(), null, search);
        assert.ok(existsSync(join(cold.dir, 'pagefind-shards.json')), 'the search index is part of the site compared');
        sameSite(last.dir, cold.dir);
      }),
      { numRuns: 8, endOnFailure: true },
    );
  });

  test('builds taking turns in two folders, each brought up to date in place from what the build before kept, are the same bytes as a cold build and leave the served one alone', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 2, maxLength: 5 }), async (changes) => {
        const seeds = startCollection();
        const turns = [join(work, `turn-${run}-1`), join(work, `turn-${run++}-2`)];
        const kept = keptBetweenBuilds();
        const first = await renderChanged({ view: await kept.view(), out: turns[0] ?? '', pathPrefix: '/', memory: kept.memory });
        let served: PreviousBuild = { dir: turns[0] ?? '', pages: first.fingerprints };
        // As the dev server starts: the other folder a linked copy of the first build (every other run).
        let other: PreviousBuild | null = run % 2 ? await linkedCopy(served, turns[1] ?? '') : null;
        for (const [i, c] of changes.entries()) {
          applyChange(c, seeds);
          const target = turns[(i + 1) % 2] ?? '';
          const stale = other?.dir === target ? other : null;
          if (!stale) rmSync(target, { recursive: true, force: true });
          const before = snapshot(served.dir);
          // As the dev server does: every other build puts its search index in place after it returns.
          const site = await renderChanged({
            view: await kept.view(),
            out: target,
            pathPrefix: '/',
            previous: served,
            stale,
            searchLater: i % 2 === 0,
            memory: kept.memory,
          });
          await site.searchDone;
          assert.deepEqual(snapshot(served.dir), before, 'the folder served meanwhile is unchanged');
          other = served;
          served = { dir: target, pages: site.fingerprints };
        }
        const cold = await render(await viewNow(), null, { search: true });
        sameSite(served.dir, cold.dir);
      }),
      { numRuns: 6, endOnFailure: true },
    );
  });

  test('an edit taken back is built in place from the folder that still has it, search index included', async () => {
    const seeds = startCollection();
    const one = join(work, 'back-1');
    const two = join(work, 'back-2');
    const first = await renderChanged({ view: await viewNow(), out: one, pathPrefix: '/' });
    const a: PreviousBuild = { dir: one, pages: first.fingerprints };
    applyChange({ kind: 'edit', name: 'a.txt', title: 'A title given in the editor', outlet: null }, seeds);
    const edited = await renderChanged({ view: await viewNow(), out: two, pathPrefix: '/', previous: a });
    applyChange({ kind: 'edit', name: 'a.txt', title: null, outlet: null }, seeds);
    const back = await renderChanged({
      view: await viewNow(),
      out: one,
      pathPrefix: '/',
      previous: { dir: two, pages: edited.fingerprints },
      stale: a,
      searchLater: true,
    });
    await back.searchDone;
    assert.equal(back.reindexed, false, 'every shard is in the folder already');
    sameSite(one, (await render(await viewNow(), null, { search: true })).dir);
  });

  test('a rebuild with nothing changed renders no page, and one after an edit renders some pages, not all', async () => {
    rmSync(articles, { recursive: true, force: true });
    mkdirSync(articles, { recursive: true });
    SEED_TEXTS.forEach((text, i) => {
      writeFileSync(join(articles, `s${i}.txt`), text);
    });
    const first = await render(await viewNow(), null);
    assert.equal(first.carried, 0, 'a cold build carries nothing over');
    const again = await render(await viewNow(), { dir: first.dir, pages: first.fingerprints });
    assert.equal(again.rendered, 0, 'nothing changed, nothing rendered');
    assert.equal(again.carried, first.pages);
    sameSite(again.dir, first.dir);
    writeFileSync(join(articles, 's0.txt'), articleText(0, 'A title given in the editor', null));
    const edited = await render(await viewNow(), { dir: again.dir, pages: again.fingerprints });
    assert.ok(edited.rendered > 0 && edited.carried > 0, `${edited.rendered} rendered, ${edited.carried} carried over`);
    assert.match(readFileSync(join(edited.dir, 'index.html'), 'utf8'), /<title>Timeline · dateline<\/title>/);
    sameSite(edited.dir, (await render(await viewNow(), null)).dir);
  });

  test('the search index is carried over when no search document changed, built again when one did, the same bytes either way', async () => {
    rmSync(articles, { recursive: true, force: true });
    mkdirSync(articles, { recursive: true });
    SEED_TEXTS.slice(0, 3).forEach((text, i) => {
      writeFileSync(join(articles, `s${i}.txt`), text);
    });
    const search = { search: true };
    const first = await render(await viewNow(), null, search);
    const again = await render(await viewNow(), { dir: first.dir, pages: first.fingerprints }, search);
    assert.equal(again.reindexed, false);
    sameSite(again.dir, first.dir);
    writeFileSync(join(articles, 's1.txt'), articleText(1, 'A title given in the editor', null));
    const edited = await render(await viewNow(), { dir: again.dir, pages: again.fingerprints }, search);
    assert.equal(edited.reindexed, true);
    const cold = await render(await viewNow(), null, search);
    sameSite(edited.dir, cold.dir);
    writeFileSync(join(articles, 's2.txt'), articleText(2, 'Another title given in the editor', null));
    const later = await render(await viewNow(), { dir: edited.dir, pages: edited.fingerprints }, { ...search, searchLater: true });
    assert.equal(later.searchPending, true, 'the pages are written before the index');
    assert.ok(existsSync(join(later.dir, 'pagefind', 'pagefind-entry.json')), 'the previous index is served meanwhile');
    await later.searchDone;
    sameSite(later.dir, (await render(await viewNow(), null, search)).dir);
  });
});
