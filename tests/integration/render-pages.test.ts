/**
 * A rebuild renders its pages without starting Eleventy (src/render/render-pages.ts): every
 * page must be the same bytes as Eleventy writes, and under another path prefix (where
 * Eleventy's base plugin rewrites links) Eleventy renders them.
 */
import assert from 'node:assert/strict';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { renderChanged } from '../../scripts/render-site.ts';
import { aboutPage } from '../../src/output/about-page.ts';
import { markdownToHtml } from '../../src/output/markdown.ts';
import { buildView } from '../../src/output/view/index.ts';
import { fileUrl } from '../../src/output/urls.ts';
import { fixtureTimeline } from '../browser/fixture-timeline.ts';
import { snapshot } from '../helpers/snapshot.ts';
import { tempDir } from '../helpers/temp.ts';

describe('pages rendered without Eleventy', () => {
  const work = tempDir('dateline-render-pages-');
  after(() => rmSync(work, { recursive: true, force: true }));
  const data = fixtureTimeline();
  // A problem and an About page, so that the report and About pages are made too.
  const about = aboutPage(Buffer.from('# About this timeline\n\nWho made it, and why.'), 'content/about.md', markdownToHtml).page;
  const view = buildView(
    { ...data, diagnostics: [{ file: 'content/articles/a.txt', code: 'empty', severity: 'warning', message: 'the file is empty' }] },
    about,
  );

  /** A build from nothing (Eleventy), and a rebuild of the same view after one that kept no page: every page rendered again. */
  const bothWays = async (pathPrefix: string): Promise<{ cold: Map<string, string>; again: Map<string, string>; rendered: number }> => {
    const coldDir = join(work, `cold-${pathPrefix.length}`);
    const againDir = join(work, `again-${pathPrefix.length}`);
    const cold = await renderChanged({ view, out: coldDir, pathPrefix, search: false });
    const again = await renderChanged({ view, out: againDir, pathPrefix, search: false, previous: { dir: coldDir, pages: new Map() } });
    assert.equal(again.rendered, cold.pages, 'every page is rendered again');
    return { cold: snapshot(coldDir), again: snapshot(againDir), rendered: again.rendered };
  };

  test('writes every page of every template as the same bytes as Eleventy', async () => {
    const { cold, again, rendered } = await bothWays('/');
    assert.ok(rendered > 10);
    for (const page of ['index.html', '404.html', 'about/index.html', 'report/index.html', 'search/index.html', 'data/index.html']) {
      assert.ok(cold.has(page), `${page} is a page of the site`);
    }
    assert.deepEqual([...again.keys()], [...cold.keys()], 'the same files');
    assert.deepEqual(
      [...cold.keys()].filter((f) => cold.get(f) !== again.get(f)),
      [],
      'with the same bytes',
    );
  });

  test('under another path prefix, the same bytes as a build from nothing', async () => {
    const { cold, again } = await bothWays('/timeline/');
    assert.deepEqual(
      [...cold.keys()].filter((f) => cold.get(f) !== again.get(f)),
      [],
    );
  });

  test("does the caller's own work once, when the pages are written", async () => {
    const out = join(work, 'meanwhile');
    const pagesThere: boolean[] = [];
    await renderChanged({ view, out, pathPrefix: '/', search: false, whileIndexing: () => pagesThere.push(existsSync(join(out, 'index.html'))) });
    assert.deepEqual(pagesThere, [true]);
  });

  test('gives each page the URL Eleventy gives it', () => {
    assert.equal(fileUrl('index.html'), '/');
    assert.equal(fileUrl('404.html'), '/404.html');
    assert.equal(fileUrl('places/aleppo/2016-03/2/index.html'), '/places/aleppo/2016-03/2/');
    assert.equal(fileUrl('articles/myindex.html'), '/articles/myindex.html');
  });
});
