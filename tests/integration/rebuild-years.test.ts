/**
 * Rebuilding a timeline long enough to page: the home page lists the years, and each year has a
 * page of its own, so an edit that changes the home page renders the changed year's page only
 * (from a list of year pages cut down to it, while the home page lists every year); a place's map shows every place's count of events, so a
 * count that changes renders every place's first page again, but not the pages of its periods;
 * an item added in the middle of a long list renders the page of its period, not every page after it. Either
 * way the site is the same bytes as one built from nothing.
 */
import assert from 'node:assert/strict';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { renderChanged, type RenderResult } from '../../scripts/render-site.ts';
import type { TimelineData } from '../../src/model/schema.ts';
import { buildView } from '../../src/output/view/index.ts';
import { snapshot } from '../helpers/snapshot.ts';
import { bigTimeline } from './big-timeline.ts';
import { tempDir } from '../helpers/temp.ts';

describe('rebuilding a timeline long enough to go by year', () => {
  const work = tempDir('dateline-years-');
  after(() => rmSync(work, { recursive: true, force: true }));

  /** Builds `data` from nothing, then `edited` from that build, and checks it against `edited` built from nothing. */
  const rebuild = async (name: string, data: TimelineData, edited: TimelineData): Promise<{ first: RenderResult; again: RenderResult; dir: string }> => {
    const dir = join(work, name);
    const first = await renderChanged({ view: buildView(data), out: join(dir, 'first'), pathPrefix: '/', search: false });
    const again = await renderChanged({
      view: buildView(edited),
      out: join(dir, 'again'),
      pathPrefix: '/',
      search: false,
      previous: { dir: join(dir, 'first'), pages: first.fingerprints },
    });
    await renderChanged({ view: buildView(edited), out: join(dir, 'cold'), pathPrefix: '/', search: false });
    const cold = snapshot(join(dir, 'cold'));
    const built = snapshot(join(dir, 'again'));
    assert.deepEqual([...built.keys()].sort(), [...cold.keys()].sort(), 'the same files');
    assert.deepEqual(
      [...cold.keys()].filter((f) => cold.get(f) !== built.get(f)),
      [],
      'with the same bytes',
    );
    return { first, again, dir: join(dir, 'again') };
  };

  test('an event retitled renders its year page and the home page, not every year page', async () => {
    const data = bigTimeline();
    const [event, ...rest] = data.events;
    assert.ok(event);
    const { first, again } = await rebuild('retitled', data, { ...data, events: [{ ...event, title: 'A title given in the editor' }, ...rest] });
    assert.ok((first.renderedBy.get('year.11ty.ts') ?? 0) > 1, 'there are several years');
    assert.equal(again.renderedBy.get('index.11ty.ts'), 1, 'the home page, which lists the years, is rendered');
    assert.equal(again.renderedBy.get('year.11ty.ts'), 1, 'one year page');
  });

  test("an event gone from one place renders that place's page and the home page's map, and carries another place's pages over", async () => {
    const data = bigTimeline();
    const gone = data.events.find((e) => e.places.includes('homs'));
    assert.ok(gone);
    assert.ok(data.events.filter((e) => e.places.includes('homs')).length > 1, 'Homs keeps events, so it stays among the places drawn');
    const { dir } = await rebuild('one-fewer', data, { ...data, events: data.events.filter((e) => e !== gone) });
    // A page carried over is a hard link to the previous build's file; one rendered is a file of its own.
    const rendered = (page: string): boolean => statSync(join(dir, page, 'index.html')).nlink === 1;
    assert.ok(rendered('places/homs'), 'the place that lost the event');
    assert.ok(rendered(''), 'the home page, whose map sizes each place by its events');
    assert.ok(!rendered('places/aleppo'), "another place's map shows no counts: it is the same page");
    assert.ok(!rendered('places/aleppo/2016-02'), 'nor the page of one of its months');
  });

  test('an article added in the middle of long lists renders the pages of its month and the own pages of what it is about, not every later page', async () => {
    const data = bigTimeline();
    const at = 301;
    const [article, event, claim] = [data.articles[at], data.events[at], data.claims[at]];
    assert.ok(article && event && claim && article.places[0] === 'aleppo' && article.source === 'wire-b');
    const id = `${article.id}b`;
    const added = {
      article: {
        ...article,
        id,
        file: `content/articles/${id}.txt`,
        events: [`${event.id}b`],
        claims: [`${id}-1`],
        marks: [{ ...article.marks[0]!, ref: `${id}-1` }],
      },
      event: { ...event, id: `${event.id}b`, title: `${event.title}, again`, articles: [id], claims: [`${id}-1`] },
      claim: { ...claim, id: `${id}-1`, article: id, event: `${event.id}b` },
    };
    const insert = <T>(list: readonly T[], item: T): T[] => [...list.slice(0, at + 1), item, ...list.slice(at + 1)];
    const edited = {
      ...data,
      articles: insert(data.articles, added.article),
      events: insert(data.events, added.event),
      claims: insert(data.claims, added.claim),
    };
    const { dir } = await rebuild('added', data, edited);
    const month = article.published!.slice(0, 7);
    // A page written again is a file of its own; one carried over is a hard link to the previous build's.
    const listPages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /^(?:places|sources|claimants)\/[^/]+\/.*index\.html$|^articles\/(?:index\.html|published\/)/.test(f) && f.endsWith('index.html'))
      .sort();
    assert.ok(listPages.length > 100, `${listPages.length} pages of long lists`);
    assert.deepEqual(
      listPages.filter((f) => statSync(join(dir, f)).nlink === 1),
      [
        `articles/published/${month.slice(0, 4)}/index.html`,
        `claimants/mod/${month}/index.html`,
        'claimants/mod/index.html',
        `places/aleppo/${month}/index.html`,
        'places/aleppo/index.html',
        `sources/wire-b/${month}/index.html`,
        'sources/wire-b/index.html',
      ],
    );
  });
});
