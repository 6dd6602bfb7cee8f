import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { aboutPage, readAboutPage } from '../../src/output/about-page.ts';
import { html, sanitizedMarkup } from '../../src/output/html.ts';
import { markdownToHtml } from '../../src/output/markdown.ts';

const page = (text: string) => aboutPage(Buffer.from(text), 'content/about.md', markdownToHtml);

describe('the About page (content/about.md)', () => {
  test('its Markdown becomes HTML: emphasis, lists, code and links', () => {
    const { page: about, diagnostics } = page('Read *this* first.\n\n- one\n- `two`\n\nSee [the data](/data/).');
    assert.deepEqual(diagnostics, []);
    assert.equal(about?.html, '<p>Read <em>this</em> first.</p>\n<ul>\n<li>one</li>\n<li><code>two</code></li>\n</ul>\n<p>See <a href="/data/">the data</a>.</p>\n');
  });

  test('its opening # heading is the page title, and is not repeated in the text', () => {
    const about = page('\n# Our sources\n\nWhy these outlets.').page;
    assert.equal(about?.title, 'Our sources');
    assert.equal(about?.html, '<p>Why these outlets.</p>\n');
  });

  test('a front matter title wins, and the opening heading then stays in the text as an h2', () => {
    const about = page('---\ntitle: Method\n---\n# Scope\n\nText.').page;
    assert.equal(about?.title, 'Method');
    assert.equal(about?.html, '<h2>Scope</h2>\n<p>Text.</p>\n');
  });

  test('without a title or an opening heading it is called "About"', () => {
    assert.equal(page('Just a paragraph.').page?.title, 'About');
  });

  test('the page title is its only h1: a later # heading becomes an h2 and ## stays an h2', () => {
    const about = page('# Title\n\nIntro.\n\n# Part one\n\n## Part two\n\n### Detail').page;
    assert.equal(about?.html, '<p>Intro.</p>\n<h2>Part one</h2>\n<h2>Part two</h2>\n<h3>Detail</h3>\n');
  });

  test('raw HTML, scripts, event handlers and javascript: links are dropped, and the words around them kept', () => {
    const about = page('<script>alert(1)</script>\n\nBefore <img src=x onerror=alert(1)> after [click](javascript:alert(1)) <b onmouseover="x()">bold</b> end.').page;
    assert.ok(about);
    assert.doesNotMatch(about.html, /<script|<img|onerror|onmouseover|javascript:|<b\b/);
    assert.match(about.html, /Before .*after .*click.*bold.* end\./);
  });

  test('a title with markup is text: the page escapes it', () => {
    const about = page('---\ntitle: "<script>alert(1)</script>"\n---\nText.').page;
    assert.equal(about?.title, '<script>alert(1)</script>');
    assert.equal(html`<h1>${about?.title}</h1>${sanitizedMarkup(about!.html)}`.toString(), '<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1><p>Text.</p>\n');
  });

  test('broken front matter is a warning naming the file and line, and the text is still the page', () => {
    const { page: about, diagnostics } = page('---\ntitle: [unclosed\n---\nStill here.');
    assert.equal(about?.html, '<p>Still here.</p>\n');
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]?.file, 'content/about.md');
    assert.equal(diagnostics[0]?.code, 'front-matter-yaml');
    assert.equal(typeof diagnostics[0]?.line, 'number');
  });

  test('a front matter key other than title is reported as one the About page does not read', () => {
    const { diagnostics } = page('---\ntitle: About\nauthor: Desk\n---\nText.');
    assert.equal(diagnostics.length, 1);
    assert.match(diagnostics[0]!.message, /"author"/);
    assert.equal(diagnostics[0]!.hint, 'the About page reads only "title"');
  });
});

describe('reading about.md from a content folder', () => {
  const folder = (): string => mkdtempSync(join(tmpdir(), 'dateline-about-'));

  test('a folder without about.md has no About page and nothing to report', async () => {
    assert.deepEqual(await readAboutPage(folder()), { page: null, diagnostics: [] });
  });

  test('no content folder (articles given as the folder itself) has no About page', async () => {
    assert.deepEqual(await readAboutPage(null), { page: null, diagnostics: [] });
  });

  test('an about.md is read and rendered', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'about.md'), '# Desk notes\n\nCollected by the desk.');
    const { page: about } = await readAboutPage(dir);
    assert.equal(about?.title, 'Desk notes');
    assert.equal(about?.file, join(dir, 'about.md'));
    assert.equal(about?.html, '<p>Collected by the desk.</p>\n');
  });

  test('read only to be checked, it makes no page but still reports its problems', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'about.md'), '---\ntitle: [unclosed\n---\nText.');
    const { page: about, diagnostics } = await readAboutPage(dir, { render: false });
    assert.equal(about, null);
    assert.deepEqual(diagnostics.map((d) => d.code), ['front-matter-yaml']);
  });

  test('an about.md that cannot be read is a warning naming it, and no page', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'about.md'));
    const { page: about, diagnostics } = await readAboutPage(dir);
    assert.equal(about, null);
    assert.equal(diagnostics[0]?.file, join(dir, 'about.md'));
    assert.equal(diagnostics[0]?.code, 'about-unreadable');
    assert.match(diagnostics[0]!.message, /EISDIR/);
  });
});
