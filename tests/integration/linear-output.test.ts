/**
 * The seeds plus pathological articles (runs of numbers, places, dates, speech cues and
 * abbreviations, up to the 2 MB cap) build with the project's own command in bounded
 * time, and the data file grows linearly with its input: bytes of timeline.json per
 * byte of article text stay under a fixed bound, at two sizes.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import { articleText, repeatTo } from '../helpers/pathological.ts';
import { tempDir } from '../helpers/temp.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const WORK = tempDir('dateline-linear-output-');
/** Runs that once made the data grow with the square of the text, or the build crash. */
const RUNS = ['1 ', '300 people were killed ', 'Palmyra, Aleppo, Homs, ', 'said ', 'Monday ', 'March 1, ', '12/12/2016 ', 'Lt. '];
/** Bytes of data per byte of input: the dates and places of a run are listed per mention, so some growth is expected. */
const MAX_RATIO = 40;

interface Built {
  readonly inputBytes: number;
  readonly dataBytes: number;
  readonly ms: number;
}

/** Builds the seeds plus one article per run of `kb` KB (and one at the cap), with the data-only command. */
function build(name: string, kb: number, withCap: boolean): Built {
  const content = join(WORK, name, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true, filter: (src) => !src.includes('.cache') });
  RUNS.forEach((run, i) => {
    writeFileSync(join(content, 'articles', `run-${i}.txt`), articleText(repeatTo(run, kb * 1024)));
  });
  if (withCap) writeFileSync(join(content, 'articles', 'at-the-cap.txt'), articleText(repeatTo('1 ', 2 * 1024 * 1024 - 2048)));
  const inputBytes = readdirSync(join(content, 'articles')).reduce((sum, f) => sum + statSync(join(content, 'articles', f)).size, 0);
  const out = join(WORK, name, 'out');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--data-only', '--content', content, '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DATELINE_CACHE: 'off' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - t0;
  assert.equal(r.status, 0, r.stderr);
  const data = join(out, 'data', 'timeline.json');
  assert.ok(existsSync(data));
  return { inputBytes, dataBytes: statSync(data).size, ms };
}

describe('the data file of pathological articles', () => {
  after(() => rmSync(WORK, { recursive: true, force: true }));

  test('grows linearly with its input, and the build ends in bounded time', { timeout: 300_000 }, (t) => {
    const small = build('small', 16, false);
    const large = build('large', 64, true);
    for (const b of [small, large]) {
      t.diagnostic(`${b.inputBytes} bytes in, ${b.dataBytes} bytes of data, ${Math.round(b.ms)} ms`);
      const ratio = b.dataBytes / b.inputBytes;
      assert.ok(ratio < MAX_RATIO, `${b.dataBytes} bytes of data for ${b.inputBytes} bytes of input (${ratio.toFixed(1)} per byte)`);
      // Clock time on a shared machine, so very generous: the quadratic paths took many minutes on this input.
      assert.ok(b.ms < 60_000 + (60_000 * b.inputBytes) / (1024 * 1024), `built in ${Math.round(b.ms)} ms`);
    }
    // Four times the runs (plus an article at the 2 MB cap) may not give more than a proportional share more data.
    const growth = large.dataBytes / small.dataBytes / (large.inputBytes / small.inputBytes);
    assert.ok(growth < 1.5, `data grew ${growth.toFixed(2)} times faster than its input`);
  });
});
