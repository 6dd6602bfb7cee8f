/**
 * `npm run eval -- [--gold KEY] [--data FILE] [--verbose]`: per-measure accuracy of a
 * build's data against an answer key (default: the seeds' key kept in the tests).
 */
import { readFileSync } from 'node:fs';
import { commandLine } from './command-line.ts';
// @ts-expect-error: the scorer is plain JavaScript, the same as ../shared/eval/score.mjs
import { score } from './score.mjs';

const USAGE = 'usage: npm run eval -- [--gold KEY] [--data FILE] [--verbose]';

const { values, positionals } = commandLine(
  {
    allowPositionals: true,
    options: { gold: { type: 'string' }, data: { type: 'string' }, verbose: { type: 'boolean', default: false } },
  },
  USAGE,
);
const goldPath = values.gold ?? positionals[0] ?? 'tests/fixtures/gold/seeds.gold.json';
const dataPath = values.data ?? '_site/data/timeline.json';
const result = score(JSON.parse(readFileSync(dataPath, 'utf8')), JSON.parse(readFileSync(goldPath, 'utf8'))) as {
  values: Record<string, number>;
  tally: { notes: string[] };
};
if (values.verbose) for (const n of result.tally.notes) console.log(n);
for (const [name, v] of Object.entries(result.values)) console.log(`${name.padEnd(17)} ${v.toFixed(3)}`);
