import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { youngGeneration } from '../../src/workers/pool.ts';

describe('the young generation of extraction workers', () => {
  test('is three semi-spaces of the size Node was given', () => {
    assert.deepEqual(youngGeneration(['--import', 'tsx', '--max-semi-space-size=64']), { maxYoungGenerationSizeMb: 192 });
  });

  test("is V8's own when Node was given no size", () => {
    assert.deepEqual(youngGeneration(['--import', 'tsx']), {});
  });

  test('gives a worker the semi-spaces the process has', async () => {
    const limits = youngGeneration(['--max-semi-space-size=32']);
    const code = `const v8 = require('node:v8');
let kept = [];
for (let i = 0; i < 2e6; i++) { kept.push({ i, s: 'x' + i }); if (kept.length > 1e5) kept = []; }
require('node:worker_threads').parentPort.postMessage(v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size);`;
    const bytes = await new Promise<number>((resolve, reject) => {
      const worker = new Worker(code, { eval: true, resourceLimits: limits });
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    // Two semi-spaces of 32 MB once it has grown: more than V8's default young generation holds.
    assert.equal(bytes, 64 * 1024 * 1024);
  });
});
