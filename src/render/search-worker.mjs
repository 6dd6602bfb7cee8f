/**
 * Builds Pagefind indexes on a thread of its own (search-index.ts starts it). Driven from the
 * main thread, each message to and from Pagefind's process waited for a turn of the main
 * thread's event loop, which rendering holds: the index of a build after one article was
 * added finished after the pages, though Pagefind's own work took a tenth of the time.
 * Plain JavaScript, so that it runs the same under tsx and precompiled.
 *
 * In: workerData { jobs: [{ dir, primary }], first: [docs of the first few jobs], window,
 * atOnce } (or, for a thread started ahead, workerData { wait: true } and those in a first message); then, for each { want: n } it posts, a message { job: n, docs: [{ sourcePath, html }] }.
 * A shard's documents are asked for when the shard `atOnce` places before it starts, so they
 * are here when it is reached, and few are held twice at once.
 * Out: { ok: true } or { error: string }, once every index is written or one failed.
 */
import { readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';

/** The files of an index that only its primary (the one the page loads) needs: scripts, styles, the WebAssembly. */
const PRIMARY_ONLY = /\.(?:js|css)$|^wasm\./;

// Started ahead (workerData.wait), the thread loads Pagefind meanwhile and is given its work in a first message.
const { jobs, first, window, atOnce } = workerData.wait ? await new Promise((resolve) => parentPort.once('message', resolve)) : workerData;

/** Each job's documents: given at the start, or asked for and settled when the main thread sends them. */
const docsOf = new Map(first.map((d, n) => [n, Promise.resolve(d)]));
/** Jobs whose documents are asked for and not here yet. */
const waiting = new Map();
const receive = ({ job, docs: sent }) => {
  waiting.get(job)?.(sent);
  waiting.delete(job);
  if (!waiting.size) parentPort.unref();
};
parentPort.on('message', receive);
// The port keeps the thread alive only while documents are awaited: a Pagefind process that
// stops leaves its answer unsettled, and the thread then ends instead of waiting for ever.
parentPort.unref();
const ask = (job) => {
  if (job >= jobs.length || docsOf.has(job)) return;
  docsOf.set(job, new Promise((resolve) => waiting.set(job, resolve)));
  parentPort.ref();
  parentPort.postMessage({ want: job });
};

/** Pagefind over one shard's documents, into its folder. */
async function index({ dir, primary }, documents) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  // Handed over in a fixed order, a window at a time: Pagefind takes them in the order sent,
  // so the index files are the same from build to build (its own directory walk is not), and
  // a window bounds the messages waiting in memory.
  const failed = [];
  for (let start = 0; start < documents.length; start += window) {
    const part = documents.slice(start, start + window);
    const added = await Promise.all(part.map((d) => index.addHTMLFile({ sourcePath: d.sourcePath, content: d.html })));
    added.forEach((a, i) => {
      for (const e of a.errors) failed.push(`${part[i]?.sourcePath}: ${e}`);
    });
  }
  if (failed.length) throw new Error(`pagefind: ${failed.join('; ')}`);
  const done = await index.writeFiles({ outputPath: dir });
  if (done.errors.length) throw new Error(`pagefind: ${done.errors.join('; ')}`);
  await index.deleteIndex();
  // Only the primary's scripts run: a merged shard is read for its entry, metadata and index files.
  if (!primary) for (const file of readdirSync(dir)) if (PRIMARY_ONLY.test(file)) unlinkSync(join(dir, file));
}

let next = 0;
let failure = null;
const worker = async () => {
  for (let n = next++; n < jobs.length && !failure; n = next++) {
    try {
      ask(n);
      ask(n + atOnce);
      await index(jobs[n], await docsOf.get(n));
      docsOf.delete(n);
    } catch (e) {
      failure ??= e;
    }
  }
};
await Promise.all(Array.from({ length: Math.min(atOnce, jobs.length) }, worker));
await pagefind.close();
// No more messages to wait for: the thread ends once its answer is sent.
parentPort.off('message', receive);
parentPort.postMessage(failure ? { error: failure instanceof Error ? failure.message : String(failure) } : { ok: true });
