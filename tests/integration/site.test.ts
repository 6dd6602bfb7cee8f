import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { timelineSchema } from '../../src/output/schema.ts';
import { buildSite, ROOT, type BuiltSite } from '../helpers/build-site.ts';
// @ts-expect-error: the scorer is plain JavaScript shared with ../shared/eval
import { score } from '../../scripts/score.mjs';

let site: BuiltSite;
before(() => {
  site = buildSite();
});

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => join(dir, f));

describe('building the shipped seed articles', () => {
  test('writes timeline.json that follows the data contract', () => {
    const parsed = timelineSchema.safeParse(site.data);
    assert.equal(parsed.success, true, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3)));
    assert.equal(site.data.articles.length, 5);
  });

  test('writes a home page and a page for every event, source, place, claimant and article', () => {
    assert.ok(existsSync(join(site.out, 'index.html')));
    assert.ok(existsSync(join(site.out, '404.html')));
    const kinds = { events: site.data.events, sources: site.data.sources, places: site.data.places, claimants: site.data.claimants, articles: site.data.articles };
    for (const [kind, list] of Object.entries(kinds)) {
      assert.ok(list.length > 0, `some ${kind}`);
      for (const item of list) assert.ok(existsSync(join(site.out, kind, item.id, 'index.html')), `${kind}/${item.id}`);
    }
  });

  test('every page is reachable from the home page and every internal link resolves', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({ path: site.out, recurse: true, linksToSkip: ['^https?://(?!localhost|127\.0\.0\.1)'] });
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
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'no-inline-style': 'off', 'long-title': 'off', 'no-trailing-whitespace': 'off' } });
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

  test('scores at least 0.70 overall against the hand-made answer key', () => {
    const gold = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/gold/seeds.gold.json'), 'utf8'));
    const { values } = score(site.data, gold);
    assert.ok(values.overall >= 0.7, `overall ${values.overall.toFixed(3)}`);
  });
});
