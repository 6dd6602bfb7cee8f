import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { LOCAL_CHECK } from './link-check.ts';
import { renderSite } from '../../scripts/render-site.ts';
import { PAGE_SIZE } from '../../src/output/paging.ts';
import { buildView, type SiteView } from '../../src/output/view/index.ts';
import { renderFixture } from '../browser/render-fixture.ts';
import { BIG_SIZE, bigTimeline } from './big-timeline.ts';
import { tempDir } from '../helpers/temp.ts';

// The same rules as tests/integration/site.test.ts.
const VALIDATOR_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: { 'no-inline-style': 'off', 'long-title': 'off', 'no-trailing-whitespace': 'off', 'valid-id': ['error', { relaxed: true }] },
};

/** A period's page of a place, an outlet or a claimant, or of the articles index. */
const PERIOD_PAGE_FILE = /\/(?:places|sources|claimants)\/[^/]+\/(?:\d{4}(?:-\d\d)?|undated)\/|\/articles\/published\//;

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));

describe('a site long enough to page (a generated timeline of 620 articles, events and figures)', () => {
  let out: string;
  let view: SiteView;
  before(async () => {
    out = tempDir('dateline-paged-');
    const data = bigTimeline();
    mkdirSync(join(out, 'data'), { recursive: true });
    writeFileSync(join(out, 'data', 'timeline.json'), JSON.stringify(data));
    view = buildView(data);
    await renderSite({ view, out, pathPrefix: '/' });
  });
  const read = (url: string): string => readFileSync(join(out, url, 'index.html'), 'utf8');
  /** The addresses of an entity's pages (its own page first), as the view has them. */
  const pagesOf = (base: string): string[] =>
    [...view.placePages, ...view.sourcePages, ...view.claimantPages, ...view.articlePages]
      .filter((p) => p.url === base || p.url.startsWith(base))
      .map((p) => p.url);
  /** The same without the entity's own page: one page a period. */
  const periodsOf = (base: string): string[] => pagesOf(base).filter((u) => u !== base);
  const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;
  const PERIOD_PAGE = /\/(?:\d{4}(?:-\d\d)?|undated)\/(?:\d+\/)?(?:index\.html)?$/;

  test('every page, paged ones included, is valid HTML', async () => {
    const validator = new HtmlValidate(VALIDATOR_CONFIG);
    const files = htmlFiles(out).filter((f) =>
      /\/(places|sources|claimants|years)\/|\/articles\/(index\.html|published\/)|^[^/]*\/index\.html$/.test(f.slice(out.length)),
    );
    assert.ok(files.some((f) => PERIOD_PAGE.test(f)) && files.some((f) => f.includes('/years/')));
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(file);
      for (const r of report.results) for (const m of r.messages) problems.push(`${file.slice(out.length)}:${m.line} ${m.ruleId} ${m.message}`);
    }
    assert.deepEqual(problems.slice(0, 40), []);
  });

  test('the sitemap lists every page a reader can land on, periods’ pages and year pages included, but not those that name another as canonical', () => {
    const listed = new Set([...readFileSync(join(out, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
    const pages = htmlFiles(out)
      .map((f) => `/${f.slice(out.length + 1).replace(/index\.html$/, '')}`)
      .filter((u) => !['/404.html', '/report/'].includes(u));
    assert.ok(pages.some((u) => PERIOD_PAGE.test(u)) && pages.some((u) => u.startsWith('/years/')));
    const canonical = pages.filter((u) => read(u).includes('<link rel="canonical"'));
    assert.deepEqual(canonical.slice(0, 3), ['/articles/published/2016/', '/claimants/mod/2016-01/', '/places/aleppo/2016-01/']);
    assert.deepEqual(
      pages.filter((u) => !listed.has(u)),
      canonical,
    );
  });

  test('every page is reachable from the home page and every internal link resolves', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({ path: out, recurse: true, ...LOCAL_CHECK, linksToSkip: ['^https?://(?!localhost|127\\.0\\.0\\.1)'] });
    const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.parent} -> ${l.url} (${l.status})`);
    assert.deepEqual(broken.slice(0, 20), []);
    const visited = new Set(result.links.map((l) => (l.url.slice(out.length) || '/').replace(/index\.html$/, '')));
    const unreached = htmlFiles(out)
      .map((file) => `/${file.slice(out.length + 1).replace(/index\.html$/, '')}`)
      .filter((path) => path !== '/404.html' && !visited.has(path));
    assert.deepEqual(unreached.slice(0, 20), []);
  });

  test('a place’s own page keeps its header, map and charts and shows its first month; a month’s page repeats only its name with the month', () => {
    const first = read('places/aleppo');
    assert.match(first, /<h1 data-pagefind-filter="kind:place" data-pagefind-weight="5"><span data-pagefind-filter="place">Aleppo<\/span><\/h1>/);
    assert.match(first, /class="region-map"/);
    assert.match(first, /class="figchart"/);
    assert.match(first, /<p class="range">Listed by period: this page shows <a href="\/places\/aleppo\/2016-01\/">January 2016<\/a>;/);
    assert.match(first, /<p class="range">Events in January 2016: \d+<\/p>/);
    const month = read('places/aleppo/2016-02');
    assert.match(month, /<h1>Aleppo<span class="page-of">, February 2016<\/span><\/h1>/);
    assert.match(month, /<title>Aleppo, February 2016 · dateline<\/title>/);
    assert.match(month, /<p class="crumbs"><a href="\/places\/">Places<\/a> › <a href="\/places\/aleppo\/">Aleppo<\/a> › February 2016<\/p>/);
    assert.doesNotMatch(month, /region-map|figchart|data-pagefind-body|rel="canonical"/);
    assert.match(month, /<p class="range">Events in February 2016: \d+<\/p>/);
    assert.match(month, /<p class="range">Figures in February 2016: \d+<\/p>/);
  });

  test('the first period’s own page shows what the entity’s own page lists, and names that page as canonical', () => {
    const own = read('places/aleppo/2016-01');
    assert.match(own, /<link rel="canonical" href="\/places\/aleppo\/">/);
    assert.doesNotMatch(own, /data-pagefind-body/);
    const rows = (page: string): string[] => [...page.matchAll(/<tr id="(row-[^"]+)">/g)].map((m) => m[1]!);
    assert.deepEqual(rows(own), rows(read('places/aleppo')));
    assert.ok(rows(own).length > 0);
  });

  test('every page of an entity has one pager of periods linking the others, marking its period as current', () => {
    for (const base of ['/places/aleppo/', '/sources/wire-a/', '/claimants/mod/', '/places/homs/', '/articles/']) {
      const urls = pagesOf(base);
      assert.ok(urls.length > 2, base);
      for (const url of urls) {
        const page = read(url);
        assert.equal(count(page, /<nav class="pager" aria-label="Periods">/g), 1, url);
        const start = page.indexOf('<nav class="pager"');
        const pager = page.slice(start, page.indexOf('</nav>', start));
        // The first period is read at the entity's own page: its pager leads there.
        assert.deepEqual(
          [...pager.matchAll(/<a href="([^"]+)" aria-current="page">/g)].map((m) => m[1]),
          [url === urls[1] ? base : url],
          url,
        );
        for (const [, href] of pager.matchAll(/href="([^"]+)"/g)) assert.ok(urls.includes(href!), `${url}: ${href} is a page of ${base}`);
      }
    }
    assert.ok(!existsSync(join(out, 'places', 'homs', '2016-01')), 'a year that fits is not cut into months');
  });

  test('every figure, event and article of a long list is on exactly one of its periods’ pages', () => {
    const aleppo = view.places.find((p) => p.id === 'aleppo')!;
    const all = periodsOf('/places/aleppo/').map(read).join('\n');
    for (const c of aleppo.claims) assert.equal(count(all, new RegExp(`<tr id="row-${c.id}">`, 'g')), 1, c.id);
    for (const e of aleppo.events) assert.equal(count(all, new RegExp(`<h3><a href="/events/${e.id}/">`, 'g')), 1, e.id);
    const articles = periodsOf('/articles/').map(read).join('\n');
    for (const a of view.articles) assert.equal(count(articles, new RegExp(`<li><a href="/articles/${a.id}/">`, 'g')), 1, a.id);
    assert.match(read('articles/published/2017'), /<p class="range">Articles in 2017: \d+<\/p>/);
    const mod = periodsOf('/claimants/mod/').map(read);
    assert.equal(
      mod.reduce((n, page) => n + count(page, /<tr id="row-/g), 0),
      BIG_SIZE,
    );
    assert.ok(mod.every((page) => count(page, /<tr id="row-/g) <= PAGE_SIZE.claims));
  });

  test('the home page lists the years with their counts and the latest year’s months; each year has its page with every event once', () => {
    const home = read('');
    assert.doesNotMatch(home, /<section class="month"/);
    const inCells = [...home.matchAll(/<a class="cell level-\d" href="[^"]*" aria-label="[^"]*: (\d+) events">/g)].reduce((n, m) => n + Number(m[1]), 0);
    assert.equal(
      count(home, /<a class="(?:mark|cell level-\d)" href="\/events\//g) + inCells,
      BIG_SIZE,
      'the chart still shows every event, as a dot or in a cell',
    );
    for (const y of view.years) assert.match(home, new RegExp(`<li><a href="/years/${y.year}/">${y.year}</a> <span class="muted">${y.count} events</span>`));
    assert.match(home, /<a href="\/years\/2019\/#m-2019-01">January 2019<\/a>/);
    assert.doesNotMatch(home, /<li><a href="\/years\/2018\/#m-2018-/);
    const years = view.years.map((y) => read(y.url));
    for (const e of view.events) assert.equal(count(years.join('\n'), new RegExp(`<h3><a href="/events/${e.id}/">`, 'g')), 1, e.id);
    assert.match(years[1]!, /<a href="\/years\/2016\/" rel="prev">/);
    assert.match(years[1]!, /<a href="\/years\/2018\/" rel="next">/);
    assert.match(years[1]!, /<section class="month" aria-labelledby="m-2017-01">\n {2}<h2 id="m-2017-01">January 2017<\/h2>/);
  });

  test('where the chart is too crowded for a dot per event, each cell leads to its month on its year’s page', () => {
    const cells = [
      ...read('').matchAll(/<a class="cell level-\d" href="\/years\/(\d{4})\/#(m-\d{4}-\d\d)" aria-label="Aleppo, [A-Z][a-z]+ \d{4}: \d+ events">/g),
    ];
    assert.ok(cells.length >= 12, `${cells.length} cells`);
    for (const [, year, anchor] of cells) assert.match(read(`years/${year}/`), new RegExp(`<h2 id="${anchor}">`), `${year} #${anchor}`);
  });
});

describe('a site whose lists are short', () => {
  test('has no pager, no later pages and no year pages', async () => {
    const { out } = await renderFixture('/');
    const files = htmlFiles(out);
    assert.ok(!files.some((f) => PERIOD_PAGE_FILE.test(f) || f.includes('/years/')));
    for (const f of files) assert.doesNotMatch(readFileSync(f, 'utf8'), /class="pager"|class="range"|class="page-of"|rel="canonical"/, f);
  });
});
