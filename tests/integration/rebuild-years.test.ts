/**
 * The home page lists the years, and each year has a page of its own: an edit that changes the
 * home page renders the changed year's page only (in an Eleventy run of its own), and the site
 * is the same bytes as one built from nothing.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { renderChanged } from '../../scripts/render-site.ts';
import { buildView } from '../../src/output/view/index.ts';
import { snapshot } from '../helpers/snapshot.ts';
import { bigTimeline } from './big-timeline.ts';

describe('rebuilding a timeline long enough to go by year', () => {
  const work = mkdtempSync(join(tmpdir(), 'dateline-years-'));
  after(() => rmSync(work, { recursive: true, force: true }));

  test('an event retitled renders its year page and the home page, not every year page, and gives the bytes of a cold build', async () => {
    const data = bigTimeline();
    const first = await renderChanged({ view: buildView(data), out: join(work, 'first'), pathPrefix: '/', search: false });
    const years = first.renderedBy.get('year.11ty.ts') ?? 0;
    assert.ok(years > 1, `${years} year pages`);
    const [event, ...rest] = data.events;
    assert.ok(event);
    const edited = { ...data, events: [{ ...event, title: 'A title given in the editor' }, ...rest] };
    const again = await renderChanged({
      view: buildView(edited),
      out: join(work, 'again'),
      pathPrefix: '/',
      search: false,
      previous: { dir: join(work, 'first'), pages: first.fingerprints },
    });
    assert.equal(again.renderedBy.get('index.11ty.ts'), 1, 'the home page, which lists the years, is rendered');
    assert.equal(again.renderedBy.get('year.11ty.ts'), 1, 'one year page');
    await renderChanged({ view: buildView(edited), out: join(work, 'cold'), pathPrefix: '/', search: false });
    const cold = snapshot(join(work, 'cold'));
    const built = snapshot(join(work, 'again'));
    assert.deepEqual([...built.keys()].sort(), [...cold.keys()].sort(), 'the same files');
    assert.deepEqual(
      [...cold.keys()].filter((f) => cold.get(f) !== built.get(f)),
      [],
      'with the same bytes',
    );
  });
});
