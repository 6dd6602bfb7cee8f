/**
 * Folders and files a build meets that are not articles: a folder path too long to open,
 * an output folder that is (or holds) the content, leftovers of a build that was killed.
 * The build says what is wrong, loses nothing, and goes on where it can.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import type { BuildReport } from '../../src/report/report-json.ts';
import { ROOT } from '../helpers/build-site.ts';
import { tempDir } from '../helpers/temp.ts';

/** Not a timing: how long a test waits for a build to reach a point before it gives up. */
const PATIENCE_MS = 60_000;
const SEED = join(ROOT, 'content', 'articles', '000_81e78f0b521ea31c.txt');

/** Runs scripts/build.ts with these arguments in the project, with a facts cache of its own. */
function build(args: string[], cache: string): { status: number | null; out: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DATELINE_CACHE: cache },
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

/** A content folder holding one seed article. */
function contentWithOneArticle(): string {
  const content = tempDir('dateline-folders-');
  mkdirSync(join(content, 'articles'));
  copyFileSync(SEED, join(content, 'articles', 'seed.txt'));
  return content;
}

describe('a folder whose path is longer than the system allows', () => {
  const content = contentWithOneArticle();
  // 22 folders of 200 bytes, over 4,096 in all: made one level at a time from inside, as a user's tool could.
  const name = 'd'.repeat(200);
  const script = `const fs = require('fs'); for (let i = 0; i < 22; i++) { fs.mkdirSync('${name}'); process.chdir('${name}'); } fs.writeFileSync('deep.txt', 'Strikes hit Aleppo, the ministry said.');`;
  const made = spawnSync(process.execPath, ['-e', script], { cwd: join(content, 'articles') });
  assert.equal(made.status, 0, String(made.stderr));
  const cache = tempDir('dateline-folders-cache-');

  test('is a warning naming it, and the build goes on with the other articles', () => {
    const out = tempDir('dateline-folders-out-');
    const run = build(['--content', content, '--out', out, '--data-only'], cache);
    assert.equal(run.status, 0, run.out);
    assert.match(run.out, /warning .*d{200}.*\n.*what to do: move the articles/);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as BuildReport;
    assert.ok(JSON.stringify(report).includes('unreadable-path'), 'report.json names the folder');
    const data = JSON.parse(readFileSync(join(out, 'data', 'timeline.json'), 'utf8')) as { articles: unknown[] };
    assert.equal(data.articles.length, 1);
  });

  test('is a warning under --check too', () => {
    const run = build(['--content', content, '--check'], cache);
    assert.equal(run.status, 0, run.out);
    assert.match(run.out, /unreadable-path 1/);
  });
});

describe("an output folder that is not the build's own", () => {
  const cache = tempDir('dateline-folders-cache-');

  test('is refused when it is, holds or sits inside the content folder, and the content is kept', () => {
    const content = contentWithOneArticle();
    for (const out of [content, join(content, 'articles'), join(content, 'site'), join(content, 'articles', 'site'), dirname(content)]) {
      for (const mode of [[], ['--data-only']]) {
        const run = build(['--content', content, '--out', out, ...mode], cache);
        assert.equal(run.status, 1, `${out} ${mode.join(' ')}: ${run.out}`);
        assert.match(run.out, /(is|holds|sits inside) the content folder/);
      }
    }
    assert.deepEqual(readdirSync(content).sort(), ['articles']);
    assert.deepEqual(readdirSync(join(content, 'articles')), ['seed.txt']);
  });

  test('is refused when it holds files the build did not write, and they are kept', () => {
    const content = contentWithOneArticle();
    const notes = tempDir('dateline-folders-notes-');
    writeFileSync(join(notes, 'draft.md'), 'my draft');
    const run = build(['--content', content, '--out', notes], cache);
    assert.equal(run.status, 1, run.out);
    assert.match(run.out, /holds files the build did not write/);
    assert.deepEqual(readdirSync(notes), ['draft.md']);
  });

  test('is used when it is missing, empty, or a folder the build wrote before', () => {
    const content = contentWithOneArticle();
    const empty = tempDir('dateline-folders-out-');
    const missing = join(empty, 'site');
    for (const out of [empty, missing, missing]) assert.equal(build(['--content', content, '--out', out, '--data-only'], cache).status, 0, out);
    assert.ok(existsSync(join(missing, '.dateline-output')));
  });
});

/** The id of a process that has ended. */
function deadPid(): number {
  const run = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(run.stdout);
}

describe('what a killed build left behind', () => {
  test('a build killed while writing the site leaves a folder that the next build removes', async () => {
    const content = contentWithOneArticle();
    const parent = tempDir('dateline-killed-');
    const cache = join(parent, 'cache');
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--content', content, '--out', join(parent, 'site')], {
      cwd: ROOT,
      env: { ...process.env, DATELINE_CACHE: cache },
      stdio: 'ignore',
    });
    const staging = `.site.building-${child.pid}`;
    const started = Date.now();
    while (!existsSync(join(parent, staging)) && Date.now() - started < PATIENCE_MS) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    assert.ok(existsSync(join(parent, staging)), 'the killed build left its folder');
    assert.equal(build(['--content', content, '--out', join(parent, 'site')], cache).status, 0);
    assert.deepEqual(
      readdirSync(parent).filter((n) => n.startsWith('.site.')),
      [],
    );
  });

  test('a build stopped under --strict leaves the site as it was, and nothing beside it', () => {
    const content = contentWithOneArticle();
    const parent = tempDir('dateline-strict-');
    const cache = join(parent, 'cache');
    const out = join(parent, 'site');
    assert.equal(build(['--content', content, '--out', out], cache).status, 0);
    const before = readdirSync(out, { recursive: true, encoding: 'utf8' }).sort();
    // The article is dated after this day: a warning, which --strict makes a failure.
    const run = build(['--content', content, '--out', out, '--strict', '--today', '2000-01-01'], cache);
    assert.equal(run.status, 1, run.out);
    assert.deepEqual(readdirSync(parent).sort(), ['cache', 'site'], 'the folder of the new build was removed');
    assert.deepEqual(readdirSync(out, { recursive: true, encoding: 'utf8' }).sort(), before);
  });

  test('leftovers of dead builds go, those of running ones stay', () => {
    const content = contentWithOneArticle();
    const parent = tempDir('dateline-leftovers-');
    const cache = join(parent, 'cache');
    const out = join(parent, 'site');
    assert.equal(build(['--content', content, '--out', out, '--data-only'], cache).status, 0);
    const version = readdirSync(cache).find((n) => /^[0-9a-f]{16}$/.test(n)) ?? '';
    const dead = deadPid();
    const left = [
      join(parent, `.site.building-${dead}`),
      join(parent, `.site.previous-${dead}`),
      join(parent, `.site.previous-${process.pid}.removing-${dead}`),
      // A spare without a record, moved aside by a build that was killed before it was removed.
      join(parent, `.site.spare-${dead}`),
      join(parent, `.site.spare-${process.pid}.removing-${dead}`),
      join(out, 'data', `timeline.json.${dead}.tmp`),
      join(cache, version, '.writing', `.abc.${dead}.0.1.tmp`),
    ];
    const running = [
      join(parent, `.site.building-${process.pid}`),
      // The build that named it is gone, the process removing it is not.
      join(parent, `.site.previous-${dead}.removing-${process.pid}`),
      join(parent, `.site.spare-${process.pid}`),
      // The spare a finished build kept: no process names it.
      join(parent, '.site.spare'),
      join(cache, version, '.writing', `.abc.${process.pid}.0.1.tmp`),
    ];
    mkdirSync(join(cache, version, '.writing'), { recursive: true });
    for (const path of [...left, ...running]) writeFileSync(path, 'left over');
    assert.equal(build(['--content', content, '--out', out, '--data-only'], cache).status, 0);
    for (const path of left) assert.equal(existsSync(path), false, `${path} was removed`);
    for (const path of running) assert.ok(existsSync(path), `${path} was kept`);
  });
});

describe('symbolic links out of the content folder', () => {
  /** A file elsewhere on the machine that links must not publish. */
  const secret = (name: string, text: string): string => {
    const file = join(tempDir('dateline-secret-'), name);
    writeFileSync(file, text);
    return file;
  };

  test('are never followed, for articles and about.md: a warning each, and the build goes on', () => {
    const content = contentWithOneArticle();
    symlinkSync(secret('secret.txt', 'Secret strikes hit Zorbaville on Monday, the private diary said.'), join(content, 'articles', 'linked-out.txt'));
    symlinkSync(join(content, 'articles', 'seed.txt'), join(content, 'articles', 'linked-in.txt'));
    symlinkSync(secret('secret.md', '# Private\n\nprivate key material'), join(content, 'about.md'));
    const out = join(tempDir('dateline-links-'), 'site');
    const run = build(['--content', content, '--out', out], tempDir('dateline-links-cache-'));
    assert.equal(run.status, 0, run.out);
    assert.match(run.out, /linked-out\.txt \[unreadable-path\] not read \(a symbolic link to a place outside the articles folder/);
    assert.match(run.out, /about\.md \[about-unreadable\] the About page is a symbolic link to a file outside the content folder/);
    const published = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(?:html|json|xml|csv)$/.test(f));
    for (const f of published) assert.doesNotMatch(readFileSync(join(out, f), 'utf8'), /Zorbaville|private key material/, f);
    assert.equal(existsSync(join(out, 'about', 'index.html')), false);
    const data = JSON.parse(readFileSync(join(out, 'data', 'timeline.json'), 'utf8')) as { articles: { file: string }[] };
    assert.ok(
      data.articles.some((a) => a.file.endsWith('linked-in.txt')),
      'a link inside the folder is read',
    );
  });

  test('are never followed for a registry: an error naming it, and nothing is written', () => {
    const content = contentWithOneArticle();
    symlinkSync(secret('claimants.yml', 'claimants: []\n'), join(content, 'claimants.yml'));
    const out = join(tempDir('dateline-links-'), 'site');
    const run = build(['--content', content, '--out', out, '--data-only'], tempDir('dateline-links-cache-'));
    assert.equal(run.status, 1, run.out);
    assert.match(run.out, /claimants\.yml \[registry-yaml\] cannot read: it is a symbolic link to a file outside the content folder/);
    assert.equal(existsSync(out), false);
  });
});

describe('a source pattern that backtracks for ever in V8', () => {
  test('does not hang the build: the build ends with the article read', () => {
    const content = contentWithOneArticle();
    writeFileSync(join(content, 'sources.yml'), "sources:\n  - id: wire\n    name: Wire\n    patterns: ['(a+)+$', '^(\\\\w+\\\\s?)*!$']\n");
    writeFileSync(
      join(content, 'articles', 'aaa.txt'),
      `${'a'.repeat(100_000)}b\n\n${'word '.repeat(20_000)}\n\nStrikes hit Aleppo on Monday, the ministry said.\n`,
    );
    const out = join(tempDir('dateline-pattern-'), 'site');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--content', content, '--out', out, '--data-only'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, DATELINE_CACHE: tempDir('dateline-pattern-cache-') },
      timeout: PATIENCE_MS,
    });
    assert.equal(run.signal, null, 'the build ended within a minute');
    assert.equal(run.status, 0, run.stderr);
    const data = JSON.parse(readFileSync(join(out, 'data', 'timeline.json'), 'utf8')) as { articles: { file: string }[] };
    assert.equal(data.articles.length, 2);
  });
});

describe('a facts cache that cannot be written', () => {
  test('costs only speed: the build goes on and writes the site', () => {
    const content = contentWithOneArticle();
    const blocked = tempDir('dateline-blocked-cache-');
    writeFileSync(join(blocked, 'a-file'), '');
    const out = join(tempDir('dateline-out-'), 'site');
    // The cache folder sits under a file: no folder of it can be made.
    const run = build(['--content', content, '--out', out, '--data-only'], join(blocked, 'a-file', 'cache'));
    assert.equal(run.status, 0, run.out);
    assert.ok(existsSync(join(out, 'data', 'timeline.json')));
  });
});
