/**
 * A folder of pasted texts that name no outlet, place or claimant still has a search that
 * finds them: Pagefind UI takes its language from the index it loads first, which would
 * otherwise hold nothing.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { buildSite } from '../helpers/build-site.ts';
import { ARGS, CHROMIUM, skip } from './chromium.ts';
import { serveFolder, type StaticSite } from './serve.ts';
import { tempDir } from '../helpers/temp.ts';

let server: StaticSite;
let browser: Browser;

describe('the search of a site whose articles name no outlet, place or claimant', { skip }, () => {
  before(async () => {
    const dir = tempDir('dateline-plain-content-');
    mkdirSync(join(dir, 'articles'));
    writeFileSync(
      join(dir, 'articles', 'note.txt'),
      'The water was cut off for three days, residents said on Monday.\n\nNobody could say when it would come back.\n',
    );
    const site = buildSite({ content: join(dir, 'articles') });
    server = await serveFolder(site.out, '/');
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('finds the article by a word of its text', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=water`);
    const link = page.locator('.pagefind-ui__result-link').first();
    await link.waitFor({ timeout: 10_000 });
    assert.match((await link.getAttribute('href')) ?? '', /\/articles\//);
    await page.close();
  });
});
