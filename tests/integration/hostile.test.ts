/**
 * Builds a folder of hostile articles (tests/fixtures/hostile/articles, plus a very
 * large file and file names with markup made here) and checks that the build goes
 * on, says what is wrong with each file, shows every article, runs nothing, and
 * escapes every piece of input wherever it lands.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { before, describe, test } from 'node:test';
import { Parser, StaticConfigLoader } from 'html-validate';
import type { TimelineData } from '../../src/model/schema.ts';
import type { BuildReport } from '../../src/report/report-json.ts';
import { story } from '../fixtures/hostile/story.ts';
import { snapshot } from '../helpers/snapshot.ts';
import { tempDir } from '../helpers/temp.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = join(ROOT, 'tests/fixtures/hostile/articles');
const HUGE = 'huge.txt';
const SKIPPED = 'saved-from-word.docx';
const MARKUP_NAMES = ['"><img src=x onerror=alert(1)>.txt', '<script>alert(1)<script>.txt'];
/** What report.json must say about each file: at least these problem codes. */
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  'empty.txt': ['empty'],
  'whitespace-only.txt': ['empty'],
  'image-renamed.txt': ['binary'],
  'invalid-utf8.txt': ['encoding'],
  'windows-1252-curly-quotes.txt': ['encoding'],
  'latin1.txt': ['encoding'],
  'utf16-bom.txt': ['encoding'],
  [HUGE]: ['too-large'],
  'no-sentences.txt': ['no-sentences'],
  'furniture-only.txt': ['no-text'],
  'only-front-matter.txt': ['no-text'],
  'broken-yaml.txt': ['front-matter-yaml'],
  'front-matter-unclosed.txt': ['front-matter-unclosed'],
  'front-matter-schema.txt': ['front-matter-value', 'front-matter-key'],
  'published-unreadable.txt': ['published-unreadable'],
  'published-impossible-day.txt': ['published-unreadable'],
  'published-future.txt': ['published-future'],
  'duplicate-b.txt': ['duplicate'],
  'same-text-crlf.txt': ['duplicate-text'],
  'french.txt': ['other-language'],
  'name with spaces.txt': ['file-name'],
  'Ḥalab – تقرير.txt': ['file-name'],
  'report..final...txt': ['file-name'],
  'front-matter-js.txt': ['front-matter-engine'],
  'front-matter-javascript.txt': ['front-matter-engine'],
  'front-matter-coffee.txt': ['front-matter-engine'],
  'html-injection.txt': ['front-matter-value'],
  [SKIPPED]: ['skipped-file'],
  [MARKUP_NAMES[0]!]: ['file-name'],
  [MARKUP_NAMES[1]!]: ['file-name'],
  'about.md': ['front-matter-key'],
};
/** A facts cache of this test's own, so hostile files do not land in the project's cache. */
const CACHE = tempDir('dateline-hostile-cache-');
const PWNED = ['js', 'javascript', 'coffee'].map((e) => `/tmp/dateline-hostile-pwned-${e}`);

interface BuildRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real build script; never throws on a failing exit code. */
function runBuild(args: readonly string[], env: Readonly<Record<string, string>> = {}): BuildRun {
  const clean = { ...process.env, ...env };
  delete clean['SOURCE_DATE_EPOCH'];
  delete clean['DATELINE_CONTENT'];
  delete clean['DATELINE_OUT'];
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...clean, DATELINE_CACHE: CACHE, DATELINE_VALIDATE: '1', ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A content folder with the hostile articles, the project's registries, and the cases made here. */
function hostileContent(): string {
  const dir = tempDir('dateline-hostile-');
  cpSync(FIXTURE, join(dir, 'articles'), { recursive: true });
  for (const registry of ['sources.yml', 'claimants.yml', 'places.yml']) {
    if (existsSync(join(ROOT, 'content', registry))) cpSync(join(ROOT, 'content', registry), join(dir, registry));
  }
  // Over the 2 MB cap: a story, then a page that repeats one line (cheap to read once the cap has cut it).
  const padding = 'The archive of this page continues below this line.\n'.repeat(Math.ceil((5 * 1024 * 1024) / 52));
  writeFileSync(join(dir, 'articles', HUGE), `${story(100, 'Saraqib')}\n${padding}`);
  MARKUP_NAMES.forEach((name, i) => {
    writeFileSync(join(dir, 'articles', name), story(200 + i, 'Douma'));
  });
  writeFileSync(join(dir, 'articles', SKIPPED), Buffer.from('504b0304', 'hex'));
  // The About page's Markdown is the site owner's, but is still never let run.
  writeFileSync(
    join(dir, 'about.md'),
    '---\ntitle: "<img src=x onerror=alert(1)>"\nlayout: evil\n---\n<script>alert("about")</script>\n\nSee [this](javascript:alert(1)) and <b onmouseover="alert(1)">that</b>.\n',
  );
  return dir;
}

let content: string;
let out: string;
let run: BuildRun;
let data: TimelineData;
let report: BuildReport;
let inputBefore: Map<string, string>;

before(() => {
  for (const f of PWNED) rmSync(f, { force: true });
  content = hostileContent();
  out = join(tempDir('dateline-hostile-out-'), '_site');
  inputBefore = snapshot(content);
  run = runBuild(['--content', content, '--out', out]);
  if (run.status === 0) {
    data = JSON.parse(readFileSync(join(out, 'data', 'timeline.json'), 'utf8')) as TimelineData;
    report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as BuildReport;
  }
});

const nameOf = (file: string): string => file.split('/').pop() ?? file;
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));

describe('building a folder of hostile articles', () => {
  test('the build completes and ends with a summary of the problems by kind', () => {
    assert.equal(run.status, 0, run.stderr.slice(-2000));
    assert.match(run.stdout, /problems: \d+ warnings, \d+ infos? in \d+ files \(.*encoding \d/);
  });

  test('report.json names each file and its problem, with what to do', () => {
    for (const [file, codes] of Object.entries(EXPECTED)) {
      const found = report.problems.filter((p) => nameOf(p.file) === file);
      for (const code of codes)
        assert.ok(
          found.some((p) => p.code === code),
          `${file}: ${code} (found ${found.map((p) => p.code).join(', ') || 'nothing'})`,
        );
    }
    assert.ok(
      report.problems.every((p) => p.message && p.hint),
      'every problem says what is wrong and what to do',
    );
    assert.equal(report.summary.total, report.problems.length);
  });

  test('the report page lists every problem', async () => {
    const html = readFileSync(join(out, 'report', 'index.html'), 'utf8');
    const rows = (await parse(html)).querySelectorAll('tbody tr');
    assert.equal(rows.length, report.problems.length);
  });

  test('every article read has its page, even when nothing could be read from it', () => {
    const byName = new Map(data.articles.map((a) => [nameOf(a.file), a]));
    for (const file of readdirSync(join(content, 'articles')).filter((f) => f !== SKIPPED)) {
      const article = byName.get(file);
      if (!article) {
        // Only a byte-for-byte copy is left out, and the report names the file it copies.
        const dup = report.problems.find((p) => nameOf(p.file) === file && p.code === 'duplicate');
        assert.ok(dup, `${file} is in the site or named as a duplicate`);
        continue;
      }
      assert.ok(existsSync(join(out, 'articles', article.id, 'index.html')), `page for ${file}`);
      assert.match(article.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });

  test('front matter in js, javascript or coffee never runs', () => {
    for (const f of PWNED) assert.equal(existsSync(f), false, `${f} was not written`);
    const titles = data.articles.map((a) => a.title);
    assert.ok(!titles.includes('pwned'));
  });

  test('a javascript: url is refused', () => {
    assert.ok(data.articles.every((a) => a.url === null || /^https?:\/\//.test(a.url)));
  });

  test('injected markup appears nowhere as markup: no injected script, event handler or javascript: link in any page', async () => {
    const problems: string[] = [];
    for (const file of htmlFiles(out)) {
      const root = await parse(readFileSync(file, 'utf8'));
      for (const el of root.querySelectorAll('*')) {
        const where = `${file.slice(out.length)} <${el.tagName}>`;
        if (el.tagName === 'script' && /alert|__xss/.test(el.textContent)) problems.push(`${where} runs injected code`);
        if (el.tagName === 'img' && el.getAttribute('onerror')) problems.push(`${where} is an injected image`);
        if (el.tagName === 'b' && el.getAttribute('onmouseover')) problems.push(`${where} is injected markup`);
        for (const attr of el.attributes) {
          if (/^on/i.test(attr.key)) problems.push(`${where} has ${attr.key}`);
          if (/^(?:href|src|action)$/.test(attr.key) && /^\s*javascript:/i.test(String(attr.value ?? ''))) problems.push(`${where} links to javascript:`);
        }
      }
    }
    assert.deepEqual(problems, []);
    const page = readFileSync(join(out, 'articles', data.articles.find((a) => a.file.endsWith('html-injection.txt'))!.id, 'index.html'), 'utf8');
    assert.match(page, /&lt;script&gt;alert\(&quot;body&quot;\)/, 'the injected text is shown, escaped');
  });

  test('the About page is built from hostile Markdown with its title shown as text and its markup dropped', () => {
    const about = readFileSync(join(out, 'about', 'index.html'), 'utf8');
    assert.match(about, /<h1>&lt;img src=x onerror=alert\(1\)&gt;<\/h1>/);
    assert.match(about, /See <a>this<\/a> and that\./);
  });

  test('the data files read back as JSON, and the ones the build writes escape markup', () => {
    for (const f of readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'))) {
      assert.doesNotThrow(() => JSON.parse(readFileSync(join(out, f), 'utf8')), f);
    }
    for (const f of ['data/timeline.json', 'report.json']) assert.ok(!/[<>]/.test(readFileSync(join(out, f), 'utf8')), f);
    for (const f of readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.xml'))) {
      assert.ok(!/<(?:script|img)\b/i.test(readFileSync(join(out, f), 'utf8')), `${f} holds no markup from the input`);
    }
  });

  test('every file written is inside the output folder, and the articles are left as they were', () => {
    const real = realpathSync(out);
    for (const f of readdirSync(out, { recursive: true, encoding: 'utf8' })) {
      assert.ok(!lstatSync(join(out, f)).isSymbolicLink(), `${f} is not a link`);
      assert.ok(realpathSync(join(out, f)).startsWith(real), f);
    }
    assert.deepEqual(snapshot(content), inputBefore);
  });
});

describe('failing builds leave the previous output as it was', () => {
  test('--strict turns the warnings into a failing exit code and writes nothing', () => {
    const before = snapshot(out);
    const strict = runBuild(['--content', content, '--out', out, '--strict']);
    assert.equal(strict.status, 1);
    assert.match(strict.stderr, /under --strict/);
    assert.deepEqual(snapshot(out), before);
  });

  test('--check lists the problems and writes nothing', () => {
    const target = join(tempDir('dateline-check-'), '_site');
    const check = runBuild(['--content', content, '--out', target, '--check']);
    assert.equal(check.status, 0);
    assert.match(check.stderr, /warning .*image-renamed\.txt \[binary\]/);
    assert.match(check.stdout, /problems: /);
    assert.equal(existsSync(target), false);
    assert.equal(runBuild(['--content', content, '--out', target, '--check', '--strict']).status, 1);
  });

  test('a broken registry stops the build before anything is written', () => {
    const broken = tempDir('dateline-broken-');
    cpSync(join(ROOT, 'content', 'articles'), join(broken, 'articles'), { recursive: true });
    writeFileSync(join(broken, 'sources.yml'), 'sources: [ {id: "Bad Id", name: }\n');
    const before = snapshot(out);
    const r = runBuild(['--content', broken, '--out', out]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /sources\.yml/);
    assert.deepEqual(snapshot(out), before);
  });

  test('an option the build does not know is named, with the usage, and nothing is written', () => {
    const before = snapshot(out);
    const r = runBuild(['--content', content, '--outt', out]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^error: Unknown option '--outt'/);
    assert.match(r.stderr, /usage: npm run build -- \[options\]/);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    assert.deepEqual(snapshot(out), before);
  });

  test('--help prints the options and builds nothing', () => {
    const before = snapshot(out);
    const r = runBuild(['--content', content, '--out', out, '--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /--content DIR/);
    assert.match(r.stdout, /--pathprefix/);
    assert.deepEqual(snapshot(out), before);
  });

  test('a --today that is not a day is refused', () => {
    const r = runBuild(['--content', content, '--out', out, '--today', '2016-02-30', '--check']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /--today 2016-02-30/);
  });

  test('with --today, a later publication date is reported against it', () => {
    const r = runBuild(['--content', content, '--out', out, '--today', '2017-01-01', '--check']);
    assert.match(r.stderr, /published-future\.txt \[published-future\] the publication date 2099-01-01 .* is after 2017-01-01/);
  });

  test('with --today, a stated publication date after it is not used as the article date', () => {
    const dataOut = tempDir('dateline-today-');
    const r = runBuild(['--content', content, '--out', dataOut, '--today', '2017-01-01', '--data-only']);
    assert.equal(r.status, 0, r.stderr);
    const data = JSON.parse(readFileSync(join(dataOut, 'data', 'timeline.json'), 'utf8')) as TimelineData;
    const article = data.articles.find((a) => a.file.endsWith('published-future.txt'));
    assert.ok(article, 'the article is in the data');
    assert.notEqual(article.published, '2099-01-01');
  });
});

async function parse(html: string): Promise<ReturnType<Parser['parseHtml']>> {
  const config = await new StaticConfigLoader().getConfigFor('page.html');
  return new Parser(config).parseHtml({ data: html, filename: 'page.html', line: 1, column: 1, offset: 0 });
}
