/** Page fingerprints: what makes a page render again, and what lets it be carried over. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildView, type SiteView } from '../../src/output/view/index.ts';
import { describeRender } from '../../src/render/describe-render.ts';
import { Digests } from '../../src/render/digest.ts';
import { planPages, type TemplateSpec } from '../../src/render/page-plan.ts';
import { cutDown, selectChanged } from '../../src/render/select-changed.ts';
import { fixtureTimeline } from '../browser/fixture-timeline.ts';

const TEMPLATES: TemplateSpec[] = [
  { name: 'index.11ty.ts', permalink: 'index.html' },
  {
    name: 'article.11ty.ts',
    pagination: { data: 'site.articles', size: 1, alias: 'art' },
    permalink: ({ art }) => `articles/${(art as { id: string }).id}/index.html`,
  },
  { name: 'event.11ty.ts', pagination: { data: 'site.events', size: 1, alias: 'ev' }, permalink: ({ ev }) => `events/${(ev as { id: string }).id}/index.html` },
  { name: 'about.11ty.ts', permalink: ({ site }) => ((site as SiteView).about ? 'about/index.html' : false) },
];

const fingerprints = (view: SiteView, code = 'code-1'): Map<string, string> =>
  new Map(planPages(view, TEMPLATES, code).pages.map((p) => [p.path, p.fingerprint]));

describe('digests of view data', () => {
  test('equal data gives equal digests, in separate objects and separate runs', () => {
    assert.equal(new Digests().of({ a: [1, 'x'], b: null }), new Digests().of({ a: [1, 'x'], b: null }));
  });
  test('any change of a value, a key or an order gives another digest', () => {
    const d = new Digests();
    const base = d.of({ a: [1, 'x'] });
    for (const other of [{ a: [1, 'y'] }, { b: [1, 'x'] }, { a: ['x', 1] }, { a: [1, 'x', null] }])
      assert.notEqual(new Digests().of(other), base, JSON.stringify(other));
  });
  test('an object already digested stands for itself inside a larger one, and still tells changes apart', () => {
    const shared = { title: 'Shelling near the river' };
    const d = new Digests();
    d.of(shared);
    const withShared = d.of({ list: [shared] });
    assert.notEqual(new Digests().of({ list: [{ title: 'Shelling near the bridge' }] }), withShared);
  });
  test('objects digested before stand for themselves at any depth, and the value digested is left as it was', () => {
    const link = { id: 'e1', name: 'Shelling near the river', url: '/events/e1/' };
    const d = new Digests();
    d.of(link, { whole: true });
    const page = { rows: [{ at: [link, { day: '2024-03-02' }] }], when: new Date(Date.UTC(2024, 2, 2)), counts: new Map([['a', 1]]) };
    const before = JSON.stringify(page);
    const digest = d.of(page);
    assert.equal(JSON.stringify(page), before);
    assert.equal(page.rows[0]?.at[0], link);
    const other = { ...link, name: 'Shelling near the bridge' };
    d.of(other, { whole: true });
    assert.notEqual(d.of({ ...page, rows: [{ at: [other, { day: '2024-03-02' }] }] }), digest);
    assert.notEqual(d.of({ ...page, when: new Date(Date.UTC(2024, 2, 3)) }), digest, 'a date, written by its toJSON');
  });
  test('an object whose lists hold objects digested before is told apart by any change, in them or beside them', () => {
    const claims = [{ figure: 12 }, { figure: 40 }];
    const digestOf = (article: { title: string; claims: { figure: number }[] }): string => {
      const d = new Digests();
      for (const c of article.claims) d.of(c, { whole: true });
      return d.ofWithShared(article, ['claims']);
    };
    const base = digestOf({ title: 'Strike on the market', claims });
    assert.equal(digestOf({ title: 'Strike on the market', claims: claims.map((c) => ({ ...c })) }), base, 'equal data, other objects');
    assert.notEqual(digestOf({ title: 'Strike on the port', claims }), base);
    assert.notEqual(digestOf({ title: 'Strike on the market', claims: [{ figure: 12 }, { figure: 41 }] }), base);
    assert.notEqual(digestOf({ title: 'Strike on the market', claims: [...claims].reverse() }), base);
  });
});

describe('page plans', () => {
  const view = buildView(fixtureTimeline());

  test('plans a page per item of a paginated list and one per plain template, with the paths of their permalinks', () => {
    const paths = [...fingerprints(view).keys()];
    assert.equal(paths.length, 1 + view.articles.length + view.events.length);
    assert.ok(paths.includes('index.html'));
    assert.ok(paths.includes(`articles/${view.articles[0]!.id}/index.html`));
    assert.ok(!paths.includes('about/index.html'), 'a permalink of false makes no page');
  });

  test('the same view and code give the same fingerprints; other code changes every one', () => {
    const a = fingerprints(view);
    assert.deepEqual(fingerprints(buildView(fixtureTimeline())), a);
    const b = fingerprints(view, 'code-2');
    assert.deepEqual(
      [...a.keys()].filter((k) => a.get(k) === b.get(k)),
      [],
    );
  });

  test('fingerprints kept from a build before are those a fresh plan makes, and change with the code', () => {
    const view = buildView(fixtureTimeline());
    const digests = new Digests();
    const plan = (code: string, kept: Digests): string[] => planPages(view, TEMPLATES, code, kept).pages.map((p) => p.fingerprint);
    const first = plan('code-1', digests);
    assert.deepEqual(plan('code-1', digests), first);
    assert.deepEqual(plan('code-2', digests), plan('code-2', new Digests()));
    assert.ok(plan('code-2', digests).every((print, i) => print !== first[i]));
  });

  test('a changed article changes its own page and no other article page', () => {
    const edited = { ...view, articles: view.articles.map((a, i) => (i === 0 ? { ...a, title: 'A title given in the editor' } : a)) };
    const a = fingerprints(view);
    const b = fingerprints(edited);
    const changed = [...a.keys()].filter((k) => k.startsWith('articles/') && a.get(k) !== b.get(k));
    assert.deepEqual(changed, [`articles/${view.articles[0]!.id}/index.html`]);
  });
});

describe('choosing what to render', () => {
  const view = buildView(fixtureTimeline());
  const plan = planPages(view, TEMPLATES, 'code-1');
  const everything = () => true;

  test('a build with no previous one renders every page', () => {
    const s = selectChanged(plan, null, everything);
    assert.equal(s.rendered, plan.pages.length);
    assert.deepEqual(s.carried, []);
  });

  test('renders only the changed items of a list, and cuts the list down to them', () => {
    const previous = new Map(plan.pages.map((p) => [p.path, p.fingerprint]));
    const changedPath = `articles/${view.articles[1]!.id}/index.html`;
    previous.set(changedPath, 'stale');
    const s = selectChanged(plan, previous, everything);
    assert.deepEqual([...s.render], [['article.11ty.ts', [1]]]);
    assert.equal(s.rendered, 1);
    assert.ok(!s.carried.includes(changedPath));
    assert.deepEqual(cutDown(view, plan, s).articles, [view.articles[1]]);
  });

  test('renders a page whose previous file is missing, though its fingerprint is unchanged', () => {
    const previous = new Map(plan.pages.map((p) => [p.path, p.fingerprint]));
    const s = selectChanged(plan, previous, (path) => path !== 'index.html');
    assert.deepEqual([...s.render.keys()], ['index.11ty.ts']);
  });

  test('renders only the changed items of a list that another template that renders reads, in a run of their own', () => {
    const reads = new Map(plan.reads);
    reads.set('index.11ty.ts', ['articles']);
    const previous = new Map(plan.pages.map((p) => [p.path, p.fingerprint]));
    previous.set('index.html', 'stale');
    previous.set(`articles/${view.articles[0]!.id}/index.html`, 'stale');
    const s = selectChanged({ ...plan, reads }, previous, everything);
    assert.deepEqual(s.render.get('article.11ty.ts'), [0]);
    assert.deepEqual([...s.alone], ['article.11ty.ts']);
    assert.deepEqual(cutDown(view, { ...plan, reads }, s).articles, view.articles, 'the home page sees every article');
    assert.deepEqual(cutDown(view, { ...plan, reads }, s, new Set(['article.11ty.ts'])).articles, [view.articles[0]]);
    assert.ok(s.carried.includes(`articles/${view.articles[1]!.id}/index.html`));
  });

  test('a list no other template reads is cut down in the same run', () => {
    const previous = new Map(plan.pages.map((p) => [p.path, p.fingerprint]));
    previous.set('index.html', 'stale');
    previous.set(`articles/${view.articles[0]!.id}/index.html`, 'stale');
    const s = selectChanged(plan, previous, everything);
    assert.deepEqual([...s.alone], []);
    assert.deepEqual(cutDown(view, plan, s).articles, [view.articles[0]]);
  });

  test('renders the whole list when another template that renders is paginated over it too', () => {
    const lists = new Map(plan.lists);
    lists.set('index.11ty.ts', 'articles');
    const previous = new Map(plan.pages.map((p) => [p.path, p.fingerprint]));
    previous.set('index.html', 'stale');
    previous.set(`articles/${view.articles[0]!.id}/index.html`, 'stale');
    const s = selectChanged({ ...plan, lists }, previous, everything);
    assert.equal(s.render.get('article.11ty.ts'), null);
  });
});

describe('the line a build prints about its pages', () => {
  const base = {
    pages: 9,
    rendered: 2,
    carried: 7,
    renderedBy: new Map([
      ['index.11ty.ts', 1],
      ['article.11ty.ts', 1],
    ]),
    ms: { plan: 10, eleventy: 300, search: 200 },
    reindexed: true,
    searchShards: { total: 5, rebuilt: 2 },
    searchPending: false,
  };
  test('names the templates of the pages rendered when others were carried over', () => {
    assert.equal(
      describeRender(base),
      '9 pages: 2 rendered [index 1, article 1] (0.30 s), 7 unchanged; fingerprints 0.01 s, search index: 2 of 5 parts built 0.20 s',
    );
  });
  test('names none when every page was rendered, and says when the search index was kept or comes later', () => {
    assert.match(describeRender({ ...base, rendered: 9, carried: 0 }), /^9 pages: 9 rendered \(/);
    assert.match(describeRender({ ...base, reindexed: false }), /search index unchanged$/);
    assert.match(describeRender({ ...base, searchPending: true }), /search index: 2 of 5 parts being built$/);
  });
});
