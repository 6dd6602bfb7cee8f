/**
 * Builds a small collection in which one article states no date and gives no clue to
 * it in its own text, but repeats the toll of a dated report: the build dates it from
 * that report, dates its figures, puts it on the timeline, and its page says why.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { buildSite, ROOT, type BuiltSite } from '../helpers/build-site.ts';
import { tempDir } from '../helpers/temp.ts';

const DATED = `---
source: Harbour Courier
published: 2024-03-08
---
Missile strike on a bus depot kills dozens

A missile struck the bus depot of Portvale on Friday morning as crowds waited for buses out of the city.

The regional health office said 61 people were killed and 112 were wounded in the strike.

Rescue teams worked through the day to clear the wreckage of the depot.
`;

const UNDATED = `Depot toll stands at 61 as the city mourns

The regional health office said 61 people were killed and 112 were wounded when the missile hit the depot in Portvale.

Funerals for the first of the victims were held on Saturday, as families gathered at the cemetery outside the city.
`;

let site: BuiltSite;
before(() => {
  const content = tempDir('dateline-matches-');
  mkdirSync(join(content, 'articles'));
  for (const registry of ['sources.yml', 'claimants.yml', 'places.yml']) {
    if (existsSync(join(ROOT, 'content', registry))) cpSync(join(ROOT, 'content', registry), join(content, registry));
  }
  writeFileSync(join(content, 'articles', 'depot-strike.txt'), DATED);
  writeFileSync(join(content, 'articles', 'depot-toll.txt'), UNDATED);
  site = buildSite({ content });
});

describe('an undated article that repeats the figures of a dated report', () => {
  test('is dated from that report, the weekday it names resolved in that week', () => {
    const article = site.data.articles.find((a) => a.id === 'depot-toll');
    assert.equal(article?.published, '2024-03-09');
    assert.equal(article?.publishedInferred, true);
    assert.match(article?.publishedEvidence ?? '', /^dated from its match with Harbour Courier, 2024-03-08/);
  });

  test('has its figures dated and stands on an event of the timeline', () => {
    const claims = site.data.claims.filter((c) => c.article === 'depot-toll');
    assert.ok(claims.length >= 2);
    for (const c of claims) assert.ok(c.date && c.date.start <= '2024-03-09' && c.date.end >= '2024-03-08', JSON.stringify(c.date));
    assert.ok((site.data.articles.find((a) => a.id === 'depot-toll')?.events.length ?? 0) > 0);
    assert.ok(!site.data.diagnostics.some((d) => d.code === 'undated'));
  });

  test('its page says that it was dated from its match with the report, and with which', () => {
    const page = readFileSync(join(site.out, 'articles', 'depot-toll', 'index.html'), 'utf8');
    assert.match(page, /<time datetime="2024-03-09">/);
    assert.match(page, /dated from its match with Harbour Courier, 2024-03-08; the latest day it names is Saturday/);
    assert.doesNotMatch(page, /reasoned from the text: dated from/);
  });

  test('the home page counts them in words that fit the numbers', () => {
    const home = readFileSync(join(site.out, 'index.html'), 'utf8');
    assert.match(home, /read from 2 articles by 1 outlet\./);
  });
});
