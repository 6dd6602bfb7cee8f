import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { aboutPage, MAX_ABOUT_NESTING, readAboutPage, sizeProblem } from '../../src/output/about-page.ts';
import { html, sanitizedMarkup } from '../../src/output/html.ts';
import { markdownToHtml } from '../../src/output/markdown.ts';
import { tempDir } from '../helpers/temp.ts';

const page = (text: string) => aboutPage(Buffer.from(text), 'content/about.md', markdownToHtml);

describe('the About page (content/about.md)', () => {
  test('its Markdown becomes HTML: emphasis, lists, code and links', () => {
    const { page: about, diagnostics } = page('Read *this* first.\n\n- one\n- `two`\n\nSee [the data](/data/).');
    assert.deepEqual(diagnostics, []);
    assert.equal(
      about?.html,
      '<p>Read <em>this</em> first.</p>\n<ul>\n<li>one</li>\n<li><code>two</code></li>\n</ul>\n<p>See <a href="/data/">the data</a>.</p>\n',
    );
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
    const about = page(
      '<script>alert(1)</script>\n\nBefore <img src=x onerror=alert(1)> after [click](javascript:alert(1)) <b onmouseover="x()">bold</b> end.',
    ).page;
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
  const folder = (): string => tempDir('dateline-about-');

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
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['front-matter-yaml'],
    );
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

describe('an About page too large or too deep to render', () => {
  const folderWith = (markdown: string): string => {
    const dir = tempDir('dateline-about-deep-');
    writeFileSync(join(dir, 'about.md'), markdown);
    return dir;
  };

  test('block quotes 60,000 deep are refused at once, before parsing, with a warning naming the file', async () => {
    const dir = folderWith('>'.repeat(60_000));
    const started = performance.now();
    const { page: about, diagnostics } = await readAboutPage(dir);
    assert.ok(performance.now() - started < 5_000, 'not parsed (remark took 83 s)');
    assert.equal(about, null);
    assert.deepEqual(
      diagnostics.map((d) => [d.file, d.code, d.severity]),
      [[join(dir, 'about.md'), 'about-unreadable', 'warning']],
    );
    assert.match(diagnostics[0]?.message ?? '', /nests block quotes or lists 60000 deep \(at most 32 are rendered\)/);
  });

  test('nesting is counted from quotes, list markers and indentation; ordinary pages pass', () => {
    assert.match(sizeProblem(Buffer.from('- '.repeat(40))) ?? '', /40 deep/);
    assert.match(sizeProblem(Buffer.from('1. '.repeat(40))) ?? '', /40 deep/);
    assert.match(sizeProblem(Buffer.from(`text\n${' '.repeat(200)}- item`)) ?? '', /101 deep/);
    assert.equal(sizeProblem(Buffer.from('# Title\n\n> a quote\n> > in a quote\n\n- one\n  - two\n    - three\n\n1. first\n2016. was a year\n')), null);
    assert.equal(sizeProblem(Buffer.from('>'.repeat(MAX_ABOUT_NESTING))), null);
  });

  test('thousands of emphasis marks in one paragraph are refused; spread over paragraphs they pass', () => {
    assert.match(sizeProblem(Buffer.from('*a'.repeat(20_000))) ?? '', /has 20000 emphasis or link marks \(\* _ \[ \]\) in one paragraph/);
    assert.equal(sizeProblem(Buffer.from('*a* [b](c)\n\n'.repeat(1000))), null);
  });

  test('more than 64 KB is refused without parsing', () => {
    assert.match(sizeProblem(Buffer.from('['.repeat(65 * 1024))) ?? '', /has 66560 bytes \(at most 65536 are rendered\)/);
  });
});

describe('an about.md that is a symbolic link', () => {
  test('to a file outside the content folder is not followed: a warning, and no page', async () => {
    const dir = tempDir('dateline-about-link-');
    const secret = join(tempDir('dateline-secret-'), 'secret.md');
    writeFileSync(secret, '# Secret\n\nprivate key material');
    symlinkSync(secret, join(dir, 'about.md'));
    const { page: about, diagnostics } = await readAboutPage(dir);
    assert.equal(about, null);
    assert.match(diagnostics[0]?.message ?? '', /symbolic link to a file outside the content folder/);
  });

  test('to a file inside the content folder is read', async () => {
    const dir = tempDir('dateline-about-link-');
    writeFileSync(join(dir, 'notes.md'), '# Notes\n\nOurs.');
    symlinkSync(join(dir, 'notes.md'), join(dir, 'about.md'));
    assert.equal((await readAboutPage(dir)).page?.title, 'Notes');
  });
});

describe("the About page's HTML kept between builds", () => {
  const folderWith = (text: string): string => {
    const dir = tempDir('dateline-about-kept-');
    writeFileSync(join(dir, 'about.md'), text);
    return dir;
  };

  test('a second build gives the same page from the HTML the first one kept', async () => {
    const content = folderWith('# About us\n\nWe read *five* articles.\n');
    const kept = join(tempDir('dateline-kept-'), 'about');
    const first = await readAboutPage(content, { keptIn: kept });
    assert.ok(existsSync(join(kept, 'about.json')), 'the HTML was kept');
    const second = await readAboutPage(content, { keptIn: kept });
    assert.deepEqual(second, first);
    assert.equal(first.page?.html, markdownToHtml('\nWe read *five* articles.\n'));
  });

  test('the kept HTML is what the page shows while its Markdown and renderer are the same, and is not taken for other Markdown', async () => {
    const content = folderWith('# About us\n\nWe read *five* articles.\n');
    const kept = join(tempDir('dateline-kept-'), 'about');
    await readAboutPage(content, { keptIn: kept });
    const file = join(kept, 'about.json');
    const record = JSON.parse(readFileSync(file, 'utf8')) as { key: string; html: string };
    // Marked, to tell the kept HTML from HTML rendered again.
    writeFileSync(file, JSON.stringify({ ...record, html: `${record.html}<!-- kept -->` }));
    assert.match((await readAboutPage(content, { keptIn: kept })).page?.html ?? '', /<!-- kept -->/);
    writeFileSync(join(content, 'about.md'), '# About us\n\nWe read *six* articles.\n');
    const edited = await readAboutPage(content, { keptIn: kept });
    assert.equal(edited.page?.html, markdownToHtml('\nWe read *six* articles.\n'));
    assert.doesNotMatch(readFileSync(file, 'utf8'), /<!-- kept -->/, 'the new HTML replaced the old');
  });

  test('an unreadable kept file, or a folder that cannot be written, costs only the rendering', async () => {
    const content = folderWith('Plain words.\n');
    const kept = tempDir('dateline-kept-');
    writeFileSync(join(kept, 'about.json'), '{ not json');
    assert.equal((await readAboutPage(content, { keptIn: kept })).page?.html, markdownToHtml('Plain words.\n'));
    const blocked = join(kept, 'a-file');
    writeFileSync(blocked, '');
    assert.equal((await readAboutPage(content, { keptIn: join(blocked, 'about') })).page?.html, markdownToHtml('Plain words.\n'));
  });
});
