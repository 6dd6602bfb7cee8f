/**
 * Folders and files a build meets that are not articles: a folder path too long to open,
 * an output folder that is (or holds) the content, leftovers of a build that was killed.
 * The build says what is wrong, loses nothing, and goes on where it can.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { BuildReport } from '../../src/report/report-json.ts';
import { ROOT } from '../helpers/build-site.ts';

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
  const content = mkdtempSync(join(tmpdir(), 'dateline-folders-'));
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
  const cache = mkdtempSync(join(tmpdir(), 'dateline-folders-cache-'));

  test('is a warning naming it, and the build goes on with the other articles', () => {
    const out = mkdtempSync(join(tmpdir(), 'dateline-folders-out-'));
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
