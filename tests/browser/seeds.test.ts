/// <reference lib="dom" />
/**
 * The shipped seed articles, built by the real build script under /timeline/ and
 * opened in Debian's Chromium: the chart and the map lead to events, search finds
 * Rudskoy, and the pages pass axe.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildSite, type BuiltSite } from '../helpers/build-site.ts';
import { ARGS, AXE, CHROMIUM, skip } from './chromium.ts';
import { serveFolder, type StaticSite } from './serve.ts';
import { tempDir } from '../helpers/temp.ts';

const PREFIX = '/timeline/';

let site: BuiltSite;
let server: StaticSite;
let context: BrowserContext;

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(server.url + path.replace(/^\//, ''));
  assert.equal(response?.status(), 200, `${path} answers 200`);
  return page;
}

describe('the shipped seed articles in a browser, served under /timeline/', { skip }, () => {
  before(async () => {
    site = buildSite({ pathPrefix: PREFIX });
    server = await serveFolder(site.out, PREFIX);
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

  test('a mark on the chart leads to a December 2016 Palmyra event', async () => {
    const page = await open('/');
    const mark = page.locator('svg.timeline-chart a.mark[aria-label*="Dec 2016, Palmyra"]').first();
    await mark.click();
    // December 2016 at Palmyra holds the offensive of the 8th and the withdrawal of the 10th-11th.
    await page.waitForURL(/\/timeline\/events\/2016-12-(?:08|10)-palmyra-[a-z]+\/$/);
    assert.match(await page.locator('h1').innerText(), /Palmyra/);
    await page.close();
  });

  test('a mark on the map leads to Palmyra, and from there to its events', async () => {
    const page = await open('/');
    await page.locator('svg.region-map a.place-mark[aria-label^="Palmyra"]').click();
    await page.waitForURL(/\/timeline\/places\/palmyra\/$/);
    await page.locator('article.event h3 a').first().click();
    await page.waitForURL(/\/timeline\/events\/[^/]+-palmyra-[a-z]+\/$/);
    await page.close();
  });

  test('searching for "Rudskoy" reaches the claimant page of the Russian General Staff', async () => {
    const page = await open('/');
    await page.locator('#site-q').fill('Rudskoy');
    await page.locator('#site-q').press('Enter');
    const result = page.locator('a.pagefind-ui__result-link[href*="/timeline/claimants/"]').first();
    await result.waitFor({ timeout: 10_000 });
    await result.click();
    await page.waitForURL(/\/timeline\/claimants\/[a-z-]+\/$/);
    assert.match(await page.locator('.aliases').innerText(), /Rudskoy/);
    await page.close();
  });

  test('the event page lays the outlets side by side', async () => {
    const event = site.data.events.find((e) => e.articles.length === 3 && e.claims.length > 0)!;
    const page = await open(`/events/${event.id}/`);
    const columns = await page.locator('table.grid thead th').allInnerTexts();
    assert.deepEqual(columns.slice(1), ['Rasa News Agency', 'Arab News', 'RT']);
    await page.close();
  });

  test('home, event, source, place, claimant and article pages have no axe violations', async () => {
    const event = site.data.events.find((e) => e.articles.length === 3 && e.claims.length > 0)!;
    const claimant = site.data.claimants[0]!;
    const problems: string[] = [];
    for (const path of [
      '/',
      `/events/${event.id}/`,
      '/sources/rt/',
      '/places/palmyra/',
      `/claimants/${claimant.id}/`,
      `/articles/${site.data.articles[0]!.id}/`,
    ]) {
      const page = await open(path);
      await page.addScriptTag({ path: AXE });
      const found = await page.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string }[] }> } }).axe;
        return (await axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => v.id);
      });
      for (const v of found) problems.push(`${path} ${v}`);
      await page.close();
    }
    assert.deepEqual(problems, []);
  });
});
