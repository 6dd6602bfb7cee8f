/// <reference lib="dom" />
/**
 * The site in a real browser (Debian's Chromium through playwright-core),
 * served under a sub-path by a local static server: chart and map marks lead to
 * events, search finds a claimant, pages pass axe, a phone can read them.
 */
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { renderFixture } from './render-fixture.ts';
import { ARGS, AXE, CHROMIUM, skip } from './chromium.ts';
import { serveFolder, type StaticSite } from './serve.ts';
import { tempDir } from '../helpers/temp.ts';

const PREFIX = '/timeline/';

let server: StaticSite;
let context: BrowserContext;
const external: string[] = [];
const dialogs: string[] = [];

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const response = await page.goto(server.url + path.replace(/^\//, ''));
  assert.equal(response?.status(), 200, `${path} answers 200`);
  return page;
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
  });
  return violations;
}

describe('the site in a browser, served under /timeline/', { skip }, () => {
  before(async () => {
    const { out } = await renderFixture(PREFIX);
    server = await serveFolder(out, PREFIX);
    context = await chromium.launchPersistentContext(tempDir('dateline-chromium-'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
    });
    // Nothing may leave the machine: no tiles, no fonts, no analytics.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url.replace(PREFIX, '/'))) return route.continue();
      external.push(url);
      return route.abort();
    });
  });
  after(async () => {
    await context?.close();
    await server?.close();
  });

  test('a mark on the home page chart leads to its event page', async () => {
    const page = await open('/');
    const marks = page.locator('svg.timeline-chart a.mark');
    assert.equal(await marks.count(), 6);
    const label = (await marks.first().getAttribute('aria-label')) ?? '';
    assert.match(label, /Strikes near Aleppo — 19–20 Jun 2016, Aleppo/);
    await marks.first().click();
    await page.waitForURL(/\/timeline\/events\/e-aleppo-jun\/$/);
    assert.equal(await page.locator('h1').innerText(), 'Strikes near Aleppo');
    await page.close();
  });

  test('the chart makes December 2016 and March 2017 stand out', async () => {
    const page = await open('/');
    const caption = await page.locator('#chart-caption').innerText();
    assert.match(caption, /busiest months are December 2016 and March 2017/);
    assert.equal(await page.locator('svg.timeline-chart rect.bar.busy').count(), 2);
    await page.close();
  });

  test('a mark on the map leads to the place, and from there to an event', async () => {
    const page = await open('/');
    const palmyra = page.locator('svg.region-map a.place-mark[aria-label^="Palmyra"]');
    assert.equal(await palmyra.getAttribute('aria-label'), 'Palmyra: 2 events');
    await palmyra.click();
    await page.waitForURL(/\/timeline\/places\/palmyra\/$/);
    assert.equal(await page.locator('svg.region-map a.place-mark.current').count(), 1);
    await page.locator('article.event h3 a').first().click();
    await page.waitForURL(/\/timeline\/events\/e-palmyra-/);
    await page.close();
  });

  test('searching for "Rudskoy" from the masthead reaches his claimant page', async () => {
    const page = await open('/');
    await page.locator('#site-q').fill('Rudskoy');
    await page.locator('#site-q').press('Enter');
    await page.waitForURL(/\/timeline\/search\/\?q=Rudskoy$/);
    const result = page.locator('a.pagefind-ui__result-link[href*="/timeline/claimants/"]').first();
    await result.waitFor({ timeout: 10_000 });
    await result.click();
    await page.waitForURL(/\/timeline\/claimants\/ru-general-staff\/$/);
    assert.match(await page.locator('h1').innerText(), /Rudskoy/);
    await page.close();
  });

  test('search results can be narrowed by outlet', async () => {
    const page = await open('/search/?q=Palmyra');
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 10_000 });
    const filters = await page.locator('.pagefind-ui__filter-name').allInnerTexts();
    assert.ok(
      filters.some((f) => /source/i.test(f)),
      `filters: ${filters.join(', ')}`,
    );
    assert.ok(
      filters.some((f) => /place/i.test(f)),
      `filters: ${filters.join(', ')}`,
    );
    await page.close();
  });

  test('home, event, source, place, claimant, article, data and search pages have no axe violations', async () => {
    const problems: string[] = [];
    for (const path of [
      '/',
      '/events/e-palmyra-dec/',
      '/sources/arab-news/',
      '/places/palmyra/',
      '/claimants/ru-general-staff/',
      '/articles/a1/',
      '/data/',
      '/search/?q=Palmyra',
    ]) {
      const page = await open(path);
      if (path.startsWith('/search/')) await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 10_000 });
      for (const v of await axeViolations(page)) problems.push(`${path} ${v}`);
      await page.close();
    }
    assert.deepEqual(problems, []);
  });

  test('article text stays text: markup in it is shown, never run', async () => {
    const page = await open('/articles/a1/');
    assert.match(await page.locator('.body').innerText(), /<script>alert\("x"\)<\/script> and <\/p><b>bold<\/b> are text\./);
    assert.equal(await page.locator('.body b').count(), 0);
    await page.close();
    assert.deepEqual(dialogs, []);
  });

  test('the keyboard reaches the skip link first and it moves focus to the content', async () => {
    const page = await open('/');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    await page.close();
  });

  test('a phone can read every kind of page without sideways scrolling', async () => {
    const shots = tempDir('dateline-shots-');
    for (const path of ['/', '/events/e-palmyra-dec/', '/places/palmyra/', '/claimants/ru-general-staff/', '/articles/a1/', '/sources/arab-news/', '/data/']) {
      const page = await open(path);
      await page.setViewportSize({ width: 390, height: 844 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 1, `${path} is ${overflow}px wider than the phone`);
      if (path === '/') {
        const file = join(shots, 'home-phone.png');
        await page.screenshot({ path: file, fullPage: true });
        assert.ok(statSync(file).size > 10_000, `screenshot written to ${file}`);
      }
      await page.close();
    }
  });

  test('printing keeps the content and drops the navigation', async () => {
    const page = await open('/events/e-palmyra-dec/');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.masthead nav').isVisible(), false);
    assert.equal(await page.locator('table.claims').isVisible(), true);
    await page.close();
  });

  test('no page asked for anything outside the site', () => {
    assert.deepEqual(external, []);
  });
});
