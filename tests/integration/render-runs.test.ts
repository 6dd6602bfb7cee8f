/**
 * A large site is rendered in several Eleventy runs (to bound memory): the pages must
 * be the same as when one run renders them all.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { renderSite } from '../../scripts/render-site.ts';
import { buildView } from '../../src/output/view/index.ts';
import { fixtureTimeline } from '../browser/fixture-timeline.ts';
import { snapshot } from '../helpers/snapshot.ts';
import { tempDir } from '../helpers/temp.ts';

describe('rendering in several Eleventy runs', () => {
  test('writes the same pages, search index and downloads as one run', async () => {
    const view = buildView(fixtureTimeline());
    const [one, several] = [tempDir('dateline-one-run-'), tempDir('dateline-runs-')];
    const pagesInOne = await renderSite({ view, out: one!, pathPrefix: '/' });
    const pagesInSeveral = await renderSite({ view, out: several!, pathPrefix: '/', pagesPerRun: 1 });
    assert.equal(pagesInSeveral, pagesInOne, 'as many pages');
    const a = snapshot(one!);
    const b = snapshot(several!);
    assert.ok(a.size > 10, 'the site was written');
    assert.deepEqual([...b.keys()].sort(), [...a.keys()].sort(), 'the same files');
    assert.deepEqual(
      [...a.keys()].filter((f) => a.get(f) !== b.get(f)),
      [],
      'with the same bytes',
    );
  });
});
