/**
 * Carries unchanged pages from the previous build into the new one: a hard link where the
 * file system allows (no bytes copied, and the previous folder can go afterwards without
 * taking the page with it), else a copy.
 */
import { Worker } from 'node:worker_threads';

/**
 * The carrying thread's code (plain JavaScript, so it runs the same under tsx and
 * precompiled): each file in order, its folder made when it is not there; a link, else
 * (from the first file that cannot be linked on) a copy. It stops at the first failure and posts its code
 * and message.
 */
const CARRY = `
const { parentPort, workerData } = require('node:worker_threads');
const { copyFileSync, linkSync, mkdirSync } = require('node:fs');
const { dirname, join } = require('node:path');
const NO_LINKS = ${JSON.stringify(['EXDEV', 'EPERM', 'ENOTSUP', 'EMLINK'])};
const { from, to, paths } = workerData;
let linking = true;
const carry = (source, target) => {
  if (linking) {
    try {
      return linkSync(source, target);
    } catch (e) {
      if (!NO_LINKS.includes(e.code)) throw e;
      linking = false;
    }
  }
  copyFileSync(source, target);
};
try {
  for (const path of paths) {
    const source = join(from, path);
    const target = join(to, path);
    // Most folders are there already (made ahead: folders-ahead.ts); one that is not is made, once.
    try {
      carry(source, target);
    } catch (e) {
      if (e.code !== 'ENOENT') throw e;
      mkdirSync(dirname(target), { recursive: true });
      carry(source, target);
    }
  }
} catch (e) {
  parentPort.postMessage({ code: e.code, message: e.message });
}
`;

/**
 * Links (or copies) each file from `from` to the same path under `to`, on a thread of its
 * own, so that the main thread renders the changed pages meanwhile. Carried on libuv's
 * threads instead, each file took a turn of the main thread's event loop, which rendering
 * holds: at 1,000 articles, some 4,000 files cost the main thread a tenth of a second and
 * waited on it. The files must not be among those written meanwhile. A failure is reported
 * once the thread has stopped, as the caller may then remove the folder.
 * @example const carried = carryOverAlongside('_site', '._site.building-1', paths); await render(); await carried
 */
export function carryOverAlongside(from: string, to: string, paths: readonly string[]): Promise<void> {
  if (!paths.length) return Promise.resolve();
  return new Promise((resolve, reject) => {
    let failure: Error | null = null;
    const worker = new Worker(CARRY, { eval: true, workerData: { from, to, paths }, execArgv: [] });
    worker.once('message', (m: { code?: string; message: string }) => {
      failure = Object.assign(new Error(m.message), m.code ? { code: m.code } : {});
    });
    worker.once('error', (e) => {
      failure ??= e;
    });
    worker.once('exit', () => (failure ? reject(failure) : resolve()));
  });
}
