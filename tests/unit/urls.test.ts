/**
 * Every address of the site comes from src/output/urls.ts: the helpers say what they make,
 * and no template or output module spells a site address out by hand.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { anchorUrl, claimUrl, monthUrl, pageFile, SITE_FILES, SITE_URLS, underPrefix, yearMonthUrl } from '../../src/output/urls.ts';

describe('site addresses', () => {
  test('a page at a folder address is written to its index.html, a file address to the file itself', () => {
    assert.equal(pageFile('/events/e-1/'), 'events/e-1/index.html');
    assert.equal(pageFile(SITE_URLS.home), 'index.html');
    assert.equal(pageFile(SITE_URLS.notFound), '404.html');
  });

  test('a month links to its heading on the home page, or on its year page when the home page lists years', () => {
    assert.equal(monthUrl('2016-12'), '#m-2016-12');
    assert.equal(yearMonthUrl('2016-12'), '/years/2016/#m-2016-12');
  });

  test('a claim links to its mark in its article', () => {
    assert.equal(claimUrl('a1', 'a1-3'), '/articles/a1/#a1-3');
    assert.equal(anchorUrl('a1-3'), '#a1-3');
  });

  test('the path prefix goes in front of a site path once, with or without its closing slash', () => {
    assert.equal(underPrefix('/timeline/', SITE_FILES.atomFeed), '/timeline/feed.xml');
    assert.equal(underPrefix('/timeline', '/events/a/'), '/timeline/events/a/');
    assert.equal(underPrefix('/', SITE_URLS.home), '/');
  });
});

/** A site address written out in code: an attribute or a string that starts with one of the site's folders or files. */
const HAND_MADE = [
  /(?:href|src|action)="\/(?!\/)/,
  /['"`]\/(?:events|articles|places|sources|claimants|years|data|assets|pagefind)\//,
  /['"`]\/(?:feed\.xml|feed\.json|sitemap\.xml|report\.json|404\.html)['"`]/,
  /(?:href|id|aria-labelledby)="(?:#?m-|#?row-)/,
];

const COMMENT = /^\s*(?:\/\/|\/?\*)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.ts'))
    .map((d) => join(d.parentPath, d.name));
}

describe('no address by hand', () => {
  test('templates and output modules take every link and permalink from urls.ts', () => {
    const files = [...sourceFiles('layouts'), ...sourceFiles('src/output')].filter((f) => !f.endsWith(join('output', 'urls.ts')));
    const found = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        // Comments and examples may show an address; code may not write one.
        .flatMap((line, i) => (!COMMENT.test(line) && HAND_MADE.some((re) => re.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    assert.deepEqual(found, []);
  });

  test('the check sees an address written by hand', () => {
    for (const line of ['<a href="/">Timeline</a>', "permalink: '/events/x/'", '<a href="#m-2016-12">', 'src="/assets/site.css"', "link(o, '/feed.xml')"])
      assert.ok(
        HAND_MADE.some((re) => re.test(line)),
        line,
      );
  });
});
