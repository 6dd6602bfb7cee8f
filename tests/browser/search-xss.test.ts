/// <reference lib="dom" />
/**
 * Names a user wrote reach the search page's own renderer (Pagefind UI), which puts
 * filter values into the page as HTML. Outlet names from front matter and sources.yml,
 * and a place name from places.yml, that are markup must show as text there and run
 * nothing when the user searches, opens the filters and narrows by one.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildSite, ROOT } from '../helpers/build-site.ts';
import { ARGS, CHROMIUM, skip } from './chromium.ts';
import { serveFolder, type StaticSite } from './serve.ts';
import { tempDir } from '../helpers/temp.ts';

const FRONT_MATTER_OUTLET = '<img src=x onerror=alert(document.domain)>';
const REGISTRY_OUTLET = `<svg onload=alert('sources.yml')>`;
const PLACE = `<img src=p onerror=alert('places.yml')>`;
const PLAIN_AMPERSAND = 'Smith & Jones &amp; Sons';

/** A content folder of four articles whose outlet and place names are markup (or look like it). */
function hostileContent(): string {
  const dir = tempDir('dateline-xss-content-');
  mkdirSync(join(dir, 'articles'));
  cpSync(join(ROOT, 'content', 'claimants.yml'), join(dir, 'claimants.yml'));
  const sources = readFileSync(join(ROOT, 'content', 'sources.yml'), 'utf8').replace(
    /^sources:\n/m,
    `sources:\n  - id: hostile-outlet\n    name: "${REGISTRY_OUTLET}"\n    patterns: ['^HOSTILEWIRE - ']\n`,
  );
  writeFileSync(join(dir, 'sources.yml'), sources);
  const places = readFileSync(join(ROOT, 'content', 'places.yml'), 'utf8').replace(/^ {2}- name: Palmyra$/m, `  - name: "${PLACE}"`);
  assert.notEqual(places, readFileSync(join(ROOT, 'content', 'places.yml'), 'utf8'), 'the place registry renames Palmyra');
  writeFileSync(join(dir, 'places.yml'), places);
  const article = (file: string, frontMatter: string, text: string): void =>
    writeFileSync(join(dir, 'articles', file), `---\npublished: 2016-12-12\n${frontMatter}---\n${text}\n`);
  article('front-matter.txt', `source: "${FRONT_MATTER_OUTLET}"\n`, 'Syrian government forces entered Tadmur on Sunday, 11 December 2016, the army said.');
  article('registry.txt', '', 'HOSTILEWIRE - Fighters withdrew from Tadmur in Syria on Sunday, 11 December 2016, a monitor said.');
  article('ampersand.txt', `source: "${PLAIN_AMPERSAND}"\n`, 'Shelling hit Tadmur in central Syria on Sunday, 11 December 2016, residents said.');
  return dir;
}

let server: StaticSite;
let context: BrowserContext;
const dialogs: string[] = [];

describe('markup in outlet and place names on the search page', { skip }, () => {
  before(async () => {
    const site = buildSite({ content: hostileContent() });
    server = await serveFolder(site.out, '/');
    context = await chromium.launchPersistentContext(tempDir('dateline-chromium-'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
    });
  });
  after(async () => {
    await context?.close();
    await server?.close();
  });

  async function searchWithFiltersOpen(query: string): Promise<Page> {
    const page = await context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${server.url}search/?q=${query}`);
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 10_000 });
    for (const block of await page.locator('details.pagefind-ui__filter-block summary').all()) await block.click();
    await page.locator('.pagefind-ui__filter-label').first().waitFor({ timeout: 10_000 });
    return page;
  }

  test('the filters show every outlet and place name as it is written, and run nothing', async () => {
    const page = await searchWithFiltersOpen('Tadmur');
    const labels = (await page.locator('.pagefind-ui__filter-label').allInnerTexts()).map((l) => l.replace(/ \(\d+\)$/, ''));
    for (const name of [FRONT_MATTER_OUTLET, REGISTRY_OUTLET, PLACE, PLAIN_AMPERSAND]) assert.ok(labels.includes(name), `filter labels: ${labels.join(' | ')}`);
    assert.equal(await page.locator('#search img, #search svg[onload]').count(), 0, 'no element made from a name');
    await page.waitForTimeout(300);
    assert.deepEqual(dialogs, []);
    await page.close();
  });

  test('narrowing by a hostile outlet finds its article and runs nothing', async () => {
    const page = await searchWithFiltersOpen('Tadmur');
    const results = page.locator('.pagefind-ui__result-link');
    await page.locator('.pagefind-ui__filter-value', { hasText: FRONT_MATTER_OUTLET }).locator('input').check();
    // Narrowed: the outlet's article is among the results and another outlet's article is not
    // (the event page that rests on all three outlets stays). The outlet's own page is found by
    // its name: its search document is a summary, not the titles of its articles.
    const ownArticle = 'Syrian government forces entered Tadmur';
    await page.waitForFunction((own) => {
      const titles = [...document.querySelectorAll('.pagefind-ui__result-link')].map((a) => a.textContent ?? '');
      return titles.some((t) => t.startsWith(own)) && !titles.some((t) => t.startsWith('Fighters withdrew'));
    }, ownArticle);
    const titles = await results.allInnerTexts();
    assert.ok(
      titles.some((t) => t.startsWith(ownArticle)),
      `the outlet's article is a result: ${titles.join(' | ')}`,
    );
    assert.equal(await page.locator('#search img').count(), 0);
    assert.deepEqual(dialogs, []);
    await page.close();
  });
});
