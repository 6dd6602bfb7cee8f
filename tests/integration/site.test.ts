import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { LOCAL_CHECK } from './link-check.ts';
import { timelineSchema } from '../../src/model/schema.ts';
import { buildSite, ROOT, type BuiltSite } from '../helpers/build-site.ts';
import { serveFolder } from '../browser/serve.ts';
import { renderFixture } from '../browser/render-fixture.ts';
// @ts-expect-error: the scorer is plain JavaScript shared with ../shared/eval
import { score } from '../../scripts/score.mjs';

// Ids may begin with a digit in HTML5 (claim ids do: "000-81e7…-1"), hence relaxed ids.
const VALIDATOR_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: { 'no-inline-style': 'off', 'long-title': 'off', 'no-trailing-whitespace': 'off', 'valid-id': ['error', { relaxed: true }] },
};

let site: BuiltSite;
before(() => {
  site = buildSite();
});

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));

describe('building the shipped seed articles', () => {
  test('writes timeline.json that follows the data contract', () => {
    const parsed = timelineSchema.safeParse(site.data);
    assert.equal(parsed.success, true, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3)));
    assert.equal(site.data.articles.length, 5);
  });

  test('writes a home page and a page for every event, source, place, claimant and article', () => {
    assert.ok(existsSync(join(site.out, 'index.html')));
    assert.ok(existsSync(join(site.out, '404.html')));
    const kinds = {
      events: site.data.events,
      sources: site.data.sources,
      places: site.data.places,
      claimants: site.data.claimants,
      articles: site.data.articles,
    };
    for (const [kind, list] of Object.entries(kinds)) {
      assert.ok(list.length > 0, `some ${kind}`);
      for (const item of list) assert.ok(existsSync(join(site.out, kind, item.id, 'index.html')), `${kind}/${item.id}`);
    }
  });

  test('every page is reachable from the home page and every internal link resolves', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({ path: site.out, recurse: true, ...LOCAL_CHECK, linksToSkip: ['^https?://(?!localhost|127.0.0.1)'] });
    const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.parent} -> ${l.url} (${l.status})`);
    assert.deepEqual(broken, []);
    // linkinator reports local links as the served folder's path followed by the link's path.
    const visited = new Set(result.links.map((l) => (l.url.slice(site.out.length) || '/').replace(/index\.html$/, '')));
    for (const file of htmlFiles(site.out)) {
      const path = `/${file.slice(site.out.length + 1).replace(/index\.html$/, '')}`;
      if (path === '/404.html') continue;
      assert.ok(visited.has(path), `${path} is linked from somewhere`);
    }
  });

  test('every page is valid HTML', async () => {
    assert.ok(htmlFiles(site.out).length > 10, 'pages were written into the output folder');
    const validator = new HtmlValidate(VALIDATOR_CONFIG);
    const problems: string[] = [];
    for (const file of htmlFiles(site.out)) {
      const report = await validator.validateFile(file);
      for (const r of report.results) for (const m of r.messages) problems.push(`${file}:${m.line} ${m.ruleId} ${m.message}`);
    }
    assert.deepEqual(problems.slice(0, 40), []);
  });

  test('event pages show every figure with its claimant, outlet and quoted sentence linked to the article', () => {
    const claim = site.data.claims.find((c) => c.event && c.claimant);
    assert.ok(claim, 'a claim with an event and a claimant');
    const html = readFileSync(join(site.out, 'events', claim.event!, 'index.html'), 'utf8');
    assert.match(html, new RegExp(`/articles/${claim.article}/#${claim.id}`));
    const article = readFileSync(join(site.out, 'articles', claim.article, 'index.html'), 'utf8');
    assert.match(article, new RegExp(`id="${claim.id}"`));
  });

  test('the About page is made from content/about.md and every page links to it', () => {
    const about = readFileSync(join(site.out, 'about', 'index.html'), 'utf8');
    assert.match(about, /<h1>About this timeline<\/h1>/);
    assert.match(about, /<h2>How to read it<\/h2>/);
    assert.match(about, /<a href="\/about\/" aria-current="page">About<\/a>/);
    for (const file of htmlFiles(site.out)) assert.match(readFileSync(file, 'utf8'), /<a href="\/about\/"[^>]*>About<\/a>/, file);
    assert.match(readFileSync(join(site.out, 'sitemap.xml'), 'utf8'), /<loc>\/about\/<\/loc>/);
  });

  test('meets the accuracy targets against the hand-made answer key of the seeds', () => {
    const gold = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/gold/seeds.gold.json'), 'utf8'));
    const { values } = score(site.data, gold) as { values: Record<string, number> };
    const targets: Record<string, number> = {
      overall: 0.95,
      'claims.f1': 0.95,
      'claims.claimant': 0.95,
      'claims.date': 0.95,
      'claims.place': 0.95,
      published: 1,
      publisher: 1,
      'groups.f1': 0.95,
      'events.f1': 1,
      'events.date': 1,
      'events.place': 1,
    };
    const below = Object.entries(targets)
      .filter(([name, target]) => !((values[name] ?? 0) >= target))
      .map(([name, target]) => `${name} ${(values[name] ?? 0).toFixed(3)} < ${target}`);
    assert.deepEqual(below, []);
  });
});

describe('building the site to be served under a sub-path (--pathprefix /timeline/)', () => {
  const PREFIX = '/timeline/';
  let sub: BuiltSite;
  before(() => {
    sub = buildSite({ pathPrefix: PREFIX });
  });
  const read = (path: string): string => readFileSync(join(sub.out, path), 'utf8');

  test('every link, script, stylesheet and form on every page points inside the sub-path', () => {
    const outside: string[] = [];
    for (const file of htmlFiles(sub.out)) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g))
        if (!m[1]!.startsWith(PREFIX)) outside.push(`${file.slice(sub.out.length)}: ${m[1]}`);
    }
    assert.deepEqual(outside.slice(0, 20), []);
  });

  test('the stylesheet has no root-relative url() that would escape the sub-path', () => {
    assert.doesNotMatch(read('assets/site.css'), /url\(\s*['"]?\//);
  });

  test('feeds, sitemap and CSV downloads link into the sub-path', () => {
    assert.match(read('feed.xml'), /href="\/timeline\/events\//);
    const feed = JSON.parse(read('feed.json')) as { items: { url: string }[] };
    assert.ok(feed.items.length > 0 && feed.items.every((i) => i.url.startsWith(PREFIX)));
    assert.match(read('sitemap.xml'), /<loc>\/timeline\/events\//);
    assert.match(read('data/events.csv'), /,\/timeline\/events\//);
    assert.match(
      read('data/claims.csv').split('\r\n')[0]!,
      /^claim_id,date,end_date,precision,place,admin1,country,lat,lon,category,value,qualifier,what,claimant,source,/,
    );
  });

  test('the search page loads the Pagefind bundle from inside the sub-path and passes the prefix to it', () => {
    const html = read('search/index.html');
    assert.match(html, /src="\/timeline\/pagefind\/pagefind-ui\.js"/);
    assert.match(html, /data-base="\/timeline\/"/);
    assert.ok(existsSync(join(sub.out, 'pagefind', 'pagefind-ui.js')));
    assert.ok(existsSync(join(sub.out, 'pagefind', 'pagefind-entry.json')));
  });

  test('served under /timeline/, every internal link resolves', async () => {
    const server = await serveFolder(sub.out, PREFIX);
    try {
      const checker = new LinkChecker();
      const result = await checker.check({ path: server.url, recurse: true, linksToSkip: ['^https?://(?!127\\.0\\.0\\.1)'] });
      const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.parent} -> ${l.url} (${l.status})`);
      assert.deepEqual(broken, []);
      const visited = new Set(result.links.map((l) => new URL(l.url).pathname));
      for (const path of [
        `${PREFIX}feed.xml`,
        `${PREFIX}feed.json`,
        `${PREFIX}data/events.csv`,
        `${PREFIX}data/claims.csv`,
        `${PREFIX}search/`,
        `${PREFIX}data/`,
      ]) {
        assert.ok(visited.has(path), `${path} is linked`);
      }
    } finally {
      await server.close();
    }
  });
});

describe('rendering the hand-made fixture (charts, map, places off the map, hostile text)', () => {
  let out: string;
  before(async () => {
    out = (await renderFixture('/')).out;
  });

  test('every page is valid HTML, charts and maps included', async () => {
    const validator = new HtmlValidate(VALIDATOR_CONFIG);
    const problems: string[] = [];
    for (const file of htmlFiles(out)) {
      const report = await validator.validateFile(file);
      for (const r of report.results) for (const m of r.messages) problems.push(`${file.slice(out.length)}:${m.line} ${m.ruleId} ${m.message}`);
    }
    assert.deepEqual(problems.slice(0, 40), []);
  });

  test('a site without about.md has no About page and no link to one', () => {
    assert.equal(existsSync(join(out, 'about')), false);
    for (const file of htmlFiles(out)) assert.doesNotMatch(readFileSync(file, 'utf8'), /href="\/about\/"/, file);
  });

  test('article text and titles are escaped wherever they appear', () => {
    for (const file of htmlFiles(out)) {
      const html = readFileSync(file, 'utf8');
      assert.doesNotMatch(html, /<script>alert|<em>again<\/em>|<b>bold<\/b>/, file);
    }
    assert.match(readFileSync(join(out, 'articles/a1/index.html'), 'utf8'), /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;/);
    assert.match(readFileSync(join(out, 'feed.xml'), 'utf8'), /Daesh driven out of Palmyra &lt;em&gt;again&lt;\/em&gt;/);
  });

  test('the home page draws the chart and the map with a link per mark, and lists places off the map', () => {
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    assert.equal(home.match(/<a class="mark" href="\/events\//g)?.length, 6);
    assert.match(home, /<a class="place-mark" href="\/places\/palmyra\/" aria-label="Palmyra: 2 events">/);
    const place = readFileSync(join(out, 'places/moscow/index.html'), 'utf8');
    assert.match(place, /Off this map: <a href="\/places\/moscow\/">Moscow<\/a>/);
  });

  test('claimant and place pages chart their figures over time, each mark linked to its sentence', () => {
    const claimant = readFileSync(join(out, 'claimants/ru-general-staff/index.html'), 'utf8');
    assert.match(
      claimant,
      /<a class="fig-mark" href="\/articles\/a1\/#a1-2" aria-label="300 militants \(killed\), 10–11 Dec 2016, says Sergei Rudskoy \(Russian General Staff\), reported by Arab News">/,
    );
    assert.match(readFileSync(join(out, 'places/palmyra/index.html'), 'utf8'), /class="figchart"/);
  });
});
